#!/usr/bin/env python3
"""Build writer C's submitted files from the Markdown sources in this folder.

Each source is turned into HTML by a tiny Markdown-subset converter (headings,
paragraphs with hard line breaks, bullet lists, block quotes, pipe tables,
**bold**, *italic*), imported by LibreOffice Writer as a text document, and
exported as DOCX, ODT or PDF.  Documents that ask for it get automatic
hyphenation (nl-BE) before export, as an applicant's Writer would do.

Usage:  python3 build.py            (needs `soffice` on PATH)
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

# source file -> (submitted file name, format, hyphenate)
MANIFEST: list[tuple[str, str, str, bool]] = [
    (
        "c01-wegwijs.md",
        "Projectvoorstel DAW+ - Welzijnsvereniging Kouterland - Traject Wegwijs.docx",
        "docx",
        False,
    ),
    ("c02-stap-terug-vooruit.md", "Projectvoorstel DAW plus - De Overkant.odt", "odt", False),
    ("c03-mama-rijdt.md", "Voorstel Asse Wemmel - Mama Rijdt.docx", "docx", False),
    ("c04-weekschema-de-kapel.md", "weekschema ontmoetingshuis De Kapel.pdf", "pdf", False),
    ("c05-veerkracht-antwoordformulier.md", "Antwoordformulier_DAW_Veerkracht.docx", "docx", False),
    ("c06-digipunt-plus.md", "DAW+_Digipunt-Plus_Dilbeek.odt", "odt", False),
    ("c07-buurtkeuken-ketje.md", "Buurtkeuken Ketje - projectvoorstel.docx", "docx", False),
    (
        "c08-opnieuw-aan-de-slag.md",
        "Voorstel Dilbeek-Merchtem - Opnieuw aan de slag.pdf",
        "pdf",
        True,
    ),
    ("c09-den-hangar.md", "daw_DenHangar_projectvoorstel_def2.docx", "docx", False),
    ("c10-thuis-in-asse.md", "Thuis in Asse - DAW+.odt", "odt", False),
    (
        "c11-lokaal-partnerschap-noord.md",
        "Kandidatuur Lokaal Partnerschap Noord - DAW plus.pdf",
        "pdf",
        True,
    ),
    ("c12-fietsatelier-de-ketting.md", "projectvoorstel fietsatelier Opwijk.docx", "docx", False),
]

FILTERS = {
    "docx": "docx:MS Word 2007 XML",
    "odt": "odt:writer8",
    "pdf": "pdf:writer_pdf_Export",
}

CSS = """
@page { size: 21cm 29.7cm; margin: 2cm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
h1 { font-size: 17pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #777; padding: 3px; vertical-align: top; font-size: 9.5pt; }
th { background: #e8e8e8; text-align: left; }
blockquote { margin-left: 1cm; font-style: italic; }
"""


def inline(text: str) -> str:
    t = html.escape(text, quote=False)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", t)
    return t


def md_to_html(md: str, title: str) -> str:
    out: list[str] = []
    para: list[str] = []
    items: list[str] = []
    quote: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        nonlocal para, items, quote, rows
        if para:
            out.append("<p>" + "<br/>".join(inline(x) for x in para) + "</p>")
            para = []
        if items:
            out.append("<ul>" + "".join(f"<li>{inline(x)}</li>" for x in items) + "</ul>")
            items = []
        if quote:
            out.append("<blockquote><p>" + " ".join(inline(x) for x in quote) + "</p></blockquote>")
            quote = []
        if rows:
            head, body = rows[0], rows[1:]
            cells = "".join(f"<th>{inline(c)}</th>" for c in head)
            tr = [f"<tr>{cells}</tr>"]
            for r in body:
                tr.append("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in r) + "</tr>")
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0">'
                + "".join(tr)
                + "</table><p></p>"
            )
            rows = []

    for raw in md.splitlines():
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        m = re.match(r"^(#{1,3}) (.*)$", line)
        if m:
            flush()
            n = len(m.group(1))
            out.append(f"<h{n}>{inline(m.group(2))}</h{n}>")
            continue
        if line.startswith("|"):
            if para or items or quote:
                flush()
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            rows.append(cells)
            continue
        if line.startswith("- "):
            if para or quote or rows:
                flush()
            items.append(line[2:])
            continue
        if line.startswith("> "):
            if para or items or rows:
                flush()
            quote.append(line[2:])
            continue
        if items or quote or rows:
            flush()
        para.append(line)
    flush()
    return (
        '<!DOCTYPE html>\n<html lang="nl-BE"><head><meta charset="utf-8"/>'
        f"<title>{html.escape(title)}</title><style>{CSS}</style></head>"
        '<body lang="nl-BE">\n' + "\n".join(out) + "\n</body></html>\n"
    )


def soffice(args: list[str], cwd: Path) -> None:
    profile = cwd / "lo-profile"
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args]
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_HYPH_ATTRS = (
    ' fo:hyphenate="true" fo:hyphenation-remain-char-count="2"'
    ' fo:hyphenation-push-char-count="2" fo:language="nl" fo:country="BE"'
)


def _hyph_tag(m: re.Match[str]) -> str:
    attrs = re.sub(
        r'\s(fo:hyphenate|fo:hyphenation-[a-z-]+|fo:language|fo:country)="[^"]*"', "", m.group(1)
    )
    return f"<style:text-properties{attrs}{_HYPH_ATTRS}{m.group(2)}>"


def enable_hyphenation(odt: Path) -> None:
    """Switch on automatic hyphenation (nl-BE) in every paragraph style."""
    tmp = odt.with_suffix(".tmp")
    with zipfile.ZipFile(odt) as zin, zipfile.ZipFile(tmp, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename in ("styles.xml", "content.xml"):
                s = data.decode("utf-8")
                s = re.sub(r"<style:text-properties\b([^>]*?)(/?)>", _hyph_tag, s)
                data = s.encode("utf-8")
            ctype = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(info, data, compress_type=ctype)
    tmp.replace(odt)


def build_one(src: str, target: str, fmt: str, hyphenate: bool, work: Path) -> Path:
    stem = Path(target).stem
    md = (HERE / src).read_text(encoding="utf-8")
    htm = work / f"{stem}.html"
    htm.write_text(md_to_html(md, stem), encoding="utf-8")
    # Import as a Writer text document (not Writer/Web), save as ODT first.
    soffice(
        [
            "--infilter=HTML (StarWriter)",
            "--convert-to",
            FILTERS["odt"],
            "--outdir",
            str(work / "odt"),
            str(htm),
        ],
        work,
    )
    odt = work / "odt" / f"{stem}.odt"
    if hyphenate:
        enable_hyphenation(odt)
    if fmt == "odt":
        result = odt
    else:
        soffice(["--convert-to", FILTERS[fmt], "--outdir", str(work / fmt), str(odt)], work)
        result = work / fmt / f"{stem}.{fmt}"
    dest = OUT / target
    shutil.copyfile(result, dest)
    return dest


def main() -> int:
    if shutil.which("soffice") is None:
        print("soffice not found", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        for src, target, fmt, hyph in MANIFEST:
            dest = build_one(src, target, fmt, hyph, work)
            print(f"{dest.stat().st_size:>8}  {dest.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
