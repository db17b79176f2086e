#!/usr/bin/env python3
"""Build writer AB's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-ab/src/build.py [01 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-ab/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 4 ODT, 3 PDF
MANIFEST = [
    ("01-dagcentrum-de-linde.html", "Dagcentrum De Linde - projectvoorstel DAW+.docx"),
    ("02-atelier-rozenberg.html", "Atelier Rozenberg maatwerk DAW plus.odt"),
    ("03-jobbrug.html", "Jobbrug - Werk op maat na ziekte - DAW.pdf"),
    ("04-activeringscentrum-het-anker.html", "Activeringscentrum Het Anker Merchtem-Opwijk.docx"),
    ("05-herstelkring-wemmel.html", "Herstelkring ervaringsdeskundigen - DAW+ Wemmel.odt"),
    ("06-woonhuis-de-vlier.html", "kandidatuur_woonproject_vlier.pdf"),
    ("07-de-wegel-ouders.html", "Ouders met Kansen_DAW+_De Wegel.docx"),
    ("08-werkbegeleiding-kompas.html", "Kompas vzw - nieuwkomers met beperking - daw plus.odt"),
    ("09-inloopcentrum-de-passant.html", "Inloopcentrum De Passant_DAW-plus_projectvoorstel.docx"),
    ("10-maatwerkbedrijf-ververs.html", "Maatwerkbedrijf Ververs - DAW+ - Werk en gezin.pdf"),
    ("11-tegenwind.html", "Tegenwind vzw - voorstel daw.odt"),
    ("12-den-hof-thuis-in-merchtem.html", "Thuis in Merchtem - Den Hof.docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
