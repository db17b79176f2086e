#!/usr/bin/env python3
"""Build writer Q's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-q/src/build.py [Q03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-q/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 3 ODT, 4 PDF
MANIFEST = [
    ("Q01-buurtcomite-ter-kapelle.html", "Buurtcomite Ter Kapelle - voorstel DAW+.docx"),
    ("Q02-repair-cafe-de-schroevendraaier.html", "Repair Cafe Asse DAW plus.odt"),
    ("Q03-vrouwengroep-al-nour.html", "Vrouwengroep Al Nour Wemmel DAW.docx"),
    ("Q04-kvv-opwijk-meer-dan-voetbal.html", "KVV Opwijk - sociaal project Opwijk-Merchtem.pdf"),
    ("Q05-jeugdhuis-de-kelder.html", "JH De Kelder Merchtem - DAW+ voorstel.odt"),
    ("Q06-soepbar-soep-op-de-stoep.html", "kandidatuur soepbar.docx"),
    ("Q07-fietsclub-vrije-wielen.html", "Fietsclub nieuwkomers DAW plus.pdf"),
    ("Q08-kookclub-pot-en-pan.html", "Kookclub Pot en Pan - Opwijk.docx"),
    ("Q09-computerclub-de-bits.html", "Computerclub De Bits - daw - digitaal voor nieuwkomers.odt"),
    ("Q10-zelfhulpgroep-adem.html", "Zelfhulpgroep Adem - DAW+.pdf"),
    ("Q11-herstelwandeling-stap-voor-stap.html", "Herstelwandeling Stap voor Stap DAW.docx"),
    ("Q12-parochiale-kring-de-ark.html", "Parochiale kring De Ark - projectvoorstel DAW+.pdf"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("Q03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
