#!/usr/bin/env python3
"""Build writer L's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-l/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to` (throwaway user profile), and the result is moved to
bench/writer-l/. Sizes are printed; files of 200 KB or more are flagged.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

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


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("L03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
