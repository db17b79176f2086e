"""Build small Outlook .msg files for tests: a minimal MS-CFB v3 writer and the MS-OXMSG layout.

python-oxmsg only reads, and the corpus has no .msg with an attached e-mail, hidden or inline
attachments, or times that cross the deadline; so the tests write their own. The writer knows just
enough of MS-CFB (512-byte sectors, a mini stream for streams under 4096 bytes, one FAT without
DIFAT sectors, so files up to about 7 MB) and of MS-OXMSG (property streams, __substg1.0_ streams,
recipient, attachment and embedded-message storages).
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass, field

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")

PTYP_INT32, PTYP_BOOL, PTYP_TIME = 0x0003, 0x000B, 0x0040
PTYP_STRING, PTYP_BINARY, PTYP_OBJECT = 0x001F, 0x0102, 0x000D


@dataclass
class Stream:
    name: str
    data: bytes


@dataclass
class Storage:
    name: str
    children: list[Stream | Storage] = field(default_factory=list)


def _sort_key(name: str) -> tuple[int, str]:
    return len(name), name.upper()  # MS-CFB 2.6.4: shorter names first, then case-blind


def write_cfb(root_children: list[Stream | Storage]) -> bytes:
    """A compound file whose root storage holds `root_children`."""
    root = Storage("Root Entry", root_children)
    entries: list[Stream | Storage] = []
    child_of: dict[int, int] = {}  # entry id -> id of the root of its children's tree
    left: dict[int, int] = {}
    right: dict[int, int] = {}

    def add(node: Stream | Storage) -> int:
        entries.append(node)
        return len(entries) - 1

    def tree(kids: list[Stream | Storage]) -> int:
        """A balanced binary search tree of siblings; returns the id of its top."""
        if not kids:
            return NOSTREAM
        kids = sorted(kids, key=lambda k: _sort_key(k.name))
        mid = len(kids) // 2
        top = add(kids[mid])
        left[top] = tree(kids[:mid])
        right[top] = tree(kids[mid + 1 :])
        if isinstance(kids[mid], Storage):
            child_of[top] = tree(kids[mid].children)
        return top

    root_id = add(root)
    child_of[root_id] = tree(root.children)

    # streams: small ones in the mini stream, the rest in sectors of their own
    ministream = bytearray()
    minifat: list[int] = []
    start: dict[int, int] = {}
    big: list[tuple[int, bytes]] = []
    for i, node in enumerate(entries):
        if not isinstance(node, Stream):
            continue
        if not node.data:
            start[i] = END
        elif len(node.data) < CUTOFF:
            first = len(ministream) // MINI
            count = -(-len(node.data) // MINI)
            start[i] = first
            minifat.extend(range(first + 1, first + count))
            minifat.append(END)
            ministream += node.data.ljust(count * MINI, b"\0")
        else:
            big.append((i, node.data))

    dir_sectors = -(-len(entries) * 128 // SECTOR)
    minifat_sectors = -(-len(minifat) * 4 // SECTOR)
    mini_sectors = -(-len(ministream) // SECTOR)
    big_sectors = [-(-len(data) // SECTOR) for _, data in big]
    others = dir_sectors + minifat_sectors + mini_sectors + sum(big_sectors)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < fat_sectors + others:
        fat_sectors += 1
    assert fat_sectors <= 109, "test .msg too large for a header-only DIFAT"

    fat: list[int] = [FATSECT] * fat_sectors
    body = bytearray()

    def chain(data: bytes, sectors: int) -> int:
        first = len(fat)
        fat.extend(range(first + 1, first + sectors))
        fat.append(END)
        body.extend(data.ljust(sectors * SECTOR, b"\0"))
        return first

    dir_start_placeholder = len(fat)  # the directory comes first; its bytes are written last
    fat.extend(range(dir_start_placeholder + 1, dir_start_placeholder + dir_sectors))
    fat.append(END)
    body.extend(b"\0" * dir_sectors * SECTOR)
    minifat_start = END
    if minifat:
        minifat_start = chain(b"".join(struct.pack("<I", v) for v in minifat), minifat_sectors)
    mini_start = chain(bytes(ministream), mini_sectors) if ministream else END
    for (i, data), sectors in zip(big, big_sectors, strict=True):
        start[i] = chain(data, sectors)
    fat.extend([FREE] * (-len(fat) % (SECTOR // 4)))
    assert len(fat) == fat_sectors * (SECTOR // 4)

    directory = bytearray()
    for i, node in enumerate(entries):
        name = node.name.encode("utf-16-le")
        assert len(name) <= 62, node.name
        kind = 5 if i == root_id else 1 if isinstance(node, Storage) else 2
        if i == root_id:
            first, size = mini_start, len(ministream)
        elif isinstance(node, Stream):
            first, size = start[i], len(node.data)
        else:
            first, size = 0, 0
        directory += struct.pack(
            "<64sHBBIII16sIQQIQ",
            name + b"\0\0",
            len(name) + 2,
            kind,
            1,  # black: the reader does not check colours
            left.get(i, NOSTREAM),
            right.get(i, NOSTREAM),
            child_of.get(i, NOSTREAM),
            b"\0" * 16,
            0,
            0,
            0,
            first,
            size,
        )
    unused = struct.pack(
        "<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, b"", 0, 0, 0, 0, 0
    )
    directory += unused * (dir_sectors * SECTOR // 128 - len(entries))
    body[: len(directory)] = directory

    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        MAGIC,
        b"\0" * 16,
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        fat_sectors,
        fat_sectors,  # the directory's first sector follows the FAT
        0,
        CUTOFF,
        minifat_start,
        minifat_sectors,
        END,
        0,
    ) + struct.pack("<109I", *difat)
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    return header + fat_bytes + bytes(body)


# -- MS-OXMSG ------------------------------------------------------------------------------------


def filetime(value: dt.datetime) -> int:
    epoch = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)
    return int((value - epoch).total_seconds() * 10_000_000)


Value = str | bytes | int | bool | dt.datetime


def properties(props: dict[int, Value], header: bytes) -> tuple[Stream, list[Stream]]:
    """The __properties_version1.0 stream and the __substg1.0_ streams of variable-size values."""
    table = bytearray(header)
    streams: list[Stream] = []
    for pid, value in sorted(props.items()):
        if isinstance(value, bool):
            ptyp, payload = PTYP_BOOL, struct.pack("<Q", int(value))
        elif isinstance(value, int):
            ptyp, payload = PTYP_INT32, struct.pack("<Q", value)
        elif isinstance(value, dt.datetime):
            ptyp, payload = PTYP_TIME, struct.pack("<Q", filetime(value))
        else:
            data = value.encode("utf-16-le") if isinstance(value, str) else value
            ptyp = PTYP_STRING if isinstance(value, str) else PTYP_BINARY
            extra = 2 if isinstance(value, str) else 0  # the size counts a terminator
            payload = struct.pack("<II", len(data) + extra, 0)
            streams.append(Stream(f"__substg1.0_{pid:04X}{ptyp:04X}", data))
        table += struct.pack("<II", (pid << 16) | ptyp, 6) + payload
    return Stream("__properties_version1.0", bytes(table)), streams


@dataclass
class MsgAttachment:
    name: str
    data: bytes
    mime: str = "application/pdf"
    content_id: str | None = None
    hidden: bool = False
    method: int = 1  # by value


@dataclass
class MsgSpec:
    subject: str = "Projectvoorstel DAW+"
    sender_name: str | None = "Ann Peeters"
    sender_address: str | None = "ann@vzw.example.org"
    to: list[tuple[str, str]] = field(
        default_factory=lambda: [("Intake", "katrien.meersseman@haviland.be")]
    )
    cc: list[tuple[str, str]] = field(default_factory=list)
    headers: str | None = None
    delivery: dt.datetime | None = None
    submit: dt.datetime | None = None
    message_id: str | None = "<voorstel-1@vzw.example.org>"
    body: str | None = "Beste, in bijlage ons voorstel."
    html: bytes | None = None
    attachments: list[MsgAttachment | MsgSpec] = field(default_factory=list)
    extra: dict[int, Value] = field(default_factory=dict)


def _message(spec: MsgSpec, embedded: bool) -> list[Stream | Storage]:
    props: dict[int, Value] = {0x001A: "IPM.Note", 0x0037: spec.subject, 0x0E07: 1}
    optional: dict[int, Value | None] = {
        0x0C1A: spec.sender_name,
        0x0C1F: spec.sender_address,
        0x0042: spec.sender_name,
        0x007D: spec.headers,
        0x0E06: spec.delivery,
        0x0039: spec.submit,
        0x1035: spec.message_id,
        0x1000: spec.body,
        0x1013: spec.html,
        0x0E04: "; ".join(n for n, _ in spec.to),
        0x0E03: "; ".join(n for n, _ in spec.cc),
    }
    props.update({k: v for k, v in optional.items() if v is not None})
    props.update(spec.extra)
    children: list[Stream | Storage] = []
    recipients = [(1, n, a) for n, a in spec.to] + [(2, n, a) for n, a in spec.cc]
    for i, (kind, name, address) in enumerate(recipients):
        stream, subs = properties(
            {0x0C15: kind, 0x3001: name, 0x3003: address, 0x39FE: address, 0x3002: "SMTP"},
            b"\0" * 8,
        )
        children.append(Storage(f"__recip_version1.0_#{i:08X}", [stream, *subs]))
    for i, att in enumerate(spec.attachments):
        if isinstance(att, MsgSpec):
            stream, subs = properties(
                {0x3705: 5, 0x3001: att.subject, 0x370E: "message/rfc822"},
                b"\0" * 8,
            )
            inner = Storage("__substg1.0_3701000D", _message(att, embedded=True))
            children.append(Storage(f"__attach_version1.0_#{i:08X}", [stream, *subs, inner]))
            continue
        aprops: dict[int, Value] = {
            0x3705: att.method,
            0x3707: att.name,
            0x3001: att.name,
            0x370E: att.mime,
            0x3701: att.data,
            0x0E20: len(att.data),
        }
        if att.content_id:
            aprops[0x3712] = att.content_id
        if att.hidden:
            aprops[0x7FFE] = True
        stream, subs = properties(aprops, b"\0" * 8)
        children.append(Storage(f"__attach_version1.0_#{i:08X}", [stream, *subs]))
    counts = struct.pack(
        "<8xIIII", len(recipients), len(spec.attachments), len(recipients), len(spec.attachments)
    )
    stream, subs = properties(props, counts if embedded else counts + b"\0" * 8)
    children[:0] = [stream, *subs]
    if not embedded:
        named = [Stream(f"__substg1.0_000{n}0102", b"") for n in (2, 3, 4)]
        children.append(Storage("__nameid_version1.0", named))
    return children


def build_msg(spec: MsgSpec) -> bytes:
    """An Outlook .msg with what `spec` says."""
    return write_cfb(_message(spec, embedded=False))
