"""The compliance table: one per submission, readable with and without colour."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dawcheck.checks.model import Evidence, ItemCoverage
from dawcheck.documents.normalize import safe_name
from dawcheck.i18n import t
from dawcheck.report import Report, SubmissionReport

SYMBOL = {"pass": "✔", "warn": "⚠", "fail": "✘", "covered": "●", "weak": "◐", "missing": "○"}
STYLE = {
    "pass": "green",
    "warn": "yellow",
    "fail": "bold red",
    "covered": "green",
    "weak": "yellow",
    "missing": "dim",
}
_WORDS = {
    "nl": {
        "check": "Controle",
        "status": "Status",
        "detail": "Uitleg en bewijs",
        "verdict": "Eindoordeel",
        "suggest": "Voorgestelde naam",
        "receipt": "Ontvangstbewijs",
        "summary": "Samenvatting",
        "files": "bestanden",
        "excluded": "uitgesloten",
        "weak_ev": "zwak bewijs",
        "challenge": "Uitdaging",
        "service": "Dienst",
        "attention": "Aandachtspunt",
        "concepts": "begrippen",
        "region-in-filename": "Werkingsgebied in naam",
        "filename-safety": "Bestandsnaam veilig",
        "arrival": "Tijdig ingediend",
        "readable": "Leesbaar",
        "coverage": "Inhoud",
        "file": "Bestand",
        "short-region-in-filename": "Naam",
        "short-arrival": "Tijdig",
        "short-readable": "Leesbaar",
    },
    "en": {
        "check": "Check",
        "status": "Status",
        "detail": "Explanation and evidence",
        "verdict": "Verdict",
        "suggest": "Suggested name",
        "receipt": "Receipt",
        "summary": "Summary",
        "files": "files",
        "excluded": "excluded",
        "weak_ev": "weak evidence",
        "challenge": "Challenge",
        "service": "Service",
        "attention": "Attention",
        "concepts": "concepts",
        "region-in-filename": "Region in file name",
        "filename-safety": "File name safe",
        "arrival": "On time",
        "readable": "Readable",
        "coverage": "Content",
        "file": "File",
        "short-region-in-filename": "Name",
        "short-arrival": "On time",
        "short-readable": "Readable",
    },
}


def _status(status: str, lang: str) -> Text:
    return Text(f"{SYMBOL[status]} {t(status, lang)}", style=STYLE[status])  # type: ignore[arg-type]


def _evidence_line(e: Evidence, lang: str) -> Text:
    w = _WORDS[lang]
    where = e.location
    if e.heading:
        where += f" · {e.heading.split(' › ')[-1][:40]}"
    tag = ""
    if e.weight == "excluded":
        tag = f" [{w['excluded']}]"
    elif e.weight == "weak":
        tag = f" [{w['weak_ev']}]"
    return Text.assemble(
        (f"{safe_name(where)}: ", "dim"),
        (safe_name(e.term), "bold"),
        (tag, "italic"),
        " ",
        (f"“{safe_name(e.snippet)}”", ""),
    )


def _item_row(table: Table, kind: str, item: ItemCoverage, lang: str, details: bool) -> None:
    label = f"{kind} {item.id}" if isinstance(item.id, int) else str(item.id)
    body = Text(item.title[:90], style="bold" if item.status == "covered" else "")
    if item.concepts or item.weak_concepts:
        names = ", ".join(item.concepts + [f"{c}?" for c in item.weak_concepts])
        body.append(f"  ({_WORDS[lang]['concepts']}: {names})", style="dim")
    lines: list[Text] = [body]
    evidence = item.evidence if details else [e for e in [item.strongest()] if e]
    lines.extend(_evidence_line(e, lang) for e in evidence)
    table.add_row(label, _status(item.status, lang), Text("\n").join(lines))


def submission_view(sub: SubmissionReport, report: Report, details: bool = False) -> RenderableType:
    lang = report.lang
    w = _WORDS[lang]
    title = safe_name(sub.filename or sub.source)
    table = Table(
        title=Text(title, style="bold"), expand=True, show_lines=True, title_justify="left"
    )
    table.add_column(w["check"], no_wrap=True)
    table.add_column(w["status"], no_wrap=True)
    table.add_column(w["detail"], ratio=1)
    for check in sub.checks:
        table.add_row(
            w.get(check.id, check.id), _status(check.status, lang), Text(safe_name(check.message))
        )
    cov = sub.coverage
    if cov.assessed:
        for item in cov.challenges:
            _item_row(table, w["challenge"], item, lang, details)
        for item in cov.services:
            if details or item.status != "missing" or item.excluded_concepts:
                _item_row(table, w["service"], item, lang, details)
        for item in cov.attention:
            if details or item.status != "missing" or item.excluded_concepts:
                _item_row(table, w["attention"], item, lang, details)
        missing = [
            str(i.id)
            for i in cov.services + cov.attention
            if i.status == "missing" and not i.excluded_concepts
        ]
        if missing and not details:
            table.add_row("", _status("missing", lang), Text(", ".join(missing), style="dim"))
    footer = Table.grid(padding=(0, 1))
    footer.add_column(style="bold")
    footer.add_column()
    footer.add_row(w["verdict"], _status(sub.status, lang))
    if sub.suggested_filename:
        footer.add_row(w["suggest"], Text(safe_name(sub.suggested_filename)))
    a = report.addendum
    receipt = (
        f"SHA-256 {sub.sha256 or '-'} · addendum {a.id} {a.version} · dawcheck {report.dawcheck}"
    )
    footer.add_row(w["receipt"], Text(receipt, style="dim"))
    return Group(table, footer, Text(""))


def summary_view(report: Report) -> RenderableType:
    lang = report.lang
    w = _WORDS[lang]
    table = Table(title=f"{w['summary']}: {len(report.submissions)} {w['files']}", expand=True)
    table.add_column("#", justify="right", min_width=2, no_wrap=True)
    table.add_column(w["file"], ratio=1, min_width=16, overflow="fold")
    table.add_column(w["status"], no_wrap=True)
    for check_id in ("region-in-filename", "arrival", "readable"):
        table.add_column(w[f"short-{check_id}"], no_wrap=True, justify="center")
    table.add_column("1 2 3 4", no_wrap=True)
    for n, sub in enumerate(report.submissions, 1):
        cells = []
        for check_id in ("region-in-filename", "arrival", "readable"):
            c = sub.check(check_id)
            cells.append(Text(SYMBOL[c.status], style=STYLE[c.status]) if c else Text("-"))
        glance = (
            Text(" ").join(
                Text(SYMBOL[c.status], style=STYLE[c.status]) for c in sub.coverage.challenges
            )
            if sub.coverage.assessed
            else Text("-")
        )
        table.add_row(
            str(n),
            Text(safe_name(sub.filename or sub.source)),
            _status(sub.status, lang),
            *cells,
            glance,
        )
    return table


def render_table(report: Report, details: bool = False) -> RenderableType:
    parts = [submission_view(s, report, details) for s in report.submissions]
    if len(report.submissions) > 1:
        parts.append(summary_view(report))
    return Group(*parts)
