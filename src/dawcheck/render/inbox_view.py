"""The intake overview: counts by outcome, every submission by arrival, then what to follow up."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dawcheck.documents.normalize import safe_name
from dawcheck.i18n import Lang
from dawcheck.messages import local_time, outcome_text, reason_text, skip_reason_text
from dawcheck.render.table import outcome_label, submission_view
from dawcheck.render.words import OUTCOME_SYMBOL, STYLE, SYMBOL, label
from dawcheck.report import OUTCOMES, Report, Submission


def arrival_order(report: Report) -> list[Submission]:
    subs = list(report.iter_submissions())
    return sorted(
        subs, key=lambda s: (s.received is None, s.received.timestamp() if s.received else 0, s.id)
    )


def summary_lines(report: Report) -> list[tuple[int, str]]:
    """The summary's figures and what they count (a label key or an outcome), in order: one
    list for the terminal and the HTML report, so their counts cannot differ."""
    s = report.summary
    lines: list[tuple[int, str]] = [(s.messages, "messages"), (s.submissions, "submissions")]
    lines.extend((s.outcomes.get(outcome, 0), outcome) for outcome in OUTCOMES)
    lines.extend([(s.applicants, "applicants"), (s.counting, "counting")])
    if s.copies:
        lines.append((s.copies, "copies"))
    skipped = len(s.skipped) + s.skipped_hidden + s.skipped_temp
    if skipped:
        lines.append((skipped, "skipped"))
    return lines


def summary_text(key: str, lang: Lang) -> str:
    """A summary line's words, with the symbol the overview uses for it."""
    if key in OUTCOMES:
        return f"{OUTCOME_SYMBOL[key]} {outcome_text(key, lang)}"
    if key == "counting":
        return f"{SYMBOL['counts']} {label('counting', lang)}"
    return label(key, lang)


def summary_view(report: Report) -> RenderableType:
    lang = report.lang
    grid = Table.grid(padding=(0, 2))
    grid.add_column(justify="right", style="bold")
    grid.add_column()
    for count, key in summary_lines(report):
        grid.add_row(str(count), Text(summary_text(key, lang), style=STYLE.get(key, "")))
    return grid


def _proposal_cell(sub: Submission, lang: Lang) -> Text:
    if sub.filename is None:
        if sub.links:
            return Text(safe_name(sub.links[0].host) + " (link)")
        message = sub.check("message")
        if message is not None and message.code == "message.unreadable":
            # a file that could not be read as a message is not a mail without attachment
            return Text(label("message-unreadable", lang), style="bold")
        return Text(label("no-attachment", lang), style="dim")
    cell = Text(safe_name(sub.filename))
    annexes = sum(1 for d in sub.documents if d.role == "annex")
    if annexes:
        cell.append(f" +{annexes} {label('annex', lang)}", style="dim")
    if sub.duplicate_of is not None:
        cell.append(f"\n{label('copy-of', lang)} #{sub.duplicate_of}", style="dim")
    if sub.superseded_by is not None:
        cell.append(f"\n{label('superseded-by', lang)} #{sub.superseded_by}", style="dim")
    return cell


def _arrived_cell(sub: Submission, report: Report) -> Text:
    lang = report.lang
    zone = report.addendum.deadline.tzinfo
    if sub.received is None:
        return Text("?")
    cell = Text(local_time(sub.received, zone, lang))
    if sub.original is not None and sub.original.received is not None:
        original = local_time(sub.original.received, zone, lang)
        cell.append(f"\n{label('original', lang)}: {original}", style="dim")
    return cell


def overview_table(report: Report) -> Table:
    lang = report.lang
    table = Table(expand=True, title_justify="left", show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(label("arrived", lang), ratio=2)
    table.add_column(label("sender", lang), ratio=2, overflow="fold")
    table.add_column(label("file", lang), ratio=3, overflow="fold")
    table.add_column(label("outcome", lang), ratio=2)
    table.add_column(SYMBOL["counts"], no_wrap=True)
    for sub in arrival_order(report):
        sender = sub.sender.address or sub.sender.name or "" if sub.sender else ""
        outcome = outcome_label(sub, lang)
        if sub.reasons:
            outcome.append("\n" + ", ".join(reason_text(r, lang) for r in sub.reasons), style="dim")
        table.add_row(
            str(sub.id),
            _arrived_cell(sub, report),
            Text(safe_name(sender)),
            _proposal_cell(sub, lang),
            outcome,
            Text(SYMBOL["counts"] if sub.counts else "", style="bold green"),
        )
    return table


def follow_up_view(report: Report) -> RenderableType:
    """Per applicant who needs follow-up (dawcheck.followup): what to ask, then the problems."""
    from dawcheck.followup import follow_ups

    lang = report.lang
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(ratio=1)
    for row in follow_ups(report):
        sub = row.submission
        text = Text(safe_name(row.applicant), style="bold")
        text.append(f"\n→ {safe_name(row.ask)}")
        for finding in (c for c in sub.checks if c.status != "pass" and c.id != "coverage"):
            text.append(f"\n  {SYMBOL[finding.status]} {label(finding.id, lang)}: ", style="dim")
            text.append(safe_name(finding.message), style="dim")
        grid.add_row(f"#{sub.id}", text)
    return grid


def inbox_view(report: Report, details: bool = False) -> RenderableType:
    lang = report.lang
    parts: list[RenderableType] = [
        Text(f"{label('summary', lang)} – {report.addendum.region}", style="bold"),
        summary_view(report),
        overview_table(report),
    ]
    if report.summary.outcomes.get("follow-up"):
        parts.append(Text(label("follow-up-list", lang), style="bold"))
        parts.append(Text(label("follow-up-note", lang), style="dim"))
        parts.append(follow_up_view(report))
    if report.summary.skipped:
        parts.append(Text(label("skipped", lang).capitalize(), style="bold"))
        parts.append(skipped_view(report))
    if details:
        parts.extend(submission_view(s, report, True) for s in report.iter_submissions())
    return Group(*parts)


SHOWN_SKIPPED = 20


def skipped_view(report: Report) -> RenderableType:
    """Every path the walk did not check, with why: never silently absent."""
    lang = report.lang
    grid = Table.grid(padding=(0, 1))
    grid.add_column(ratio=1, overflow="fold")
    grid.add_column()
    skipped = report.summary.skipped
    for entry in skipped[:SHOWN_SKIPPED]:
        grid.add_row(
            Text(safe_name(entry.path)), Text(skip_reason_text(entry.reason, lang), style="dim")
        )
    if len(skipped) > SHOWN_SKIPPED:
        more = len(skipped) - SHOWN_SKIPPED
        grid.add_row(Text(f"… +{more}" + (" (zie JSON)" if lang == "nl" else " (see JSON)")), "")
    return grid
