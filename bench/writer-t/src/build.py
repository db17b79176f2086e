#!/usr/bin/env python3
"""Build writer T's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-t/src/build.py [T03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-t/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 3 ODT, 4 PDF
MANIFEST = [
    ("T01-wgc-de-linde.html", "WGC De Linde - projectvoorstel DAW+.docx"),
    ("T02-cad-stap-op.html", "CAD Brabantse Kouter - Stap-Op - kandidatuur DAW plus.pdf"),
    ("T03-cgg-ankerpunt.html", "CGG Ankerpunt - Veilige Haven - Dilbeek Asse Wemmel.odt"),
    ("T04-revalidatie-hof-ter-meersen.html", "Hof ter Meersen_DAW_Werk in Zicht.docx"),
    ("T05-mutualiteit-ouders-op-weg.html", "projectvoorstel_ouders_op_weg_definitief.pdf"),
    ("T06-elz-zorgsignaal.html", "ELZ Groene Noordrand_Zorgsignaal_daw+.odt"),
    (
        "T07-huisartsenkring-welzijn-op-voorschrift.html",
        "Welzijn op voorschrift - Dilbeek en Wemmel.docx",
    ),
    ("T08-ptz-kompas-thuis-en-verder.html", "PTZ Kompas - DAW - Thuis en verder.pdf"),
    ("T09-wgc-het-kruispunt.html", "DAW+ voorstel WGC Het Kruispunt.docx"),
    ("T10-ziekenfonds-werkkompas.html", "Werkkompas_DAW_plus_kandidatuur.odt"),
    ("T11-cgg-de-wissel-sterke-start.html", "CGG De Wissel - Sterke Start (DAW Plus).pdf"),
    ("T12-pc-ter-bruggen-ips.html", "IPS Werkt - PC Ter Bruggen - regio DAW+.docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("T03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
