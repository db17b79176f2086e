#!/usr/bin/env python3
"""Build writer O's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-o/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-o/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name)
MANIFEST = [
    ("O01-caw-straatwijzer.html", "Projectvoorstel DAW+ CAW Brabantse Kouter - Straatwijzer.docx"),
    ("O02-herstelkracht-herstelatelier.html", "daw_herstelkracht_herstelatelier.odt"),
    ("O03-werkbaar-jobcoaching.html", "Voorstel Werkbaar DAW plus.pdf"),
    ("O04-taalmaatjes-wemmel-dilbeek.html", "Taalmaatjes Wemmel-Dilbeek projectvoorstel.docx"),
    ("O05-kangoeroe-eenouders.html", "Voorstel DAW - Eenoudervereniging De Kangoeroe.odt"),
    ("O06-vrouwen-aan-het-stuur.html", "Projectvoorstel DAW+ Vrouwen aan het Stuur.pdf"),
    ("O07-digitaal-mee-bib-gc.html", "Digitaal Mee - Bib Merchtem en GC Asse.docx"),
    ("O08-housing-first-woonkans.html", "kandidatuur_housing_first_def.pdf"),
    ("O09-nieuwe-adem-nazorggroep.html", "DAW plus - nazorggroep Nieuwe Adem.docx"),
    ("O10-werkgeversnetwerk-kouterkracht.html", "Werkgeversnetwerk Inclusief Ondernemen - DAW.odt"),
    (
        "O11-ocmw-opwijk-merchtem-trajectgezel.html",
        "Projectvoorstel daw - gezamenlijke trajectgezel OCMW Opwijk-Merchtem.docx",
    ),
    ("O12-kompas-neet-jongeren.html", "DAW+_Kompas_Level Up_NEET-jongeren.pdf"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("O03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
