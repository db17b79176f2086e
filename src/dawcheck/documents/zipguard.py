"""Read parts of an untrusted zip container (DOCX, ODT) within limits, never touching disk.

The sizes an archive declares are not trusted: every part is read through a budget that counts
the bytes actually decompressed, and overlapping entries (the quoted-overlap zip bomb that the
stdlib only refuses since CVE-2024-0450 was fixed) are refused up front.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException


class ZipLimitError(Exception):
    """The archive exceeds a limit or is built to hurt (zip bomb, overlap, DTD)."""


@dataclass(frozen=True)
class ZipLimits:
    max_entries: int = 5_000
    max_total_bytes: int = 200_000_000  # decompressed, across all parts read
    max_part_bytes: int = 100_000_000
    max_ratio: int = 200  # decompressed / compressed, for parts over 1 MB


class SafeZip:
    def __init__(self, data: bytes, limits: ZipLimits | None = None) -> None:
        self.limits = limits or ZipLimits()
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_entries:
            raise ZipLimitError(f"{len(infos)} delen in het archief")
        self._check_overlap(infos)
        self._names = {i.filename for i in infos}
        self._spent = 0

    @staticmethod
    def _check_overlap(infos: list[zipfile.ZipInfo]) -> None:
        spans = sorted(
            (
                i.header_offset,
                i.header_offset
                + 30
                + len(i.filename.encode("utf-8", "surrogateescape"))
                + i.compress_size,
            )
            for i in infos
        )
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            if start < end:
                raise ZipLimitError("overlappende delen in het archief (zipbom)")

    def names(self) -> set[str]:
        return self._names

    def read(self, name: str) -> bytes:
        info = self._zip.getinfo(name)
        limit = min(self.limits.max_part_bytes, self.limits.max_total_bytes - self._spent)
        out = bytearray()
        ceiling = self.limits.max_ratio * max(info.compress_size, 1)
        with self._zip.open(info) as part:
            while chunk := part.read(65536):
                out += chunk
                if len(out) > limit:
                    raise ZipLimitError(f"'{name}' pakt uit tot meer dan {limit:,} bytes (zipbom)")
                if len(out) > 1_000_000 and len(out) > ceiling:
                    raise ZipLimitError(
                        f"'{name}' heeft een verdachte compressieverhouding (zipbom)"
                    )
        self._spent += len(out)
        return bytes(out)

    def xml(self, name: str) -> Element:
        """Parse a part as XML; any DOCTYPE or entity declaration is refused."""
        data = self.read(name)
        try:
            return SafeET.fromstring(
                data, forbid_dtd=True, forbid_entities=True, forbid_external=True
            )
        except DefusedXmlException as e:
            raise ZipLimitError(
                f"'{name}' bevat een DOCTYPE of entiteiten ({type(e).__name__})"
            ) from None

    def close(self) -> None:
        self._zip.close()
