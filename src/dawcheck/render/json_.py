"""The report as one JSON document (schema dawcheck.report/2), streamed submission by submission.

The JSON Schema is published in schemas/report-2.schema.json (made from the Report model).
"""

from __future__ import annotations

import json
import re
from typing import TextIO

from dawcheck.render import RenderOptions
from dawcheck.report import Report

_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: object) -> object:
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


def write(report: Report, out: TextIO, options: RenderOptions) -> None:
    """The whole report; submissions one by one, so an inbox never sits in memory twice."""
    head = report.model_dump(mode="json", by_alias=True, exclude={"submissions"})
    out.write(_dumps(head)[:-1] + ',"submissions":[')
    for n, sub in enumerate(report.iter_submissions()):
        out.write(("," if n else "") + _dumps(sub.model_dump(mode="json")))
    out.write("]}\n")
