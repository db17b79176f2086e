#!/usr/bin/env python3
"""Build writer W's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-w/src/build.py [W03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-w/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 3 ODT, 4 PDF
MANIFEST = [
    (
        "W01-seniorenclub-de-zonnewijzer.html",
        "Zonnewijzer Groot-Bijgaarden - projectvoorstel DAW+.docx",
    ),
    ("W02-open-tafel-sint-martinus.html", "Open Tafel Sint-Martinus Asse.pdf"),
    (
        "W03-vrouwenkring-ter-linde.html",
        "Vrouwenkring Ter Linde - DAW plus - moeders onder elkaar.odt",
    ),
    ("W04-ttc-de-molen.html", "TTC De Molen Merchtem_DAW_bewegen met een rugzak.docx"),
    ("W05-buurthuis-de-kroon.html", "DAW+ kandidatuur Buurthuis De Kroon.pdf"),
    ("W06-ouderraad-de-regenboog.html", "voorstel ouderraad schoolpoortcafe.docx"),
    ("W07-wereldwinkel-opwijk.html", "Wereldwinkel Opwijk - werkplek met een verhaal - daw.odt"),
    ("W08-voedselbedeling-de-schakel.html", "De Schakel Merchtem - voorstel DAW plus.pdf"),
    ("W09-boksclub-ring-vrij.html", "Boksclub Ring Vrij - DAW+ - Sterk in je vel.docx"),
    ("W10-zorgkring-de-lindeboom.html", "Zorgkring De Lindeboom Wemmel-Asse projectvoorstel.odt"),
    (
        "W11-gepensioneerden-wemmel-rijbegeleiding.html",
        "Vriendenkring Gepensioneerden Wemmel - rijbegeleiding (Daw).pdf",
    ),
    ("W12-werkgroep-welkom-dilbeek.html", "Werkgroep Welkom - kandidatuur DAW-plus Dilbeek.docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("W03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
