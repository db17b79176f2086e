#!/usr/bin/env python3
"""Build writer P's submitted files from the HTML sources with LibreOffice.

Usage: python3 bench/writer-p/src/build.py   (needs `soffice` on PATH)

Each source is copied to a temporary folder under the name the applicant gave the file, converted
there with `soffice --headless --convert-to`, and the result is moved to bench/writer-p/.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/, for writer_build
from writer_build import build  # noqa: E402

# (source, submitted file name)
MANIFEST = [
    ("P01-ocmw-dilbeek-stap-vooruit.html", "Projectvoorstel DAW+ OCMW Dilbeek Stap Vooruit.docx"),
    ("P02-caw-jongerenteam.html", "CAW Zennedal jongerenteam - voorstel daw.pdf"),
    ("P03-cgg-de-linde-outreach.html", "CGG De Linde - outreach Wemmel Merchtem.odt"),
    (
        "P04-cvo-meander-taal-op-de-werkvloer.html",
        "DAW plus - CVO Meander - Taal op de Werkvloer.docx",
    ),
    ("P05-opvangcoach.html", "Opvangcoach_DAW+_kandidatuur.odt"),
    ("P06-mobipunt-de-wissel.html", "Mobipunt De Wissel - DAW+ projectvoorstel.pdf"),
    ("P07-netwerk-digitaal-mee.html", "Netwerk Digitaal Mee - DAW - voorstel.odt"),
    ("P08-vlaswerk-jobcoach-extra.html", "Jobcoach Extra Vlaswerk Opwijk-Merchtem.pdf"),
    ("P09-dagcentrum-de-overstap.html", "DAW_Dagcentrum De Overstap_projectvoorstel.docx"),
    ("P10-wgc-ter-heide.html", "kandidatuur WGC Ter Heide - Gezond aan de slag.pdf"),
    (
        "P11-woonmaatschappij-brabantse-kouter.html",
        "Woonmaatschappij Brabantse Kouter - DAW+ - Thuis en aan het werk.docx",
    ),
    ("P12-vrouwenhuis-zijweg.html", "Vrouwenhuis Zijweg - voorstel DAW+ (def).odt"),
]


if __name__ == "__main__":
    # optional arguments: only the sources that start with these ("P03")
    sys.exit(build(MANIFEST, Path(__file__).resolve().parent, sys.argv[1:]))
