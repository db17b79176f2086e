"""Outlook .msg files: the msg-wild corpus and .msg files built by tests/msgbuild.py."""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, corpus_dir, manifest
from dawcheck.cli import app
from dawcheck.dates import BRUSSELS
from dawcheck.sources.msg import (
    NO_TIMES,
    TRUNCATED,
    MsgProblem,
    MsgUnreadable,
    OutlookSupportMissing,
    parse_msg,
    read_msg,
)
from msgbuild import SECTOR, MsgAttachment, MsgSpec, Stream, build_msg, write_cfb

NOW = dt.datetime(2023, 9, 10, 12, 0, tzinfo=BRUSSELS)
EXAMPLE = (REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf").read_bytes()
PDF = "application/pdf"
INTAKE = "katrien.meersseman@haviland.be"


def _utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _inbox_json(runner, path: Path, *extra: str) -> dict:
    result = runner.invoke(
        app, ["inbox", str(path), "--format", "json", "--now", "2023-09-10 12:00", *extra]
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _checks(sub: dict) -> dict[str, dict]:
    return {c["id"]: c for c in sub["checks"]}


# -- the msg-wild corpus ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wild() -> Path:
    folder = corpus_dir("msg-wild")
    for row in manifest(folder):  # the assertions below are about these exact files
        assert _sha((folder / row["file"]).read_bytes()) == row["sha256"], row["file"]
    return folder


def test_wild_unicode_has_received_headers_and_two_attachments(wild):
    info = read_msg(wild / "msgx-unicode.msg", NOW)
    assert info.sender == "Brian Zhou <brizhou@gmail.com>"
    assert info.sender_address == "brizhou@gmail.com"
    assert info.recipients[:2] == ["brianzhou@me.com", "brizhou@gmail.com"]
    assert info.subject == "Test for TIF files"
    assert info.message_id == "<CADtJ4eNjQSkGcBtVteCiTF+YFG89+AcHxK3QZ=-Mt48xygkvdQ@mail.gmail.com>"
    # the topmost Received header, which equals Outlook's delivery time here
    assert info.arrival.source == "received-header"
    assert info.arrival.at == _utc("2013-11-18T08:26:29")
    assert not info.arrival.uncertain
    assert info.date == _utc("2013-11-18T08:26:24")
    assert info.body.startswith("This is a test email to experiment with the MS Outlook MSG")
    assert [(a.name, len(a.data), _sha(a.data)[:16], a.nested) for a in info.attachments] == [
        ("import OleFileIO.tif", 969674, "6f36cb718943751d", False),
        ("raised value error.tif", 1033142, "3b43fdeca80da38c", False),
    ]
    assert {a.content_type for a in info.attachments} == {"image/tiff"}
    assert info.notes == []


def test_wild_tutanota_message_arrives_by_delivery_time(wild):
    info = read_msg(wild / "oxmsg-message.msg", NOW)
    assert info.sender_address == "bedfortest@tutanota.de"
    assert info.recipients == ["arne.moehle@tutao.onmicrosoft.com"]
    assert info.subject == "Re: test internal"
    assert info.message_id == "<MIxL6C1--3-0@tutanota.de>"
    # no transport headers in this file: Outlook's delivery time, not the submit time (09:57:46)
    assert (info.arrival.source, info.arrival.at) == (
        "msg-delivery-time",
        _utc("2020-10-06T09:57:51"),
    )
    assert "asdfasdf" in info.body and "https://tutanota.com" in info.body
    [image] = info.attachments
    assert (image.name, len(image.data), image.content_type) == (
        "serveimage.jpg",
        36739,
        "image/jpeg",
    )
    assert _sha(image.data).startswith("bb38b5f658b20b48")


def test_wild_without_attachments_and_without_times(wild):
    info = read_msg(wild / "oxmsg-no-attachments.msg", NOW)
    assert info.sender == "peterpan@neverland.com"
    assert info.recipients == ["crocodile@neverland.com"]
    assert info.subject == "This is the subject"
    assert info.attachments == []
    assert info.body == "This is a message"  # only an HTML body in this file
    # its submit time is FILETIME 0 (1601): no time at all, said in words a reader understands
    assert (info.arrival.at, info.arrival.source, info.arrival.note) == (None, "none", NO_TIMES)


def test_wild_unsent_draft(wild):
    info = read_msg(wild / "msgx-strangeDate.msg", NOW)
    assert info.sender is None and info.sender_address is None
    assert info.recipients == ["time2talk@online-convert.com"]  # DisplayTo ends in a NUL
    assert info.subject == "MSG Test File"
    assert info.attachments == []
    assert info.arrival.at is None and info.arrival.source == "none"
    assert info.body.startswith("MSG test file")


def test_wild_not_a_msg_is_a_problem(wild):
    with pytest.raises(MsgUnreadable) as caught:
        read_msg(wild / "oxmsg-not-a-MSG-file.msg", NOW)
    assert caught.value.code == "msg-unreadable"
    assert caught.value.reason == "geen Outlook-bestand (geen OLE2-opmaak)"


def test_wild_corpus_through_inbox(runner, wild, tmp_path):
    box = tmp_path / "msg"
    shutil.copytree(wild, box)
    subs = _inbox_json(runner, box)["submissions"]
    by_file: dict[str, list[dict]] = {}
    for sub in subs:
        by_file.setdefault(Path(sub["source"]).name, []).append(sub)
    assert set(by_file) >= {p.name for p in wild.glob("*.msg")}
    [uni] = by_file["msgx-unicode.msg"]  # one message: one submission with two documents
    names = {d["filename"] for d in uni["documents"]}
    assert names == {"import OleFileIO.tif", "raised value error.tif"}
    # received in 2013, ten years before the call was launched: a stamp that proves nothing
    # for this call (read_msg without the launch gives the Received time: see above)
    assert uni["received"] is None
    arrival = _checks(uni)["arrival"]
    assert "lancering" in arrival["message"] and uni["outcome"] == "follow-up"
    [bogus] = by_file["oxmsg-not-a-MSG-file.msg"]
    assert bogus["filename"] is None and bogus["status"] == "fail"
    message = _checks(bogus)["message"]
    assert message["status"] == "fail"
    assert message["code"] == "message.unreadable"
    assert message["message"].endswith("geen Outlook-bestand (geen OLE2-opmaak)")
    assert bogus["outcome"] == "follow-up" and bogus["reasons"] == ["message-unreadable"]
    [empty] = by_file["oxmsg-no-attachments.msg"]  # a real mail without an attachment
    assert _checks(empty)["message"]["code"] in (
        "message.no-documents",
        "message.forgotten-attachment",
    )


def test_wild_problem_in_english(runner, wild, tmp_path):
    box = tmp_path / "msg"
    box.mkdir()
    shutil.copy(wild / "oxmsg-not-a-MSG-file.msg", box)
    [sub] = _inbox_json(runner, box, "--lang", "en")["submissions"]
    assert _checks(sub)["message"]["message"].endswith("not an Outlook file (no OLE2 structure)")


# -- built .msg files ------------------------------------------------------------------------------


def _read(tmp_path: Path, spec: MsgSpec, name: str = "mail.msg"):
    path = tmp_path / name
    path.write_bytes(build_msg(spec))
    return read_msg(path, NOW)


RECEIVED = (
    "Received: from mx.example.org (mx.example.org [192.0.2.1])\r\n"
    "\tby intake.haviland.be with ESMTPS; Fri, 1 Sep 2023 23:59:58 +0200\r\n"
    "Received: from laptop (laptop [10.0.0.2])\r\n"
    "\tby mx.example.org; Fri, 1 Sep 2023 23:40:00 +0200\r\n"
    "From: Ann Peeters <ann@vzw.example.org>\r\n"
    f"To: {INTAKE}\r\n"
    "Subject: Projectvoorstel DAW+\r\n"
    "Date: Fri, 1 Sep 2023 23:39:00 +0200\r\n"
    "Message-ID: <hdr-1@vzw.example.org>\r\n"
    'Content-Type: multipart/mixed; boundary="xyz"\r\n'
)


def test_received_header_wins_over_delivery_time(tmp_path):
    info = _read(
        tmp_path,
        MsgSpec(
            headers=RECEIVED,
            delivery=_utc("2023-09-01T22:05:00"),
            submit=_utc("2023-09-01T21:39:00"),
            attachments=[MsgAttachment("DAW+_voorstel.pdf", EXAMPLE)],
        ),
    )
    assert info.arrival.source == "received-header"
    assert info.arrival.at == _utc("2023-09-01T21:59:58")
    assert info.message_id == "<hdr-1@vzw.example.org>"  # the headers' own
    assert info.recipients == [INTAKE]
    # the headers say multipart, but they are only headers: no MIME damage, no lost attachment
    assert not info.mime_damaged and not any("MIME" in n for n in info.notes)
    assert [a.name for a in info.attachments] == ["DAW+_voorstel.pdf"]
    # the Received stamp and the Date (23:39) differ by 20 minutes: flagged as for an .eml
    assert "wijkt meer dan 5 min af" in info.arrival.note


def test_headers_without_received_fall_back_to_delivery_time(tmp_path):
    headers = "From: ann@vzw.example.org\r\nDate: Fri, 1 Sep 2023 20:00:00 +0200\r\n"
    info = _read(tmp_path, MsgSpec(headers=headers, delivery=_utc("2023-09-01T22:00:01")))
    assert (info.arrival.source, info.arrival.at) == (
        "msg-delivery-time",
        _utc("2023-09-01T22:00:01"),
    )


def test_submit_time_is_the_last_resort(tmp_path):
    info = _read(tmp_path, MsgSpec(submit=_utc("2023-09-01T21:00:00")))
    assert (info.arrival.source, info.arrival.at) == ("date-header", _utc("2023-09-01T21:00:00"))
    assert info.arrival.note.startswith("geen bruikbare Received-header")
    # also behind headers that carry no Date of their own
    info = _read(
        tmp_path, MsgSpec(headers="X-Mailer: Outlook\r\n", submit=_utc("2023-09-01T21:00:00"))
    )
    assert (info.arrival.source, info.arrival.at) == ("date-header", _utc("2023-09-01T21:00:00"))


def test_implausible_delivery_time_is_not_used(tmp_path):
    spec = MsgSpec(delivery=_utc("3609-01-01T00:00:00"), submit=_utc("2023-09-01T21:00:00"))
    info = _read(tmp_path, spec)
    assert info.arrival.source == "date-header"
    assert any(n.startswith("onwaarschijnlijke Outlook-afleveringstijd (3609") for n in info.notes)


def test_envelope_from_properties(tmp_path):
    spec = MsgSpec(
        sender_name="Ann Peeters",
        sender_address="ann@vzw.example.org",
        to=[("Intake", INTAKE)],
        cc=[("Bob", "bob@partner.example.org")],
        message_id="<p-1@vzw.example.org>",
        body="Zie https://we.tl/t-abc123 voor het voorstel.\r\n",
    )
    info = _read(tmp_path, spec)
    assert info.sender == "Ann Peeters <ann@vzw.example.org>"
    assert info.sender_address == "ann@vzw.example.org"
    assert info.recipients == [INTAKE, "bob@partner.example.org"]
    assert info.message_id == "<p-1@vzw.example.org>"
    assert "https://we.tl/t-abc123" in info.body


def test_exchange_sender_prefers_the_smtp_address(tmp_path):
    spec = MsgSpec(
        sender_address="/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=ANN",
        extra={0x5D01: "ann@vzw.example.org"},
    )
    info = _read(tmp_path, spec)
    assert info.sender == "Ann Peeters <ann@vzw.example.org>"


def test_html_only_body_keeps_link_targets(tmp_path):
    html = (
        b"<html><head><style>p{color:red}</style></head><body><p>Ons voorstel staat op "
        b'<a href="https://we.tl/t-XYZ">deze link</a>.</p></body></html>'
    )
    info = _read(tmp_path, MsgSpec(body=None, html=html))
    assert "https://we.tl/t-XYZ" in info.body and "Ons voorstel staat op" in info.body
    assert "color:red" not in info.body


def test_forwarded_message_attachments_one_level_deep(tmp_path):
    deeper = MsgSpec(subject="nog dieper", attachments=[MsgAttachment("diep.pdf", b"%PDF-1.4")])
    forwarded = MsgSpec(
        subject="Fw: voorstel",
        attachments=[MsgAttachment("DAW+_doorgestuurd.pdf", EXAMPLE), deeper],
    )
    spec = MsgSpec(attachments=[MsgAttachment("DAW+_eigen.pdf", b"%PDF-1.4 eigen"), forwarded])
    info = _read(tmp_path, spec)
    assert [(a.name, a.nested) for a in info.attachments] == [
        ("DAW+_eigen.pdf", False),
        ("DAW+_doorgestuurd.pdf", True),
    ]
    assert info.attachments[1].data == EXAMPLE
    assert "bijlage uit een doorgestuurd bericht" in info.notes


def test_not_submissions_are_skipped_not_lost(tmp_path):
    spec = MsgSpec(
        attachments=[
            MsgAttachment("logo.png", b"\x89PNG" + bytes(50), "image/png", content_id="logo@x"),
            MsgAttachment("verborgen.jpg", b"\xff\xd8" + bytes(50), "image/jpeg", hidden=True),
            MsgAttachment("smime.p7s", b"0\x82", "application/pkcs7-signature"),
            MsgAttachment("koppeling.pdf", b"", method=2),  # by reference: no file inside
            MsgAttachment("foto-van-het-team.jpg", b"\xff\xd8" + bytes(50), "image/jpeg"),
            MsgAttachment("leeg.pdf", b""),
        ]
    )
    info = _read(tmp_path, spec)
    assert info.skipped == ["logo.png", "verborgen.jpg", "smime.p7s", "koppeling.pdf"]
    # an image attached as a file counts (unlike a small image in an .eml without disposition),
    # and an empty attachment is still an attachment: the document check says what is wrong
    assert [(a.name, len(a.data)) for a in info.attachments] == [
        ("foto-van-het-team.jpg", 52),
        ("leeg.pdf", 0),
    ]


def test_unnamed_attachment_gets_a_name(tmp_path):
    spec = MsgSpec(attachments=[MsgAttachment("", b"%PDF-1.4")])
    info = _read(tmp_path, spec)
    assert [a.name for a in info.attachments] == ["bijlage-1"]


def test_built_msg_through_inbox_on_time(runner, tmp_path):
    box = tmp_path / "inbox"
    box.mkdir()
    spec = MsgSpec(
        delivery=_utc("2023-09-01T21:59:59"),
        attachments=[MsgAttachment("Projectvoorstel_DAW+_Buurtwerk Horizon.pdf", EXAMPLE)],
    )
    (box / "voorstel.msg").write_bytes(build_msg(spec))
    [sub] = _inbox_json(runner, box)["submissions"]
    assert sub["filename"] == "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"
    assert sub["sha256"] == _sha(EXAMPLE)
    assert sub["received_source"] == "msg-delivery-time"
    assert sub["container"]["kind"] == "msg"
    checks = _checks(sub)
    assert checks["arrival"]["status"] == "pass"
    assert checks["recipient"]["status"] == "pass"
    assert checks["region-in-filename"]["status"] == "pass"


def test_msg_is_read_without_touching_it(runner, tmp_path):
    box = tmp_path / "inbox"
    box.mkdir()
    path = box / "voorstel.msg"
    path.write_bytes(build_msg(MsgSpec(attachments=[MsgAttachment("DAW+.pdf", EXAMPLE)])))
    old = 1_500_000_000 * 10**9  # older than mtime: relatime would update it on any read
    os.utime(path, ns=(old, path.stat().st_mtime_ns))
    before = path.stat()
    _inbox_json(runner, box)
    after = path.stat()
    assert (after.st_atime_ns, after.st_mtime_ns, after.st_size) == (
        before.st_atime_ns,
        before.st_mtime_ns,
        before.st_size,
    )


# -- broken files and missing support --------------------------------------------------------------


def test_ole_file_that_is_not_a_message(tmp_path):
    path = tmp_path / "oud-document.msg"
    path.write_bytes(write_cfb([Stream("WordDocument", b"\xec\xa5" + bytes(600))]))
    with pytest.raises(MsgUnreadable, match="geen Outlook-bericht"):
        read_msg(path, NOW)


def test_truncated_msg_is_damaged_not_a_traceback(tmp_path):
    data = build_msg(MsgSpec(attachments=[MsgAttachment("DAW+.pdf", EXAMPLE)]))
    path = tmp_path / "half.msg"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(MsgUnreadable) as caught:
        read_msg(path, NOW)
    assert caught.value.reason == TRUNCATED
    for cut in (len(data) - SECTOR, 3 * SECTOR):  # the last sector; most of the directory
        with pytest.raises(MsgUnreadable) as caught:
            parse_msg(data[:cut], now=NOW)
        assert caught.value.reason in (TRUNCATED, "geen Outlook-bestand (geen OLE2-opmaak)")


def test_missing_property_stream_is_a_note(tmp_path):
    spec = MsgSpec(attachments=[MsgAttachment("DAW+.pdf", b"%PDF-1.4")])
    data = build_msg(spec)
    # rename the subject's stream so the property table points at nothing
    damaged = data.replace(
        "__substg1.0_0037001F".encode("utf-16-le"), "__substg1.0_0037001E".encode("utf-16-le")
    )
    assert damaged != data
    info = parse_msg(damaged, now=NOW)
    assert info.subject is None
    assert "Outlook-eigenschap PidTagSubject onleesbaar (KeyError)" in info.notes
    assert [a.name for a in info.attachments] == ["DAW+.pdf"]


def test_too_large_and_not_regular(tmp_path):
    path = tmp_path / "groot.msg"
    path.write_bytes(build_msg(MsgSpec(attachments=[MsgAttachment("a.pdf", bytes(20_000))])))
    with pytest.raises(MsgUnreadable, match="^Outlook-bestand niet gelezen: groter dan"):
        read_msg(path, NOW, max_bytes=10_000)
    with pytest.raises(MsgUnreadable, match="^Outlook-bestand niet gelezen"):
        read_msg(tmp_path, NOW)  # a folder


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_bytes_give_a_result_or_a_problem(data):
    original = build_msg(
        MsgSpec(
            headers=RECEIVED,
            delivery=_utc("2023-09-01T21:00:00"),
            attachments=[
                MsgAttachment("DAW+.pdf", b"%PDF-1.4" + bytes(5000)),
                MsgSpec(attachments=[MsgAttachment("binnen.pdf", b"%PDF-1.4")]),
            ],
        )
    )
    raw = bytearray(original)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    try:
        info = parse_msg(bytes(raw), now=NOW)
    except MsgProblem as e:
        assert e.reason and e.code in ("msg-unreadable", "msg-support-missing")
    else:
        assert all(isinstance(a.data, bytes) for a in info.attachments)


def _without(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == module or name.startswith(module + "."):
            raise ImportError(f"no {module}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)


@pytest.mark.parametrize("module", ["oxmsg", "olefile"])
def test_missing_support_is_said_never_no_attachment(runner, tmp_path, monkeypatch, module):
    box = tmp_path / "inbox"
    box.mkdir()
    (box / "mail.msg").write_bytes(build_msg(MsgSpec(attachments=[MsgAttachment("a.pdf", b"x")])))
    with pytest.raises(OutlookSupportMissing):
        _without(monkeypatch, module)
        read_msg(box / "mail.msg", NOW)
    [sub] = _inbox_json(runner, box)["submissions"]
    checks = _checks(sub)
    assert "Outlook-ondersteuning ontbreekt" in checks["message"]["message"]
    assert checks["message"]["code"] == "message.unreadable"
    [sub] = _inbox_json(runner, box, "--lang", "en")["submissions"]
    assert "Outlook support missing" in _checks(sub)["message"]["message"]
    # the overview table and the HTML report do not call it "no attachment" either
    html = tmp_path / "rapport.html"
    result = runner.invoke(app, ["inbox", str(box), "--now", "2023-09-10", "--html", str(html)])
    assert "(bericht onleesbaar)" in result.output and "geen bijlage" not in result.output
    page = html.read_text(encoding="utf-8")
    assert "mail.msg (bericht onleesbaar)" in page and "geen bijlage" not in page
