#!/usr/bin/env python3
"""Build writer AD's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-ad/src/build.py [03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-ad/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 4 DOCX, 4 ODT, 4 PDF
MANIFEST = [
    ("01-taalbrug-dilbeek.html", "Taalbrug Dilbeek - voortzetting DAW+.docx"),
    ("02-herstart-asse.html", "Herstart Asse-Merchtem-Opwijk - verlenging jaar 2.pdf"),
    ("03-de-overstap-wemmel.html", "De Overstap tweede fase - DAW.odt"),
    ("04-kroost-opwijk.html", "kandidatuur Kroost 2024 vervolg.docx"),
    ("05-klik-en-co-merchtem.html", "Klik en Co - DAW plus - verlenging digitale inclusie.pdf"),
    ("06-fietsatelier-trappers.html", "Fietsatelier Trappers jaar 2 (daw).odt"),
    ("07-werkplek-op-maat.html", "Werkplek op Maat_DAW+_voortzetting 2024.docx"),
    ("08-thuis-in-wemmel.html", "Thuis in Wemmel - Wemmel en Dilbeek - vervolgaanvraag.pdf"),
    ("09-samen-sterk.html", "Samen Sterk DAW plus tweede werkjaar.odt"),
    ("10-atelier-noor.html", "Atelier Noor - DAW+ - voortzetting 2024.pdf"),
    ("11-keuken-kompas.html", "Keuken Kompas verlengingsaanvraag DAW+.docx"),
    ("12-ontmoetingsbus-de-halte.html", "De Halte - verlenging DAW Plus 2024-2025.odt"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
