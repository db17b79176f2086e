#!/usr/bin/env python3
"""Build writer U's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-u/src/build.py [U03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-u/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 3 ODT, 4 PDF
MANIFEST = [
    ("U01-samen-op-het-veld.html", "Samen op het veld - Amal en FC De Zavel - DAW+.docx"),
    ("U02-oudercafe-schoolpoort.html", "Oudercafe aan de schoolpoort - Asse.odt"),
    (
        "U03-groene-schakel-de-kouter.html",
        "DAW plus - Groene Schakel en De Kouter - Werk op maat.pdf",
    ),
    ("U04-boksen-tegen-de-stroom.html", "Boksen tegen de stroom in (DAW).docx"),
    ("U05-tadamoun-digitaal-thuis.html", "Tadamoun - Digitaal Thuis - kandidatuur 2023.odt"),
    ("U06-thuis-in-dilbeek.html", "DAW+_Thuis in Dilbeek_Woonwijzer-Tweedekans-Welkom.docx"),
    ("U07-op-eigen-tempo.html", "Op eigen tempo - wandelproject Merchtem en Opwijk.pdf"),
    ("U08-trapkracht-solo-samen.html", "Trapkracht en Solo Samen - DAW plus - mobiliteit.odt"),
    (
        "U09-nieuwe-buren-campus-bergveld.html",
        "Kandidatuur DAW - Nieuwe Buren en Campus Bergveld.docx",
    ),
    ("U10-ubuntu-den-bolder.html", "Ubuntu Asse & Den Bolder - voorstel daw+.docx"),
    ("U11-kleine-stapjes-t-plein.html", "Kleine Stapjes - t Plein - DAW+ kinderopvang.pdf"),
    ("U12-hof-ter-linde-de-oever.html", "Projectvoorstel DAW-plus Hof ter Linde - De Oever.pdf"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("U03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
