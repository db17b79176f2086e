#!/usr/bin/env python3
"""Build writer G's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-g/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-g/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name)
MANIFEST = [
    ("G01-stap-vooruit.html", "Stap Vooruit - DAW+ - sociale dienst Opwijk.docx"),
    ("G02-wegwijs-naar-werk.html", "Projectvoorstel DAW plus - Wegwijs naar Werk.odt"),
    ("G03-moeders-onderweg.html", "Moeders Onderweg - Asse en Wemmel.pdf"),
    ("G04-recovery-cafe-phoenix.html", "Recovery Cafe Phoenix_DAW.docx"),
    ("G05-budgetteam-grip.html", "daw_budgetteam_grip-op-geld_v2.odt"),
    ("G06-den-hoek-digitaal.html", "Buurtcentrum Den Hoek - Digitaal Dorp - Dilbeek.pdf"),
    ("G07-apothekersnetwerk.html", "Voorstel_DAW_apothekersnetwerk.docx"),
    ("G08-al-amal.html", "Projectvoorstel Daw+ Al Amal vrouwenwerking.odt"),
    ("G09-den-akker-doorstroom.html", "DAW+ projectvoorstel maatwerkbedrijf Den Akker.pdf"),
    ("G10-speelboot.html", "DAW-kinderopvang-Speelboot-projectvoorstel.docx"),
    ("G11-kot-en-kans.html", "Kot en Kans projectvoorstel final v3.odt"),
    ("G12-jeugdhuis-de-schakel.html", "DAW plus_Jeugdhuis De Schakel_NEET-outreach.pdf"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("G03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
