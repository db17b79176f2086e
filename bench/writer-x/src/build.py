#!/usr/bin/env python3
"""Build writer X's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-x/src/build.py [03 07 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-x/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 3 ODT, 4 PDF
MANIFEST = [
    ("01-brugwerk-noordrand.html", "DAW+_Projectvoorstel_Brugwerk Noordrand_Trajectgezellen.docx"),
    ("02-kompas-zorg-en-werk.html", "Projectvoorstel DAW - Kompas Zorg en Werk.pdf"),
    ("03-ouders-aan-zet.html", "Ouders aan Zet - Opwijk Merchtem Asse - projectvoorstel.odt"),
    ("04-herstelhuis-de-oever.html", "Projectvoorstel DAW plus - Herstelhuis De Oever.docx"),
    ("05-linkpunt-digisamen.html", "Voorstel_DAW+_Linkpunt_DigiSamen.pdf"),
    ("06-werkplek-divers.html", "Jobhunting Inclusief - kandidatuur DAW.odt"),
    ("07-horizon-welzijn-woonwijzer.html", "kandidatuur Horizon Welzijn - woonproject.docx"),
    ("08-werkbaar-leven-veerkracht.html", "daw+ Veerkracht at Werk - vzw Werkbaar Leven.pdf"),
    ("09-taalbrug.html", "Taalbrug vzw_voorstel_DAW+.docx"),
    (
        "10-vrije-baan-noordrand-activeert.html",
        "Noordrand Activeert - projectvoorstel Dilbeek Asse Wemmel.odt",
    ),
    ("11-kind-en-kans.html", "DAW plus - Kind en Kans - kandidatuur.pdf"),
    ("12-ankerpunt-buddywerking.html", "Ankerpunt_DAW_buddywerking_2023.docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
