"""The addendum and its timeline as a person wants to read them in a terminal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dawcheck.addendum.models import Addendum, Concept
from dawcheck.dates import format_duration
from dawcheck.i18n import Lang, format_date, t
from dawcheck.timeline import milestone_states


def _terms(concepts: Sequence[Concept], limit: int = 12) -> str:
    words: list[str] = []
    for c in concepts:
        words.extend(term.lstrip("=").rstrip("*") for term in c.terms)
    unique = list(dict.fromkeys(words))
    more = f", … (+{len(unique) - limit})" if len(unique) > limit else ""
    return ", ".join(unique[:limit]) + more


def addendum_view(a: Addendum, lang: Lang = "nl") -> RenderableType:
    sub = a.submission
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row(t("region", lang), f"{a.region.name} ({', '.join(a.region.municipalities)})")
    offset = sub.deadline_at.isoformat()[-6:]
    head.add_row(
        t("deadline", lang),
        f"{format_date(sub.deadline_at, lang, with_time=True)} ({sub.timezone}, UTC{offset})",
    )
    head.add_row(t("intake", lang), sub.intake_email)
    if sub.filename_rule:
        head.add_row(t("filename_rule", lang), escape(sub.filename_rule))
    head.add_row("", ", ".join(a.region.filename_spellings))
    parts: list[RenderableType] = [
        Panel(head, title=f"{escape(a.programme)} – {escape(a.title)}", subtitle=a.label())
    ]

    ch = Table(title=t("challenges", lang), show_lines=True, expand=True)
    ch.add_column("#", justify="right", no_wrap=True)
    ch.add_column(t("challenge", lang), ratio=3)
    ch.add_column(t("terms", lang), ratio=2)
    for c in a.challenges:
        body = Text.assemble(
            (c.title, "bold"),
            f" ({t('personas', lang)} {', '.join(c.personas)})\n" if c.personas else "\n",
            c.description,
            "\n",
            *[(f"\n{q}", "italic") for q in c.questions],
        )
        ch.add_row(str(c.id), body, escape(_terms(c.concepts)))
    parts.append(ch)

    sv = Table(title=t("services", lang), show_lines=True, expand=True)
    sv.add_column("id", no_wrap=True)
    sv.add_column(t("need", lang), ratio=2)
    sv.add_column(t("service", lang), ratio=3)
    sv.add_column(t("terms", lang), ratio=2)
    for s in a.services:
        sv.add_row(s.id, escape(s.need), escape(s.service), escape(_terms(s.concepts, 8)))
    parts.append(sv)

    at = Table(title=t("attention", lang), show_lines=True, expand=True)
    at.add_column("id", no_wrap=True)
    at.add_column(t("attention", lang), ratio=3)
    at.add_column(t("terms", lang), ratio=2)
    for p in a.attention:
        at.add_row(
            p.id, Text.assemble((p.title, "bold"), "\n", p.text), escape(_terms(p.concepts, 8))
        )
    parts.append(at)

    if a.contacts:
        ct = Table(title=t("contacts", lang), expand=True)
        for col in ("", "e-mail", "tel.", ""):
            ct.add_column(col, overflow="fold")
        for contact in a.contacts:
            ct.add_row(contact.name, contact.email or "", contact.phone or "", escape(contact.role))
        parts.append(ct)
    return Group(*parts)


def timeline_view(a: Addendum, now: dt.datetime, lang: Lang = "nl") -> RenderableType:
    table = Table(title=f"{t('timeline', lang)} – {a.region.name}")
    table.add_column(t("milestone", lang))
    table.add_column(t("when", lang))
    table.add_column(t("status", lang))
    styles = {"past": "dim", "today": "bold yellow", "coming": "green"}
    symbols = {"past": "✓", "today": "●", "coming": "…"}
    deadline_line = ""
    for s in milestone_states(a, now):
        m = s.milestone
        when = format_date(s.at, lang, with_time=s.milestone.id == "deadline")
        if m.end and m.end != m.date:
            when += f" {t('until', lang)} {format_date(m.end, lang)}"
        if m.before:
            when = f"{t('before', lang)} {when}"
        if s.state == "coming" or (s.state == "today" and m.id == "deadline"):
            rel = t("in", lang, d=format_duration(s.seconds, lang))
        elif s.state == "past":
            rel = t("ago", lang, d=format_duration(s.seconds, lang))
        else:
            rel = ""
        status = f"{symbols[s.state]} {t(s.state, lang)}" + (f", {rel}" if rel else "")
        table.add_row(escape(m.label), when, Text(status, style=styles[s.state]))
        if m.id == "deadline":
            at = format_date(s.at, lang, with_time=True)
            d = format_duration(s.seconds, lang)
            key = "deadline_closed" if s.state == "past" else "deadline_open"
            deadline_line = t(key, lang, d=d, at=at)
    return Group(table, Text(deadline_line, style="bold")) if deadline_line else table
