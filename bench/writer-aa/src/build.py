#!/usr/bin/env python3
"""Build writer AA's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-aa/src/build.py [03 ...]   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-aa/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name): 5 DOCX, 4 ODT, 3 PDF
MANIFEST = [
    ("01-ldc-de-zonnewijzer.html", "LDC De Zonnewijzer - projectvoorstel DAW+.docx"),
    ("02-thuiszorg-aan-huis.html", "Aan Huis - voorstel Asse Wemmel.pdf"),
    (
        "03-mantelzorgkring-de-draagkracht.html",
        "Mantelzorgkring De Draagkracht - DAW plus - terug aan de slag.odt",
    ),
    ("04-seniorenraad-wemmel-ocmw.html", "Seniorenraad Wemmel en OCMW - projectvoorstel DAW.docx"),
    ("05-rijdend-dorp.html", "Rijdend Dorp Opwijk-Merchtem.pdf"),
    (
        "06-digipunt-grijs-en-wijs.html",
        "Digipunt Grijs en Wijs - DAW+ - digitale inclusie senioren.odt",
    ),
    ("07-hand-in-hand-partnerzorg.html", "projectvoorstel_daw_handinhand.docx"),
    ("08-ldc-kersenhof-buurtzorg.html", "kandidatuur buurtzorg Kersenhof.pdf"),
    (
        "09-zorgbrug-anderstalige-mantelzorgers.html",
        "ZorgBrug vzw - Daw+ regio - projectvoorstel.odt",
    ),
    ("10-thuis-in-groot-bijgaarden.html", "Thuis in Groot-Bijgaarden - DAW plus voorstel.docx"),
    ("11-ldc-den-ast-bewegen.html", "LDC Den Ast - Weer op de been (DAW+).odt"),
    ("12-de-babbelbank-opwijk.html", "DAW_De-Babbelbank_projectvoorstel.docx"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
