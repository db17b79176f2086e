"""The report as one JSON document (schema dawcheck.report/1), valid for any input."""

from __future__ import annotations

import json

from dawcheck.report import Report


def _clean(value):  # noqa: ANN001, ANN202
    """Lone surrogates (from undecodable file names) become U+FFFD, so the JSON is valid UTF-8."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def render_json(report: Report) -> str:
    data = report.model_dump(mode="json", by_alias=True)
    # NOTE: no indent: with indent the json module falls back to its pure-Python encoder,
    # ten times slower on an inbox report; pipe through `python -m json.tool` to read it.
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # rare: a name with lone surrogates; clean every string once
        text = json.dumps(_clean(data), ensure_ascii=False, separators=(",", ":"))
    return text
