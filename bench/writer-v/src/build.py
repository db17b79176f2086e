#!/usr/bin/env python3
"""Build writer V's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-v/src/build.py [V03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-v/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 4 ODT, 3 PDF
MANIFEST = [
    ("V01-de-werkbank-werkbank-plus.html", "Werkbank Plus - De Werkbank vzw - DAW+.docx"),
    (
        "V02-buurtdiensten-dilbeek-klusjes-en-kansen.html",
        "LDE Buurtdiensten Dilbeek - Klusjes en Kansen.odt",
    ),
    ("V03-groeikracht-groenploeg.html", "WEP Groenploeg herstel en werk - regio DAW.pdf"),
    ("V04-tempo-interim-sociale-cel.html", "Tempo Interim sociale cel - kandidatuur DAW plus.docx"),
    ("V05-leerwerf-taal-op-de-werkvloer.html", "Leerwerf_Vakwoorden_taal op de werkvloer_daw+.odt"),
    ("V06-jobclub-de-sprong.html", "jobclub_voorstel_2023.pdf"),
    (
        "V07-flexpoint-diversity.html",
        "Flexpoint Diversity - Kansenprofiel - werkingsgebied DAW+.docx",
    ),
    ("V08-het-anker-activering.html", "Het Anker - activering Opwijk Merchtem.odt"),
    ("V09-smaakmaker-leerrestaurant.html", "Smaakmaker_projectvoorstel_DAWplus.docx"),
    ("V10-reboot-werkplaats.html", "ReBoot werkplaats - DAW Plus - digitale inclusie.pdf"),
    ("V11-poetsplus-fiets-en-taal.html", "Poetsplus sociale cel DAW+ fiets en taal.odt"),
    ("V12-stapsteen-nazorgteam.html", "Stapsteen nazorgteam DAW.docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("V03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
