"""Keep an inbox's results on disk, not in memory: one compact JSON line per submission.

A thousand submissions with their evidence take hundreds of MB as Python objects; the spool
keeps them in a private temporary file (never in the inbox, removed afterwards) and holds in
memory only the few facts the cross-inbox marks, the summary and the overview table need.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dawcheck.report import Container, SubmissionReport


@dataclass
class Light:
    """What the inbox-wide logic needs of one submission."""

    sha256: str | None
    filename: str | None
    source: str
    sender: str | None
    received: dt.datetime | None
    received_source: str
    status: str
    readable: str | None
    recipient_ok: bool | None
    container: Container | None
    checks: dict[str, tuple[str, str]]  # id -> (status, message)
    on_time: bool
    arrival_uncertain: bool
    challenges: list[str]  # coverage status per challenge, [] when not assessed
    counts: bool | None = None
    duplicate_of: int | None = None
    extra_warnings: list[str] = field(default_factory=list)

    def check_status(self, check_id: str) -> str | None:
        found = self.checks.get(check_id)
        return found[0] if found else None


def light_of(sub: SubmissionReport) -> Light:
    arrival = sub.check("arrival")
    on_time = bool(arrival and arrival.evidence.get("on_time"))
    uncertain = sub.received is None or bool(arrival and "on_time" not in arrival.evidence)
    return Light(
        sha256=sub.sha256,
        filename=sub.filename,
        source=sub.source,
        sender=sub.sender,
        received=sub.received,
        received_source=sub.received_source,
        status=sub.status,
        readable=sub.readable,
        recipient_ok=sub.recipient_ok,
        container=sub.container,
        checks={c.id: (c.status, c.message) for c in sub.checks},
        on_time=on_time,
        arrival_uncertain=uncertain,
        challenges=[c.status for c in sub.coverage.challenges] if sub.coverage.assessed else [],
    )


class Spool(Sequence[SubmissionReport]):
    """A sequence of SubmissionReports stored on disk; marks are applied when read back."""

    def __init__(self) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="dawcheck-"))
        self._file = (self._dir / "submissions.jsonl").open("w+b")
        self._offsets: list[int] = []
        self.light: list[Light] = []

    def append(self, sub: SubmissionReport) -> None:
        self._file.seek(0, os.SEEK_END)
        self._offsets.append(self._file.tell())
        # ensure_ascii escapes lone surrogates (names that are not UTF-8) instead of failing
        line = json.dumps(sub.model_dump(mode="json"), ensure_ascii=True, separators=(",", ":"))
        self._file.write(line.encode("ascii") + b"\n")
        self.light.append(light_of(sub))

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - int or slice, as Sequence says
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        self._file.seek(self._offsets[index])
        sub = SubmissionReport.model_validate(json.loads(self._file.readline()))
        light = self.light[index]
        sub.counts = light.counts
        sub.duplicate_of = light.duplicate_of
        sub.warnings.extend(light.extra_warnings)
        return sub

    def __iter__(self) -> Iterator[SubmissionReport]:
        for index in range(len(self)):
            yield self[index]

    def close(self) -> None:
        self._file.close()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
