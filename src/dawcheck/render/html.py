"""One self-contained HTML page for people: summary, legend, what to follow up, every submission
by arrival, the coverage heatmap and the details.

Opened from disk or a mail with no network: no external files, no script (filters by outcome are
checkboxes and CSS), a Content-Security-Policy that forbids loading anything. Labels in the
report's language, times in Brussels local time. Everything that comes from a file (names,
subjects, snippets, addresses) goes through `_e` (visible controls, then html.escape); the only
URLs are the applicants' own download links, shown as text and linked with
rel="noopener noreferrer" when they are http(s).
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import PurePath
from typing import TextIO
from urllib.parse import urlsplit

from dawcheck.checks.model import ItemCoverage
from dawcheck.documents.normalize import safe_name
from dawcheck.followup import follow_ups
from dawcheck.i18n import Lang
from dawcheck.messages import local_time, outcome_text, reason_text, source_text
from dawcheck.render import RenderOptions
from dawcheck.render.inbox_view import arrival_order, summary_lines, summary_text
from dawcheck.render.words import OUTCOME_SYMBOL, SYMBOL, label
from dawcheck.render.xlsx import counts_text
from dawcheck.report import OUTCOMES, DocumentEntry, Item, Report, Submission

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)

_CSS = """
:root{--ok:#d7f2dc;--warn:#fff1c2;--bad:#f9d0d0;--none:#eef0f3;--line:#c8ced6;--ink:#1d232a;
--dim:#5b6570}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem 2rem;
color:var(--ink);line-height:1.35}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.15rem;margin:2rem 0 .5rem}
h3{font-size:1rem;margin:1.2rem 0 .3rem}
.meta,.small{color:var(--dim);font-size:.85rem}
table{border-collapse:collapse;margin:.4rem 0;font-size:.88rem}
th,td{border:1px solid var(--line);padding:.28rem .45rem;text-align:left;vertical-align:top;
overflow-wrap:break-word}
th{overflow-wrap:normal}td.num,td.oc{white-space:nowrap}
td .small,td.long{overflow-wrap:anywhere}
table.overview,table.follow{width:100%}
.top{display:flex;gap:3rem;flex-wrap:wrap;align-items:flex-start}
.legends{display:flex;flex-direction:column;gap:.6rem}
thead th{background:#e6eaf0;position:sticky;top:0}
td.num,th.num{text-align:right}
.pass,.covered,.valid{background:var(--ok)}
.warn,.weak,.follow-up{background:var(--warn)}
.fail,.late{background:var(--bad)}
.missing,.not-a-submission{background:var(--none);color:#5f6873}
.star{color:#1e7b34;font-weight:bold}
.toggle{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.filters{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;margin:1rem 0;
padding:.5rem .7rem;border:1px solid var(--line);border-radius:6px;background:#f8f9fb}
.filters label{cursor:pointer;padding:.2rem .6rem;border:1px solid var(--line);
border-radius:999px;user-select:none}
.filters .hint{color:var(--dim);font-size:.8rem}
#show-valid:not(:checked)~main .o-valid,#show-late:not(:checked)~main .o-late,
#show-follow-up:not(:checked)~main .o-follow-up,
#show-not-a-submission:not(:checked)~main .o-not-a-submission{display:none}
#show-valid:not(:checked)~nav label[for=show-valid],
#show-late:not(:checked)~nav label[for=show-late],
#show-follow-up:not(:checked)~nav label[for=show-follow-up],
#show-not-a-submission:not(:checked)~nav label[for=show-not-a-submission]{
background:#fff;color:#9aa2ab;text-decoration:line-through}
#show-valid:focus-visible~nav label[for=show-valid],
#show-late:focus-visible~nav label[for=show-late],
#show-follow-up:focus-visible~nav label[for=show-follow-up],
#show-not-a-submission:focus-visible~nav label[for=show-not-a-submission]{
outline:2px solid #2458b3;outline-offset:2px}
.legend{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;font-size:.88rem;
margin:.3rem 0}
.legend dt{font-weight:bold;padding:0 .4rem}.legend dd{margin:0}
.heat td{text-align:center;min-width:1.5rem;padding:.2rem}
.heat th{overflow-wrap:normal}
.heat th.rot{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;
font-weight:normal;padding:.4rem .15rem}
.heat th.group{text-align:center}
.heat td.na{color:var(--dim);font-style:italic;text-align:left}
.ask{font-weight:600}
.sub{border-top:2px solid var(--line);margin-top:1rem}
.sub dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:.3rem 0}
.sub dt{color:var(--dim)}.sub dd{margin:0}
.sha{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.78rem;word-break:break-all}
.snip{font-style:italic;color:#3b4650}
.badge{display:inline-block;padding:0 .4rem;border-radius:4px}
ul.docs{margin:.2rem 0;padding-left:1.2rem}
@page{size:A4 landscape;margin:12mm}
@media print{
body{margin:0;font-size:9pt}h2{break-after:avoid}
.filters{border:none;padding:0;margin:.3rem 0;background:none}
.filters .hint{display:none}
thead th{position:static}thead{display:table-header-group}
tr,.sub dl,.legend{break-inside:avoid}
.sub{break-inside:avoid-page}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
}
"""

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Intake", "Intake"),
    "title-check": ("Controle", "Check"),
    "deadline": ("Deadline", "Deadline"),
    "intake": ("Intake-adres", "Intake address"),
    "generated": ("Rapport gemaakt", "Report made"),
    "brussels": ("alle tijden in Brussel", "all times in Brussels"),
    "show": ("Toon:", "Show:"),
    "filter-hint": (
        "klik om een uitkomst te tonen of te verbergen (geldt voor de lijst, de dekking en de "
        "details)",
        "click to show or hide an outcome (applies to the list, the coverage and the details)",
    ),
    "legend": ("Legende", "Legend"),
    "follow-up": ("Op te volgen", "To follow up"),
    "follow-up-none": ("Niemand hoeft opgevolgd te worden.", "Nobody needs follow-up."),
    "ask": ("Wat te vragen of te doen", "What to ask or do"),
    "applicant": ("Indiener", "Applicant"),
    "submissions": ("Inzendingen", "Submissions"),
    "coverage": ("Dekking van de oproep", "Coverage of the call"),
    "coverage-none": ("Geen voorstel om te tonen.", "No proposal to show."),
    "not-assessed": (
        "inhoud niet beoordeeld: de tekst kon niet gelezen worden",
        "content not assessed: the text could not be read",
    ),
    "details": ("Details per inzending", "Details per submission"),
    "proposal": ("Voorstel", "Proposal"),
    "source": ("bron", "source"),
    "from-file": ("Uit", "From"),
    "message": ("bericht", "message"),
    "checks": ("Controles", "Checks"),
    "role-proposal": ("voorstel", "proposal"),
    "role-annex": ("bijlage", "annex"),
    "readable": ("leesbaar", "readable"),
    "not-readable": ("niet leesbaar", "not readable"),
    "within": ("in", "in"),
    "version": ("versie", "version"),
    "original-sent": ("Origineel verstuurd", "Original sent"),
    "original-from": ("Origineel van", "Original from"),
    "no-time": ("onbekend", "unknown"),
    "not-sent": ("nog niet verstuurd", "not sent yet"),
    "others": ("andere inzendingen", "other submissions"),
}

_LEGEND_OUTCOME: dict[str, tuple[str, str]] = {
    "valid": (
        "op tijd, aan het intake-adres, voorstel leesbaar, werkingsgebied in de naam "
        "(waarschuwingen kunnen)",
        "on time, to the intake address, proposal readable, region in the name (warnings allowed)",
    ),
    "late": ("aangekomen na de deadline", "arrived after the deadline"),
    "follow-up": (
        "iemand van de intake moet iets doen: zie 'Op te volgen'",
        "someone at intake must act: see 'To follow up'",
    ),
    "not-a-submission": (
        "automatisch antwoord, onbestelbaar-melding, leesbevestiging, vraag zonder bijlage",
        "automatic reply, bounce, read receipt, question without attachment",
    ),
}
_LEGEND_MARKS: list[tuple[str, str, tuple[str, str]]] = [
    (
        "counts",
        "counts",
        ("de versie die telt voor deze indiener", "the version that counts for this applicant"),
    ),
    (
        "covered",
        "covered",
        ("gedekt: sterk bewijs in de tekst", "covered: strong evidence in the text"),
    ),
    (
        "weak",
        "weak",
        (
            "zwak: enkel zwak bewijs (begroting, partners, voorblad) of te weinig begrippen",
            "weak: only weak evidence (budget, partners, cover page) or too few concepts",
        ),
    ),
    ("missing", "missing", ("ontbreekt: niet gevonden", "missing: not found")),
    ("pass", "pass", ("controle in orde", "check passed")),
    ("warn", "warn", ("let op: een waarschuwing", "warning")),
    ("fail", "fail", ("controle niet in orde", "check failed")),
]


def _w(key: str, lang: Lang) -> str:
    pair = _WORDS[key]
    return pair[0] if lang == "nl" else pair[1]


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "nl" else pair[1]


def _e(value: object) -> str:
    """Text from anywhere, made safe for HTML: controls visible, no lone surrogates, escaped."""
    text = safe_name("" if value is None else str(value))
    return escape(text.encode("utf-8", "replace").decode("utf-8"), quote=True)


def _time(value: dt.datetime | None, report: Report) -> str:
    if value is None:
        return _w("not-sent" if report.precheck else "no-time", report.lang)
    return local_time(value, report.addendum.deadline.tzinfo, report.lang)


def _party(name: str | None, address: str | None) -> str:
    if name and address:
        return f'{_e(name)}<br><span class="small">{_e(address)}</span>'
    return _e(address or name or "")


def _link(url: str) -> str:
    """An applicant's link: as text, and clickable only when it is plain http(s)."""
    shown = _e(url)
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme in ("http", "https") and safe_name(url) == url and url.isprintable():
        return f'<a href="{shown}" rel="noopener noreferrer" target="_blank">{shown}</a>'
    return shown


def write(report: Report, out: TextIO, options: RenderOptions) -> None:
    lang = report.lang
    a = report.addendum
    kind = _w("title" if report.mode == "inbox" else "title-check", lang)
    out.write(
        f'<!DOCTYPE html>\n<html lang="{_e(lang)}"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>dawcheck – {_e(a.region)} – {_e(kind)}</title>\n<style>{_CSS}</style>"
        "</head>\n<body>\n"
    )
    for outcome in OUTCOMES:  # the filter switches: before nav and main, for the ~ selector
        out.write(f'<input type="checkbox" class="toggle" id="show-{outcome}" checked>\n')
    out.write(
        f"<header><h1>{_e(a.programme)} – {_e(a.region)}: {_e(kind)}</h1>\n"
        f'<p class="meta">{_e(_w("deadline", lang))} {_e(_time(a.deadline, report))} · '
        f"{_e(_w('intake', lang))} {_e(a.intake_email)} · addendum {_e(a.id)} {_e(a.version)}"
        f" · {_e(_w('generated', lang))} {_e(_time(report.generated_at, report))} "
        f"({_e(_w('brussels', lang))}) · dawcheck {_e(report.dawcheck)}</p></header>\n"
    )
    _filters(report, out)
    out.write('<main>\n<div class="top">\n')
    _summary(report, out)
    _legend(report, out)
    out.write("</div>\n")
    _follow_up(report, out)
    _overview(report, out)
    _heatmap(report, out)
    out.write(f'<section id="details"><h2>{_e(_w("details", lang))}</h2>\n')
    for sub in report.iter_submissions():
        _details(sub, report, options.details, out)
    out.write("</section>\n</main>\n</body></html>\n")


def _filters(report: Report, out: TextIO) -> None:
    lang = report.lang
    counts = report.summary.outcomes
    out.write(f'<nav class="filters" aria-label="filter"><span>{_e(_w("show", lang))}</span>\n')
    for outcome in OUTCOMES:
        out.write(
            f'<label for="show-{outcome}" class="{outcome}">{OUTCOME_SYMBOL[outcome]} '
            f"{_e(outcome_text(outcome, lang))} ({counts.get(outcome, 0)})</label>\n"
        )
    out.write(f'<span class="hint">{_e(_w("filter-hint", lang))}</span></nav>\n')


def _summary(report: Report, out: TextIO) -> None:
    lang = report.lang
    out.write(
        f'<section id="summary"><h2>{_e(label("summary", lang))}</h2>'
        '<table class="summary"><tbody>\n'
    )
    lines = summary_lines(report)
    if report.mode == "check":  # no mailbox, no applicants: the intake figures mean nothing
        lines = [(n, key) for n, key in lines if key == "submissions" or key in OUTCOMES]
    for count, key in lines:
        css = f' class="{key}"' if key in OUTCOMES else ""
        out.write(
            f'<tr data-key="{key}"><td class="num">{count}</td>'
            f"<td{css}>{_e(summary_text(key, lang))}</td></tr>\n"
        )
    out.write("</tbody></table></section>\n")


def _legend(report: Report, out: TextIO) -> None:
    lang = report.lang
    out.write(f'<section id="legend"><h2>{_e(_w("legend", lang))}</h2><div class="legends">')
    out.write('<dl class="legend">\n')
    for outcome in OUTCOMES:
        out.write(
            f'<dt class="{outcome}">{OUTCOME_SYMBOL[outcome]} {_e(outcome_text(outcome, lang))}'
            f"</dt><dd>{_e(_pick(_LEGEND_OUTCOME[outcome], lang))}</dd>\n"
        )
    out.write('</dl><dl class="legend">\n')
    for symbol, css, words in _LEGEND_MARKS:
        out.write(f'<dt class="{css}">{SYMBOL[symbol]}</dt><dd>{_e(_pick(words, lang))}</dd>\n')
    out.write("</dl></div></section>\n")


def _follow_up(report: Report, out: TextIO) -> None:
    lang = report.lang
    rows = follow_ups(report)
    out.write(f'<section id="follow-up"><h2>{_e(_w("follow-up", lang))} ({len(rows)})</h2>\n')
    out.write(f'<p class="small">{_e(label("follow-up-note", lang))}</p>\n')
    if not rows:
        out.write(f"<p>{_e(_w('follow-up-none', lang))}</p></section>\n")
        return
    heads = [_w("applicant", lang), "#", label("arrived", lang), label("reasons", lang)]
    heads.append(_w("ask", lang))
    out.write('<table class="follow"><thead><tr>')
    out.write("".join(f"<th>{_e(h)}</th>" for h in heads) + "</tr></thead><tbody>\n")
    for row in rows:
        sub = row.submission
        others = ""
        if row.others:
            ids = ", ".join(f'<a href="#s-{n}">#{n}</a>' for n in row.others)
            others = f'<br><span class="small">{_e(_w("others", lang))}: {ids}</span>'
        reasons = ", ".join(reason_text(r, lang) for r in row.reasons)
        out.write(
            f"<tr><td>{_party(row.name, row.applicant)}</td>"
            f'<td class="num"><a href="#s-{sub.id}">#{sub.id}</a>{others}</td>'
            f"<td>{_e(_time(sub.received, report))}</td>"
            f'<td class="follow-up">{_e(reasons)}</td><td class="ask">{_e(row.ask)}</td></tr>\n'
        )
    out.write("</tbody></table></section>\n")


def _proposal_cell(sub: Submission, lang: Lang) -> str:
    if sub.filename is None:
        if sub.links:
            return "<br>".join(_link(link.url) for link in sub.links)
        message = sub.check("message")
        if message is not None and message.code == "message.unreadable":
            # a file that could not be read as a message is not a mail without attachment
            name = PurePath(sub.source).name
            return f"<b>{_e(name)} {_e(label('message-unreadable', lang))}</b>"
        return f'<span class="small">{_e(label("no-attachment", lang))}</span>'
    cell = _e(sub.filename)
    annexes = [d for d in sub.documents if d.role == "annex"]
    if annexes:
        names = ", ".join(d.filename for d in annexes)
        cell += f'<br><span class="small">+{len(annexes)} {_e(label("annex", lang))}: '
        cell += f"{_e(names)}</span>"
    return cell


def _overview(report: Report, out: TextIO) -> None:
    lang = report.lang
    heads = ["#", label("arrived", lang), label("sender", lang), label("subject", lang)]
    heads += [_w("proposal", lang), label("outcome", lang), label("reasons", lang)]
    heads.append(f"{SYMBOL['counts']} {label('counts', lang)}")
    out.write(f'<section id="submissions"><h2>{_e(_w("submissions", lang))}</h2>\n')
    out.write('<table class="overview"><thead><tr>')
    out.write("".join(f"<th>{_e(h)}</th>" for h in heads) + "</tr></thead><tbody>\n")
    for sub in arrival_order(report):
        when = _e(_time(sub.received, report))
        if sub.original is not None and sub.original.received is not None:
            original = _time(sub.original.received, report)
            when += f'<br><span class="small">{_e(label("original", lang))}: {_e(original)}</span>'
        sender = _party(sub.sender.name, sub.sender.address) if sub.sender else ""
        counts = counts_text(sub, lang)
        counts_cell = f'<span class="star">{_e(counts)}</span>' if sub.counts else f"{_e(counts)}"
        if sub.version is not None and not sub.duplicate_of:
            counts_cell += f' <span class="small">{_e(_w("version", lang))} {sub.version}</span>'
        out.write(
            f'<tr class="o-{sub.outcome}" data-outcome="{sub.outcome}">'
            f'<td class="num"><a href="#s-{sub.id}">{sub.id}</a></td><td>{when}</td>'
            f"<td>{sender}</td><td>{_e(sub.subject or '')}</td>"
            f'<td class="long">{_proposal_cell(sub, lang)}</td>'
            f'<td class="oc {sub.outcome}">{OUTCOME_SYMBOL[sub.outcome]} '
            f"{_e(outcome_text(sub.outcome, lang))}</td>"
            f"<td>{_e(', '.join(reason_text(r, lang) for r in sub.reasons))}</td>"
            f"<td>{counts_cell}</td></tr>\n"
        )
    out.write("</tbody></table></section>\n")


def _item_label(info: Item) -> str:
    return f"{info.id} {info.short}" if isinstance(info.id, int) else info.short


def _heatmap(report: Report, out: TextIO) -> None:
    lang = report.lang
    a = report.addendum
    groups = [
        (label("challenges", lang), a.challenges),
        (label("services", lang), a.services),
        (label("attention", lang), a.attention),
    ]
    infos = [info for _, items in groups for info in items]
    subs = [s for s in arrival_order(report) if s.filename is not None]
    out.write(f'<section id="coverage"><h2>{_e(_w("coverage", lang))}</h2>\n')
    if not subs:
        out.write(f"<p>{_e(_w('coverage-none', lang))}</p></section>\n")
        return
    out.write('<table class="heat"><thead><tr><th rowspan="2">#</th>')
    out.write(f'<th rowspan="2">{_e(_w("proposal", lang))}</th>')
    for title, items in groups:
        if items:
            out.write(f'<th class="group" colspan="{len(items)}">{_e(title)}</th>')
    out.write("</tr>\n<tr>")
    out.write(
        "".join(
            f'<th class="rot" scope="col" title="{_e(i.title)}">{_e(_item_label(i))}</th>'
            for i in infos
        )
        + "</tr></thead><tbody>\n"
    )
    for sub in subs:
        cov = sub.coverage
        head = (
            f'<tr class="o-{sub.outcome}" data-outcome="{sub.outcome}">'
            f'<td class="num"><a href="#s-{sub.id}">{sub.id}</a></td>'
            f"<th>{_e(sub.filename)}"
            + (f' <span class="star">{SYMBOL["counts"]}</span>' if sub.counts else "")
            + "</th>"
        )
        if cov is None or not cov.assessed:
            out.write(
                f'{head}<td class="na" colspan="{len(infos)}">'
                f"{_e(_w('not-assessed', lang))}</td></tr>\n"
            )
            continue
        status = {str(i.id): i.status for i in (*cov.challenges, *cov.services, *cov.attention)}
        cells = []
        for info in infos:
            state = status.get(str(info.id), "missing")
            tip = f"{label(state, lang)}: {info.short}"
            cells.append(f'<td class="{state}" title="{_e(tip)}">{SYMBOL[state]}</td>')
        out.write(head + "".join(cells) + "</tr>\n")
    out.write("</tbody></table></section>\n")


def _document(doc: DocumentEntry, lang: Lang) -> str:
    role = _w("role-proposal" if doc.role == "proposal" else "role-annex", lang)
    within = f" ({_e(_w('within', lang))} {_e(doc.within)})" if doc.within else ""
    state = _w("readable" if doc.read_status == "ok" else "not-readable", lang)
    if doc.read_status != "ok":
        state += f": {doc.read_status}"
    pages = f", {doc.pages} p." if doc.pages else ""
    return (
        f'<li><span class="badge {doc.status}">{SYMBOL[doc.status]}</span> '
        f"<b>{_e(doc.filename)}</b>{within} – {_e(role)}, {_e(doc.format)}{pages}, "
        f'{_e(state)}<br><span class="sha">SHA-256 {_e(doc.sha256 or "–")}</span></li>'
    )


def _row(key: str, value: str) -> str:
    return f"<dt>{key}</dt><dd>{value}</dd>\n"


def _details(sub: Submission, report: Report, details: bool, out: TextIO) -> None:
    lang = report.lang
    title = sub.filename or sub.subject or sub.source
    out.write(
        f'<article class="sub o-{sub.outcome}" id="s-{sub.id}" data-outcome="{sub.outcome}">'
        f"<h3>#{sub.id} · {_e(title)}</h3><dl>\n"
    )
    out.write(
        _row(
            _e(label("outcome", lang)),
            f'<span class="badge {sub.outcome}">{OUTCOME_SYMBOL[sub.outcome]} '
            f"{_e(outcome_text(sub.outcome, lang))}</span> "
            + _e(", ".join(reason_text(r, lang) for r in sub.reasons)),
        )
    )
    if sub.sender is not None:
        out.write(_row(_e(label("sender", lang)), _party(sub.sender.name, sub.sender.address)))
    if sub.subject:
        out.write(_row(_e(label("subject", lang)), _e(sub.subject)))
    arrived = (
        f"{_e(_time(sub.received, report))} "
        f'<span class="small">({_e(_w("source", lang))}: '
        f"{_e(source_text(sub.received_source, lang))})</span>"
    )
    out.write(_row(_e(label("arrived", lang)), arrived))
    if sub.original is not None:
        o = sub.original
        if o.sender is not None:
            out.write(_row(_e(_w("original-from", lang)), _party(o.sender.name, o.sender.address)))
        sent = _time(o.received, report) if o.received else (o.received_text or "")
        if sent:
            out.write(_row(_e(_w("original-sent", lang)), _e(sent)))
        if o.forwarded_by is not None:
            by = _party(o.forwarded_by.name, o.forwarded_by.address)
            out.write(_row(_e(label("forwarded-by", lang)).capitalize(), by))
    counts = counts_text(sub, lang)
    if sub.version is not None or counts:
        version = f"{_w('version', lang)} {sub.version}" if sub.version is not None else ""
        shown = " · ".join(p for p in (counts, version) if p)
        out.write(_row(_e(label("counts", lang)), _e(shown)))
    if sub.documents:
        docs = "".join(_document(d, lang) for d in sub.documents)
        out.write(_row(_e(label("documents", lang)), f'<ul class="docs">{docs}</ul>'))
    if sub.links:
        out.write(
            _row(_e(label("links", lang)), "<br>".join(_link(link.url) for link in sub.links))
        )
    where = _e(sub.source)
    if sub.container.kind == "mbox" and sub.container.index is not None:
        where += f" ({_e(_w('message', lang))} {sub.container.index + 1})"
    out.write(_row(_e(_w("from-file", lang)), where))
    for note in sub.notes:
        out.write(_row(_e(label("notes", lang)), _e(note)))
    out.write("</dl>\n")
    if sub.checks:
        out.write(f'<table class="checks"><caption class="small">{_e(_w("checks", lang))}')
        out.write("</caption><tbody>\n")
        for c in sub.checks:
            out.write(
                f'<tr><th>{_e(label(c.id, lang))}</th><td class="{c.status}">'
                f"{SYMBOL[c.status]} {_e(label(c.status, lang))}</td><td>{_e(c.message)}</td>"
                "</tr>\n"
            )
        cov = sub.coverage
        if cov is not None and cov.assessed:
            for item in (*cov.challenges, *cov.services, *cov.attention):
                _evidence_row(item, details, lang, out)
        out.write("</tbody></table>\n")
    out.write("</article>\n")


def _evidence_row(item: ItemCoverage, details: bool, lang: Lang, out: TextIO) -> None:
    strongest = item.strongest()
    pieces = item.evidence if details else [strongest] if strongest is not None else []
    if item.status == "missing" or not pieces:
        return
    shown = "<br>".join(
        f'{_e(ev.location)}: <b>{_e(ev.term)}</b> <span class="snip">“{_e(ev.snippet)}”</span>'
        for ev in pieces
    )
    out.write(
        f'<tr><th>{_e(item.title)}</th><td class="{item.status}">{SYMBOL[item.status]} '
        f"{_e(label(item.status, lang))}</td><td>{shown}</td></tr>\n"
    )
