#!/usr/bin/env python3
"""Build writer K's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-k/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-k/.
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
    ("K01-atelier-passerelle.html", "Projet DAW+ - Atelier Passerelle.docx"),
    ("K02-codebridge.html", "CodeBridge_DAW_proposal_v2.odt"),
    ("K03-vrouwenvereniging-gul.html", "Projectvoorstel daw Vrouwenvereniging Gul.pdf"),
    ("K04-jong-en-sterk.html", "Jong en Sterk - Dilbeek Asse.docx"),
    ("K05-schoonsamen.html", "projectvoorstel DAW plus cooperatie SchoonSamen.odt"),
    ("K06-kickstart.html", "Kickstart Merchtem-Opwijk voorstel.pdf"),
    ("K07-sehha.html", "Sehha_DAW+_gezond-wegwijs.pdf"),
    ("K08-az-meersbeek.html", "DAW+ projectvoorstel sociale dienst AZ Meersbeek.docx"),
    ("K09-arbeidsartsennetwerk.html", "Arbeidsartsennetwerk Noordrand - DAW plus.odt"),
    ("K10-juridisch-spreekuur.html", "kandidatuur_JEB_sept2023.pdf"),
    ("K11-net-en-fris.html", "NetFris dienstencheques_DAW_projectvoorstel.docx"),
    ("K12-herstelplek-wemmel.html", "Herstelplek Wemmel - voorstel DAW+.odt"),
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
