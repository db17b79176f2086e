"""Build the writer-D proposals from the HTML sources in this folder.

Each source is an HTML body fragment. It is wrapped in a small page with a shared style sheet,
then LibreOffice (headless) converts it to the format the applicant submitted, and the result is
renamed to the file name the applicant chose. Output goes to the parent folder (bench/writer-d/).

    python bench/writer-d/src/build.py            # build all twelve files
    python bench/writer-d/src/build.py --pages    # also print size and rendered page count

Needs `soffice` on PATH; `--pages` also needs `pdfinfo` (poppler-utils).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# source fragment -> (file name as the applicant named it, format)
MANIFEST: list[tuple[str, str, str]] = [
    ("d01-logframe.html", "Logframe_Brugwerk_DAW+.docx", "docx"),
    ("d02-persona.html", "Fatima's weg - voorstel Wemmel Dilbeek.odt", "odt"),
    ("d03-sportclub.html", "Tweede Helft - DAW plus - sportclub.pdf", "pdf"),
    ("d04-bredeschool.html", "Projectvoorstel Brede School Asse - DAW.docx", "docx"),
    ("d05-eerstelijn.html", "ELZ_voorstel_capacity_building.odt", "odt"),
    ("d06-partnertabel.html", "Partnertabel Merchtem-Opwijk kandidatuur.docx", "docx"),
    ("d07-swot.html", "SWOT en plan - Het Anker - DAW+.odt", "odt"),
    ("d08-bullets.html", "daw_werkwinkel_bullets_v3.pdf", "pdf"),
    ("d09-consortium.html", "Consortium Vier Windstreken - DAW+ - deelprojecten.docx", "docx"),
    ("d10-frans.html", "Projet-Projectvoorstel Wemmel.odt", "odt"),
    ("d11-kopie-oproep.html", "Kandidatuur Capacity Building Lokale Partnerschappen.pdf", "pdf"),
    ("d12-kort.html", "Samen aan het stuur (DAW).docx", "docx"),
]

# PDFs exported with justified text and Dutch (Belgian) automatic hyphenation, as a
# LibreOffice user with nl-BE settings would produce them: words break across line ends
HYPHENATE = {"d03-sportclub.html"}

FILTERS = {
    "docx": "docx:MS Word 2007 XML",
    "odt": "odt:writer8",
    "pdf": "pdf:writer_pdf_Export",
}

STYLE = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
h1 { font-size: 17pt; } h2 { font-size: 13pt; } h3 { font-size: 11.5pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000000; padding: 3px; vertical-align: top; text-align: left; }
"""

TABLE = '<table border="1" cellpadding="4" cellspacing="0" width="100%">'

MAX_BYTES = 200 * 1024


def wrap(fragment: str, justify: bool = False) -> str:
    """Return a complete HTML page around a body fragment; the title is the first h1."""
    match = re.search(r"<h1>(.*?)</h1>", fragment, re.S)
    title = re.sub(r"<[^>]+>", "", match.group(1)) if match else "Projectvoorstel"
    # LibreOffice's HTML import keeps table borders from attributes, not from CSS
    fragment = fragment.replace("<table>", TABLE)
    style = STYLE + ("p, li { text-align: justify; }\n" if justify else "")
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{style}</style></head>\n<body>\n{fragment}\n</body></html>\n"
    )


def soffice(target_filter: str, outdir: Path, path: Path, html: bool) -> None:
    cmd = ["soffice", "--headless", "--norestore"]
    if html:
        cmd.append("--infilter=HTML (StarWriter)")
    cmd += ["--convert-to", target_filter, "--outdir", str(outdir), str(path)]
    subprocess.run(cmd, check=True, capture_output=True)


def set_dutch_hyphenation(odt: Path) -> None:
    """Switch the default paragraph style of an ODT to nl-BE with automatic hyphenation."""
    patched = odt.with_name(odt.stem + "-nl.odt")
    with zipfile.ZipFile(odt) as src, zipfile.ZipFile(patched, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "styles.xml":
                text = data.decode("utf-8")
                head, sep, tail = text.partition('<style:default-style style:family="paragraph">')
                block, end, rest = tail.partition("</style:default-style>")
                block = re.sub(r'fo:language="[^"]*"', 'fo:language="nl"', block)
                block = re.sub(r'fo:country="[^"]*"', 'fo:country="BE"', block)
                block = block.replace('fo:hyphenate="false"', 'fo:hyphenate="true"')
                data = (head + sep + block + end + rest).encode("utf-8")
            dst.writestr(info, data)
    patched.replace(odt)


def convert(src: Path, target: Path, fmt: str, work: Path) -> None:
    hyphenate = src.name in HYPHENATE
    page = work / (src.stem + ".html")
    page.write_text(wrap(src.read_text(encoding="utf-8"), justify=hyphenate), encoding="utf-8")
    if hyphenate:
        soffice(FILTERS["odt"], work, page, html=True)
        odt = work / f"{src.stem}.odt"
        set_dutch_hyphenation(odt)
        soffice(FILTERS[fmt], work, odt, html=False)
    else:
        soffice(FILTERS[fmt], work, page, html=True)
    produced = work / f"{src.stem}.{fmt}"
    if not produced.exists():
        raise RuntimeError(f"LibreOffice did not produce {produced.name}")
    shutil.move(str(produced), target)


def page_count(path: Path, work: Path) -> int:
    pdf = path
    if path.suffix != ".pdf":
        tmp = work / "pages"
        tmp.mkdir(exist_ok=True)
        copy = tmp / ("probe" + path.suffix)
        shutil.copy(path, copy)
        soffice("pdf", tmp, copy, html=False)
        pdf = tmp / "probe.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    return int(found.group(1)) if found else -1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="print size and page count")
    args = parser.parse_args()
    if shutil.which("soffice") is None:
        print("soffice (LibreOffice) not found on PATH", file=sys.stderr)
        return 2
    status = 0
    with tempfile.TemporaryDirectory(prefix="writer-d-") as tmp:
        work = Path(tmp)
        for source, name, fmt in MANIFEST:
            target = OUT / name
            convert(HERE / source, target, fmt, work)
            size = target.stat().st_size
            line = f"{name}: {size} bytes"
            if size >= MAX_BYTES:
                line += "  TOO LARGE"
                status = 1
            if args.pages:
                line += f", {page_count(target, work)} page(s)"
            print(line)
    return status


if __name__ == "__main__":
    sys.exit(main())
