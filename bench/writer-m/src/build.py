#!/usr/bin/env python3
"""Build writer M's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-m/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-m/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

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


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("M03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
