#!/usr/bin/env python3
"""Build writer H's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-h/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-h/.
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
    ("H01-sociaal-huis-dilbeek.html", "Projectvoorstel DAW+ Sociaal Huis Dilbeek.docx"),
    ("H02-cgg-passant-preventie.html", "CGG Passant preventie - voorstel DAW plus.odt"),
    ("H03-cad-halte-outreach.html", "CAD Halte - Halte Buiten - DAW.pdf"),
    ("H04-huis-van-het-kind.html", "Huis van het Kind Asse-Wemmel_projectvoorstel.docx"),
    ("H05-ldc-de-wingerd.html", "LDC De Wingerd Samen Digitaal (Daw+).odt"),
    ("H06-maatwerkbedrijf-den-azuur.html", "Projectvoorstel_DAW+_Den Azuur_Proefdraaien.pdf"),
    ("H07-wgc-bremberg.html", "WGC Bremberg - Gezond naar Werk (DAW).docx"),
    ("H08-vzw-werkmaat.html", "projectvoorstel_daw_vzw-werkmaat.odt"),
    ("H09-brede-school.html", "Brede School Opwijk-Merchtem - Ouders aan Boord.pdf"),
    ("H10-bib-wemmel-nieuwkomersbalie.html", "Bib Wemmel nieuwkomersbalie - DAW plus.docx"),
    ("H11-provinciaal-integratiepunt.html", "kandidatuur_sleutels_tot_werk_definitief.odt"),
    ("H12-mobipunt-op-eigen-wielen.html", "Mobipunt DAW+ Op Eigen Wielen.pdf"),
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
