#!/usr/bin/env python3
"""Build writer AC's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-ac/src/build.py [03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-ac/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 3 ODT, 4 PDF
MANIFEST = [
    ("01-bib-de-leesboom-dilbeek.html", "Bib De Leesboom - Babbelbib en Digipunt - DAW+.docx"),
    ("02-cc-ankerpunt-asse.html", "CC Ankerpunt Asse - Achter de Schermen - DAW plus.odt"),
    ("03-sportdienst-wemmel.html", "Sportdienst Wemmel DAW - Bewegen op Maat.pdf"),
    ("04-buurtsport-asse-opwijk.html", "Buurtsport Asse-Opwijk - projectvoorstel.docx"),
    ("05-academie-merchtem-woordkracht.html", "Woordkracht_Academie_Merchtem_DAW+.odt"),
    (
        "06-toneelgroep-het-schuim-opwijk.html",
        "Toneelgroep Het Schuim - Achter het Masker - daw.pdf",
    ),
    (
        "07-museum-groenveld-bruggidsen.html",
        "Gidsen van Overal - Erfgoedsite Groenveld Dilbeek.docx",
    ),
    ("08-bib-merchtem-voorleesnest.html", "Voorleesnest Bib Merchtem - DAW plus.odt"),
    ("09-sportdienst-dilbeek-wieltjes-water.html", "projectvoorstel sportdienst def.pdf"),
    ("10-atelier-open-hand-asse.html", "Atelier Open Hand - kandidatuur DAW+.docx"),
    ("11-speelplein-de-wilg-wemmel.html", "Speelplein De Wilg - Langer Spelen - DAW.pdf"),
    ("12-cc-de-molen-dilbeek.html", "CC De Molen - Cultuur voor Iedereen (DAW+).docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
