#!/usr/bin/env python3
"""Build writer N's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-n/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-n/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name)
MANIFEST = [
    ("N01-sociaal-huis-opwijk.html", "Projectvoorstel DAW+ Sociaal Huis Opwijk.docx"),
    ("N02-buurtsport-bekkerzeel.html", "voorstel buurtsport bekkerzeel - daw.odt"),
    ("N03-kringwinkel-de-ruilbeurs.html", "Kringwinkel De Ruilbeurs - voorstel Dilbeek.pdf"),
    ("N04-thuisverpleging-zorgzaam.html", "Thuisverpleging Zorgzaam projectvoorstel DAW plus.docx"),
    ("N05-vrouwencafe-samen-sterk.html", "Vrouwencafe Samen Sterk - DAW+.odt"),
    ("N06-huiswerkhulp-kompas.html", "Huiswerkhulp Kompas DAW.pdf"),
    ("N07-uitleenpunt-tweewieler.html", "Uitleenpunt Tweewieler Wemmel - kandidatuur.docx"),
    ("N08-zorgboerderij-hooghof.html", "Zorgboerderij Hooghof DAW-plus voorstel.odt"),
    ("N09-sociaal-restaurant-soeplepel.html", "Projectvoorstel_DAW_Soeplepel.pdf"),
    ("N10-mutualiteit-samenzorg.html", "Mutualiteit Samenzorg re-integratie DAW.docx"),
    ("N11-ouderraad-de-regenboog.html", "voorstel ouderraad regenboog def.odt"),
    (
        "N12-woonmaatschappij-groene-rand.html",
        "DAW plus - Woonmaatschappij Groene Rand - sociaal team.pdf",
    ),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("N03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
