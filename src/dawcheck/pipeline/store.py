"""Submissions kept on disk, not in memory: one compact JSON line each, behind a Sequence.

A thousand submissions with their evidence take hundreds of MB as Python objects. The store
keeps them in a private temporary folder (never in the inbox; removed on close, also on Ctrl-C)
and holds in memory only the facts the cross-inbox marks need. Marks are applied once, when the
store is finalised, by writing a second file; reading back never changes anything.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, overload

from dawcheck.pipeline.versions import Facts, Marks, facts_of
from dawcheck.report import Outcome, Submission


class SubmissionStore(Sequence[Submission]):
    def __init__(self) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="dawcheck-"))
        self._file: IO[bytes] = (self._dir / "raw.jsonl").open("w+b")
        self._offsets: list[int] = []
        self.facts: list[Facts] = []
        self.summary_rows: list[tuple[Outcome, str | None, str, str | None]] = []

    def append(self, sub: Submission) -> None:
        self._file.seek(0, os.SEEK_END)
        self._offsets.append(self._file.tell())
        self._file.write(_line(sub))
        self.facts.append(facts_of(sub))
        # outcome, applicant, container kind, container path: what the summary counts
        self.summary_rows.append(
            (sub.outcome, sub.applicant, sub.container.kind, _message_key(sub))
        )

    def finalize(self, marks: dict[int, Marks], counting: bool) -> None:
        """Write every submission again with its marks; `counting` False: no intake marks."""
        final = (self._dir / "final.jsonl").open("w+b")
        offsets: list[int] = []
        for index in range(len(self)):
            sub = self[index]
            mark = marks.get(sub.id)
            if mark is not None and counting:
                sub.version = mark.version
                sub.counts = mark.counts
                sub.duplicate_of = mark.duplicate_of
                sub.superseded_by = mark.superseded_by
            offsets.append(final.tell())
            final.write(_line(sub))
        self._file.close()
        self._file, self._offsets = final, offsets

    def __len__(self) -> int:
        return len(self._offsets)

    @overload
    def __getitem__(self, index: int) -> Submission: ...

    @overload
    def __getitem__(self, index: slice) -> list[Submission]: ...

    def __getitem__(self, index: int | slice) -> Submission | list[Submission]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        self._file.seek(self._offsets[index])
        # json.loads, not model_validate_json: names that are not UTF-8 are kept as lone
        # surrogates, which the stdlib decodes and pydantic's JSON parser refuses
        return Submission.model_validate(json.loads(self._file.readline()))

    def __iter__(self) -> Iterator[Submission]:
        for index in range(len(self)):
            yield self[index]

    def close(self) -> None:
        self._file.close()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> SubmissionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _line(sub: Submission) -> bytes:
    # ensure_ascii escapes lone surrogates (names that are not UTF-8) instead of failing
    data = sub.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"


def _message_key(sub: Submission) -> str | None:
    if sub.container.kind in ("eml", "mbox", "msg"):
        return f"{sub.container.path}#{sub.container.index}"
    return None
