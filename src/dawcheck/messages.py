"""The message catalogue: the words for every finding code, outcome and reason, in Dutch and
English. Checks return codes and typed evidence; only this module and the renderers hold words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dawcheck.checks.findings import (
    ArrivalEvidence,
    CoverageEvidence,
    FilenameEvidence,
    FilenameProblem,
    Finding,
    MessageEvidence,
    ReadableEvidence,
    RecipientEvidence,
    RegionEvidence,
)
from dawcheck.dates import format_duration
from dawcheck.i18n import Lang, note_text
from dawcheck.notices import describe

WEEKDAYS = {
    "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
MONTHS = {
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}

OUTCOME_WORDS: dict[str, tuple[str, str]] = {
    "valid": ("geldig", "valid"),
    "late": ("te laat", "late"),
    "follow-up": ("opvolgen", "follow up"),
    "not-a-submission": ("geen inzending", "not a submission"),
}

REASON_WORDS: dict[str, tuple[str, str]] = {
    "auto-reply": ("automatisch antwoord", "automatic reply"),
    "bounce": ("onbestelbaar (bounce)", "bounce"),
    "read-receipt": ("leesbevestiging", "read receipt"),
    "no-documents": ("geen bijlage of link", "no attachment or link"),
    "late": ("na de deadline", "after the deadline"),
    "region-missing": ("werkingsgebied niet in de naam", "region not in the name"),
    "proposal-unreadable": ("voorstel onleesbaar", "proposal unreadable"),
    "proposal-unsupported": (
        "voorstel in een niet-ondersteund formaat",
        "proposal format not supported",
    ),
    "only-link": ("enkel een downloadlink", "only a download link"),
    "wrong-recipient": ("niet aan het intake-adres gericht", "not addressed to the intake address"),
    "arrival-uncertain": ("aankomsttijd onzeker", "arrival time uncertain"),
    "forwarded": ("doorgestuurd door iemand anders", "forwarded by someone else"),
    "forgotten-attachment": (
        "bijlage aangekondigd maar vergeten",
        "attachment announced but missing",
    ),
    "message-unreadable": ("bericht onleesbaar", "message unreadable"),
    "region-municipalities-only": ("enkel gemeenten in de naam", "only municipalities in the name"),
    "filename-unsafe": ("bestandsnaam met problemen", "file name with problems"),
    "annex-unreadable": ("bijlage onleesbaar", "annex unreadable"),
    "arrival-weak-source": (
        "aankomsttijd niet van de mailserver",
        "arrival not from the mail server",
    ),
    "coverage-none": ("geen regio-uitdaging herkend", "no regional challenge recognised"),
}

SOURCE_WORDS: dict[str, tuple[str, str]] = {
    "cli": ("opgegeven met --received", "given with --received"),
    "received-header": (
        "Received-header van de ontvangende server",
        "Received header of the receiving server",
    ),
    "mbox-from-line": (
        "From_-regel van de mailbox (zonder tijdzone)",
        "mbox From_ line (no time zone)",
    ),
    "msg-delivery-time": ("Outlook-afleveringstijd", "Outlook delivery time"),
    "date-header": ("Date-header (klok van de afzender)", "Date header (sender's clock)"),
    "mtime": (
        "wijzigingstijd van het bestand (bewijst niets)",
        "file modification time (proves nothing)",
    ),
    "none": ("geen tijdstip", "no time"),
}

_FILENAME_PROBLEMS: dict[str, tuple[str, str]] = {
    "double-extension": ("dubbele extensie ({detail})", "double extension ({detail})"),
    "bidi": (
        "bevat een richtingsteken (zoals right-to-left override) dat de naam omkeert",
        "contains a bidi control (e.g. right-to-left override)",
    ),
    "hidden-characters": (
        "bevat onzichtbare of controletekens ({detail})",
        "contains invisible or control characters ({detail})",
    ),
    "windows-forbidden": (
        "tekens die Windows of mailprogramma's weigeren: {detail}",
        "characters Windows or mail clients reject: {detail}",
    ),
    "edge-space-or-dot": (
        "begint of eindigt met een spatie of punt",
        "starts or ends with a space or dot",
    ),
    "windows-reserved": ("gereserveerde naam onder Windows", "reserved name on Windows"),
    "too-long": ("zeer lange naam ({detail} tekens)", "very long name ({detail} characters)"),
    "mislabelled": (
        "de extensie klopt niet met de inhoud ({detail})",
        "the extension does not match the content ({detail})",
    ),
    "no-extension": ("geen extensie (inhoud: {detail})", "no extension (content: {detail})"),
}


SKIP_WORDS: dict[str, tuple[str, str]] = {
    "missing": ("niet gevonden", "not found"),
    "not-regular": ("geen gewoon bestand (pipe, apparaat, socket)", "not a regular file"),
    "outside-folder": ("koppeling naar buiten de map", "link leading outside the folder"),
    "not-submission": ("databestand, geen inzending", "data file, not a submission"),
    "folder-link": ("koppeling naar een map (niet gevolgd)", "link to a folder (not followed)"),
    "broken-link": ("koppeling die nergens heen leidt", "link that leads nowhere"),
    "symlink-loop": ("koppeling die naar zichzelf leidt", "link that leads to itself"),
    "unreadable-folder": ("map onleesbaar", "folder unreadable"),
    "unreadable": ("onleesbaar", "unreadable"),
    "path-too-long": ("pad te lang voor het systeem", "path too long for the system"),
    "vanished": ("verdwenen tijdens de controle", "vanished during the check"),
    "over-file-limit": ("boven het maximum aantal bestanden", "over the limit on files"),
}


def skip_reason_text(reason: str, lang: Lang) -> str:
    return _pick(SKIP_WORDS.get(reason, (reason, reason)), lang)


def _pick(pair: tuple[str, str], lang: Lang) -> str:
    return pair[0] if lang == "nl" else pair[1]


def outcome_text(outcome: str, lang: Lang) -> str:
    return _pick(OUTCOME_WORDS.get(outcome, (outcome, outcome)), lang)


def reason_text(reason: str, lang: Lang) -> str:
    return _pick(REASON_WORDS.get(reason, (reason, reason)), lang)


def source_text(source: str, lang: Lang) -> str:
    return _pick(SOURCE_WORDS.get(source, (source, source)), lang)


def local_time(value: dt.datetime, zone: dt.tzinfo | None, lang: Lang, seconds: bool = True) -> str:
    """'vr 1 sep 2023 23:41:37' in the call's zone."""
    local = value.astimezone(zone) if zone is not None else value
    clock = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    weekday = WEEKDAYS[lang][local.weekday()]
    return f"{weekday} {local.day} {MONTHS[lang][local.month - 1]} {local.year} {clock}"


def filename_problem_text(problem: FilenameProblem, lang: Lang) -> str:
    pair = _FILENAME_PROBLEMS.get(problem.code, (problem.code, problem.code))
    return _pick(pair, lang).format(detail=problem.detail)


def _region(e: RegionEvidence, code: str, lang: Lang) -> str:
    nl = lang == "nl"
    if code == "region.named":
        return (
            f"de naam vermeldt het werkingsgebied ({e.matched})"
            if nl
            else (f"the name states the region ({e.matched})")
        )
    if code == "region.municipalities-only":
        towns = ", ".join(e.municipalities)
        return (
            f"de naam noemt enkel gemeenten ({towns}), niet het werkingsgebied {e.region}; "
            f"bv. '{e.suggestion}'"
            if nl
            else f"the name only names municipalities ({towns}), not the region {e.region}; "
            f"e.g. '{e.suggestion}'"
        )
    return (
        f"de naam vermeldt het werkingsgebied {e.region} niet; bv. '{e.suggestion}'"
        if nl
        else f"the name does not state the region {e.region}; e.g. '{e.suggestion}'"
    )


def _filename(e: FilenameEvidence, code: str, lang: Lang) -> str:
    if not e.problems:
        return "geen problemen met de bestandsnaam" if lang == "nl" else "no problems with the name"
    return "; ".join(filename_problem_text(p, lang) for p in e.problems)


def _arrival(e: ArrivalEvidence, code: str, lang: Lang) -> str:
    nl = lang == "nl"
    zone = e.deadline.tzinfo
    source = source_text(e.source, lang)
    note = note_text(e.note, lang)
    seconds = e.seconds or 0
    span = format_duration(seconds, lang) if seconds >= 1 else "0 s"
    deadline = local_time(e.deadline, zone, lang, seconds=False)
    if code == "arrival.precheck-open":
        return (
            f"nog niet verstuurd: nog {span} tot de deadline ({deadline})"
            if nl
            else f"not sent yet: {span} left until the deadline ({deadline})"
        )
    if code == "arrival.precheck-closed":
        return (
            f"de deadline ({deadline}) is {span} voorbij: wat nu vertrekt, komt te laat"
            if nl
            else f"the deadline ({deadline}) passed {span} ago: what is sent now is late"
        )
    if code == "arrival.unknown" or e.received is None:
        what = note or source
        return (
            f"aankomsttijd onbekend ({what}): onzeker"
            if nl
            else f"arrival time unknown ({what}): uncertain"
        )
    shown = local_time(e.received, zone, lang)
    if code == "arrival.uncertain":
        return (
            f"{shown} volgens {source}, maar {note}: onzeker"
            if nl
            else f"{shown} according to {source}, but {note}: uncertain"
        )
    if code in ("arrival.on-time", "arrival.on-time-unproven"):
        rel = (
            ("in de laatste minuut, op tijd" if nl else "in the last minute, on time")
            if seconds == 0
            else f"{span} voor de deadline"
            if nl
            else f"{span} before the deadline"
        )
    else:
        rel = f"{span} te laat" if nl else f"{span} late"
    text = f"{shown} ({rel}; {source})"
    if e.original_received is not None:
        original = local_time(e.original_received, zone, lang)
        text += f"; origineel verstuurd {original}" if nl else f"; original sent {original}"
    return f"{text}; {note}" if note else text


def _recipient(e: RecipientEvidence, code: str, lang: Lang) -> str:
    if code == "recipient.ok":
        return f"verstuurd naar {e.intake}" if lang == "nl" else f"sent to {e.intake}"
    shown = ", ".join((e.to + e.cc)[:5]) or ("geen" if lang == "nl" else "none")
    return (
        f"niet aan {e.intake} gericht (aan: {shown}); mogelijk met de hand doorgestuurd of in Bcc"
        if lang == "nl"
        else f"not addressed to {e.intake} (to: {shown}); possibly forwarded by hand or Bcc"
    )


def _readable(e: ReadableEvidence, code: str, lang: Lang) -> str:
    if code == "readable.problem":
        return describe(e.problem, lang) if e.problem else e.read_status
    if code == "readable.warnings":
        return "; ".join(describe(w, lang) for w in e.warnings)
    if e.pages:
        size = f"{e.pages} p."
    else:
        size = f"{e.blocks} blokken" if lang == "nl" else f"{e.blocks} blocks"
    return f"leesbaar ({e.format}, {size})" if lang == "nl" else f"readable ({e.format}, {size})"


def _coverage(e: CoverageEvidence, code: str, lang: Lang) -> str:
    nl = lang == "nl"
    if code == "coverage.not-assessed":
        return (
            "inhoud niet beoordeeld: de tekst kon niet gelezen worden"
            if nl
            else "content not assessed: the text could not be read"
        )
    counts = (
        f"{len(e.services)}/{e.services_total} types dienstverlening, "
        f"{len(e.attention)}/{e.attention_total} aandachtspunten"
        if nl
        else f"{len(e.services)}/{e.services_total} service types, "
        f"{len(e.attention)}/{e.attention_total} points of attention"
    )
    if code == "coverage.covered":
        ids = ", ".join(e.challenges)
        return (
            f"regio-uitdaging {ids} gedekt; {counts}"
            if nl
            else f"regional challenge {ids} covered; {counts}"
        )
    if code == "coverage.weak":
        ids = ", ".join(e.weak)
        return (
            f"geen regio-uitdaging volledig gedekt (zwak: {ids}); {counts}"
            if nl
            else f"no regional challenge fully covered (weak: {ids}); {counts}"
        )
    return (
        f"geen enkele regio-uitdaging herkend; {counts}"
        if nl
        else f"no regional challenge recognised; {counts}"
    )


_MESSAGE_TEXT: dict[str, tuple[str, str]] = {
    "message.auto-reply": (
        "automatisch antwoord (bv. afwezigheidsbericht): geen inzending",
        "automatic reply (e.g. out of office): not a submission",
    ),
    "message.bounce": (
        "onbestelbaar-melding van een mailserver: geen inzending",
        "delivery failure notice from a mail server: not a submission",
    ),
    "message.read-receipt": ("leesbevestiging: geen inzending", "read receipt: not a submission"),
    "message.no-documents": (
        "bericht zonder bijlage of downloadlink (een vraag of antwoord): geen inzending",
        "message without attachment or download link (a question or reply): not a submission",
    ),
    "message.only-link": (
        "geen bijlage, enkel een downloadlink ({links}): haal het voorstel op en bewaar het",
        "no attachment, only a download link ({links}): fetch the proposal and keep it",
    ),
    "message.forgotten-attachment": (
        "het bericht kondigt een bijlage aan, maar er zit er geen bij",
        "the message announces an attachment, but none is attached",
    ),
    "message.unreadable": ("bericht niet gelezen: {detail}", "message not read: {detail}"),
    "message.forwarded": (
        "doorgestuurd door {detail}",
        "forwarded by {detail}",
    ),
}


def _message(e: MessageEvidence, code: str, lang: Lang) -> str:
    pair = _MESSAGE_TEXT.get(code, (code, code))
    links = ", ".join(e.links[:3])
    detail = note_text(e.detail, lang)
    text = _pick(pair, lang).format(links=links, detail=detail)
    if code == "message.no-documents" and e.skipped:
        skipped = ", ".join(e.skipped[:5])
        text += f" (overgeslagen: {skipped})" if lang == "nl" else f" (skipped: {skipped})"
    if e.mime_damaged:
        text += (
            "; MIME-structuur beschadigd: een bijlage kan verborgen zijn"
            if lang == "nl"
            else "; MIME structure damaged: an attachment may be hidden"
        )
    return text


_WORDERS: dict[str, Callable[..., str]] = {
    "region": _region,
    "filename": _filename,
    "arrival": _arrival,
    "recipient": _recipient,
    "readable": _readable,
    "coverage": _coverage,
    "message": _message,
}


def finding_text(finding: Finding, lang: Lang) -> str:
    """The finding in words, for the report's `message` field and the renderers."""
    worder = _WORDERS[finding.evidence.kind]
    return worder(finding.evidence, finding.code, lang)


def worded(finding: Finding, lang: Lang) -> Finding:
    finding.message = finding_text(finding, lang)
    return finding


# Why a piece of evidence was weakened or set aside, for people.
EVIDENCE_REASON_WORDS: dict[str, tuple[str, str]] = {
    "unticked": ("niet aangevinkt", "not ticked"),
    "ticked": ("enkel aangevinkt, niet beschreven", "only ticked, not described"),
    "call-quote": ("overgenomen uit de oproep", "quoted from the call"),
    "deleted": (
        "geschrapt (doorgehaald of verwijderd met wijzigingen bijhouden)",
        "deleted (struck through, or a tracked deletion)",
    ),
    "comment": ("opmerking van een lezer", "a reviewer's comment"),
    "header-footer": ("kop- of voettekst", "header or footer"),
    "negation": ("uitgesloten of ontkend", "excluded or denied"),
    "referral": ("doorverwezen naar een andere organisatie", "referred to another organisation"),
    "wish": ("een wens of latere fase", "a wish or a later phase"),
    "organisation": ("enkel de naam van een organisatie", "only an organisation's name"),
    "mapped": (
        "in een tabel die het project op de oproep afbeeldt",
        "in a table that maps the project onto the call",
    ),
    "topic": ("het onderwerp van een vorming of gesprek", "the topic of a training or talk"),
    "sector": ("een werkveld, geen dienst", "a field of work, not a service"),
    "occasion": (
        "de aanleiding van iets anders (opvang voor een sollicitatie)",
        "the occasion of something else (childcare for a job interview)",
    ),
    "asked": (
        "enkel gevraagd in het formulier; het antwoord zegt geen ja",
        "only asked in the form; the answer does not say yes",
    ),
    "need": (
        "waar mensen moeite mee hebben, de nood, niet de werkwijze",
        "what people struggle with, the need, not the way of working",
    ),
    "endorsement": (
        "enkel genoemd als belangrijk, niet beschreven",
        "only named as important, not described",
    ),
    "history": (
        "wat vóór de oproep gebeurde (in 2022 volgden ...)",
        "what happened before the call (in 2022 they took ...)",
    ),
    "budget": ("in de begroting", "in the budget"),
    "partners": ("in de lijst van partners", "in the list of partners"),
    "indicators": ("bij indicatoren of resultaten", "among indicators or results"),
    "planning": ("in de planning", "in the planning"),
    "cover": ("op het voorblad", "on the cover page"),
    "section": ("onder een kop die het uitsluit of afzwakt", "under a heading that excludes it"),
}
CALL_QUOTE_CHARS = 160


def evidence_reason_text(reason: str | None, lang: Lang) -> str:
    if reason is None:
        return ""
    return _pick(EVIDENCE_REASON_WORDS.get(reason, (reason, reason)), lang)


def _examples(labels: list[str], lang: Lang) -> str:
    shown = [label for label in labels[:3] if label]
    if not shown:
        return ""
    joined = "; ".join(shown)
    return f" (bv. {joined})" if lang == "nl" else f" (e.g. {joined})"


def lack_text(kind: str, labels: list[str], lang: Lang) -> str:
    """What an item lacks, in plain words: the target group, an activity, a second element."""
    nl = lang == "nl"
    examples = _examples(labels, lang)
    if kind == "target-group":
        return (
            f"de doelgroep ontbreekt: zeg voor wie het project is{examples}"
            if nl
            else f"the target group is missing: say who the project is for{examples}"
        )
    if kind == "activity":
        return (
            f"een activiteit ontbreekt: beschrijf wat het project zelf doet{examples}"
            if nl
            else f"an activity is missing: describe what the project itself does{examples}"
        )
    if kind == "second-concept":
        return (
            f"een tweede, apart element ontbreekt{examples}"
            if nl
            else f"a second, separate element is missing{examples}"
        )
    return (
        f"nergens beschreven als werk van het project zelf{examples}"
        if nl
        else f"nowhere described as the project's own work{examples}"
    )


def quote_call(text: str, lang: Lang) -> str:
    """The call's own question or description, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) > CALL_QUOTE_CHARS:
        text = text[:CALL_QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    return f"oproep: “{text}”" if lang == "nl" else f"call: “{text}”"


def set_aside_text(reasons: dict[str, list[str]], lang: Lang) -> str:
    """'gevonden maar opzij gezet: "kinderopvang" (uitgesloten of ontkend)'."""
    parts = [
        f"“{', '.join(dict.fromkeys(terms))[:60]}” ({evidence_reason_text(reason, lang)})"
        for reason, terms in reasons.items()
    ]
    head = "gevonden maar opzij gezet" if lang == "nl" else "found but set aside"
    return f"{head}: " + "; ".join(parts)
