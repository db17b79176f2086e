#!/usr/bin/env python3
"""Build writer J's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-j/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-j/.
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
    ("J01-clb-ankerpunt.html", "Aanvraagformulier DAW+ - CLB Ankerpunt.docx"),
    ("J02-jobteam-springplank.html", "DAW_aanvraagformulier_Jobteam Springplank.pdf"),
    ("J03-interim-opstap.html", "daw kandidatuur Interim Opstap.docx"),
    ("J04-samen-klinkt.html", "DAW plus aanvraag Muziekacademie Samen Klinkt.odt"),
    ("J05-mutualiteit-de-schakel.html", "Projectvoorstel DAW+ De Schakel re-integratie.pdf"),
    ("J06-scouts-kraanvogels.html", "Scouts De Kraanvogels Opwijk-Merchtem.docx"),
    ("J07-zennebrug.html", "Zennebrug_huurdersbegeleiding_DAW.odt"),
    ("J08-spectrumwerk.html", "Aanvraagformulier_DAW+_Spectrumwerk.docx"),
    ("J09-huurderscafe.html", "Voorstel huurderscafé Wemmel-Dilbeek.pdf"),
    ("J10-helder-glas.html", "daw+ helder glas formulier.odt"),
    ("J11-fietskracht.html", "Projectvoorstel DAW plus - FietsKracht.pdf"),
    ("J12-jeugddienst-kompas.html", "aanvraagformulier_ingevuld_def.docx"),
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
