"""`dawcheck inbox`: arrival, recipient, duplicates and resubmissions over e-mails and folders."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import REPO, corpus_dir, manifest
from dawcheck.cli import app
from dawcheck.dates import BRUSSELS
from dawcheck.sources.mail import decide_arrival, parse_mail, received_time
from helpers import make_eml, make_mbox, received_line, valid_report

EXAMPLE = (REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf").read_bytes()
NOW = dt.datetime(2023, 9, 10, 12, 0, tzinfo=BRUSSELS)
PDF = "application/pdf"


def _variant(n: int) -> bytes:
    """The example PDF with different bytes (a different SHA-256), still a valid PDF."""
    return EXAMPLE + f"\n% version {n}\n".encode()


def _run(runner, *paths, extra=(), code=None):
    result = runner.invoke(
        app, ["inbox", *map(str, paths), "--format", "json", "--now", "2023-09-10 12:00", *extra]
    )
    if code is not None:
        assert result.exit_code == code, result.output
    assert result.exit_code in (0, 1), result.output  # never a usage error or a crash here
    return valid_report(result.stdout)


@pytest.fixture
def inbox(tmp_path):
    box = tmp_path / "inbox"
    box.mkdir()
    return box


def _write(box: Path, name: str, data: bytes) -> Path:
    path = box / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("stamp", "expected_utc", "on_time"),
    [
        ("Fri, 01 Sep 2023 23:59:58 +0200", "2023-09-01T21:59:58", True),
        ("Sat, 02 Sep 2023 00:00:03 +0200", "2023-09-01T22:00:03", False),
        ("Fri, 01 Sep 2023 21:59:59 -0000", "2023-09-01T21:59:59", True),
        ("Fri, 01 Sep 2023 23:59:00 GMT +0200", "2023-09-01T21:59:00", True),
        ("Fri, 01 Sep 2023 23:59:30 CEST", "2023-09-01T21:59:30", True),
    ],
)
def test_arrival_from_the_top_received_header(stamp, expected_utc, on_time, addendum):
    raw = make_eml(
        received=[received_line(stamp), received_line("Fri, 01 Sep 2023 19:00:00 +0000", "relay")],
        date="Fri, 01 Sep 2023 21:00:00 +0200",
    )
    mail = parse_mail(raw, now=NOW)
    assert mail.arrival.source == "received-header" and not mail.arrival.uncertain
    assert mail.arrival.at.astimezone(dt.UTC).replace(tzinfo=None).isoformat() == expected_utc
    assert (mail.arrival.at < addendum.submission.closes_at) is on_time


def test_date_and_received_disagreeing_is_flagged():
    raw = make_eml(
        received=[received_line("Sat, 02 Sep 2023 00:10:00 +0200")],
        date="Fri, 01 Sep 2023 23:50:00 +0200",
    )
    arrival = parse_mail(raw, now=NOW).arrival
    assert arrival.at.isoformat() == "2023-09-02T00:10:00+02:00"
    assert "wijkt meer dan 5 min af" in arrival.note


def test_received_without_semicolon_and_garbage():
    # issue 15: only the part after the last ';' is the receiver's stamp; a date elsewhere (the
    # HELO name, an id) is the sender's word and proves nothing
    value, uncertain, note = received_time(
        "from a by mx-in.haviland.be with SMTP id 12 Fri, 01 Sep 2023 21:00:00 +0000"
    )
    assert value is None and uncertain and "zonder datum" in note
    value, uncertain, note = received_time("from a by b; gisteren rond de middag")
    assert value is None and uncertain and "onleesbaar" in note


def test_fallbacks_date_then_none_never_a_sentinel():
    arrival = decide_arrival([], "Fri, 01 Sep 2023 20:00:00 +0200", now=NOW)
    assert arrival.source == "date-header" and "Date-header van de afzender" in arrival.note
    arrival = decide_arrival([], None, now=NOW)
    assert arrival.at is None and arrival.source == "none" and arrival.uncertain
    arrival = decide_arrival(["from a by b; Pn, 29 paX 2007 21:13:00 +0100"], "garbage", now=NOW)
    assert arrival.at is None
    arrival = decide_arrival([], "Mon, 30 Jun 3609 15:33:50 +0600", now=NOW)
    assert arrival.at is None and "onwaarschijnlijke" in arrival.note


def test_trust_host_picks_its_received_header():
    headers = [
        received_line("Mon, 04 Sep 2023 08:00:00 +0200", "mx.forwarder.example"),
        received_line("Fri, 01 Sep 2023 23:00:00 +0200", "mx-in.haviland.be"),
    ]
    assert decide_arrival(headers, None, now=NOW).at.day == 4
    trusted = decide_arrival(headers, None, now=NOW, trust_host="haviland.be")
    assert trusted.at.isoformat() == "2023-09-01T23:00:00+02:00"


def test_inbox_cases_end_to_end(runner, inbox):
    on_time = received_line("Fri, 01 Sep 2023 23:58:10 +0200")
    _write(
        inbox,
        "1-ontijd.eml",
        make_eml(
            received=[on_time], attachments=[("Projectvoorstel_DAW+_Horizon.pdf", _variant(1), PDF)]
        ),
    )
    _write(
        inbox,
        "2-laat.eml",
        make_eml(
            sender="Bert <bert@laat.example.org>",
            received=[received_line("Sat, 02 Sep 2023 00:00:04 +0200")],
            attachments=[("Voorstel DAW plus.pdf", _variant(2), PDF)],
        ),
    )
    _write(
        inbox,
        "3-anderadres.eml",
        make_eml(
            sender="Cas <cas@c.example.org>",
            to="iemand@vdab.be",
            received=[received_line("Thu, 31 Aug 2023 10:00:00 +0200")],
            attachments=[("voorstel_DAW.pdf", _variant(3), PDF)],
        ),
    )
    _write(
        inbox,
        "4-geenbijlage.eml",
        make_eml(
            sender="Dirk <dirk@d.example.org>",
            received=[received_line("Thu, 31 Aug 2023 10:00:00 +0200")],
        ),
    )
    _write(
        inbox,
        "5-kopie.eml",
        make_eml(
            sender="Eva <eva@e.example.org>",
            received=[received_line("Fri, 01 Sep 2023 22:00:00 +0200")],
            attachments=[("Projectvoorstel_DAW+_Horizon.pdf", _variant(1), PDF)],
        ),
    )
    data = _run(runner, inbox, code=1)
    subs = {Path(s["source"]).name: s for s in data["submissions"]}
    assert [s["id"] for s in data["submissions"]] == [1, 2, 3, 4, 5]
    assert subs["1-ontijd.eml"]["received"] == "2023-09-01T23:58:10+02:00"
    assert subs["1-ontijd.eml"]["received_source"] == "received-header"
    assert subs["1-ontijd.eml"]["recipient_ok"] is True
    late = {c["id"]: c for c in subs["2-laat.eml"]["checks"]}["arrival"]
    assert late["status"] == "fail" and "4 s te laat" in late["message"]
    assert subs["2-laat.eml"]["outcome"] == "late" and subs["2-laat.eml"]["counts"] is False
    assert subs["3-anderadres.eml"]["recipient_ok"] is False
    assert subs["3-anderadres.eml"]["outcome"] == "follow-up"
    assert "wrong-recipient" in subs["3-anderadres.eml"]["reasons"]
    none = subs["4-geenbijlage.eml"]  # "in bijlage ons voorstel", but nothing attached
    assert none["filename"] is None and none["status"] == "fail"
    assert none["outcome"] == "follow-up" and none["reasons"] == ["forgotten-attachment"]
    message = {c["id"]: c for c in none["checks"]}["message"]
    assert message["code"] == "message.forgotten-attachment"
    # Ann's and Eva's files have the same bytes, but they are two applicants: no copy
    assert subs["5-kopie.eml"]["duplicate_of"] is None and subs["5-kopie.eml"]["counts"] is True
    assert subs["1-ontijd.eml"]["duplicate_of"] is None and subs["1-ontijd.eml"]["counts"] is True
    summary = data["summary"]
    assert summary["messages"] == 5 and summary["submissions"] == 5
    assert summary["outcomes"] == {"valid": 2, "late": 1, "follow-up": 2}
    assert summary["copies"] == 0 and summary["applicants"] == 5
    assert all(s["container"]["kind"] == "eml" for s in data["submissions"])


def test_resubmission_latest_on_time_counts_late_one_does_not(runner, inbox):
    sender = "Fien <fien@f.example.org>"
    for n, stamp in enumerate(
        [
            "Wed, 30 Aug 2023 10:00:00 +0200",
            "Fri, 01 Sep 2023 23:30:00 +0200",
            "Sat, 02 Sep 2023 08:00:00 +0200",
        ],
        1,
    ):
        _write(
            inbox,
            f"versie{n}.eml",
            make_eml(
                sender=sender,
                received=[received_line(stamp)],
                attachments=[(f"DAW+_v{n}.pdf", _variant(10 + n), PDF)],
            ),
        )
    subs = {Path(s["source"]).name: s for s in _run(runner, inbox, code=1)["submissions"]}
    assert [subs[f"versie{n}.eml"]["counts"] for n in (1, 2, 3)] == [False, True, False]
    assert [subs[f"versie{n}.eml"]["version"] for n in (1, 2, 3)] == [1, 2, 3]
    ids = [subs[f"versie{n}.eml"]["id"] for n in (1, 2, 3)]
    assert subs["versie1.eml"]["superseded_by"] == ids[1]
    assert subs["versie2.eml"]["superseded_by"] is None
    assert subs["versie3.eml"]["outcome"] == "late"


def test_rfc2231_and_nonascii_names(runner, inbox):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "x@y.example", "katrien.meersseman@haviland.be", "v"
    msg["Date"] = "Fri, 01 Sep 2023 20:00:00 +0200"
    msg.set_content("zie bijlage")
    msg.add_attachment(
        _variant(20),
        maintype="application",
        subtype="pdf",
        filename=("utf-8", "", "Voorstel_DAW+_Crèche Zonneke.pdf"),
    )
    _write(inbox, "rfc2231.eml", bytes(msg))
    sub = _run(runner, inbox, code=0)["submissions"][0]
    assert sub["filename"] == "Voorstel_DAW+_Crèche Zonneke.pdf"
    assert {c["id"]: c["status"] for c in sub["checks"]}["region-in-filename"] == "pass"


def test_mbox_from_line_and_index(runner, inbox):
    m1 = make_eml(
        date="Fri, 01 Sep 2023 20:00:00 +0200", attachments=[("DAW_a.pdf", _variant(30), PDF)]
    )
    m2 = make_eml(
        sender="Gert <g@g.example.org>",
        date=None,
        attachments=[("DAW_b.pdf", _variant(31), PDF)],
        body="From me to you",
    )
    _write(
        inbox,
        "export.mbox",
        make_mbox(
            [
                ("From ann@org Fri Sep  1 19:00:00 2023", m1),
                ("From g@g Fri Sep  1 21:30:00 2023", m2),
            ]
        ),
    )
    subs = _run(runner, inbox, code=0)["submissions"]
    assert [s["container"]["index"] for s in subs] == [0, 1]
    assert subs[1]["received_source"] == "mbox-from-line"
    arrival = {c["id"]: c for c in subs[1]["checks"]}["arrival"]
    assert arrival["status"] == "warn" and "zonder tijdzone" in arrival["message"]
    assert subs[1]["outcome"] == "follow-up" and "arrival-uncertain" in subs[1]["reasons"]


def test_hidden_and_temp_files_are_skipped_and_counted(runner, inbox):
    _write(inbox, "~$voorstel.docx", b"lock")
    _write(inbox, ".verborgen.pdf", _variant(40))
    _write(inbox, "Voorstel_DAW+.pdf", _variant(41))
    data = _run(runner, inbox, code=0, extra=["--received", "31/08/2023 10:00"])
    assert len(data["submissions"]) == 1
    assert data["summary"]["skipped_temp"] == 1 and data["summary"]["skipped_hidden"] == 1
    assert data["submissions"][0]["container"]["kind"] == "folder"


def test_inbox_is_never_modified(runner, inbox, tmp_path):
    _write(
        inbox,
        "a.eml",
        make_eml(
            received=[received_line("Fri, 01 Sep 2023 20:00:00 +0200")],
            attachments=[("DAW+.pdf", _variant(50), PDF)],
        ),
    )
    _write(inbox, "b.mbox", make_mbox([("From x Fri Sep  1 19:00:00 2023", make_eml())]))
    _write(inbox, "DAW+_los.pdf", _variant(51))
    if hasattr(os, "mkfifo"):  # not on Windows
        os.mkfifo(inbox / "pijp")

    def snapshot():
        # atime is read before the content is hashed (hashing reads the file too)
        return {
            p.name: (p.stat().st_atime_ns, p.stat().st_mtime_ns, p.stat().st_size)
            for p in sorted(inbox.iterdir())
        }

    for p in inbox.iterdir():
        if p.is_file():  # an atime older than mtime: relatime would update it on any read
            os.utime(p, ns=(1_500_000_000 * 10**9, p.stat().st_mtime_ns))
    hashes = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in inbox.iterdir() if p.is_file()
    }
    for p in inbox.iterdir():
        if p.is_file():
            os.utime(p, ns=(1_500_000_000 * 10**9, p.stat().st_mtime_ns))
    before = snapshot()
    out = tmp_path / "rapport"
    result = runner.invoke(
        app, ["inbox", str(inbox), "--csv", str(out) + ".csv", "--html", str(out) + ".html", "-q"]
    )
    assert result.exit_code == 1, result.output  # the mbox message has no attachment
    assert snapshot() == before
    assert hashes == {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in inbox.iterdir() if p.is_file()
    }
    assert (tmp_path / "rapport.csv").exists() and (tmp_path / "rapport.html").exists()
    refused = runner.invoke(app, ["inbox", str(inbox), "--html", str(inbox / "r.html")])
    assert refused.exit_code == 2 and not (inbox / "r.html").exists()


def test_table_output_lists_submissions_by_arrival(runner, inbox):
    _write(
        inbox,
        "late.eml",
        make_eml(
            sender="z@z.example.org",
            received=[received_line("Sat, 02 Sep 2023 01:00:00 +0200")],
            attachments=[("DAW+_z.pdf", _variant(60), PDF)],
        ),
    )
    _write(
        inbox,
        "early.eml",
        make_eml(
            sender="a@a.example.org",
            received=[received_line("Thu, 31 Aug 2023 09:00:00 +0200")],
            attachments=[("DAW+_a.pdf", _variant(61), PDF)],
        ),
    )
    result = runner.invoke(app, ["inbox", str(inbox), "--now", "2023-09-10"])
    out = result.output
    assert result.exit_code == 1
    assert out.index("a@a.example.org") < out.index("z@z.example.org")
    assert "berichten" in out and "te laat" in out


def test_eml_wild_corpus_gives_a_result_for_every_file(runner, tmp_path):
    folder = corpus_dir("eml-wild")
    box = tmp_path / "eml"
    shutil.copytree(folder, box)
    rows = manifest(folder)
    data = _run(runner, box, code=1)
    by_file: dict[str, list] = {}
    for s in data["submissions"]:
        by_file.setdefault(Path(s["source"]).name, []).append(s)
    for row in rows:
        results = by_file.get(row["file"])
        assert results, row["file"]
        if row["kind"] == "attachment":
            skipped = " ".join(c["message"] for s in results for c in s["checks"])
            assert any(s["filename"] for s in results) or "overgeslagen" in skipped, row["file"]
        if row["kind"] == "mbox":
            assert len({s["container"]["index"] for s in results}) >= 2
    names = {s["filename"] for s in data["submissions"] if s["filename"]}
    assert "This is a test.pdf" in names  # RFC 2047 inside an unquoted filename=
    inline = by_file["mail-attachment-rfc2231-iso8859-filename.eml"][0]
    # an inline image is not a submission, but its RFC 2231 name is decoded and reported
    assert "Eelanalüüsi päring.jpg" in " ".join(c["message"] for c in inline["checks"])
    assert "ciële.txt" in names


def test_forwarded_message_is_followed_one_level(runner, inbox):
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["From"], inner["To"], inner["Subject"] = "org@o.example", "iemand@o.example", "v"
    inner.set_content("zie bijlage")
    inner.add_attachment(
        _variant(70),
        maintype="application",
        subtype="pdf",
        filename="Voorstel_DAW+_doorgestuurd.pdf",
    )
    outer = EmailMessage()
    outer["From"], outer["To"] = "collega@haviland.be", "katrien.meersseman@haviland.be"
    outer["Subject"], outer["Date"] = "Fwd: v", "Fri, 01 Sep 2023 20:00:00 +0200"
    outer.set_content("doorgestuurd")
    outer.add_attachment(inner)
    _write(inbox, "fwd.eml", bytes(outer))
    (sub,) = _run(runner, inbox)["submissions"]
    assert sub["filename"] == "Voorstel_DAW+_doorgestuurd.pdf"
    assert sub["documents"][0]["read_status"] == "ok"
    assert "bijlage uit een doorgestuurd bericht" in sub["notes"]
    # a colleague forwarded the applicant's mail: the applicant is the original sender
    assert sub["applicant"] == "org@o.example" and sub["outcome"] == "follow-up"
    assert sub["original"]["sender"]["address"] == "org@o.example"
    assert sub["original"]["forwarded_by"]["address"] == "collega@haviland.be"
    assert "forwarded" in sub["reasons"]


def test_symlink_out_of_the_folder_is_not_followed(runner, inbox, tmp_path):
    secret = tmp_path / "geheim.pdf"
    secret.write_bytes(_variant(80))
    (inbox / "link_DAW+.pdf").symlink_to(secret)
    data = _run(runner, inbox, code=0)
    assert data["submissions"] == []
    assert data["summary"]["skipped"] == [
        {
            "path": str(inbox / "link_DAW+.pdf"),
            "reason": "outside-folder",
            "detail": str(tmp_path / "geheim.pdf"),
        }
    ]


def test_english_output_translates_the_mail_notes(runner, inbox):
    _write(inbox, "x.eml", make_eml(date=None, received=["from a by b; gisteren"]))
    data = valid_report(
        runner.invoke(app, ["inbox", str(inbox), "--format", "json", "--lang", "en"]).stdout
    )
    checks = {c["id"]: c["message"] for c in data["submissions"][0]["checks"]}
    assert checks["message"].startswith("the message announces an attachment")
    assert "Received date unreadable" in checks["arrival"] and "no Date header" in checks["arrival"]
    messages = [c["message"] for s in data["submissions"] for c in s["checks"]]
    assert "onleesbaar" not in json.dumps(messages)


def _notes_the_sources_write() -> list[str]:
    """Notes produced by the real date, mail and mbox code for inputs that need one."""
    from email.message import EmailMessage

    from dawcheck.dates import parse_datetime
    from dawcheck.sources.mbox import _from_line_date

    on_time = received_line("Fri, 01 Sep 2023 23:00:00 +0200")
    arrivals = [
        decide_arrival([], None, now=NOW),
        decide_arrival([], "Fri, 01 Sep 2023 20:00:00 +0200", now=NOW),
        decide_arrival([], "Fri, 1 Sep 2023 23:59:00 QQT", now=NOW),
        decide_arrival([], "garbage", now=NOW),
        decide_arrival([], "Mon, 30 Jun 3609 15:33:50 +0600", now=NOW),
        decide_arrival(["from a by b; gisteren rond de middag"], None, now=NOW),
        decide_arrival(["from a by b with SMTP"], None, now=NOW),
        decide_arrival([received_line("Fri, 01 Sep 2023 23:00:00")], None, now=NOW),
        decide_arrival([received_line("Mon, 30 Jun 3609 15:33:50 +0600")], None, now=NOW),
        decide_arrival([on_time], "Fri, 01 Sep 2023 20:00:00 +0200", now=NOW),
        decide_arrival([on_time], None, now=NOW, trust_host="mx.elders.example"),
    ]
    notes = [a.note for a in arrivals]
    notes += [parse_datetime(t).note for t in ("", "x" * 500, "1 Sep 2023 25:99 +9999")]
    notes += [_from_line_date(line)[1] for line in ("From x", "From x Fri Sep 99 99:00:00 2023")]
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "org@o.example", "v"
    inner.set_content("zie bijlage")
    inner.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="a.pdf")
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "c@haviland.be", "Fwd: v"
    outer.set_content("doorgestuurd")
    outer.add_attachment(inner)
    notes += parse_mail(bytes(outer), now=NOW).notes
    broken = make_eml(attachments=[("b.pdf", b"%PDF-1.4 " * 20, PDF)]).replace(
        b"JVBERi0xLjQg", b"JVBERi0xLjQ*%", 1
    )
    notes += parse_mail(broken, now=NOW).notes
    return [piece for note in notes for piece in note.split("; ") if piece]


DUTCH = re.compile(
    r"\b(geen|onleesba\w*|bijlage|tijdzone|wijkt|gebruikt|leeg|datum|bericht|zonder|"
    r"onwaarschijnlijke|onmogelijke|lang|regel|aangenomen|bovenste|afzender)\b",
    re.IGNORECASE,
)


def test_every_note_the_sources_write_has_an_english_form():
    from dawcheck.i18n import note_text

    pieces = _notes_the_sources_write()
    assert len(pieces) >= 15  # the cases above really produced notes
    untranslated = [(p, note_text(p, "en")) for p in pieces if DUTCH.search(note_text(p, "en"))]
    assert untranslated == []


def test_a_report_is_never_written_over_an_input(runner, inbox, tmp_path):
    """`inbox x.eml --html x.eml` must not replace the e-mail with the report."""
    mail = _write(inbox, "x.eml", make_eml(attachments=[("DAW+.pdf", _variant(90), PDF)]))
    before = mail.read_bytes()
    for option in ("--html", "--csv", "-o"):
        result = runner.invoke(app, ["inbox", str(mail), option, str(mail)])
        assert result.exit_code == 2 and "schrijft nooit in wat het controleert" in result.output
        assert mail.read_bytes() == before
    link = tmp_path / "link.html"
    link.symlink_to(mail)  # another name for the same file
    result = runner.invoke(app, ["inbox", str(mail), "--html", str(link)])
    assert result.exit_code == 2 and mail.read_bytes() == before


def test_paths_in_errors_cannot_restyle_the_terminal(runner, tmp_path):
    name = tmp_path / "x\x1b[2J\x1b]52;c;ZXZpbA==\x07[link=https://evil.example]y[/link].pdf"
    result = runner.invoke(app, ["check", str(name)])
    assert result.exit_code == 2
    assert "\x1b" not in result.output and "<U+001B>" in result.output
    assert "[link=https:/evil.example]y[/link]" in result.output  # text, not made a link


def test_a_received_stamp_before_the_call_was_launched_proves_nothing(runner, inbox):
    """The addendum was launched on 23 June 2023: a mail stamped in May is not on time."""
    _write(
        inbox,
        "vroeg.eml",
        make_eml(
            received=[received_line("Mon, 15 May 2023 10:00:00 +0200")],
            date="Mon, 15 May 2023 09:59:00 +0200",
            attachments=[("Projectvoorstel_DAW+.pdf", _variant(95), PDF)],
        ),
    )
    (sub,) = _run(runner, inbox)["submissions"]
    arrival = {c["id"]: c for c in sub["checks"]}["arrival"]
    assert arrival["code"] == "arrival.unknown" and "lancering" in arrival["message"]
    assert sub["outcome"] == "follow-up" and "arrival-uncertain" in sub["reasons"]
