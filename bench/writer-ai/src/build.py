#!/usr/bin/env python3
"""Build writer AI's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-ai/src/build.py [01 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-ai/.
The same manifest is in manifest.tsv, for `python3 bench/writer_build.py bench/writer-ai`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 4 ODT, 3 PDF
MANIFEST = [
    ("01-rechtswinkel-papieren-brug.html", "Rechtswinkel Papieren Brug - kandidatuur DAW+.docx"),
    ("02-hamdeli.html", "Hamdeli vzw_projectvoorstel_daw.odt"),
    ("03-tolkencollectief-babel.html", "Tolkencollectief Babel - Dilbeek Asse Wemmel Opwijk Merchtem.pdf"),
    ("04-kinderen-eerst.html", "Kinderen Eerst Wemmel-Dilbeek - projectvoorstel.docx"),
    ("05-nieuwe-horizon.html", "Nieuwe Horizon - DAW plus - herstel.odt"),
    ("06-de-drempel.html", "DAW-plus_DeDrempel_Opwijk.pdf"),
    ("07-recht-op-wonen.html", "kandidatuur_recht_op_wonen_2023.docx"),
    ("08-tamara.html", "Tamara vzw Asse - voorstel DAW+ (definitief).docx"),
    ("09-arbeidsrecht-voor-iedereen.html", "Arbeidsrecht voor Iedereen – DAW+ – projectvoorstel.odt"),
    ("10-zorg-zonder-papieren.html", "Zorg zonder Papieren_DAW_2023.docx"),
    ("11-young-newcomers-collective.html", "YNC_kandidatuur_Daw+.pdf"),
    ("12-ubuntu-merchtem.html", "Ubuntu Merchtem - DAWplus voorstel.odt"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
