#!/usr/bin/env python3
"""Build writer AG's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-ag/src/build.py [03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-ag/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 4 DOCX, 4 ODT, 4 PDF
MANIFEST = [
    ("01-digipunt-dilbeek.html", "Digipunt Dilbeek - projectvoorstel DAW+.docx"),
    ("02-herboot-computerherbruik.html", "HerBoot - laptops op maat - DAW plus.odt"),
    ("03-fietsbieb-wemmel.html", "Fietsbieb Wemmel DAW.pdf"),
    ("04-fietsschool-trappers.html", "Fietsschool Trappers Asse-Merchtem.docx"),
    ("05-rijmaten-opwijk.html", "Rijmaten Opwijk - voorstel DAW+.pdf"),
    ("06-mobipunt-merchtem.html", "Mobipunt Merchtem DAW-plus projectvoorstel.odt"),
    ("07-buurtdigi-ter-linden.html", "projectvoorstel_buurtdigi_v3_def.docx"),
    ("08-verbonden-gezinnen.html", "Verbonden Gezinnen - daw+ - kandidatuur.pdf"),
    ("09-ketting-fietsatelier.html", "Ketting vzw fietsatelier DAW.odt"),
    ("10-digitaal-herstart-opwijk.html", "Digitaal Herstart Opwijk - DAW plus.docx"),
    ("11-werkfiets-pendel.html", "Werkfiets Dilbeek Wemmel projectvoorstel.pdf"),
    ("12-klik-en-klap-merchtem.html", "klik-en-klap_daw+.odt"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
