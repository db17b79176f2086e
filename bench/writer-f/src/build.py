#!/usr/bin/env python3
"""Build writer F's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-f/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-f/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name)
MANIFEST = [
    ("F01-samen-scoren.html", "Projectvoorstel DAW+ - Samen Scoren - VK Groen-Wit Asse.docx"),
    ("F02-thuis-in-de-rand.html", "CAW_dawplus_Thuis in de Rand.pdf"),
    ("F03-taal-werkt.html", "Voorstel DAW - CVO Ter Molen - Taal werkt.odt"),
    ("F04-weer-op-gang.html", "Projectvoorstel Merchtem-Opwijk - Thuiszorg Zorgzaam.docx"),
    ("F05-samen-op-weg.html", "voorstel daw samen op weg.odt"),
    ("F06-flexpunt-sociaal.html", "Flexpunt_Sociaal_DAW_projectvoorstel.pdf"),
    ("F07-lichtpunt.html", "Lichtpunt zelfhulp - DAW plus.docx"),
    ("F08-winkelhart.html", "Aanvraag Winkelhart werkplekken 2023.odt"),
    ("F09-speelboot.html", "Projectvoorstel_DAW_Speelboot.docx"),
    ("F10-budgetpunt.html", "Voorstel Budgetpunt Asse Dilbeek Wemmel.pdf"),
    ("F11-hooghof.html", "zorgboerderij hooghof DAW+ kandidatuur.odt"),
    ("F12-de-vonk-stem.html", "Kandidatuur Daw Plus Kunstencentrum De Vonk (STEM).docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("F03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
