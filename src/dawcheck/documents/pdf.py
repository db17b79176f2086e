"""PDF text per page with pypdf: encryption, missing text layers and damage reported as such."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

from dawcheck.documents.blocks import BlockBuilder
from dawcheck.documents.model import Metadata, Notice
from dawcheck.documents.text import add_lines

MIN_PAGE_CHARS = 15  # fewer visible characters than this: the page has no usable text layer


@dataclass
class PdfResult:
    status: str = "ok"
    problem: Notice | None = None
    metadata: Metadata = field(default_factory=Metadata)
    warnings: list[Notice] = field(default_factory=list)
    pages_without_text: list[int] = field(default_factory=list)


class _Collect(logging.Handler):
    """pypdf reports what it repaired through logging; those messages mean 'damaged'."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        # font-encoding notes describe text quality, not a damaged file
        if len(self.messages) < 20 and "font" not in message.casefold():
            self.messages.append(message[:200])


def _meta(reader) -> Metadata:  # noqa: ANN001
    try:
        info = reader.metadata
    except Exception:  # noqa: BLE001 - broken /Info: metadata is optional
        return Metadata(pages=None)
    if info is None:
        return Metadata()

    def get(key: str) -> str | None:
        try:
            value = info.get(key)
            return str(value)[:500] if value else None
        except Exception:  # noqa: BLE001
            return None

    created = None
    try:
        if info.creation_date is not None:
            created = info.creation_date.isoformat()
    except Exception:  # noqa: BLE001 - unparsable dates are common in the wild
        created = get("/CreationDate")
    return Metadata(title=get("/Title"), author=get("/Author"), producer=get("/Producer"),
                    creator=get("/Creator"), created=created)


MIN_DOCUMENT_CHARS = 200
_DIGITS = re.compile(r"\d+")


def _shape(line: str) -> str:
    return _DIGITS.sub("#", line.strip().casefold())


def _running_lines(texts: list[tuple[int, str]]) -> set[str]:
    """Running headers and footers: edge lines that repeat (page numbers aside) across pages."""
    if len(texts) < 2:
        return set()
    counts: dict[str, int] = {}
    for _, text in texts:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        for shape in {_shape(ln) for ln in lines[:2] + lines[-2:]}:
            counts[shape] = counts.get(shape, 0) + 1
    need = max(2, (len(texts) + 1) // 2)
    return {shape for shape, n in counts.items() if n >= need and len(shape) > 3}


def _mostly_images(pages, out: BlockBuilder, result: PdfResult, max_pages: int) -> bool:  # noqa: ANN001
    """A scan with a stray caption or page number: almost no text, and images on the pages."""
    if out.chars >= MIN_DOCUMENT_CHARS:
        return False
    try:
        with_images = sum(1 for i in range(min(len(pages), max_pages, 50)) if pages[i].images)
    except Exception:  # noqa: BLE001 - image listing on a damaged page
        return False
    if with_images == 0:
        return False
    out.blocks.clear()
    result.pages_without_text = list(range(1, min(len(pages), max_pages) + 1))
    return True


def read_pdf(data: bytes, out: BlockBuilder, max_pages: int) -> PdfResult:
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    result = PdfResult()
    handler = _Collect()
    log = logging.getLogger("pypdf")
    log.addHandler(handler)
    log.propagate = False
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError as e:
                result.status = "encrypted"
                result.problem = Notice(code="pdf-crypto", detail=str(e))
                return result
            if opened == pypdf.PasswordType.NOT_DECRYPTED:
                result.status, result.problem = "encrypted", Notice(code="pdf-password")
                return result
            result.warnings.append(Notice(code="pdf-empty-password"))
        pages = reader.pages
        count = len(pages)
        result.metadata = _meta(reader).model_copy(update={"pages": count})
        if count > max_pages:
            result.warnings.append(Notice(code="page-cap", detail=f"{max_pages}/{count}"))
        readable_pages = 0
        texts: list[tuple[int, str]] = []
        for number in range(1, min(count, max_pages) + 1):
            try:
                text = pages[number - 1].extract_text() or ""
            except (FileNotDecryptedError, DependencyError):
                raise
            except Exception as e:  # noqa: BLE001 - one bad page must not lose the others
                result.warnings.append(Notice(code="page-error", detail=f"{number}: {e}"[:200]))
                text = ""
            if sum(not ch.isspace() for ch in text) < MIN_PAGE_CHARS:
                result.pages_without_text.append(number)
                continue
            readable_pages += 1
            texts.append((number, text))
        running = _running_lines(texts)
        for number, text in texts:
            body = []
            for line in text.splitlines():
                if _shape(line) in running:
                    out.add(line, "footer", page=number, numbered=False)
                else:
                    body.append(line)
            add_lines(enumerate(body, 1), out, page=number, use_line_numbers=False)
        page_errors = [w for w in result.warnings if w.code == "page-error"]
        if count == 0:
            result.status, result.problem = "empty", Notice(code="pdf-no-pages")
        elif readable_pages == 0 and page_errors:
            result.status, result.problem = "damaged", Notice(code="pdf-damaged",
                                                              detail=page_errors[0].detail)
        elif readable_pages == 0 or _mostly_images(pages, out, result, max_pages):
            result.status, result.problem = "no-text", Notice(code="no-text-layer")
        elif result.pages_without_text:
            pages_list = ", ".join(map(str, result.pages_without_text[:30]))
            result.warnings.append(Notice(code="pages-without-text", detail=pages_list))
    except (FileNotDecryptedError, DependencyError) as e:
        result.status, result.problem = "encrypted", Notice(code="pdf-password", detail=str(e))
    except pypdf.errors.EmptyFileError:
        result.status, result.problem = "empty", Notice(code="empty")
    except (PdfReadError, pypdf.errors.PyPdfError, ValueError, KeyError, TypeError,
            AttributeError, IndexError,
            AssertionError, RecursionError, OSError, ZeroDivisionError) as e:
        result.status = "damaged"
        result.problem = Notice(code="pdf-damaged", detail=f"{type(e).__name__}: {e}"[:300])
    finally:
        log.removeHandler(handler)
    if handler.messages and result.status in ("ok", "no-text"):
        result.warnings.append(Notice(code="pdf-repaired", detail=handler.messages[0]))
    return result
