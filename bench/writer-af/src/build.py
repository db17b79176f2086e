#!/usr/bin/env python3
"""Build writer AF's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-af/src/build.py [07 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-af/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 3 ODT, 4 PDF
MANIFEST = [
    (
        "01-sociaal-huis-dilbeek-stapsteen.html",
        "Sociaal Huis Dilbeek - Stapsteen - projectvoorstel DAW+.docx",
    ),
    ("02-ocmw-asse-taalbrug.html", "OCMW Asse Taalbrug DAW plus.odt"),
    ("03-sociaal-huis-wemmel-ouders.html", "Wemmel - ouders in beweging - kandidatuur.pdf"),
    ("04-ocmw-opwijk-herstart.html", "Herstart_OCMW-Opwijk_DAW.docx"),
    ("05-sociaal-huis-merchtem-woonstap.html", "Woonstap Merchtem-Opwijk voorstel.odt"),
    ("06-igs-activeringsnetwerk.html", "DAW-plus_activeringsnetwerk_kandidatuur.pdf"),
    (
        "07-lokaal-dienstencentrum-dilbeek-digitaal.html",
        "projectvoorstel_digitaal_sociaal_huis_v3.docx",
    ),
    ("08-sociaal-huis-asse-trajectgezel.html", "SH Asse trajectgezel (daw+).odt"),
    ("09-sociaal-huis-opwijk-kinderopvang.html", "Kinderopvang op maat Opwijk_DAW+.pdf"),
    ("10-ocmw-merchtem-kracht.html", "OCMW Merchtem - Kracht - regio DAW.docx"),
    ("11-ilv-mobiel-netwerk.html", "Mobiliteit op maat - werkingsgebied DAW plus.pdf"),
    ("12-ocmw-wemmel-welkom.html", "Welkom in Wemmel DAW+.docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("07")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
