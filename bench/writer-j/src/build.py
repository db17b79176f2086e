#!/usr/bin/env python3
"""Build writer J's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-j/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-j/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name)
MANIFEST = [
    ("J01-clb-ankerpunt.html", "Aanvraagformulier DAW+ - CLB Ankerpunt.docx"),
    ("J02-jobteam-springplank.html", "DAW_aanvraagformulier_Jobteam Springplank.pdf"),
    ("J03-interim-opstap.html", "daw kandidatuur Interim Opstap.docx"),
    ("J04-samen-klinkt.html", "DAW plus aanvraag Muziekacademie Samen Klinkt.odt"),
    ("J05-mutualiteit-de-schakel.html", "Projectvoorstel DAW+ De Schakel re-integratie.pdf"),
    ("J06-scouts-kraanvogels.html", "Scouts De Kraanvogels Opwijk-Merchtem.docx"),
    ("J07-zennebrug.html", "Zennebrug_huurdersbegeleiding_DAW.odt"),
    ("J08-spectrumwerk.html", "Aanvraagformulier_DAW+_Spectrumwerk.docx"),
    ("J09-huurderscafe.html", "Voorstel huurderscafé Wemmel-Dilbeek.pdf"),
    ("J10-helder-glas.html", "daw+ helder glas formulier.odt"),
    ("J11-fietskracht.html", "Projectvoorstel DAW plus - FietsKracht.pdf"),
    ("J12-jeugddienst-kompas.html", "aanvraagformulier_ingevuld_def.docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("J03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
