#!/usr/bin/env python3
"""Build writer L's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-l/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to` (throwaway user profile), and the result is moved to
bench/writer-l/. Sizes are printed; files of 200 KB or more are flagged.
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
    ("L01-ikz-vijf-gemeenten.html", "Projectvoorstel DAW+ IKZ - Samen naar Werk.docx"),
    ("L02-elz-kouterland.html", "DAW plus - ELZ Kouterland - zorgpad werk en gezondheid.odt"),
    ("L03-werkkracht-brabant.html", "Werkkracht Brabant - Asse Dilbeek Merchtem Opwijk Wemmel.pdf"),
    ("L04-consortium-tandem.html", "Kandidatuur_DAW_Consortium Tandem_CAW-OCMW-VDAB.docx"),
    ("L05-koepel-sociale-economie.html", "voorstel_daw_koepel SE_kansen op de vloer.odt"),
    ("L06-regioteam-integratie.html", "DAW+_Regioteam Integratie_taal en netwerk.pdf"),
    ("L07-herstelbrug-ziekenhuisnetwerk.html", "Projectvoorstel_Herstelbrug_def_v4.docx"),
    ("L08-platform-kinderopvang.html", "Platform Kinderopvang Dilbeek-Wemmel - voorstel.odt"),
    ("L09-woonconsortium.html", "Woonconsortium DAW - voorstel capaciteitsopbouw.pdf"),
    ("L10-vrijwilligerscentra.html", "DAW plus_Buddy+ netwerk vrijwilligerscentra.docx"),
    ("L11-leren-dichtbij.html", "daw_leren-dichtbij_consortium-VO.odt"),
    ("L12-huis-van-het-kind.html", "HvhK_Daw+_netwerkvoorstel.pdf"),
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
    only = set(sys.argv[1:])
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        for src_name, target_name in MANIFEST:
            if only and src_name[:3] not in only:
                continue
            target = convert(SRC / src_name, target_name, profile)
            size = target.stat().st_size
            flag = "" if size < MAX_BYTES else "  TOO LARGE"
            print(f"{size:>8}  {target_name}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
