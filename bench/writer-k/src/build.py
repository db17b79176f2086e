#!/usr/bin/env python3
"""Build writer K's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-k/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-k/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name)
MANIFEST = [
    ("K01-atelier-passerelle.html", "Projet DAW+ - Atelier Passerelle.docx"),
    ("K02-codebridge.html", "CodeBridge_DAW_proposal_v2.odt"),
    ("K03-vrouwenvereniging-gul.html", "Projectvoorstel daw Vrouwenvereniging Gul.pdf"),
    ("K04-jong-en-sterk.html", "Jong en Sterk - Dilbeek Asse.docx"),
    ("K05-schoonsamen.html", "projectvoorstel DAW plus cooperatie SchoonSamen.odt"),
    ("K06-kickstart.html", "Kickstart Merchtem-Opwijk voorstel.pdf"),
    ("K07-sehha.html", "Sehha_DAW+_gezond-wegwijs.pdf"),
    ("K08-az-meersbeek.html", "DAW+ projectvoorstel sociale dienst AZ Meersbeek.docx"),
    ("K09-arbeidsartsennetwerk.html", "Arbeidsartsennetwerk Noordrand - DAW plus.odt"),
    ("K10-juridisch-spreekuur.html", "kandidatuur_JEB_sept2023.pdf"),
    ("K11-net-en-fris.html", "NetFris dienstencheques_DAW_projectvoorstel.docx"),
    ("K12-herstelplek-wemmel.html", "Herstelplek Wemmel - voorstel DAW+.odt"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("K03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
