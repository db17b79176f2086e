#!/usr/bin/env python3
"""Build writer AL's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-al/src/build.py [03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-al/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 4 ODT, 3 PDF
MANIFEST = [
    ("01-boerenhulp-kouter.html", "Erf en Hart - Boerenhulp Kouter - DAW+.docx"),
    ("02-dorpshuis-de-linde.html", "Dorpshuis De Linde - projectvoorstel Opwijk.odt"),
    ("03-dorpsrit-cv.html", "DAW plus - Dorpsrit cv - mobiliteit op maat.pdf"),
    ("04-ldc-de-vlier.html", "LDC De Vlier - Digitaal Dorp - DAW.docx"),
    ("05-landelijke-gilde-merchtem.html", "Landelijke Gilde Merchtem - voorstel DAW+.odt"),
    ("06-klankbord-herstart.html", "projectvoorstel herstart.pdf"),
    (
        "07-zorgboerderij-hof-ten-dries.html",
        "Zorgboerderij Hof ten Dries_DAW+_projectvoorstel.docx",
    ),
    ("08-dorpsnetwerk-peizegem.html", "daw - Dorpsnetwerk Peizegem - opvang op maat.odt"),
    ("09-csa-de-zavel.html", "CSA De Zavel - DAW plus - werken en taal op het veld.docx"),
    ("10-thuis-op-het-dorp.html", "Thuis op het Dorp - Merchtem Opwijk.pdf"),
    ("11-klusjesdienst-den-duizendpoot.html", "Klusjesdienst Den Duizendpoot (DAW+).odt"),
    ("12-zorgzame-buurt-brussegem.html", "Zorgzame buurt Brussegem - Daw plus.docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
