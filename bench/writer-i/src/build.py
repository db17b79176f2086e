#!/usr/bin/env python3
"""Build writer I's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-i/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-i/.
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
    ("I01-jamaa.html", "Projectvoorstel Jamaa DAW.docx"),
    ("I02-oudercomite-regenboog.html", "Woensdagclub oudercomite De Regenboog Merchtem.odt"),
    ("I03-bakkerij-warme-hart.html", "Brood en Taal - Bakkerij Het Warme Hart - dawplus.pdf"),
    ("I04-moestuinbende.html", "De Moestuinbende - projectvoorstel DAW plus.docx"),
    ("I05-voedselbank-sint-martinus.html", "Voedselbank Sint-Martinus DAW+ Het Praathuis.pdf"),
    ("I06-beweeg-je-sterk.html", "beweegjesterk_daw_2023.docx"),
    ("I07-atelier-scherven.html", "Atelier Scherven - Goud in de barsten (DAW+).odt"),
    ("I08-vzw-opstap.html", "projectvoorstel vzw Opstap.docx"),
    ("I09-huiswerkklas-krijtjes.html", "Huiswerkklas De Krijtjes - DAW.pdf"),
    ("I10-fietsatelier-de-ketting.html", "Fietsatelier De Ketting Wemmel-Dilbeek.odt"),
    ("I11-coalitie-samen-in-opwijk.html", "DAW+ Samen in Opwijk v4 (def).docx"),
    ("I12-vrouwengroep-nour.html", "Vrouwengroep Nour_DAW plus_projectvoorstel.pdf"),
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
