#!/usr/bin/env python3
"""Build writer AJ's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-aj/src/build.py [03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-aj/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 4 DOCX, 4 ODT, 4 PDF
MANIFEST = [
    ("01-vrije-doorgang.html", "Projectvoorstel DAW+ - Vrije Doorgang - Buitenstap.docx"),
    ("02-kering-werkplek-op-maat.html", "Voorstel DAW plus - Werkplek op Maat (vzw Kering).odt"),
    ("03-het-anker-schadebeperking.html", "kandidatuur_OpDeStoep_Asse-Dilbeek.pdf"),
    ("04-herstelacademie.html", "Herstelacademie Kouter_daw+_2024-2025.docx"),
    ("05-brug-naar-buiten.html", "Brug naar Buiten - Thuisfront - DAW.odt"),
    ("06-inzet-gokproblematiek.html", "Inzet vzw - gokproblematiek justitiabelen - DAW+.pdf"),
    ("07-dak-en-deur-housing-first.html", "DAW-plus_Housing First Asse_Dak en Deur.docx"),
    ("08-de-werf-werkstraf.html", "De Werf - werkstraf als opstap - Wemmel Asse.odt"),
    ("09-gezond-buiten.html", "Gezond Buiten - projectvoorstel regio DAW+.pdf"),
    ("10-lotgenoten-vrijuit.html", "voorstel_zelfhulp_vrijuit_def2.docx"),
    ("11-papieren-in-orde.html", "Papieren in orde - Sas vzw - DAW (Wemmel-Asse).odt"),
    ("12-netwerk-herstel-en-werk.html", "DAW plus kandidatuur Netwerk Herstel en Werk.pdf"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
