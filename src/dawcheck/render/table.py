"""The terminal view: for `check`, one compliance view per submission; for `inbox`, the overview.

Readable at 80 columns: Dutch labels, text wrapped at word boundaries, a compact default (the
verdict, the problems, then coverage as a short matrix) and everything with --details.
Everything from a file (names, snippets) goes through rich Text, never markup, and through
safe_name, so a name cannot restyle the terminal or hide characters.
"""

from __future__ import annotations

from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from dawcheck.checks.findings import Finding
from dawcheck.checks.model import Evidence, ItemCoverage
from dawcheck.documents.normalize import safe_name
from dawcheck.i18n import Lang
from dawcheck.messages import (
    evidence_reason_text,
    lack_text,
    local_time,
    outcome_text,
    quote_call,
    set_aside_text,
)
from dawcheck.render import RenderOptions
from dawcheck.render.words import OUTCOME_SYMBOL, STYLE, SYMBOL, label
from dawcheck.report import Item, Report, Submission


def write(report: Report, out: TextIO, options: RenderOptions) -> None:
    console = Console(
        file=out,
        width=options.width,
        highlight=False,
        soft_wrap=False,
        force_terminal=options.terminal or None,
        no_color=None if options.terminal else True,
    )
    if report.mode == "inbox":
        from dawcheck.render.inbox_view import inbox_view

        console.print(inbox_view(report, options.details))
        return
    for sub in report.iter_submissions():
        console.print(submission_view(sub, report, options.details))
    if report.summary.skipped:
        from dawcheck.render.inbox_view import skipped_view

        console.print(Text(label("skipped", report.lang).capitalize(), style="bold red"))
        console.print(skipped_view(report))


def status_text(status: str, lang: Lang) -> Text:
    return Text(f"{SYMBOL[status]} {label(status, lang)}", style=STYLE[status])


def _finding_row(grid: Table, finding: Finding, lang: Lang) -> None:
    grid.add_row(
        Text(SYMBOL[finding.status], style=STYLE[finding.status]),
        Text(label(finding.id, lang), style="bold"),
        Text(safe_name(finding.message)),
    )


def submission_view(sub: Submission, report: Report, details: bool = False) -> RenderableType:
    lang = report.lang
    title = Text(safe_name(sub.filename or sub.subject or sub.source), style="bold underline")
    parts: list[RenderableType] = [title]
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1)
    for finding in sub.checks:
        if details or finding.status != "pass" or finding.id in ("arrival", "region-in-filename"):
            _finding_row(grid, finding, lang)
    parts.append(grid)
    annexes = [d for d in sub.documents if d.role == "annex"]
    if annexes:
        lines = Text()
        for doc in annexes:
            readable = doc.checks[0] if doc.checks else None
            mark = SYMBOL[doc.status]
            where = f" ({doc.within})" if doc.within else ""
            lines.append(
                f"  {mark} {safe_name(doc.filename)}{safe_name(where)}", style=STYLE[doc.status]
            )
            if readable is not None and (details or readable.status != "pass"):
                lines.append(f": {safe_name(readable.message)}", style="dim")
            lines.append("\n")
        parts.append(Text(f"{label('annex', lang).capitalize()}:", style="bold"))
        parts.append(lines)
    if sub.coverage is not None and sub.coverage.assessed:
        parts.append(coverage_view(sub, report, details))
    parts.append(_footer(sub, report))
    parts.append(Text(""))
    return Group(*parts)


def _matrix_cell(item: ItemCoverage | None, info: Item) -> Text:
    status = item.status if item is not None else "missing"
    cell = Text(SYMBOL[status] + " ", style=STYLE[status])
    prefix = f"{info.id} " if isinstance(info.id, int) else ""
    cell.append(prefix + info.short, style="" if status == "covered" else "dim")
    return cell


def coverage_view(sub: Submission, report: Report, details: bool) -> RenderableType:
    lang = report.lang
    assert sub.coverage is not None
    cov = sub.coverage
    a = report.addendum
    groups = (
        ("challenges", a.challenges, cov.challenges),
        ("services", a.services, cov.services),
        ("attention", a.attention, cov.attention),
    )
    legend = Text(
        f"{SYMBOL['covered']} {label('covered', lang)}  {SYMBOL['weak']} {label('weak', lang)}  "
        f"{SYMBOL['missing']} {label('missing', lang)}",
        style="dim",
    )
    parts: list[RenderableType] = [legend]
    for key, infos, items in groups:
        by_id = {str(i.id): i for i in items}
        table = Table.grid(padding=(0, 2))
        table.add_column()
        table.add_column()
        cells = [_matrix_cell(by_id.get(str(info.id)), info) for info in infos]
        for left, right in zip(cells[0::2], [*cells[1::2], Text("")], strict=False):
            table.add_row(left, right)
        parts.append(Text(label(key, lang), style="bold"))
        parts.append(table)
        if details:
            for info in infos:
                item = by_id.get(str(info.id))
                if item is not None:
                    parts.append(_item_details(item, info, lang))
    advice = advice_view(sub, report, details)
    if advice is not None:
        parts.append(advice)
    return Group(*parts)


def advice_view(sub: Submission, report: Report, details: bool) -> RenderableType | None:
    """What each weak (and each missing challenge; with --details every missing item) lacks,
    in plain words, with the call's own text and why evidence was set aside."""
    lang = report.lang
    assert sub.coverage is not None
    cov = sub.coverage
    a = report.addendum
    rows: list[RenderableType] = []
    for infos, items, always in (
        (a.challenges, cov.challenges, True),
        (a.services, cov.services, False),
        (a.attention, cov.attention, False),
    ):
        shorts = {str(i.id): i.short for i in infos}
        for item in items:
            if item.status == "covered" or (item.status == "missing" and not (always or details)):
                continue
            rows.append(_advice(item, shorts.get(str(item.id), item.title), lang))
    if not rows:
        return None
    title = Text(label("advice", lang), style="bold")
    if not details:
        title.append(f"  ({label('advice-more', lang)})", style="dim")
    return Group(title, *rows)


def _advice(item: ItemCoverage, short: str, lang: Lang) -> RenderableType:
    head = Text(f"{SYMBOL[item.status]} {short}", style=STYLE[item.status])
    lines: list[Text] = []
    for lack in item.lacking:
        lines.append(Text("– " + lack_text(lack.kind, lack.labels, lang)))
    aside: dict[str, list[str]] = {}
    for e in item.evidence:
        if e.weight != "strong" and e.reason is not None:
            aside.setdefault(e.reason, []).append(safe_name(e.term))
    if aside:
        lines.append(Text("– " + set_aside_text(aside, lang), style="dim"))
    if item.call_text:
        lines.append(Text(quote_call(safe_name(item.call_text), lang), style="italic dim"))
    # indented as a block, so wrapped lines stay under their item
    return Group(head, Padding(Group(*lines), (0, 0, 0, 4)))


def _item_details(item: ItemCoverage, info: Item, lang: Lang) -> RenderableType:
    head = Text(f"{SYMBOL[item.status]} {info.short}", style=STYLE[item.status])
    head.append(f" – {safe_name(info.title)}", style="dim")
    lines = [head]
    for e in item.evidence:
        lines.append(evidence_line(e, lang))
    return Group(*lines)


def evidence_line(e: Evidence, lang: Lang) -> Text:
    where = e.location
    if e.heading:
        where += f" · {e.heading.split(' › ')[-1][:40]}"
    tag = ""
    why = evidence_reason_text(e.reason, lang)
    if e.weight == "excluded":
        tag = f" [{label('excluded', lang)}{': ' + why if why else ''}]"
    elif e.weight == "weak":
        tag = f" [{label('weak-evidence', lang)}{': ' + why if why else ''}]"
    return Text.assemble(
        "    ",
        (f"{safe_name(where)}: ", "dim"),
        (safe_name(e.term), "bold"),
        (tag, "italic"),
        " ",
        (f"“{safe_name(e.snippet)}”", ""),
    )


def _footer(sub: Submission, report: Report) -> RenderableType:
    lang = report.lang
    footer = Table.grid(padding=(0, 1))
    footer.add_column(style="bold", no_wrap=True)
    footer.add_column(ratio=1, overflow="fold")
    verdict = status_text(sub.status, lang)
    if report.mode == "inbox" or not report.precheck:
        verdict.append(f"  ({outcome_text(sub.outcome, lang)})", style=STYLE[sub.outcome])
    footer.add_row(label("verdict", lang), verdict)
    region = sub.check("region-in-filename")
    if region is not None and region.evidence.kind == "region" and region.evidence.suggestion:
        footer.add_row(label("suggest", lang), Text(safe_name(region.evidence.suggestion)))
    a = report.addendum
    what = label("precheck" if report.precheck else "receipt", lang)
    stamp = (
        f"SHA-256 {sub.sha256 or '-'} · addendum {a.id} {a.version} · dawcheck {report.dawcheck}"
    )
    if not report.precheck and sub.received is not None:
        stamp = f"{local_time(sub.received, a.deadline.tzinfo, lang)} · {stamp}"
    footer.add_row(what, Text(stamp, style="dim"))
    return footer


def outcome_label(sub: Submission, lang: Lang) -> Text:
    return Text(
        f"{OUTCOME_SYMBOL[sub.outcome]} {outcome_text(sub.outcome, lang)}",
        style=STYLE[sub.outcome],
    )
