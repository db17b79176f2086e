"""Coverage-guided fuzzing of the document readers and the e-mail parser with atheris.

Usage (a developer command, not part of the test run; pip install atheris):
    python fuzz/fuzz_targets.py readers [-max_total_time=60] [CORPUS_DIR...]
    python fuzz/fuzz_targets.py mail    [-max_total_time=60] [CORPUS_DIR...]
    python fuzz/fuzz_targets.py dates   [-max_total_time=60]
With no corpus directories, ../shared/corpus is used as the seed (copied to a scratch folder,
because libFuzzer writes new inputs into its corpus directories).

An input fails the run when dawcheck raises instead of returning a result: every reader must
turn any bytes into a Document with a status, and the mail parser must return a MailInfo.
Parsers run in-process here (no worker), so an exception the worker would hide is found.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from dawcheck.addendum import load_addendum
    from dawcheck.checks.coverage import assess_coverage
    from dawcheck.dates import parse_datetime
    from dawcheck.documents.reader import Limits, read_bytes
    from dawcheck.sources.mail import parse_mail

NOW = dt.datetime(2023, 9, 10, 12, 0, tzinfo=dt.UTC)
LIMITS = Limits(max_bytes=2_000_000, max_pages=50, max_text_chars=200_000)
ADDENDUM = load_addendum()
NAMES = ["voorstel.pdf", "voorstel.docx", "voorstel.odt", "voorstel.txt", "voorstel"]


def readers(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    name = NAMES[fdp.ConsumeIntInRange(0, len(NAMES) - 1)]
    doc = read_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()), name, LIMITS)
    assert doc.status in (
        "ok",
        "encrypted",
        "no-text",
        "damaged",
        "unsupported",
        "empty",
        "too-large",
    )
    if doc.status == "ok":
        assess_coverage(doc, ADDENDUM)


def mail(data: bytes) -> None:
    info = parse_mail(data, now=NOW)
    assert info.arrival.at is None or info.arrival.at.utcoffset() is not None
    for att in info.attachments:
        assert isinstance(att.name, str) and isinstance(att.data, bytes)


def dates(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(200)
    result = parse_datetime(text)
    assert result.value is None or result.value.utcoffset() is not None


TARGETS = {
    "readers": (readers, ["pdf-wild", "proposals"]),
    "mail": (mail, ["eml-wild"]),
    "dates": (dates, []),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        print(__doc__)
        sys.exit(2)
    target, seeds = TARGETS[sys.argv[1]]
    args = [sys.argv[0], *sys.argv[2:]]
    if not any(not a.startswith("-") for a in args[1:]) and seeds:
        shared = Path(__file__).resolve().parents[2] / "shared" / "corpus"
        scratch = Path(tempfile.mkdtemp(prefix="dawcheck-fuzz-"))
        for seed in seeds:
            for path in (shared / seed).glob("*"):
                if path.is_file() and path.suffix != ".tsv" and path.stat().st_size < 2_000_000:
                    shutil.copy(path, scratch / path.name)
        args.append(str(scratch))
    atheris.Setup(args, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
