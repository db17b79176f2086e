"""One hostile intake mail for the output tests: a name that is a formula and a script, a
subject that is markup, a sender whose name carries a line break and a Bcc header, control
characters and a message id that tries to break out of its angle brackets."""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import quote

from intake_fixture import EXAMPLE, INTAKE

FILENAME = (
    "=HYPERLINK(\"http://evil.example/\")<script>document.title='pwned'</script>\x07_DAW+.pdf"
)
SUBJECT_WORDS = "<img src=x onerror=\"document.title='pwned'\"> @SUM(1)"
SENDER = "evil@attacker.example.org"


def hostile_eml() -> bytes:
    proposal = base64.encodebytes(EXAMPLE.read_bytes()).decode()
    encoded_name = quote(FILENAME, safe="")
    subject = "".join(
        f"={b:02X}" if not (chr(b).isalnum() or chr(b) in "@()") else chr(b)
        for b in (SUBJECT_WORDS + " \x1b[31m").encode()
    )
    return (
        "Received: from relay.example.net (relay.example.net [198.51.100.7]) by mx-in.haviland.be "
        "with ESMTPS; Fri, 01 Sep 2023 20:00:00 +0200\r\n"
        f"From: =?utf-8?q?=3Dcmd|_Evil=0D=0ABcc:_victim@example.org?= <{SENDER}>\r\n"
        f"To: {INTAKE}\r\n"
        f"Subject: =?utf-8?q?{subject}?=\r\n"
        "Date: Fri, 01 Sep 2023 20:00:00 +0200\r\n"
        'Message-ID: <evil"><script>alert(1)</script>@attacker.example.org>\r\n'
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="grens"\r\n\r\n'
        "--grens\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "In bijlage ons voorstel.\r\n"
        "--grens\r\nContent-Type: application/pdf\r\n"
        f"Content-Disposition: attachment; filename*=utf-8''{encoded_name}\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        f"{proposal}\r\n--grens--\r\n"
    ).encode()


def hostile_inbox(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "kwaadaardig.eml").write_bytes(hostile_eml())
    return folder
