#!/usr/bin/env python3
"""Build writer S's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-s/src/build.py [S03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-s/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 3 ODT, 4 PDF
MANIFEST = [
    ("S01-taalbrug-dilbeek.html", "Aanvraagformulier DAW+ Taalbrug Dilbeek.docx"),
    ("S02-herstelhuis-de-overstap.html", "DAW+_kandidatuur_De Overstap_Opnieuw Grip.pdf"),
    ("S03-solo-en-co-opwijk.html", "aanvraagformulier Opwijk-Merchtem Solo en Co.odt"),
    ("S04-veerkracht-in-beweging.html", "Projectfiche DAW plus - Terug in Beweging.docx"),
    ("S05-de-smaakmakerij.html", "Aanvraagformulier DAW-plus De Smaakmakerij.odt"),
    ("S06-buurtwerk-t-hofke.html", "Formulier projectvoorstel daw+ Buurtwerk t Hofke.pdf"),
    ("S07-ondernemersclub-hoc.html", "aanvraagformulier_ingevuld_v2.docx"),
    ("S08-ziek-en-werkt-wemmel.html", "Aanvraagformulier Wemmel - Ziek en Werkt.pdf"),
    (
        "S09-kinderopvang-de-speelvogel.html",
        "Aanvraagformulier DAW - kinderopvang De Speelvogel.docx",
    ),
    ("S10-digihulp-wemmel.html", "digihulp_wemmel_DAW_aanvraag.odt"),
    ("S11-groenatelier-de-wilg.html", "Projectvoorstel DAW+ Groenatelier De Wilg.docx"),
    ("S12-samen-vooruit-asse.html", "DAW plus - aanvraagformulier Samen Vooruit Asse.pdf"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("S03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
