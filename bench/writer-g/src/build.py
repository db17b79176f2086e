#!/usr/bin/env python3
"""Build writer G's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-g/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-g/.
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
    ("G01-stap-vooruit.html", "Stap Vooruit - DAW+ - sociale dienst Opwijk.docx"),
    ("G02-wegwijs-naar-werk.html", "Projectvoorstel DAW plus - Wegwijs naar Werk.odt"),
    ("G03-moeders-onderweg.html", "Moeders Onderweg - Asse en Wemmel.pdf"),
    ("G04-recovery-cafe-phoenix.html", "Recovery Cafe Phoenix_DAW.docx"),
    ("G05-budgetteam-grip.html", "daw_budgetteam_grip-op-geld_v2.odt"),
    ("G06-den-hoek-digitaal.html", "Buurtcentrum Den Hoek - Digitaal Dorp - Dilbeek.pdf"),
    ("G07-apothekersnetwerk.html", "Voorstel_DAW_apothekersnetwerk.docx"),
    ("G08-al-amal.html", "Projectvoorstel Daw+ Al Amal vrouwenwerking.odt"),
    ("G09-den-akker-doorstroom.html", "DAW+ projectvoorstel maatwerkbedrijf Den Akker.pdf"),
    ("G10-speelboot.html", "DAW-kinderopvang-Speelboot-projectvoorstel.docx"),
    ("G11-kot-en-kans.html", "Kot en Kans projectvoorstel final v3.odt"),
    ("G12-jeugdhuis-de-schakel.html", "DAW plus_Jeugdhuis De Schakel_NEET-outreach.pdf"),
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
