"""The intake overview: counts, then every submission sorted by arrival, at a glance."""

from __future__ import annotations

from collections.abc import Sequence
from email.utils import parseaddr

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dawcheck.documents.normalize import safe_name
from dawcheck.render.table import STYLE, SYMBOL, _status, submission_view
from dawcheck.report import Report, SubmissionReport
from dawcheck.spool import light_of

_LABELS = {
    "nl": {
        "messages": "berichten",
        "submissions": "documenten",
        "on_time": "op tijd",
        "late": "te laat",
        "uncertain_time": "tijd onzeker",
        "without_attachment": "zonder bijlage",
        "unreadable": "onleesbaar",
        "wrong_region": "werkingsgebied niet in naam",
        "wrong_recipient": "ander adres",
        "duplicates": "dubbel",
        "counting": "telt",
        "skipped_hidden": "verborgen overgeslagen",
        "skipped_temp": "tijdelijke bestanden overgeslagen",
        "skipped_special": "geen gewoon bestand",
        "skipped_outside": "koppeling buiten de map",
        "skipped_other": "geen inzending (data) overgeslagen",
        "title": "Intake",
        "sender": "Afzender",
        "file": "Bestand",
        "arrived": "Aangekomen",
        "verdict": "Oordeel",
        "counts": "Telt",
        "copies": "kopieën",
        "none": "(geen bijlage)",
        "unread": "(bericht onleesbaar)",
    },
    "en": {
        "messages": "messages",
        "submissions": "documents",
        "on_time": "on time",
        "late": "late",
        "uncertain_time": "time uncertain",
        "without_attachment": "no attachment",
        "unreadable": "unreadable",
        "wrong_region": "region not in name",
        "wrong_recipient": "other address",
        "duplicates": "duplicates",
        "counting": "counts",
        "skipped_hidden": "hidden skipped",
        "skipped_temp": "temp files skipped",
        "skipped_special": "not a regular file",
        "skipped_outside": "link outside folder",
        "skipped_other": "data files skipped",
        "title": "Intake",
        "sender": "Sender",
        "file": "File",
        "arrived": "Arrived",
        "verdict": "Verdict",
        "counts": "Counts",
        "copies": "copies",
        "none": "(no attachment)",
        "unread": "(message unreadable)",
    },
}


def inbox_view(
    report: Report, subs: Sequence[SubmissionReport] | None = None, details: bool = False
) -> RenderableType:
    """Counts, then every submission by arrival; `subs` may be a Spool (facts from .light)."""
    lang = report.lang
    w = _LABELS[lang]
    subs = report.submissions if subs is None else subs
    facts = getattr(subs, "light", None) or [light_of(s) for s in subs]
    summary = report.summary or {}
    counts = Table.grid(padding=(0, 2))
    counts.add_column(justify="right", style="bold")
    counts.add_column()
    for key, value in summary.items():
        if value or key in ("messages", "submissions", "on_time", "late"):
            counts.add_row(str(value), w.get(key, key))
    table = Table(
        title=f"{w['title']} – {report.addendum.region}", expand=True, title_justify="left"
    )
    table.add_column("#", justify="right")
    table.add_column(w["arrived"], no_wrap=True)
    table.add_column(w["sender"], ratio=1)
    table.add_column(w["file"], ratio=2)
    table.add_column(w["verdict"], no_wrap=True)
    table.add_column("1 2 3 4", no_wrap=True)
    table.add_column(w["counts"], no_wrap=True)
    copies: dict[int, list[int]] = {}
    for i, s in enumerate(facts):
        if s.duplicate_of is not None:
            copies.setdefault(s.duplicate_of, []).append(i)
    order = sorted(
        range(len(facts)),
        key=lambda i: (
            facts[i].received is None,
            facts[i].received.timestamp() if facts[i].received else 0,
            i,
        ),
    )
    for i in order:
        s = facts[i]
        if s.duplicate_of is not None:
            continue  # shown once, with its copies listed
        arrived = (
            s.received.astimezone(report.now.tzinfo).strftime("%Y-%m-%d %H:%M:%S")
            if s.received
            else "?"
        )
        if s.received_source not in ("received-header", "none"):
            arrived += f"\n({s.received_source})"
        # no file: a mail without attachment, or a message that could not be read at all
        no_file = w["none"] if "attachment" in s.checks else w["unread"]
        name = Text(safe_name(s.filename) if s.filename else no_file)
        if i in copies:
            name.append(
                f"\n{w['copies']}: " + ", ".join(f"#{c + 1}" for c in copies[i]), style="dim"
            )
        glance = (
            Text(" ").join(Text(SYMBOL[c], style=STYLE[c]) for c in s.challenges)
            if s.challenges
            else Text("-")
        )
        mark = Text("★" if s.counts else "", style="bold green")
        sender = parseaddr(s.sender or "")[1] or (s.sender or "")
        table.add_row(
            str(i + 1),
            arrived,
            Text(safe_name(sender)),
            name,
            _status(s.status, lang),
            glance,
            mark,
        )
    parts: list[RenderableType] = [counts, table]
    problems = Table(show_header=False, expand=True, box=None)
    problems.add_column(justify="right")
    problems.add_column()
    for i, s in enumerate(facts):
        for check_id, (status, message) in s.checks.items():
            if status != "pass" and check_id != "coverage":
                problems.add_row(
                    f"#{i + 1}",
                    Text(f"{SYMBOL[status]} {check_id}: {safe_name(message)}", style=STYLE[status]),
                )
    parts.append(problems)
    if details:
        parts.extend(submission_view(s, report, True) for s in subs if s.filename)
    return Group(*parts)
