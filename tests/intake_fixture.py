"""A realistic export of the intake mailbox (an mbox of 19 messages), built in the test run.

The messages are what an intake address receives in the last days before a deadline: proposals
with partner letters, a renamed resubmission, auto-replies, a question, a download link, a
forward by the contact person the next morning, a mail to the wrong address, zip archives
(stored and deflated), an exact re-send, a late one, a forgotten attachment and the mail that
fixes it, a bounce, a read receipt, a scan, a legacy .doc, a Cc to intake, an HTML-only link.

EXPECTED lists, per message (1-based, in mailbox order), what a careful intake officer decides.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from helpers import make_docx, make_mbox, make_pdf

INTAKE = "katrien.meersseman@haviland.be"
EXAMPLE = (
    Path(__file__).resolve().parents[1] / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"
)


def _proposal(n: int) -> bytes:
    """The bundled proposal with different bytes per applicant (a different SHA-256)."""
    return EXAMPLE.read_bytes() + f"\n% applicant {n}\n".encode()


STEUNBRIEF = make_pdf(
    [
        "Steunbrief\n"
        "Het OCMW Asse ondersteunt het project van vzw Buurtwerk Horizon in het werkingsgebied "
        "DAW+.\n"
        "Wij stellen een lokaal ter beschikking op dinsdagnamiddag.\n"
        "Met vriendelijke groeten,\nde voorzitter"
    ],
    title="Steunbrief",
)
BEGROTING = make_pdf(["Begroting Wijkpunt 2024\nPersoneel 38.000 EUR\nWerkingskosten 4.500 EUR"])
INTENTIE = make_pdf(["Intentieverklaring partners\nCAW, OCMW Wemmel en vzw Samen Sterk."])
SCAN = make_pdf([None, None, None], title="scan")
LEGACY_DOC = (
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    + b"\0" * 504
    + "WordDocument".encode("utf-16-le")
    + b"\0" * 2000
)
SAMEN_STERK = make_docx(
    [
        "Projectvoorstel Samen Sterk – werkingsgebied DAW+",
        "Doelgroep: anderstalige nieuwkomers met een migratieachtergrond in Wemmel en Dilbeek.",
        "Aanpak: elke week een taalcafé waar deelnemers Nederlands oefenen met vrijwilligers, "
        "en een digitaal spreekuur waar we leren werken met de smartphone en itsme.",
        "Een trajectgezel is de brugfiguur naar VDAB en het OCMW en gaat mee naar afspraken.",
    ]
)


def _zip(entries: dict[str, bytes], method: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _received(when: str, helo: str = "mail.provider.example.net") -> list[str]:
    return [
        f"from {helo} ({helo} [198.51.100.23]) by mx-in.haviland.be (Postfix) with ESMTPS id "
        f"4Rc2Xk0Qz1z9v; {when}",
        f"from [192.168.1.14] (d5152.access.example.net [203.0.113.9]) by {helo} with ESMTPSA "
        f"id a7-20020a05; {when}",
    ]


def _mail(
    *,
    sender: str,
    subject: str,
    when: str,
    body: str,
    to: str = INTAKE,
    cc: str | None = None,
    attachments: list[tuple[str, bytes, str]] = (),  # type: ignore[assignment]
    headers: dict[str, str] | None = None,
    html: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = when
    msg["Message-ID"] = f"<{abs(hash((sender, subject, when))) % 10**15}@mail.example.net>"
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    for key, value in (headers or {}).items():
        msg[key] = value
    if html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    received = "".join(f"Received: {r}\r\n" for r in _received(when))
    return (
        f"Delivered-To: {INTAKE}\r\nReturn-Path: <{_address(sender)}>\r\n".encode()
        + received.encode()
        + msg.as_bytes(policy=SMTP)
    )


def _address(sender: str) -> str:
    return sender.split("<")[-1].rstrip(">") if "<" in sender else sender


def _report(kind: str, sender: str, subject: str, when: str, human: str) -> bytes:
    """A delivery status or disposition notification (RFC 3464 / RFC 8098)."""
    boundary = "=_report_7f3a"
    machine = (
        "Reporting-MTA: dns; mx-in.haviland.be\r\nFinal-Recipient: rfc822; info@vzw-x.example.org"
        "\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        if kind == "delivery-status"
        else "Reporting-UA: mail.provider.example.net\r\nFinal-Recipient: rfc822; "
        "lies@vzw-ankerplaats.example.org\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    ctype = (
        "message/delivery-status"
        if kind == "delivery-status"
        else "message/disposition-notification"
    )
    text = (
        f"From: {sender}\r\nTo: {INTAKE}\r\nSubject: {subject}\r\nDate: {when}\r\n"
        f"Message-ID: <{abs(hash(subject)) % 10**12}@mx.example.net>\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/report; report-type={kind}; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{human}\r\n"
        f"--{boundary}\r\nContent-Type: {ctype}\r\n\r\n{machine}\r\n--{boundary}--\r\n"
    )
    received = "".join(f"Received: {r}\r\n" for r in _received(when))
    return received.encode() + text.encode()


PDF = "application/pdf"
ZIP = "application/zip"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

HORIZON = "An Claes <an.claes@buurtwerk-horizon.example.org>"
WIJKPUNT = "Tom Jacobs <tom@wijkpunt-asse.example.org>"


def messages() -> list[bytes]:
    wijkpunt_zip = _zip(
        {
            "Kandidatuur/Projectvoorstel_DAW+_Wijkpunt.pdf": _proposal(8),
            "Kandidatuur/Begroting Wijkpunt.pdf": BEGROTING,
            "__MACOSX/Kandidatuur/._Begroting Wijkpunt.pdf": b"\0\5\26\7",
        },
        zipfile.ZIP_STORED,
    )
    forwarded_body = (
        "Dag Katrien,\n\nDit kwam gisteravond bij mij binnen in plaats van bij jou. Ik stuur het "
        "door.\n\nGroeten,\nSilke\n\n"
        "Van: Lies Wouters <lies@vzw-ankerplaats.example.org>\n"
        "Verzonden: vrijdag 1 september 2023 22:47\n"
        "Aan: Van Esch Silke <silke.vanesch@vdab.be>\n"
        "Onderwerp: Projectvoorstel DAW+ De Ankerplaats\n\n"
        "Beste Silke,\nIn bijlage ons projectvoorstel voor het addendum DAW+.\nLies\n"
    )
    question_body = (
        "Dag Katrien,\n\nMag het voorstel ook 12 pagina's zijn in plaats van 10?\n\nJan\n\n"
        "Op do 24 aug 2023 om 10:02 schreef Katrien Meersseman <katrien.meersseman@haviland.be>:\n"
        "> Beste,\n> In bijlage vindt u het addendum.\n"
    )
    return [
        # 1: proposal without the region in its name, with a partner letter that has it
        _mail(
            sender=HORIZON,
            subject="Kandidatuur Buurtwerk Horizon",
            when="Wed, 30 Aug 2023 14:02:11 +0200",
            body="Beste,\n\nIn bijlage ons projectvoorstel en de steunbrief van het OCMW.\n\nAn",
            attachments=[
                ("Projectvoorstel Buurtwerk Horizon.pdf", _proposal(1), PDF),
                ("Steunbrief OCMW Asse - DAW+.pdf", STEUNBRIEF, PDF),
            ],
        ),
        # 2: the same proposal bytes, renamed with DAW+ as dawcheck advised
        _mail(
            sender=HORIZON,
            subject="RE: Kandidatuur Buurtwerk Horizon (naam aangepast)",
            when="Thu, 31 Aug 2023 09:15:40 +0200",
            body="Beste,\n\nHierbij opnieuw, met het werkingsgebied in de naam.\n\nAn",
            attachments=[
                ("Projectvoorstel Buurtwerk Horizon DAW+.pdf", _proposal(1), PDF),
                ("Steunbrief OCMW Asse - DAW+.pdf", STEUNBRIEF, PDF),
            ],
        ),
        # 3: an out-of-office reply
        _mail(
            sender="Greet Maes <greet.maes@cvo-lindeveld.example.org>",
            subject="Automatisch antwoord: Kandidatuur DAW+",
            when="Thu, 31 Aug 2023 11:20:00 +0200",
            body="Ik ben afwezig tot 4 september. Voor dringende zaken: onthaal@cvo.example.org",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        ),
        # 4: a question, replying to an earlier mail; the quoted text mentions a bijlage
        _mail(
            sender="Jan Peeters <jan@vzw-brug.example.org>",
            subject="RE: vraag over oproep",
            when="Thu, 31 Aug 2023 12:40:00 +0200",
            body=question_body,
            headers={"In-Reply-To": "<abc@haviland.be>"},
        ),
        # 5: only a WeTransfer link
        _mail(
            sender="Kim De Smet <kim@jeugdhuis-t-kot.example.org>",
            subject="Projectvoorstel jeugdhuis DAW+",
            when="Thu, 31 Aug 2023 16:05:00 +0200",
            body="Hallo,\nZie link wetransfer: https://we.tl/t-8Xk2P0aQvZ\nGroetjes, Kim",
        ),
        # 6: sent to the contact person on time, forwarded to intake the next morning
        _mail(
            sender="Silke Van Esch <silke.vanesch@vdab.be>",
            subject="FW: Projectvoorstel DAW+ De Ankerplaats",
            when="Sat, 02 Sep 2023 08:05:12 +0200",
            body=forwarded_body,
            attachments=[("Projectvoorstel_DAW+_De Ankerplaats.pdf", _proposal(6), PDF)],
        ),
        # 7: addressed to info@, reached intake only through the server (Delivered-To)
        _mail(
            sender="Els Wauters <els@fietsatelier-opwijk.example.org>",
            subject="kandidatuur",
            when="Fri, 01 Sep 2023 10:00:00 +0200",
            to="info@haviland.be",
            body="Beste, in bijlage ons voorstel. Els",
            attachments=[("Voorstel DAW+ Fietsatelier Opwijk.pdf", _proposal(7), PDF)],
        ),
        # 8: a zip whose entries are stored, not deflated
        _mail(
            sender=WIJKPUNT,
            subject="Kandidatuur Wijkpunt Asse",
            when="Fri, 01 Sep 2023 11:30:00 +0200",
            body="Beste, in bijlage het zip-bestand met ons voorstel en de begroting. Tom",
            attachments=[("Kandidatuur_DAW+_Wijkpunt.zip", wijkpunt_zip, ZIP)],
        ),
        # 9: a deflated zip with a DOCX proposal and a partner statement
        _mail(
            sender="Fatima El Idrissi <fatima@samensterk.example.org>",
            subject="Voorstel Samen Sterk",
            when="Fri, 01 Sep 2023 12:10:00 +0200",
            body="Goeiemiddag, bijgevoegd ons voorstel.",
            attachments=[
                (
                    "documenten.zip",
                    _zip(
                        {
                            "voorstel DAW plus Samen Sterk.docx": SAMEN_STERK,
                            "intentieverklaring partners.pdf": INTENTIE,
                        },
                        zipfile.ZIP_DEFLATED,
                    ),
                    ZIP,
                )
            ],
        ),
        # 10: the same zip again, "for safety": a copy of 8
        _mail(
            sender=WIJKPUNT,
            subject="Kandidatuur Wijkpunt Asse (nog eens)",
            when="Fri, 01 Sep 2023 12:31:00 +0200",
            body="Nog eens, voor de zekerheid: ik kreeg geen ontvangstbevestiging. Tom",
            attachments=[("Kandidatuur_DAW+_Wijkpunt.zip", wijkpunt_zip, ZIP)],
        ),
        # 11: twelve minutes late
        _mail(
            sender="Bart Vermeulen <bart@kringloop-merchtem.example.org>",
            subject="Projectvoorstel DAW+ Kringloop",
            when="Sat, 02 Sep 2023 00:12:03 +0200",
            body="Excuses voor de late indiening. Bart",
            attachments=[("Projectvoorstel DAW+ Kringloop.pdf", _proposal(11), PDF)],
        ),
        # 12: a forgotten attachment ...
        _mail(
            sender="Nadia Benali <nadia@ouderwerking-wemmel.example.org>",
            subject="Projectvoorstel DAW+",
            when="Fri, 01 Sep 2023 21:40:00 +0200",
            body="Beste mevrouw Meersseman,\n\nIn bijlage ons projectvoorstel.\n\nNadia",
        ),
        # 13: ... and the mail that fixes it
        _mail(
            sender="Nadia Benali <nadia@ouderwerking-wemmel.example.org>",
            subject="RE: Projectvoorstel DAW+ (nu met bijlage)",
            when="Fri, 01 Sep 2023 21:52:00 +0200",
            body="Excuses, de bijlage was vergeten.",
            attachments=[("Projectvoorstel_DAW+_Ouderwerking Wemmel.pdf", _proposal(13), PDF)],
        ),
        # 14: a bounce
        _report(
            "delivery-status",
            "Mail Delivery System <MAILER-DAEMON@mx-in.haviland.be>",
            "Undelivered Mail Returned to Sender",
            "Fri, 01 Sep 2023 13:00:00 +0200",
            "This is the mail system at host mx-in.haviland.be. "
            "Your message could not be delivered.",
        ),
        # 15: a read receipt
        _report(
            "disposition-notification",
            "Lies Wouters <lies@vzw-ankerplaats.example.org>",
            "Gelezen: Ontvangstbevestiging",
            "Fri, 01 Sep 2023 14:00:00 +0200",
            "Uw bericht werd gelezen op vrijdag 1 september 2023 14:00.",
        ),
        # 16: a scan without a text layer
        _mail(
            sender="Rudi Claes <rudi@sportclub-dilbeek.example.org>",
            subject="projectvoorstel",
            when="Fri, 01 Sep 2023 15:00:00 +0200",
            body="Zie bijlage.",
            attachments=[("Projectvoorstel_DAW+_scan.pdf", SCAN, PDF)],
        ),
        # 17: a legacy Word file
        _mail(
            sender="Marc Peeters <marc@repaircafe.example.org>",
            subject="Voorstel Repair Café",
            when="Fri, 01 Sep 2023 16:00:00 +0200",
            body="In bijlage ons voorstel.",
            attachments=[("Voorstel DAW+ Repair Café.doc", LEGACY_DOC, "application/msword")],
        ),
        # 18: to the contact person, with intake in Cc
        _mail(
            sender="Sofie Janssens <sofie@thuisplek.example.org>",
            subject="Projectvoorstel Thuisplek",
            when="Fri, 01 Sep 2023 17:00:00 +0200",
            to="Jo Discart <jo.discart@vdab.be>",
            cc=f"Katrien Meersseman <{INTAKE}>",
            body="Beste Jo en Katrien, in bijlage ons voorstel.",
            attachments=[("Projectvoorstel_DAW+_Thuisplek.pdf", _proposal(18), PDF)],
        ),
        # 19: an HTML-only mail whose link is in an <a href>
        _mail(
            sender="Wim Goossens <wim@wandelclub.example.org>",
            subject="ons voorstel DAW+",
            when="Fri, 01 Sep 2023 18:00:00 +0200",
            body="",
            html=(
                "<html><body><p>Beste,</p><p>Ons voorstel staat klaar: "
                '<a href="https://drive.google.com/file/d/1AbCdEf/view?usp=sharing">klik hier</a>'
                "</p><p>Wim</p></body></html>"
            ),
        ),
    ]


def write_mbox(folder: Path) -> Path:
    """The export as intake staff get it from their mail program: one mbox file."""
    raws = messages()
    lines = []
    for raw in raws:
        sender = "MAILER-DAEMON" if b"MAILER-DAEMON" in raw[:2000] else "sender@example.net"
        lines.append((f"From {sender} Fri Sep  1 12:00:00 2023", raw))
    path = folder / "intake-export.mbox"
    path.write_bytes(make_mbox(lines))
    return path


# What a careful intake officer decides, per message (ids are 1-based, mailbox order).
EXPECTED: dict[int, dict[str, object]] = {
    1: {
        "outcome": "follow-up",
        "reasons": ["region-missing"],
        "proposal": "Projectvoorstel Buurtwerk Horizon.pdf",
        "version": 1,
        "superseded_by": 2,
        "counts": False,
    },
    2: {
        "outcome": "valid",
        "proposal": "Projectvoorstel Buurtwerk Horizon DAW+.pdf",
        "version": 2,
        "counts": True,
        "duplicate_of": None,
    },
    3: {"outcome": "not-a-submission", "reasons": ["auto-reply"], "counts": False},
    4: {"outcome": "not-a-submission", "reasons": ["no-documents"], "counts": False},
    5: {"outcome": "follow-up", "reasons": ["only-link"], "links": ["https://we.tl/t-8Xk2P0aQvZ"]},
    6: {
        "outcome": "follow-up",
        "reasons": ["forwarded"],
        "applicant": "lies@vzw-ankerplaats.example.org",
    },
    7: {"outcome": "follow-up", "reasons": ["wrong-recipient"]},
    8: {
        "outcome": "valid",
        "proposal": "Projectvoorstel_DAW+_Wijkpunt.pdf",
        "within": "Kandidatuur_DAW+_Wijkpunt.zip",
        "counts": True,
    },
    9: {
        "outcome": "valid",
        "proposal": "voorstel DAW plus Samen Sterk.docx",
        "within": "documenten.zip",
        "counts": True,
    },
    10: {"outcome": "valid", "duplicate_of": 8, "counts": False},
    11: {"outcome": "late", "reasons": ["late"], "counts": False},
    12: {
        "outcome": "follow-up",
        "reasons": ["forgotten-attachment"],
        "superseded_by": 13,
        "counts": False,
    },
    13: {"outcome": "valid", "counts": True, "version": 2},
    14: {"outcome": "not-a-submission", "reasons": ["bounce"]},
    15: {"outcome": "not-a-submission", "reasons": ["read-receipt"]},
    16: {"outcome": "follow-up", "reasons": ["proposal-unreadable"]},
    17: {"outcome": "follow-up", "reasons": ["proposal-unsupported"]},
    18: {"outcome": "valid", "recipient_ok": True},
    19: {
        "outcome": "follow-up",
        "reasons": ["only-link"],
        "links": ["https://drive.google.com/file/d/1AbCdEf/view?usp=sharing"],
    },
}
