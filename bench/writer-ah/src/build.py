#!/usr/bin/env python3
"""Build writer AH's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-ah/src/build.py [03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-ah/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 4 DOCX, 4 ODT, 4 PDF
MANIFEST = [
    ("01-connect2work.html", "Connect2Work_projectvoorstel_DAW+.docx"),
    ("02-veerkracht-werkt.html", "Veerkracht Werkt - De Herstelplaats - DAW plus.odt"),
    ("03-ouders-op-weg.html", "Gezinspunt - Ouders op Weg (DAW+).pdf"),
    ("04-opnieuw-aan-het-stuur.html", "De Kentering - Opnieuw aan het stuur - Asse-Wemmel.docx"),
    ("05-digibus.html", "Digibus_Bits-en-Buren_DAW_2023.odt"),
    ("06-thuis-in-de-buurt.html", "projectaanvraag_finaal_v3.pdf"),
    ("07-talent-at-work.html", "Talent@Work JobLink - daw+ - kandidatuur.docx"),
    ("08-vrouwen-op-wielen.html", "Vrouwen op Wielen - kandidatuur DAW plus.odt"),
    ("09-hoofd-boven-water.html", "DAW+ Hoofd boven water - WGC De Linde.pdf"),
    ("10-kadans-opvang.html", "Speelhuis Kadans - opvang in de buurt Dilbeek Merchtem.docx"),
    ("11-netwerk-krachtig.html", "KIW Samen Sterker - voorstel DAW PLUS.odt"),
    ("12-amal-sterke-vrouwen.html", "Amal vzw - Sterke vrouwen - DAW+.pdf"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
