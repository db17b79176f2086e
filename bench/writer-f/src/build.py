#!/usr/bin/env python3
"""Build writer F's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-f/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-f/.
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
    ("F01-samen-scoren.html", "Projectvoorstel DAW+ - Samen Scoren - VK Groen-Wit Asse.docx"),
    ("F02-thuis-in-de-rand.html", "CAW_dawplus_Thuis in de Rand.pdf"),
    ("F03-taal-werkt.html", "Voorstel DAW - CVO Ter Molen - Taal werkt.odt"),
    ("F04-weer-op-gang.html", "Projectvoorstel Merchtem-Opwijk - Thuiszorg Zorgzaam.docx"),
    ("F05-samen-op-weg.html", "voorstel daw samen op weg.odt"),
    ("F06-flexpunt-sociaal.html", "Flexpunt_Sociaal_DAW_projectvoorstel.pdf"),
    ("F07-lichtpunt.html", "Lichtpunt zelfhulp - DAW plus.docx"),
    ("F08-winkelhart.html", "Aanvraag Winkelhart werkplekken 2023.odt"),
    ("F09-speelboot.html", "Projectvoorstel_DAW_Speelboot.docx"),
    ("F10-budgetpunt.html", "Voorstel Budgetpunt Asse Dilbeek Wemmel.pdf"),
    ("F11-hooghof.html", "zorgboerderij hooghof DAW+ kandidatuur.odt"),
    ("F12-de-vonk-stem.html", "Kandidatuur Daw Plus Kunstencentrum De Vonk (STEM).docx"),
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
