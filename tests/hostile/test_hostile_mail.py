"""Hostile and broken e-mail: each message gets its documented result; the batch goes on."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import pytest

from dawcheck.cli import app
from dawcheck.dates import BRUSSELS
from dawcheck.sources.mail import MAX_PARTS, parse_mail
from helpers import make_eml, make_mbox, received_line

NOW = dt.datetime(2023, 9, 10, 12, 0, tzinfo=BRUSSELS)
EXAMPLE = (
    Path(__file__).parents[2] / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"
).read_bytes()
B64 = base64.encodebytes(EXAMPLE).decode()


def _raw(headers: str, body: str) -> bytes:
    return (
        headers.strip("\n").replace("\n", "\r\n") + "\r\n\r\n" + body.replace("\n", "\r\n")
    ).encode("utf-8", "surrogateescape")


def _multipart(
    name_param: str, *, extra_headers: str = "", end: bool = True, payload: str = B64
) -> bytes:
    closing = "--XYZ--\n" if end else ""
    return _raw(
        f"From: Ann <ann@a.example.org>\nTo: katrien.meersseman@haviland.be\n"
        f"Subject: Voorstel\nDate: Fri, 01 Sep 2023 20:00:00 +0200\n{extra_headers}"
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XYZ",
        f"--XYZ\nContent-Type: text/plain\n\nZie bijlage.\n--XYZ\n"
        f"Content-Type: application/pdf\nContent-Disposition: attachment; {name_param}\n"
        f"Content-Transfer-Encoding: base64\n\n{payload}\n{closing}",
    )


def test_malformed_headers_fall_back_to_raw_values():
    raw = _raw(
        'From: "Ann <ann@a.example.org>\nTo: "katrien.meersseman@haviland.be\n'
        "Subject: =?x-unknown-charset?q?Voorstel?=\nDate: Fri, 01 Sep 2023 20:00:00 +0200",
        "tekst",
    )
    mail = parse_mail(raw, now=NOW)
    assert "katrien.meersseman@haviland.be" in mail.recipients
    assert mail.subject and "Voorstel" in mail.subject
    assert mail.arrival.source == "date-header"


def test_missing_date_and_unparsable_received_are_uncertain():
    raw = make_eml(date=None, received=["from a by mx-in.haviland.be; morgen na de lunch"])
    arrival = parse_mail(raw, now=NOW).arrival
    assert arrival.at is None and arrival.source == "none" and arrival.uncertain
    assert "onleesbaar" in arrival.note and "geen Date-header" in arrival.note


def test_header_injection_in_subject_stays_on_one_line():
    raw = _raw(
        "From: x@y.example\nTo: katrien.meersseman@haviland.be\n"
        "Subject: =?utf-8?q?Voorstel=0D=0ABcc=3A_evil=40example.com?=",
        "tekst",
    )
    mail = parse_mail(raw, now=NOW)
    assert "\n" not in mail.subject and "\r" not in mail.subject
    assert "evil@example.com" not in mail.recipients


@pytest.mark.parametrize(
    ("param", "shown"),
    [
        ('filename="../../etc/passwd_DAW+.pdf"', "../../etc/passwd_DAW+.pdf"),
        ('filename="/etc/passwd"', "/etc/passwd"),
        ('filename="C:\\\\Windows\\\\DAW+.pdf"', "C:\\Windows\\DAW+.pdf"),
        ("filename*=utf-8''Voorstel%20DAW%2B%20cr%C3%A8che.pdf", "Voorstel DAW+ crèche.pdf"),
        ('filename="' + "v" * 300 + '_DAW.pdf"', "v" * 300 + "_DAW.pdf"),
    ],
)
def test_attachment_names_are_never_paths(runner, tmp_path, param, shown):
    box = tmp_path / "box"
    box.mkdir()
    (box / "m.eml").write_bytes(_multipart(param))
    result = runner.invoke(app, ["inbox", str(box), "--format", "json"])
    sub = json.loads(result.stdout)["submissions"][0]
    assert sub["filename"] == shown and sub["documents"][0]["read_status"] == "ok"
    assert sorted(p.name for p in box.iterdir()) == ["m.eml"]
    assert not Path("/etc/passwd_DAW+.pdf").exists()
    if "/" in shown or "\\" in shown or len(shown) > 150:
        safety = {c["id"]: c for c in sub["checks"]}["filename-safety"]
        assert safety["status"] == "warn"


def test_broken_base64_is_reported():
    mail = parse_mail(_multipart('filename="DAW+.pdf"', payload="!!!niet base64@@@" * 40), now=NOW)
    assert "bijlage 'DAW+.pdf': base64 beschadigd" in mail.notes
    assert not mail.attachments[0].data.startswith(b"%PDF")  # and reading it says damaged


def test_multipart_without_end_boundary_still_finds_the_attachment():
    mail = parse_mail(_multipart('filename="DAW+.pdf"', end=False), now=NOW)
    assert [a.name for a in mail.attachments] == ["DAW+.pdf"]
    assert mail.attachments[0].data == EXAMPLE


def test_broken_boundary_is_reported_not_silent():
    raw = _raw(
        "From: x@y.example\nTo: katrien.meersseman@haviland.be\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=JUIST",
        f"--FOUT\nContent-Type: application/pdf\nContent-Disposition: attachment; "
        f'filename="DAW+.pdf"\nContent-Transfer-Encoding: base64\n\n{B64}\n--FOUT--\n',
    )
    mail = parse_mail(raw, now=NOW)
    assert mail.mime_damaged and mail.attachments == []
    assert any("MIME-structuur beschadigd" in n for n in mail.notes)


def test_ten_thousand_parts_are_capped():
    parts = "".join(f"--XYZ\nContent-Type: text/plain\n\nstuk {i}\n" for i in range(10_000))
    raw = _raw(
        "From: x@y.example\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XYZ",
        parts + "--XYZ--\n",
    )
    mail = parse_mail(raw, now=NOW)
    assert any(f"meer dan {MAX_PARTS} MIME-delen" in n for n in mail.notes)


def test_mbox_with_a_broken_from_line(runner, tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    good = make_eml(
        received=[received_line("Fri, 01 Sep 2023 20:00:00 +0200")],
        attachments=[("DAW+_1.pdf", EXAMPLE, "application/pdf")],
    )
    odd = make_eml(
        sender="b@b.example",
        date=None,
        attachments=[("DAW+_2.pdf", EXAMPLE + b"%2", "application/pdf")],
    )
    (box / "export.mbox").write_bytes(
        make_mbox([("From ???", odd), ("From x Fri Sep  1 20:00:00 2023", good)])
    )
    result = runner.invoke(app, ["inbox", str(box), "--format", "json"])
    subs = json.loads(result.stdout)["submissions"]
    assert [s["container"]["index"] for s in subs] == [0, 1]
    assert subs[0]["received"] is None
    assert any("From_-regel" in w for w in subs[0]["notes"])
    assert subs[1]["received_source"] == "received-header"


def test_hostile_inbox_runs_to_the_end(runner, tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    (box / "1.eml").write_bytes(_multipart('filename="DAW+.pdf"', end=False))
    (box / "2.eml").write_bytes(b"\x00\xff" * 1000)
    (box / "3.eml").write_bytes(b"")
    (box / "4.mbox").write_bytes(b"From \n\n\nFrom \n")
    (box / "5.eml").write_bytes(_raw("Content-Type: multipart/mixed; boundary=", "--\n--"))
    result = runner.invoke(app, ["inbox", str(box), "--format", "json"])
    assert result.exit_code == 1
    subs = json.loads(result.stdout)["submissions"]
    assert {Path(s["source"]).name for s in subs} == {"1.eml", "2.eml", "3.eml", "4.mbox", "5.eml"}
    assert (
        next(s for s in subs if s["source"].endswith("1.eml"))["documents"][0]["read_status"]
        == "ok"
    )
