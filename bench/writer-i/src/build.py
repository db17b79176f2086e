#!/usr/bin/env python3
"""Build writer I's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-i/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-i/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name)
MANIFEST = [
    ("I01-jamaa.html", "Projectvoorstel Jamaa DAW.docx"),
    ("I02-oudercomite-regenboog.html", "Woensdagclub oudercomite De Regenboog Merchtem.odt"),
    ("I03-bakkerij-warme-hart.html", "Brood en Taal - Bakkerij Het Warme Hart - dawplus.pdf"),
    ("I04-moestuinbende.html", "De Moestuinbende - projectvoorstel DAW plus.docx"),
    ("I05-voedselbank-sint-martinus.html", "Voedselbank Sint-Martinus DAW+ Het Praathuis.pdf"),
    ("I06-beweeg-je-sterk.html", "beweegjesterk_daw_2023.docx"),
    ("I07-atelier-scherven.html", "Atelier Scherven - Goud in de barsten (DAW+).odt"),
    ("I08-vzw-opstap.html", "projectvoorstel vzw Opstap.docx"),
    ("I09-huiswerkklas-krijtjes.html", "Huiswerkklas De Krijtjes - DAW.pdf"),
    ("I10-fietsatelier-de-ketting.html", "Fietsatelier De Ketting Wemmel-Dilbeek.odt"),
    ("I11-coalitie-samen-in-opwijk.html", "DAW+ Samen in Opwijk v4 (def).docx"),
    ("I12-vrouwengroep-nour.html", "Vrouwengroep Nour_DAW plus_projectvoorstel.pdf"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("I03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
