"""One self-contained HTML page: summary by outcome, submissions by arrival, coverage heatmap.

No external files, no network: a jury member can open it from a mail. Everything that comes
from a file (names, subjects, snippets) goes through html.escape.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TextIO

from dawcheck.documents.normalize import safe_name
from dawcheck.i18n import Lang
from dawcheck.messages import local_time, outcome_text, reason_text
from dawcheck.render import RenderOptions
from dawcheck.render.inbox_view import arrival_order
from dawcheck.render.words import OUTCOME_SYMBOL, SYMBOL, label
from dawcheck.report import OUTCOMES, Report, Submission

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1d232a}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #c8ced6;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f5}.pass,.covered,.valid{background:#d7f2dc}
.warn,.weak,.follow-up{background:#fff1c2}.fail,.late{background:#f9d0d0}
.missing,.not-a-submission{background:#f4f5f7;color:#8a939e}
.heat td{text-align:center;min-width:1.6rem}.heat th.rot{writing-mode:vertical-rl;
transform:rotate(180deg);white-space:nowrap}.small{color:#5b6570;font-size:.8rem}
.snip{font-style:italic;color:#3b4650}
"""


def _e(value: object) -> str:
    text = safe_name("" if value is None else str(value))
    return escape(text.encode("utf-8", "replace").decode("utf-8"), quote=True)


def write(report: Report, out: TextIO, options: RenderOptions) -> None:
    lang = report.lang
    a = report.addendum
    zone = a.deadline.tzinfo
    s = report.summary
    out.write(
        f'<!DOCTYPE html><html lang="{_e(lang)}"><head><meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>dawcheck – {_e(a.region)}</title><style>{_CSS}</style></head><body>\n"
        f"<h1>{_e(a.programme)} – {_e(a.region)}</h1>\n"
        f'<p class="small">Deadline {_e(local_time(a.deadline, zone, lang))} · '
        f"{_e(a.intake_email)} · addendum {_e(a.id)} {_e(a.version)} · "
        f"dawcheck {_e(report.dawcheck)} · {_e(local_time(report.generated_at, zone, lang))}</p>\n"
    )
    out.write(f"<h2>{_e(label('summary', lang))}</h2><table><tr>")
    out.write(f"<th>{_e(label('submissions', lang))}</th><td>{s.submissions}</td>")
    for outcome in OUTCOMES:
        out.write(
            f'<th class="{outcome}">{OUTCOME_SYMBOL[outcome]} {_e(outcome_text(outcome, lang))}'
            f"</th><td>{s.outcomes.get(outcome, 0)}</td>"
        )
    out.write("</tr></table>\n")
    out.write(
        "<table><tr><th>#</th>"
        + "".join(
            f"<th>{_e(label(k, lang))}</th>"
            for k in ("arrived", "sender", "file", "outcome", "reasons", "counts")
        )
        + "</tr>\n"
    )
    for sub in arrival_order(report):
        when = local_time(sub.received, zone, lang) if sub.received else "–"
        sender = (sub.sender.address or sub.sender.name) if sub.sender else ""
        reasons = ", ".join(reason_text(r, lang) for r in sub.reasons)
        out.write(
            f"<tr><td>{sub.id}</td><td>{_e(when)}</td><td>{_e(sender)}</td>"
            f"<td>{_e(_shown_file(sub, lang))}</td>"
            f'<td class="{sub.outcome}">{_e(outcome_text(sub.outcome, lang))}</td>'
            f"<td>{_e(reasons)}</td><td>{SYMBOL['counts'] if sub.counts else ''}</td></tr>\n"
        )
    out.write("</table>\n")
    _heatmap(report, out)
    for sub in report.iter_submissions():
        _details(sub, lang, out)
    out.write("</body></html>\n")


def _shown_file(sub: Submission, lang: Lang) -> str:
    if sub.filename is not None:
        return sub.filename
    message = sub.check("message")
    if message is not None and message.code == "message.unreadable":
        return f"{Path(sub.source).name} {label('message-unreadable', lang)}"
    return label("no-attachment", lang)


def _heatmap(report: Report, out: TextIO) -> None:
    lang = report.lang
    a = report.addendum
    infos = [*a.challenges, *a.services, *a.attention]
    out.write(f'<h2>{_e(label("coverage", lang))}</h2><table class="heat"><tr><th></th>')
    out.write("".join(f'<th class="rot">{_e(i.short)}</th>' for i in infos) + "</tr>\n")
    for sub in report.iter_submissions():
        cov = sub.coverage
        if cov is None or not cov.assessed:
            continue
        status = {str(i.id): i.status for i in (*cov.challenges, *cov.services, *cov.attention)}
        cells = "".join(
            f'<td class="{status.get(str(i.id), "missing")}">'
            f"{SYMBOL[status.get(str(i.id), 'missing')]}</td>"
            for i in infos
        )
        out.write(f"<tr><th>#{sub.id} {_e(sub.filename)}</th>{cells}</tr>\n")
    out.write("</table>\n")


def _details(sub: Submission, lang: Lang, out: TextIO) -> None:
    out.write(f"<h3>#{sub.id} {_e(sub.filename or sub.subject or sub.source)}</h3>\n")
    out.write(f'<p class="small">SHA-256 {_e(sub.sha256 or "–")} · {_e(sub.source)}</p><table>\n')
    for c in sub.checks:
        out.write(
            f'<tr><th>{_e(label(c.id, lang))}</th><td class="{c.status}">'
            f"{SYMBOL[c.status]} {_e(label(c.status, lang))}</td><td>{_e(c.message)}</td></tr>\n"
        )
    cov = sub.coverage
    if cov is not None and cov.assessed:
        for item in (*cov.challenges, *cov.services, *cov.attention):
            ev = item.strongest()
            if item.status == "missing" or ev is None:
                continue
            out.write(
                f'<tr><th>{_e(item.title)}</th><td class="{item.status}">{SYMBOL[item.status]} '
                f"{_e(label(item.status, lang))}</td><td>{_e(ev.location)}: <b>{_e(ev.term)}</b> "
                f'<span class="snip">“{_e(ev.snippet)}”</span></td></tr>\n'
            )
    out.write("</table>\n")
