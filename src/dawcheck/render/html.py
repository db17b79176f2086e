"""One self-contained HTML page: summary, submissions by arrival, coverage heatmap.

No scripts, no external files, no network: a jury member can open it from a mail. Everything
that comes from a file (names, subjects, snippets) goes through html.escape.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import TextIO

from dawcheck.documents.normalize import safe_name
from dawcheck.i18n import t
from dawcheck.report import Report, SubmissionReport

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1d232a}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #c8ced6;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f5}.pass,.covered{background:#d7f2dc}.warn,.weak{background:#fff1c2}
.fail{background:#f9d0d0}.missing{background:#f4f5f7;color:#8a939e}
.heat td{text-align:center;min-width:1.6rem}.heat th.rot{writing-mode:vertical-rl;
transform:rotate(180deg);white-space:nowrap}.small{color:#5b6570;font-size:.8rem}
.snip{font-style:italic;color:#3b4650}
"""
_SYMBOL = {"pass": "✔", "warn": "⚠", "fail": "✘", "covered": "●", "weak": "◐", "missing": "○"}


def _e(value: object) -> str:
    text = safe_name("" if value is None else str(value))
    return escape(text.encode("utf-8", "replace").decode("utf-8"), quote=True)


def _cell(status: str, lang: str, text: str | None = None) -> str:
    label = text if text is not None else f"{_SYMBOL.get(status, '')} {t(status, lang)}"  # type: ignore[arg-type]
    return f'<td class="{_e(status)}">{_e(label)}</td>'


def _no_file(sub: SubmissionReport, nl: bool) -> str:
    """A mail without attachment, or a message that could not be read at all."""
    if sub.check("attachment") is not None:
        return "geen bijlage" if nl else "no attachment"
    return "bericht onleesbaar" if nl else "message unreadable"


def _arrival_order(subs: Sequence[SubmissionReport]) -> list[int]:
    facts = getattr(subs, "light", None) or subs  # a Spool knows arrival without loading all
    return sorted(
        range(len(facts)),
        key=lambda i: (
            facts[i].received is None,
            facts[i].received.timestamp() if facts[i].received else 0,
            i,
        ),
    )


class _Sink:
    """list.append that writes through, so a large inbox page is never one big string."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def append(self, text: str) -> None:
        self.stream.write(text + "\n")


def render_html(report: Report, submissions: Sequence[SubmissionReport] | None = None) -> str:
    buf = io.StringIO()
    write_html(report, buf, submissions)
    return buf.getvalue()


def write_html(
    report: Report, stream: TextIO, submissions: Sequence[SubmissionReport] | None = None
) -> None:
    lang = report.lang
    nl = lang == "nl"
    a = report.addendum
    subs = report.submissions if submissions is None else submissions
    facts = getattr(subs, "light", None) or subs
    counts = {s: sum(1 for x in facts if x.status == s) for s in ("pass", "warn", "fail")}
    out = _Sink(stream)
    for line in [
        f'<!DOCTYPE html><html lang="{_e(lang)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>dawcheck – {_e(a.region)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(a.programme)} – {_e(a.region)}</h1>",
        f'<p class="small">{"Deadline" if nl else "Deadline"}: {_e(a.deadline.isoformat())} · '
        f"{'indienen bij' if nl else 'submit to'} {_e(a.intake_email)} · addendum {_e(a.id)} "
        f"{_e(a.version)} · dawcheck {_e(report.dawcheck)} · {_e(report.generated_at.isoformat())}"
        "</p>",
        f"<h2>{'Samenvatting' if nl else 'Summary'}</h2><table><tr>",
        f"<th>{'inzendingen' if nl else 'submissions'}</th><td>{len(subs)}</td>",
        f"<th>{_SYMBOL['pass']} {t('pass', lang)}</th><td>{counts['pass']}</td>",
        f"<th>{_SYMBOL['warn']} {t('warn', lang)}</th><td>{counts['warn']}</td>",
        f"<th>{_SYMBOL['fail']} {t('fail', lang)}</th><td>{counts['fail']}</td></tr></table>",
    ]:
        out.append(line)
    out.append(f"<h2>{'Inzendingen op aankomsttijd' if nl else 'Submissions by arrival'}</h2>")
    out.append(
        "<table><tr><th>#</th><th>"
        + (
            "</th><th>".join(
                [
                    "bestand" if nl else "file",
                    "afzender" if nl else "sender",
                    "aangekomen" if nl else "arrived",
                    "bron" if nl else "source",
                    "oordeel" if nl else "verdict",
                    "telt" if nl else "counts",
                    "1",
                    "2",
                    "3",
                    "4",
                ]
            )
        )
        + "</th></tr>"
    )
    for index in _arrival_order(subs):
        sub = subs[index]
        challenges = sub.coverage.challenges if sub.coverage.assessed else []
        heat = (
            "".join(_cell(c.status, lang, _SYMBOL[c.status]) for c in challenges)
            or '<td colspan="4" class="missing">–</td>'
        )
        when = (
            sub.received.astimezone(report.now.tzinfo).strftime("%Y-%m-%d %H:%M:%S")
            if sub.received
            else "–"
        )
        shown = (
            safe_name(sub.filename)
            if sub.filename
            else f"{Path(sub.source).name} ({_no_file(sub, nl)})"
        )
        counts_mark = "★" if sub.counts else ""
        out.append(
            f"<tr><td>{index + 1}</td><td>{_e(shown)}"
            + (
                f'<br><span class="small">{"kopie van" if nl else "copy of"} #'
                f"{sub.duplicate_of + 1}</span>"
                if sub.duplicate_of is not None
                else ""
            )
            + f"</td><td>{_e(sub.sender or '')}</td>"
            f"<td>{_e(when)}</td>"
            f"<td>{_e(sub.received_source)}</td>{_cell(sub.status, lang)}"
            f"<td>{counts_mark}</td>{heat}</tr>"
        )
    out.append("</table>")
    out.append(_heatmap(report, subs))
    out.append(f"<h2>{'Details per inzending' if nl else 'Details per submission'}</h2>")
    for index, sub in enumerate(subs):
        out.append(_details(index, sub, lang))
    out.append("</body></html>")


def _heatmap(report: Report, all_subs: Sequence[SubmissionReport]) -> str:
    lang = report.lang
    subs = (s for s in all_subs if s.coverage.assessed)
    a = report.addendum
    cols = [f"{'uitdaging' if lang == 'nl' else 'challenge'} {c}" for c in a.challenge_ids]
    cols += [str(s) for s in a.service_ids]
    rows = [
        "<h2>" + ("Dekking" if lang == "nl" else "Coverage") + "</h2>",
        '<table class="heat"><tr><th></th>'
        + "".join(f'<th class="rot">{_e(c)}</th>' for c in cols)
        + "</tr>",
    ]
    for sub in subs:
        cells = [*sub.coverage.challenges, *sub.coverage.services]
        rows.append(
            f"<tr><th>{_e(safe_name(sub.filename or sub.source))}</th>"
            + "".join(_cell(c.status, lang, _SYMBOL[c.status]) for c in cells)
            + "</tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _details(index: int, sub: SubmissionReport, lang: str) -> str:
    parts = [
        f"<h3>#{index + 1} {_e(safe_name(sub.filename or sub.source))}</h3>",
        f'<p class="small">SHA-256 {_e(sub.sha256 or "–")} · {_e(sub.source)}</p>',
        "<table>",
    ]
    for c in sub.checks:
        parts.append(f"<tr><th>{_e(c.id)}</th>{_cell(c.status, lang)}<td>{_e(c.message)}</td></tr>")
    if sub.coverage.assessed:
        for item in (*sub.coverage.challenges, *sub.coverage.services, *sub.coverage.attention):
            if item.status == "missing":
                continue
            ev = item.strongest()
            snippet = (
                (
                    f'{_e(ev.location)}: <b>{_e(ev.term)}</b> <span class="snip">'
                    f"“{_e(ev.snippet)}”</span>"
                )
                if ev
                else ""
            )
            parts.append(
                f"<tr><th>{_e(item.id)}</th>{_cell(item.status, lang)}"
                f"<td>{_e(item.title)}<br>{snippet}</td></tr>"
            )
    parts.append("</table>")
    return "\n".join(parts)
