"""Labels the renderers share (Dutch and English): check names, statuses, symbols, headers."""

from __future__ import annotations

from dawcheck.i18n import Lang

SYMBOL = {
    "pass": "✔",
    "warn": "⚠",
    "fail": "✘",
    "covered": "●",
    "weak": "◐",
    "missing": "○",
    "counts": "★",
}
STYLE = {
    "pass": "green",
    "warn": "yellow",
    "fail": "bold red",
    "covered": "green",
    "weak": "yellow",
    "missing": "dim",
    "valid": "green",
    "late": "bold red",
    "follow-up": "yellow",
    "not-a-submission": "dim",
}
OUTCOME_SYMBOL = {"valid": "✔", "late": "✘", "follow-up": "⚠", "not-a-submission": "·"}

_LABELS: dict[str, tuple[str, str]] = {
    "pass": ("OK", "pass"),
    "warn": ("let op", "warning"),
    "fail": ("NIET OK", "FAIL"),
    "covered": ("gedekt", "covered"),
    "weak": ("zwak", "weak"),
    "missing": ("ontbreekt", "missing"),
    "message": ("Bericht", "Message"),
    "arrival": ("Tijdig", "On time"),
    "recipient": ("Geadresseerde", "Recipient"),
    "region-in-filename": ("Werkingsgebied in naam", "Region in file name"),
    "filename-safety": ("Bestandsnaam", "File name"),
    "readable": ("Leesbaar", "Readable"),
    "coverage": ("Inhoud", "Content"),
    "challenge": ("Uitdaging", "Challenge"),
    "challenges": ("Regio-uitdagingen", "Regional challenges"),
    "services": ("Types dienstverlening", "Service types"),
    "attention": ("Aandachtspunten", "Points of attention"),
    "verdict": ("Eindoordeel", "Verdict"),
    "outcome": ("Uitkomst", "Outcome"),
    "reasons": ("Redenen", "Reasons"),
    "suggest": ("Voorgestelde naam", "Suggested name"),
    "precheck": ("Controle van dit bestand", "Check of this file"),
    "receipt": ("Ontvangen bestand", "File received"),
    "documents": ("Documenten", "Documents"),
    "proposal": ("voorstel", "proposal"),
    "annex": ("bijlage", "annex"),
    "links": ("Links", "Links"),
    "notes": ("Opmerkingen", "Notes"),
    "sender": ("Afzender", "Sender"),
    "subject": ("Onderwerp", "Subject"),
    "arrived": ("Aangekomen", "Arrived"),
    "counts": ("Telt", "Counts"),
    "file": ("Bestand", "File"),
    "no-attachment": ("(geen bijlage)", "(no attachment)"),
    "message-unreadable": ("(bericht onleesbaar)", "(message unreadable)"),
    "copies": ("kopieën", "copies"),
    "copy-of": ("kopie van", "copy of"),
    "superseded-by": ("vervangen door", "superseded by"),
    "version": ("versie", "version"),
    "original": ("origineel", "original"),
    "forwarded-by": ("doorgestuurd door", "forwarded by"),
    "follow-up-list": ("Op te volgen", "To follow up"),
    "follow-up-note": (
        "per indiener; een versie die door een latere geldige vervangen is, vraagt niets meer",
        "per applicant; a version replaced by a later valid one needs nothing more",
    ),
    "summary": ("Samenvatting", "Summary"),
    "messages": ("berichten", "messages"),
    "submissions": ("inzendingen", "submissions"),
    "applicants": ("indieners", "applicants"),
    "counting": ("tellen mee", "counting"),
    "skipped": ("niet gecontroleerd", "not checked"),
    "evidence": ("bewijs", "evidence"),
    "set-aside": ("opzij gezet", "set aside"),
    "weak-evidence": ("zwak bewijs", "weak evidence"),
    "excluded": ("uitgesloten", "excluded"),
    "lacking": ("ontbreekt", "lacking"),
    "legend": ("Legende", "Legend"),
    "advice": ("Wat ontbreekt", "What is missing"),
    "advice-more": (
        "--details toont ook de ontbrekende diensten en aandachtspunten",
        "--details also shows the missing services and points of attention",
    ),
}


def label(key: str, lang: Lang) -> str:
    pair = _LABELS.get(key)
    if pair is None:
        return key
    return pair[0] if lang == "nl" else pair[1]
