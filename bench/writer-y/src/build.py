#!/usr/bin/env python3
"""Build writer Y's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-y/src/build.py [Y03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-y/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 3 ODT, 4 PDF
MANIFEST = [
    (
        "Y01-jongerenwerking-sjakosj.html",
        "Projectvoorstel DAW+ - Jongerenwerking Sjakosj - Op Pad.docx",
    ),
    ("Y02-clb-de-kompas.html", "CLB De Kompas - projectplan Terug op Koers - DAW.pdf"),
    (
        "Y03-brede-school-de-regenboog.html",
        "Brede school De Regenboog Wemmel - Ouders aan boord.docx",
    ),
    ("Y04-cvo-kwadrant.html", "CVO Kwadrant - DAW plus - Taal aan het werk.odt"),
    ("Y05-kroost-vzw.html", "Kroost vzw - DAW plus - Mamas en papas op weg.pdf"),
    ("Y06-het-leerhuis.html", "Het Leerhuis - studiecoaches - daw.docx"),
    ("Y07-ti-ter-berken.html", "TI Ter Berken Asse - Na OKAN niet loslaten - voorstel DAW+.docx"),
    ("Y08-jeugdhuis-den-bunker.html", "JH Den Bunker - Terug Grip (DAW+).odt"),
    ("Y09-basiseducatie-linde.html", "projectvoorstel_digitaal_sterk_v3.pdf"),
    ("Y10-speelplein-de-speelvogel.html", "Speelpleinwerking De Speelvogel - Opwijk Merchtem.docx"),
    ("Y11-kotkompas.html", "Kotkompas - Op eigen benen - regio DAW+.pdf"),
    ("Y12-studieplek-tweede-kans.html", "Studieplek Tweede Kans - Daw Plus - jonge moeders.odt"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("Y03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
