#!/usr/bin/env python3
"""Build writer R's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-r/src/build.py [R03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-r/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 4 DOCX, 4 ODT, 4 PDF
MANIFEST = [
    (
        "R01-isn-netwerk-trajectgezellen.html",
        "ISN - projectvoorstel DAW+ - netwerk trajectgezellen.docx",
    ),
    (
        "R02-ter-heide-op-eigen-wielen.html",
        "Sociaal Huis Ter Heide - DAW plus - Op eigen wielen.odt",
    ),
    (
        "R03-hoogveld-herstelpad.html",
        "Projectvoorstel DAW - Welzijnsvereniging Hoogveld - Herstelpad.pdf",
    ),
    ("R04-w5-samen-sterker.html", "W5 kandidatuur Dilbeek Asse Wemmel Opwijk Merchtem.pdf"),
    ("R05-de-kruising-taal-en-netwerk.html", "De Kruising - voorstel daw+ - taal en netwerk.docx"),
    (
        "R06-woonloket-wonen-als-hefboom.html",
        "Woonloket Asse-Merchtem-Opwijk - projectvoorstel wonen.odt",
    ),
    ("R07-lindeboom-werk-op-maat.html", "De Lindeboom_DAW-plus_werk op maat na ziekte.pdf"),
    (
        "R08-huis-vh-kind-kouterbos.html",
        "Huis vh Kind Kouterbos - DAW+ - kinderopvang dichtbij.docx",
    ),
    (
        "R09-ipwo-inclusief-ondernemen.html",
        "IPWO kandidatuur capacity building inclusief ondernemen.pdf",
    ),
    (
        "R10-meersveld-psycholoog-in-huis.html",
        "Sociaal Huis Meersveld - DAW - psycholoog in huis.odt",
    ),
    (
        "R11-rwn-casusoverleg-signaalfunctie.html",
        "Voorstel DAW PLUS RWN casusoverleg en signaalfunctie.docx",
    ),
    ("R12-digipunt-bosveld-digitaal-mee.html", "Digipunt Bosveld (DAW+) digitaal mee.odt"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("R03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
