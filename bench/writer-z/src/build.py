#!/usr/bin/env python3
"""Build writer Z's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-z/src/build.py [01 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-z/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 4 ODT, 3 PDF
MANIFEST = [
    ("01-het-open-woord.html", "Het Open Woord - projectvoorstel DAW+.pdf"),
    ("02-budgetkompas.html", "Budgetkompas_DAW_papier-scherm-toekomst.docx"),
    (
        "03-huurdersplatform-noordrand.html",
        "Huurdersplatform Noordrand - Wemmel-Dilbeek - Thuis in je huis.odt",
    ),
    ("04-woonwerf.html", "Woonwerf - DAW+ - Sleutel en opvang.docx"),
    (
        "05-energiesnoeiers-kiloewatt.html",
        "Energiesnoeiers Kiloewatt - projectvoorstel DAW 2023.pdf",
    ),
    ("06-voedselbank-broodhuis.html", "projectaanvraag voedselhulp Het Broodhuis.docx"),
    ("07-sociale-kruidenier-t-mandje.html", "Sociale kruidenier t Mandje - voorstel DAW plus.odt"),
    ("08-de-dorpel.html", "De Dorpel - Asse Dilbeek Merchtem - projectvoorstel.pdf"),
    ("09-ouders-in-beweging.html", "Ouders in Beweging_DAW+_Op eigen wielen.docx"),
    ("10-rechtenwinkel-noordrand.html", "Rechtenwinkel Noordrand - daw+ - recht op je rechten.odt"),
    ("11-nulpunt.html", "DAW - vzw Nulpunt - gokken en schulden.docx"),
    ("12-de-drempelzoekers.html", "De Drempelzoekers - Daw Plus - drempelscan.odt"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
