#!/usr/bin/env python3
"""Build writer E's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-e/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-e/.
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parent
OUT = SRC.parent

FILTERS = {
    "docx": "docx:MS Word 2007 XML",
    "odt": "odt:writer8",
    "pdf": "pdf:writer_pdf_Export",
}

# (source, submitted file name)
MANIFEST = [
    ("E01-wgc-de-linde.html", "Projectvoorstel DAW+ WGC De Linde.docx"),
    ("E02-het-gedeelde-bord.html", "Sociaal restaurant Het Gedeelde Bord - Dilbeek Wemmel.odt"),
    ("E03-femmes-en-route.html", "voorstel_daw_femmes-en-route.docx"),
    ("E04-de-kantelaar.html", "kandidatuur De Kantelaar.pdf"),
    ("E05-buurtbedrijf-de-knoop.html", "Projectvoorstel LDE Opwijk-Merchtem_v3.docx"),
    ("E06-bib-de-leeswolk.html", "DAW plus - Bib Wemmel digitaal spreekuur.odt"),
    ("E07-connect2work.html", "Projectvoorstel_DAW+_Connect2Work.docx"),
    ("E08-de-overstap.html", "Voorstel De Overstap – Dilbeek, Asse & Opwijk.odt"),
    ("E09-recovery-college-klaproos.html", "Recovery College Klaproos_DAW.pdf"),
    ("E10-trapkracht.html", "Trapkracht_DAWplus_fietsschool.docx"),
    ("E11-housing-first.html", "HF_voorstel_final2.odt"),
    ("E12-ocmw-tussenstap.html", "Projectvoorstel samenwerking OCMW Asse Merchtem Opwijk.pdf"),
]

MAX_BYTES = 200 * 1024


def convert(source: Path, target_name: str, profile: str) -> Path:
    stem, ext = target_name.rsplit(".", 1)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_src = Path(tmp) / f"{stem}.html"
        shutil.copyfile(source, tmp_src)
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--infilter=HTML (StarWriter)",
            "--convert-to",
            FILTERS[ext],
            "--outdir",
            tmp,
            str(tmp_src),
        ]
        subprocess.run(
            cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180
        )
        produced = Path(tmp) / target_name
        if not produced.exists():
            raise SystemExit(f"conversion failed: {source.name} -> {target_name}")
        target = OUT / target_name
        shutil.move(str(produced), target)
    return target


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        for src_name, target_name in MANIFEST:
            target = convert(SRC / src_name, target_name, profile)
            size = target.stat().st_size
            flag = "" if size < MAX_BYTES else "  TOO LARGE"
            print(f"{size:>8}  {target_name}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
