#!/usr/bin/env python3
"""Build writer AK's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-ak/src/build.py [01 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-ak/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 4 DOCX, 4 ODT, 4 PDF
MANIFEST = [
    ("01-maison-wemmel-accueil.html", "Maison Wemmel Accueil - projet DAW+ voorstel.docx"),
    ("02-expadi-dilbeek.html", "ExPaDi Dilbeek kandidatuur.odt"),
    ("03-entraide-asse.html", "DAW plus - Entraide Asse - projectvoorstel.pdf"),
    ("04-wemmel-works.html", "Wemmel Works - DAW - job club internationals.docx"),
    ("05-digi-pont-dilbeek.html", "Digi-Pont_DAW+_2023.odt"),
    ("06-le-relais-de-schakel.html", "Le Relais - De Schakel - Dilbeek.pdf"),
    ("07-toit-et-tremplin.html", "DAW+ Toit et Tremplin woonbegeleiding.docx"),
    ("08-cycle-and-go-asse.html", "Cycle&Go_Asse_daw_plus.pdf"),
    ("09-voisins-buren.html", "Voisins-Buren - DAW - buddywerking.odt"),
    ("10-carrefour-trajectgezel.html", "Trajectgezel CPAS-OCMW - DAW+ - Carrefour.pdf"),
    ("11-les-petits-pas.html", "projectvoorstel_final_v3.docx"),
    ("12-level-up-wemmel.html", "Level Up - Daw Plus - gaming en gokken.odt"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("01")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
