#!/usr/bin/env python3
"""Build writer E's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-e/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-e/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name)
MANIFEST = [
    ("E01-wgc-de-linde.html", "Projectvoorstel DAW+ WGC De Linde.docx"),
    ("E02-het-gedeelde-bord.html", "Sociaal restaurant Het Gedeelde Bord - Dilbeek Wemmel.odt"),
    ("E03-femmes-en-route.html", "voorstel_daw_femmes-en-route.docx"),
    ("E04-de-kantelaar.html", "kandidatuur De Kantelaar.pdf"),
    ("E05-buurtbedrijf-de-knoop.html", "Projectvoorstel LDE Opwijk-Merchtem_v3.docx"),
    ("E06-bib-de-leeswolk.html", "DAW plus - Bib Wemmel digitaal spreekuur.odt"),
    ("E07-connect2work.html", "Projectvoorstel_DAW+_Connect2Work.docx"),
    ("E08-de-overstap.html", "Voorstel De Overstap – Dilbeek, Asse & Opwijk.odt"),
    ("E09-recovery-college-klaproos.html", "Recovery College Klaproos_DAW.pdf"),
    ("E10-trapkracht.html", "Trapkracht_DAWplus_fietsschool.docx"),
    ("E11-housing-first.html", "HF_voorstel_final2.odt"),
    ("E12-ocmw-tussenstap.html", "Projectvoorstel samenwerking OCMW Asse Merchtem Opwijk.pdf"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("E03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
