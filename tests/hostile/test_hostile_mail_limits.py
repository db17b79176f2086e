"""Hostile e-mail of issue 15: nesting, huge headers, huge messages, a sender that hides its
address. Each gets its documented result; none crashes, and the envelope survives."""

from __future__ import annotations

import datetime as dt
import json
from email.utils import parseaddr

import pytest
from hostile_inputs import (
    PDF,
    address_junk,
    mail_with_header,
    nested_multipart,
    nested_rfc822,
    parts_with_junk_params,
    shallow_attachment_with_deep_sibling,
    write_mbox_one_long_line,
    write_mbox_short_lines,
)
from hypothesis import given, settings
from hypothesis import strategies as st

import dawcheck.sources.mail as mail
import dawcheck.sources.mbox as mbox
from dawcheck.cli import app
from dawcheck.dates import BRUSSELS
from dawcheck.sources.mail import (
    MAX_MIME_DEPTH,
    mime_params_only,
    parse_mail,
    sender_of,
    split_addresses,
)
from dawcheck.sources.mbox import iter_mbox

NOW = dt.datetime(2023, 9, 10, 12, 0, tzinfo=BRUSSELS)
INTAKE = "katrien.meersseman@haviland.be"
SENT = dt.datetime(2023, 9, 1, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def _envelope_survives(info: mail.MailInfo) -> None:
    assert info.sender_address == "ann@a.example.org"
    assert INTAKE in info.recipients
    assert info.arrival.at == SENT


# --- crashes: nesting ------------------------------------------------------------------------


@pytest.mark.parametrize("make", [nested_multipart, nested_rfc822])
@pytest.mark.parametrize("depth", [1_000, 3_000])
def test_crash_mime_nested_a_thousand_deep_is_refused_with_its_envelope(make, depth):
    info = parse_mail(make(depth), now=NOW)
    assert info.unread is not None and "te diep genest" in info.unread
    assert info.attachments == [] and info.mime_damaged
    _envelope_survives(info)


@pytest.mark.parametrize("depth", [MAX_MIME_DEPTH + 1, 300])
def test_crash_mime_nested_past_the_limit_is_cut_and_said(depth):
    info = parse_mail(nested_multipart(depth), now=NOW)
    assert info.unread is None and info.attachments == [] and info.mime_damaged
    assert any(f"dieper dan {MAX_MIME_DEPTH} niveaus" in n for n in info.notes)
    _envelope_survives(info)


@pytest.mark.parametrize("depth", [1, 20, MAX_MIME_DEPTH - 1])
def test_mime_nested_within_the_limit_is_read(depth):
    info = parse_mail(nested_multipart(depth), now=NOW)
    assert [a.name for a in info.attachments] == ["DAW+.pdf"] and not info.mime_damaged
    assert info.attachments[0].data.rstrip(b"\r\n") == PDF.rstrip(b"\n")


def test_a_real_attachment_next_to_a_deep_sibling_is_still_found():
    info = parse_mail(shallow_attachment_with_deep_sibling(300), now=NOW)
    assert [a.name for a in info.attachments] == ["DAW+.pdf"] and info.mime_damaged


def test_crash_nested_mime_in_an_inbox_run_is_a_clear_row(runner, tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    (box / "diep.eml").write_bytes(nested_multipart(1_000))
    (box / "ok.eml").write_bytes(nested_multipart(2))
    result = runner.invoke(app, ["inbox", str(box), "--format", "json", "-q"])
    subs = {s["source"].rsplit("/", 1)[1]: s for s in json.loads(result.stdout)["submissions"]}
    deep = {c["id"]: c for c in subs["diep.eml"]["checks"]}
    assert deep["message"]["status"] == "fail" and "te diep genest" in deep["message"]["message"]
    assert subs["diep.eml"]["sender"] == {"name": "Ann", "address": "ann@a.example.org"}
    assert subs["diep.eml"]["outcome"] == "follow-up"
    assert subs["ok.eml"]["filename"] == "DAW+.pdf"
    result = runner.invoke(app, ["inbox", str(box), "--format", "json", "-q", "--lang", "en"])
    subs = {s["source"].rsplit("/", 1)[1]: s for s in json.loads(result.stdout)["submissions"]}
    assert (
        "nested too deep" in {c["id"]: c for c in subs["diep.eml"]["checks"]}["message"]["message"]
    )


# --- hangs: address headers and MIME parameters -----------------------------------------------

SHAPES = ["quotes", "words", "commas", "dots", "atoms", "at-signs", "parens", "angles"]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("size", [60_000, 200_000])
def test_hang_huge_from_header_keeps_the_real_address(shape, size):
    junk = address_junk(size, shape)
    info = parse_mail(mail_with_header("From", f"{junk} <ann@a.example.org>"), now=NOW)
    assert info.attachments and info.attachments[0].name == "DAW+.pdf"
    if shape not in ("parens", "angles"):  # inside an unclosed comment or bracket: not an address
        assert info.sender_address == "ann@a.example.org"
    assert len(info.sender or "") <= 2 * mail.MAX_NAME_CHARS


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("size", [60_000, 200_000])
def test_hang_huge_to_header_keeps_the_real_addresses(shape, size):
    junk = address_junk(size, shape)
    info = parse_mail(mail_with_header("To", f"{INTAKE}, {junk}, b@b.example"), now=NOW)
    assert info.recipients[0] == INTAKE
    assert info.attachments and info.sender_address == "ann@a.example.org"


def test_hang_a_long_list_of_real_recipients_is_read_whole():
    value = ", ".join(f'"User {i}" <user{i}@x.example>' for i in range(8_000))  # 230 KB
    info = parse_mail(mail_with_header("To", value), now=NOW)
    assert info.recipients == [f"user{i}@x.example" for i in range(8_000)]


@pytest.mark.parametrize(("parts", "size"), [(200, 1_000), (20, 16_000)])
def test_hang_junk_mime_parameters_keep_the_file_names(parts, size):
    info = parse_mail(parts_with_junk_params(parts, size), now=NOW)
    assert [a.name for a in info.attachments] == [f"DAW+_{i}.pdf" for i in range(parts)]


@pytest.mark.parametrize(
    ("value", "reduced"),
    [
        ('multipart/mixed; boundary="----=_Part_1"', 'multipart/mixed; boundary="----=_Part_1"'),
        ("text/plain; charset=us-ascii (Plain Text); format=x", "text/plain; charset=us-ascii"),
        (
            "attachment; filename*0*=utf-8''Voor; filename*1*=stel%20DAW.pdf; size=5",
            "attachment; filename*0*=utf-8''Voor; filename*1*=stel%20DAW.pdf",
        ),
        ('attachment; filename="a \\"b\\" ;c.pdf"', 'attachment; filename="a \\"b\\" ;c.pdf"'),
        ('attachment; filename="open; name=x', 'attachment; filename="open; name=x"'),
        ("application/pdf; x=" + '""' * 5000 + "; name=a.pdf", "application/pdf; name=a.pdf"),
        ('application/pdf; name="a\x00b.pdf"', "application/pdf; name=ab.pdf"),
    ],
)
def test_mime_parameters_are_reduced_to_what_intake_reads(value, reduced):
    assert mime_params_only(value) == reduced


def test_rfc2231_names_still_decode_through_the_reduced_headers():
    raw = mail_with_header("Subject", "x").replace(
        b'filename="DAW+.pdf"',
        b"filename*0*=utf-8''Voorstel%20DAW%2B%20cr%C3%A8;\r\n filename*1*=che.pdf",
    )
    assert [a.name for a in parse_mail(raw, now=NOW).attachments] == ["Voorstel DAW+ crèche.pdf"]


# --- the sender whose display name hides the address -------------------------------------------


@pytest.mark.parametrize(
    ("header", "address"),
    [
        ('""><img src=x onerror=alert(1)>" <a@x.example>', "a@x.example"),
        ('"Ann <evil@x.example>" <ann@a.example.org>', "ann@a.example.org"),
        ('"unclosed <ann@a.example.org>', "ann@a.example.org"),
        ("Ann <ann@a.example.org", "ann@a.example.org"),
        ("ann@a.example.org (Ann Peeters)", "ann@a.example.org"),
        ("<<<>>> ann@a.example.org", "ann@a.example.org"),
        ("=?utf-8?q?M=C3=BCller?= <m@x.example>", "m@x.example"),
        ("Groep: ann@a.example.org, b@b.example;", "ann@a.example.org"),
    ],
)
def test_hidden_sender_address_survives_a_hostile_display_name(header, address):
    info = parse_mail(mail_with_header("From", header), now=NOW)
    assert info.sender_address == address
    assert parseaddr(info.sender or "")[1] == address  # what the report layer reads back


def test_hidden_sender_in_an_inbox_run_keeps_its_address(runner, tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    (box / "m.eml").write_bytes(
        mail_with_header("From", '""><img src=x onerror=alert(1)>" <a@x.example>')
    )
    result = runner.invoke(app, ["inbox", str(box), "--format", "json", "-q"])
    (sub,) = json.loads(result.stdout)["submissions"]
    assert sub["sender"]["address"] == "a@x.example" and sub["applicant"] == "a@x.example"


def test_decoded_display_names_are_shown_decoded():
    assert sender_of("=?utf-8?q?M=C3=BCller?= <m@x.example>") == (
        "Müller <m@x.example>",
        "m@x.example",
    )
    assert sender_of("Ann Peeters <Ann@A.example.org>") == (
        "Ann Peeters <Ann@A.example.org>",
        "ann@a.example.org",
    )
    assert sender_of("geen adres") == ("geen adres", None)


_LOCAL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), _LOCAL, st.sampled_from(["x.example", "haviland.be"]))
def test_any_display_name_round_trips_its_address(name, local, domain):
    address = f"{local}@{domain}"
    shown, found = sender_of(mail._display(name, address))
    assert found == address.lower()
    assert parseaddr(shown or "")[1] == address


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet='"()<>,;:\\@ a.\t', max_size=200))
def test_address_lists_of_any_punctuation_parse(value):
    for _name, address in split_addresses(value):
        assert address == "" or address.count("@") == 1


# --- memory: huge messages ---------------------------------------------------------------------


def test_memory_too_many_lines_is_refused_with_its_envelope(monkeypatch):
    monkeypatch.setattr(mail, "MAX_MAIL_LINES", 1_000)
    raw = mail_with_header("Subject", "x").replace(b"%PDF", b"\r\n" * 2_000 + b"%PDF")
    info = parse_mail(raw, now=NOW)
    assert info.unread is not None and info.unread.startswith("bericht te groot om te lezen")
    assert info.attachments == []
    _envelope_survives(info)


def test_memory_too_many_bytes_is_refused_with_its_envelope(monkeypatch):
    monkeypatch.setattr(mail, "MAX_MAIL_BYTES", 10_000)
    raw = mail_with_header("Subject", "x").replace(b"%PDF", b"x" * 20_000 + b"\r\n%PDF")
    info = parse_mail(raw, now=NOW)
    assert info.unread is not None and "te groot" in info.unread
    _envelope_survives(info)


@pytest.mark.parametrize("size", [300_000, 1_000_000])
def test_memory_mbox_line_without_newline_is_read_in_pieces(tmp_path, monkeypatch, size):
    monkeypatch.setattr(mbox, "READ_PIECE", 4_096)
    monkeypatch.setattr(mbox, "MAX_MAIL_BYTES", 100_000)
    monkeypatch.setattr(mail, "MAX_MAIL_BYTES", 100_000)
    path = tmp_path / "x.mbox"
    write_mbox_one_long_line(path, size)
    with path.open("ab") as fh:  # a normal message after it must still be found
        fh.write(b"\n\nFrom b@b.example Fri Sep  1 21:00:00 2023\n" + nested_multipart(1) + b"\n")
    first, second = iter_mbox(path)
    assert first.truncated and len(first.raw) == 100_001
    assert parse_mail(first.raw, now=NOW).unread is not None
    assert not second.truncated and second.from_line.startswith("From b@b.example")
    assert [a.name for a in parse_mail(second.raw, now=NOW).attachments] == ["DAW+.pdf"]


def test_memory_mbox_of_short_lines_stops_at_the_line_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(mbox, "MAX_MAIL_LINES", 5_000)
    monkeypatch.setattr(mail, "MAX_MAIL_LINES", 5_000)
    path = tmp_path / "x.mbox"
    write_mbox_short_lines(path, 100_000)
    (message,) = iter_mbox(path)
    assert message.truncated and message.raw.count(b"\n") == 5_001
    info = parse_mail(message.raw, now=NOW)
    assert info.unread is not None and info.sender_address == "ann@a.example.org"


def test_memory_mbox_too_large_is_a_clear_row(runner, tmp_path, monkeypatch):
    monkeypatch.setattr(mbox, "MAX_MAIL_LINES", 5_000)
    monkeypatch.setattr(mail, "MAX_MAIL_LINES", 5_000)
    path = tmp_path / "export.mbox"
    write_mbox_short_lines(path, 100_000)
    result = runner.invoke(app, ["inbox", str(path), "--format", "json", "-q"])
    (sub,) = json.loads(result.stdout)["submissions"]
    check = {c["id"]: c for c in sub["checks"]}["message"]
    assert check["status"] == "fail" and "te groot om te lezen" in check["message"]
    assert sub["sender"] == {"name": "Ann", "address": "ann@a.example.org"}


def test_mbox_from_lines_and_escapes_still_split_messages(tmp_path):
    body = nested_multipart(1).replace(b"\r\n", b"\n")
    path = tmp_path / "x.mbox"
    path.write_bytes(
        b"From a Fri Sep  1 20:00:00 2023\n" + body + b"\n>From inside\n\n"
        b"From b Fri Sep  1 21:00:00 2023\nSubject: two\n\n>>From here on\n"
    )
    first, second = iter_mbox(path)
    assert b"\nFrom inside\n" in first.raw and not first.truncated
    assert second.raw == b"Subject: two\n\n>From here on\n"


def test_mbox_a_from_inside_a_long_line_starts_no_message(tmp_path, monkeypatch):
    monkeypatch.setattr(mbox, "READ_PIECE", 16)
    path = tmp_path / "x.mbox"
    path.write_bytes(
        b"From a Fri Sep  1 20:00:00 2023\nSubject: een\n\n"
        + b"x" * 16  # the next piece starts with "From " but no line does
        + b"From b Fri Sep  1 21:00:00 2023\n\n>From c\n"
    )
    (message,) = iter_mbox(path)
    body = b"x" * 16 + b"From b Fri Sep  1 21:00:00 2023\n\nFrom c\n"
    assert message.raw == b"Subject: een\n\n" + body
