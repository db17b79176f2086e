#!/usr/bin/env python3
"""Build writer M's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-m/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-m/.
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
    ("M01-ldc-de-zonnewijzer.html", "Projectvoorstel DAW+ LDC De Zonnewijzer.docx"),
    ("M02-wgc-de-kouter.html", "WGC De Kouter - projectvoorstel DAW.pdf"),
    ("M03-jobclub-ocmw-merchtem.html", "Jobclub OCMW Merchtem - Opwijk voorstel.docx"),
    ("M04-g-sport-sportievak.html", "daw_gsport_sportievak_voorstel.odt"),
    ("M05-fietsschool-trappers.html", "Fietsschool Trappers - DAW plus.pdf"),
    (
        "M06-huiswerkklas-de-boekentas.html",
        "Voorstel DAW - Huiswerkklas De Boekentas met oudercafe.docx",
    ),
    ("M07-jobcoaching-denderwerk.html", "Jobcoaching Denderwerk Dilbeek-Asse.odt"),
    (
        "M08-de-sprong-care-leavers.html",
        "DAW+ kandidatuur De Sprong - begeleid zelfstandig wonen.docx",
    ),
    ("M09-herstelhuis-ankerpunt.html", "Herstelhuis_Ankerpunt_DAW-plus.pdf"),
    (
        "M10-sociale-kruidenier-de-mand.html",
        "Projectvoorstel sociale kruidenier De Mand (DAW).docx",
    ),
    ("M11-digidesk-bib-opwijk.html", "Digidesk bib Opwijk DAW+.odt"),
    ("M12-opvangmatch.html", "kandidatuur_opvangmatch_def.pdf"),
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
