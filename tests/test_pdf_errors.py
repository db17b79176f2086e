"""A damaged PDF gives the same result in every run: no process addresses in the reasons."""

from __future__ import annotations

import pytest

from conftest import corpus_dir
from dawcheck.documents.pdf import _error_text
from dawcheck.documents.reader import Limits, read_path


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        (
            "Detected loop with self reference for IndirectObject(2, 0, 140649263552976).",
            "Detected loop with self reference for IndirectObject(2, 0).",
        ),
        (
            "bad stream <pypdf.generic.Stream object at 0x7f3a2c1d90>",
            "bad stream <pypdf.generic.Stream object>",
        ),
        ("Unexpected end of stream", "Unexpected end of stream"),
    ],
)
def test_an_error_is_shown_without_process_addresses(message, shown):
    assert _error_text(ValueError(message)) == f"ValueError: {shown}"


@pytest.mark.corpus
def test_a_self_referencing_pdf_reads_the_same_twice():
    path = corpus_dir("pdf-wild") / "qpdf-issue-117.pdf"
    first, second = (read_path(path, Limits(), path.name) for _ in range(2))
    assert first.status == "damaged"
    assert first.model_dump_json() == second.model_dump_json()
    assert "IndirectObject(2, 0)." in (first.problem.detail if first.problem else "")
