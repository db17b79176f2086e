#!/usr/bin/env python3
"""Build writer H's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-h/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-h/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name)
MANIFEST = [
    ("H01-sociaal-huis-dilbeek.html", "Projectvoorstel DAW+ Sociaal Huis Dilbeek.docx"),
    ("H02-cgg-passant-preventie.html", "CGG Passant preventie - voorstel DAW plus.odt"),
    ("H03-cad-halte-outreach.html", "CAD Halte - Halte Buiten - DAW.pdf"),
    ("H04-huis-van-het-kind.html", "Huis van het Kind Asse-Wemmel_projectvoorstel.docx"),
    ("H05-ldc-de-wingerd.html", "LDC De Wingerd Samen Digitaal (Daw+).odt"),
    ("H06-maatwerkbedrijf-den-azuur.html", "Projectvoorstel_DAW+_Den Azuur_Proefdraaien.pdf"),
    ("H07-wgc-bremberg.html", "WGC Bremberg - Gezond naar Werk (DAW).docx"),
    ("H08-vzw-werkmaat.html", "projectvoorstel_daw_vzw-werkmaat.odt"),
    ("H09-brede-school.html", "Brede School Opwijk-Merchtem - Ouders aan Boord.pdf"),
    ("H10-bib-wemmel-nieuwkomersbalie.html", "Bib Wemmel nieuwkomersbalie - DAW plus.docx"),
    ("H11-provinciaal-integratiepunt.html", "kandidatuur_sleutels_tot_werk_definitief.odt"),
    ("H12-mobipunt-op-eigen-wielen.html", "Mobipunt DAW+ Op Eigen Wielen.pdf"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("H03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
