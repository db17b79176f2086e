"""The report as one JSON document (schema dawcheck.report/1), valid for any input, streamed."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable
from typing import TextIO

from dawcheck.report import Report, SubmissionReport

_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value):  # noqa: ANN001, ANN202
    """Lone surrogates (from undecodable file names) become U+FFFD, so the JSON is valid UTF-8."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def _dumps(data: object) -> str:
    # NOTE: no indent: with indent the json module falls back to its pure-Python encoder,
    # ten times slower on an inbox report; pipe through `python -m json.tool` to read it.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # rare: a name with lone surrogates
        text = json.dumps(_clean(data), ensure_ascii=False, separators=(",", ":"))
    return text


def write_json(
    report: Report, out: TextIO, submissions: Iterable[SubmissionReport] | None = None
) -> None:
    """Write the report; submissions one by one, so an inbox never sits in memory twice."""
    head = report.model_dump(mode="json", by_alias=True, exclude={"submissions", "summary"})
    out.write(_dumps(head)[:-1] + ',"submissions":[')
    for n, sub in enumerate(report.submissions if submissions is None else submissions):
        out.write(("," if n else "") + _dumps(sub.model_dump(mode="json")))
    out.write('],"summary":' + _dumps(report.summary) + "}\n")


def render_json(report: Report) -> str:
    buf = io.StringIO()
    write_json(report, buf)
    return buf.getvalue()
