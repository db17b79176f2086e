"""The zip budget: parts of a DOCX/ODT are read within limits on what they really decompress to."""

from __future__ import annotations

import io
import zipfile

import pytest

from dawcheck.documents.reader import read_bytes
from dawcheck.documents.zipguard import SafeZip, ZipLimitError, ZipLimits
from helpers import make_docx

PART = b"<p>kinderopvang voor ouders</p>" * 20_000  # 620 KB of XML, deflates to a few KB


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_the_budget_counts_decompressed_bytes_across_parts():
    archive = SafeZip(
        _zip({"a.xml": PART, "b.xml": PART}),
        ZipLimits(max_total_bytes=1_000_000, max_part_bytes=800_000),
    )
    assert archive.read("a.xml") == PART  # 620 KB: within both limits
    # the second part is as small compressed as the first, but the two together
    # decompress to 1.24 MB: over the budget
    with pytest.raises(ZipLimitError, match="zipbom"):
        archive.read("b.xml")


def test_a_part_alone_over_its_limit_is_refused():
    archive = SafeZip(_zip({"a.xml": PART}), ZipLimits(max_part_bytes=500_000))
    with pytest.raises(ZipLimitError, match="500,000"):
        archive.read("a.xml")


def test_a_highly_compressed_part_over_a_megabyte_is_refused_by_ratio():
    big = b"\0" * 3_000_000
    archive = SafeZip(_zip({"a.xml": big}), ZipLimits(max_ratio=200))
    with pytest.raises(ZipLimitError, match="compressieverhouding"):
        archive.read("a.xml")


def test_a_docx_over_the_entry_limit_is_damaged_not_read():
    extra = {f"word/media/x{i}.xml": b"<x/>" for i in range(5_001)}
    doc = read_bytes(make_docx(["tekst"], extra=extra), "veel.docx")
    assert doc.status == "damaged" and doc.problem.code == "zip-limit"
    assert doc.problem.detail.startswith("5003 delen")
