#!/usr/bin/env python3
"""Build writer AE's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-ae/src/build.py [AE03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-ae/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 4 DOCX, 4 ODT, 4 PDF
MANIFEST = [
    (
        "AE01-huis-van-het-kind-dilbeek.html",
        "Huis van het Kind Dilbeek - projectvoorstel DAW+.docx",
    ),
    ("AE02-kinderdagverblijf-de-boomhut.html", "De Boomhut Asse - flexibele opvang DAW plus.odt"),
    ("AE03-opvoedingswinkel-noordrand.html", "Opvoedingswinkel - voorstel Wemmel Dilbeek.pdf"),
    ("AE04-koffie-en-kinderwagen-opwijk.html", "Koffie en Kinderwagen Opwijk DAW.docx"),
    ("AE05-spelotheek-de-dobbelsteen.html", "spelotheek_projectvoorstel.odt"),
    ("AE06-baby-babbel-asse.html", "Baby Babbel Asse - DAW+ kandidatuur.pdf"),
    (
        "AE07-gezinsbuddies-merchtem.html",
        "Gezinsbuddies - DAW plus - Huis van het Kind Merchtem.docx",
    ),
    ("AE08-vakantieopvang-kadee-wemmel.html", "Vakantieopvang Kadee - Wemmel.pdf"),
    ("AE09-mama-veerkracht-dilbeek.html", "Mama Veerkracht Dilbeek daw+.odt"),
    ("AE10-inloopteam-kwebbel.html", "Inloopteam Kwebbel - projectvoorstel daw.docx"),
    ("AE11-oppasnetwerk-merchtem.html", "Oppasnetwerk Merchtem DAW+ voorstel.pdf"),
    ("AE12-papa-ochtenden-de-speelkamer.html", "Papa-ochtenden De Speelkamer - DAW-voorstel.odt"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("AE03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
