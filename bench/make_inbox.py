"""Build a realistic intake inbox for benchmarks: PDFs and DOCX made by LibreOffice, and e-mails.

Usage: python bench/make_inbox.py [N] DIR      (N submissions, default 200)

Each submission is a Dutch proposal of 5 to 40 pages with its own organisation, numbers and
wording, so every file has distinct bytes. About 60% are loose PDFs, 20% loose DOCX files and
20% .eml messages carrying a PDF. Needs `soffice` (apt-get install libreoffice-writer-nogui).
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

SECTIONS = {
    "Situering": [
        "In {town} wonen steeds meer anderstalige gezinnen met een migratieachtergrond.",
        "Veel mensen met een chronische ziekte vinden geen werk op hun maat en raken ontmoedigd.",
        "Alleenstaande ouders vinden moeilijk kinderopvang en hebben vaak geen rijbewijs.",
        "Wie met een verslaving worstelt, wacht maanden op een plaats in de gespecialiseerde zorg.",
        "De vervoersarmoede in de deelgemeenten maakt het moeilijk om opleidingen te volgen.",
    ],
    "Doelgroep": [
        "We richten ons op {n} nieuwkomers en vluchtelingen die beperkt Nederlands spreken.",
        "De doelgroep bestaat uit {n} alleenstaande ouders met jonge kinderen.",
        "We bereiken {n} mensen met medische klachten en secundaire psychische klachten.",
        "Volwassenen met een verslaving die op een wachtlijst staan, {n} per jaar.",
    ],
    "Aanpak en activiteiten": [
        "Een taalcoach begeleidt deelnemers op de werkvloer en organiseert een praatgroep.",
        "Een trajectgezel bouwt een vertrouwensband op en slaat de brug naar het OCMW en VDAB.",
        "Samen met het loket kinderopvang zoeken we een plaats in een crèche of bij een "
        "onthaalouder.",
        "In een digicafé oefenen deelnemers digitale vaardigheden zoals itsme en Mijn VDAB.",
        "Onze jobhunter zoekt inclusieve werkplekken waar een stage of IBO mogelijk is.",
        "Ervaringsdeskundigen bieden een luisterend oor en verwijzen door naar het CAD.",
        "Wie afhaakt, bellen we op en bezoeken we thuis: we werken aanklampend.",
        "We staan aan de schoolpoort en op de markt om mensen te bereiken die nog niet gekend "
        "zijn.",
        "Deelnemers krijgen fietsles en leren hun route plannen met De Lijn.",
        "Na de plaatsing blijft de begeleider nog zes maanden betrokken als nazorg.",
        "Knelpunten bundelen we in een nota waarmee we structurele knelpunten signaleren aan de "
        "hogere overheden.",
        "We werken cultuursensitief en houden rekening met religieuze feestdagen.",
    ],
    "Partners": ["OCMW {town}, VDAB, CAW, CGG, CAD, Huis van het Kind, lokale werkgevers."],
    "Begroting": ["Begeleider 0,5 VTE € {money}.000; werking € {small}.500; totaal € {total}.000."],
}
TOWNS = ["Dilbeek", "Asse", "Wemmel", "Opwijk", "Merchtem"]


def proposal_html(i: int, pages: int, rng: random.Random) -> str:
    town = rng.choice(TOWNS)
    org = f"vzw Project {i:04d} {rng.choice(['Horizon', 'Brug', 'Samen', 'Kompas', 'Anker'])}"
    parts = [
        f"<h1>Projectvoorstel {org}</h1>",
        f"<p>Werkingsgebied DAW+ ({', '.join(TOWNS)}). Dossier {rng.randrange(10**8)}.</p>",
    ]
    # about 45 lines of 10.5 pt text per A4 page: 9 paragraphs of 5 lines
    for page in range(pages):
        for heading, pool in SECTIONS.items():
            if page > 0 and heading in ("Partners", "Begroting") and page != pages - 1:
                continue
            parts.append(f"<h2>{heading} {page + 1}</h2>")
            for _ in range(2):
                sentences = [
                    rng.choice(pool).format(
                        town=town,
                        n=rng.randrange(20, 90),
                        money=rng.randrange(20, 60),
                        small=rng.randrange(1, 9),
                        total=rng.randrange(40, 99),
                    )
                    for _ in range(5)
                ]
                parts.append(
                    "<p>" + " ".join(sentences) + f" (ref. {i}-{page}-{rng.randrange(10**6)})</p>"
                )
    return (
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
        f"<title>{org}</title></head><body>{''.join(parts)}</body></html>"
    )


def _convert(files: list[Path], fmt: str, outdir: Path) -> None:
    for start in range(0, len(files), 50):
        subprocess.run(
            [
                "soffice",
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                fmt,
                "--outdir",
                str(outdir),
                *map(str, files[start : start + 50]),
            ],
            check=True,
            capture_output=True,
        )


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print(__doc__)
        return 2
    n = int(argv[0]) if len(argv) == 2 else 200
    target = Path(argv[-1])
    if shutil.which("soffice") is None:
        print("soffice not found: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 2
    target.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20230901)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        kinds = ["pdf"] * 6 + ["docx"] * 2 + ["eml"] * 2
        html: dict[str, list[Path]] = {"pdf": [], "docx": []}
        plan = []
        for i in range(n):
            kind = kinds[i % len(kinds)]
            name = f"Projectvoorstel_DAW+_{i:04d}"
            path = work / f"{name}.html"
            path.write_text(proposal_html(i, rng.randint(5, 40), rng), encoding="utf-8")
            html["docx" if kind == "docx" else "pdf"].append(path)
            plan.append((kind, name))
        _convert(html["pdf"], "pdf", work)
        _convert(html["docx"], "docx", work)
        for i, (kind, name) in enumerate(plan):
            if kind in ("pdf", "docx"):
                shutil.move(work / f"{name}.{kind}", target / f"{name}.{kind}")
                continue
            msg = EmailMessage()
            msg["From"] = f"Aanvrager {i} <aanvrager{i}@org{i}.example.org>"
            msg["To"] = "katrien.meersseman@haviland.be"
            msg["Subject"] = f"Kandidatuur DAW+ {i}"
            msg["Date"] = f"Thu, 31 Aug 2023 {10 + i % 12:02d}:{i % 60:02d}:00 +0200"
            msg.set_content("Beste, in bijlage ons projectvoorstel.")
            msg.add_attachment(
                (work / f"{name}.pdf").read_bytes(),
                maintype="application",
                subtype="pdf",
                filename=f"{name}.pdf",
            )
            received = (
                f"Received: from mail.org{i}.example.org by mx-in.haviland.be; "
                f"Thu, 31 Aug 2023 {10 + i % 12:02d}:{i % 60:02d}:05 +0200\n"
            )
            (target / f"{name}.eml").write_bytes(received.encode() + bytes(msg))
    print(f"{n} submissions in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
