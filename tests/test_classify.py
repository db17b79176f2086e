"""Which messages a machine sent: auto-replies, bounces and read receipts, by their headers first.
A message with `Auto-Submitted: no` (RFC 3834: sent by a person) is a person's."""

from __future__ import annotations

import datetime as dt

import pytest

from dawcheck.sources.classify import automatic_kind
from dawcheck.sources.mail import parse_mail
from helpers import make_eml

NOW = dt.datetime(2023, 9, 4, 9, 0, tzinfo=dt.UTC)
PDF = b"%PDF-1.4\n%%EOF\n"


def _kind(
    header: str | None, subject: str = "Kandidatuur DAW+", attach: bool = False
) -> str | None:
    attachments = [("voorstel_DAW+.pdf", PDF, "application/pdf")] if attach else None
    raw = make_eml(subject=subject, attachments=attachments)
    if header is not None:
        raw = header.encode() + b"\r\n" + raw
    return automatic_kind(parse_mail(raw, now=NOW))


@pytest.mark.parametrize(
    "header",
    [
        "Auto-Submitted: auto-replied",
        "Auto-Submitted: auto-generated",
        "auto-submitted: Auto-Replied (vacation)",
        "X-Autoreply: yes",
        "X-Autorespond: Afwezigheidsmelding",
        "Precedence: auto_reply",
    ],
)
def test_an_auto_reply_header_makes_an_auto_reply(header):
    assert _kind(header) == "auto-reply"


@pytest.mark.parametrize("header", [None, "Auto-Submitted: no", "Auto-Submitted:  NO "])
def test_a_person_s_message_is_not_automatic(header):
    assert _kind(header, attach=True) is None
    assert _kind(header, subject="Vraag over de oproep") is None


def test_subjects_decide_only_without_headers_and_without_attachment():
    assert _kind(None, subject="Afwezig: Kandidatuur DAW+") == "auto-reply"
    assert _kind(None, subject="Gelezen: Kandidatuur DAW+") == "read-receipt"
    assert _kind(None, subject="Undeliverable: Kandidatuur DAW+") == "bounce"
    # "Afwezig" in a subject of a mail that carries a proposal: a person wrote it
    assert _kind(None, subject="Afwezig: Kandidatuur DAW+", attach=True) is None
