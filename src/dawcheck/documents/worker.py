"""Read documents in worker processes that can be stopped: a time limit and a memory cap.

Parsers of hostile files can loop or allocate without bound; no in-process check stops that
reliably, so reads run in worker processes that the parent kills (and replaces) at a deadline.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Protocol, cast

from pydantic import BaseModel

from dawcheck.documents.detect import extension_format
from dawcheck.documents.model import Document, Notice, ReadStatus
from dawcheck.documents.reader import Limits, read_bytes, read_path, renamed


@dataclass(frozen=True)
class ReadTask:
    """What to read: a file on disk, or bytes already in memory (an attachment)."""

    name: str
    path: Path | None = None
    data: bytes | None = None


START_METHOD_ENV = "DAWCHECK_START_METHOD"


_Context = mp.context.ForkContext | mp.context.SpawnContext | mp.context.ForkServerContext


def _context(start_method: str | None = None) -> _Context:
    """Fork where there is fork (Linux, macOS: workers start with the readers imported), else
    spawn (Windows). `start_method` or $DAWCHECK_START_METHOD choose another, so the spawn path
    that Windows and macOS users take can be tested on Linux."""
    methods = mp.get_all_start_methods()
    chosen = start_method or os.environ.get(START_METHOD_ENV) or None
    if chosen is None:
        chosen = "fork" if "fork" in methods else "spawn"
    if chosen not in methods:
        raise ValueError(
            f"start method {chosen!r} is not available here (choose from {', '.join(methods)})"
        )
    return cast(_Context, mp.get_context(chosen))


def usable_cpus() -> int:
    """The cores this process may run on: a container or `taskset` may allow fewer than the
    machine has. sched_getaffinity is Linux-only; elsewhere every core counts."""
    if hasattr(os, "sched_getaffinity"):
        with contextlib.suppress(OSError):
            return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


class Judge(Protocol):
    """What a worker runs on each Document it has read, before sending it back: owned by the
    pipeline layer (dawcheck.checks.coverage.Judge), which this module knows only as this."""

    def assess(self, doc: Document) -> BaseModel:
        """The verdict on the document's text (it travels back instead of the text)."""
        ...

    def digest(self) -> str:
        """What the verdict depends on, for the cache key."""
        ...

    def warm_up(self) -> None:
        """Prepare in the parent what every forked worker then inherits."""
        ...


class DocumentCache(Protocol):
    """dawcheck.cache.Cache as the workers use it."""

    enabled: bool

    def get(self, layer: str, sha: str, digest: str = "") -> Document | None: ...

    def put(self, layer: str, doc: Document, digest: str = "") -> None: ...


def warm_up(judge: Judge | None = None) -> None:
    """Import the readers (and let the judge prepare) once in the parent, so every forked
    child starts with them instead of paying the imports per file."""
    import defusedxml.ElementTree  # noqa: F401
    import pypdf  # noqa: F401
    import pypdfium2  # noqa: F401

    if judge is not None:
        judge.warm_up()


def _limit_memory(limits: Limits) -> None:
    try:
        import resource

        cap = limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform: the time limit still holds


def _process(
    task: ReadTask, limits: Limits, addendum: Judge | None, cache: DocumentCache | None
) -> tuple[bytes, bool]:
    """The JSON of the Document for `task`; True when the worker must not be reused.

    A file name that is not valid UTF-8 (lone surrogates) cannot be serialised: the worker reads
    under a cleaned name and the parent puts the real one back (found by a test with such a name).
    """
    clean = task.name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if clean != task.name:
        task = ReadTask(name=clean, path=task.path, data=task.data)
    try:
        doc = _read(task, limits)
        if cache is not None:
            cache.put("text", doc)
        if addendum is not None:
            # judge the text here, in parallel, and send back only the verdict, not the text
            coverage = addendum.assess(doc)
            doc = doc.model_copy(
                update={
                    "blocks": [],
                    "coverage": coverage.model_dump(mode="json"),
                    "chars": doc.text_chars(),
                }
            )
        return doc.model_dump_json().encode(), False
    except MemoryError:
        return _failed(task, "too-large", "memory").model_dump_json().encode(), True
    except Exception as e:  # noqa: BLE001 - a reader bug is a per-file result, not a dead worker
        return _failed(
            task, "damaged", "damaged", f"{type(e).__name__}: {e}"[:300]
        ).model_dump_json().encode(), False


def _worker(
    conn: Connection, limits: Limits, addendum: Judge | None, cache: DocumentCache | None
) -> None:
    """A long-lived reader: one task at a time from the parent, until told to stop."""
    # Ctrl-C reaches the whole process group: the parent stops the workers and says so in one
    # line; a worker that raised KeyboardInterrupt too would print its own traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's clean-up handler
    _limit_memory(limits)
    parent = os.getppid()
    while True:
        try:
            # NOTE: a forked worker also holds copies of its siblings' pipe ends, so the
            # parent's death (kill -9) does not always reach it as EOF: look up every second
            while not conn.poll(1.0):
                if os.getppid() != parent:
                    return
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        payload, spent = _process(task, limits, addendum, cache)
        conn.send_bytes(payload)
        if spent:
            return  # after a MemoryError the process is not trusted with another file


def _read(task: ReadTask, limits: Limits) -> Document:
    if task.data is not None:
        return read_bytes(task.data, task.name, limits)
    assert task.path is not None
    return read_path(task.path, limits, task.name)


def _failed(task: ReadTask, status: ReadStatus, code: str, detail: str = "") -> Document:
    size = len(task.data) if task.data is not None else 0
    if task.path is not None:
        try:
            size = task.path.stat().st_size
        except OSError:
            size = 0
    return Document(
        name=task.name,
        size=size,
        sha256="",
        format="unknown",
        extension_format=extension_format(task.name),
        status=status,
        problem=Notice(code=code, detail=detail),
    )


def read_many(
    tasks: Iterable[ReadTask],
    limits: Limits | None = None,
    jobs: int | None = None,
    addendum: Judge | None = None,
    cache: DocumentCache | None = None,
    *,
    start_method: str | None = None,
) -> Iterator[tuple[int, Document]]:
    """Like _read_many, answering from the cache (dawcheck.cache.Cache) where it can."""
    if cache is None or not cache.enabled:
        for position, doc, _fresh in _read_many(
            tasks, limits, jobs, addendum, start_method=start_method
        ):
            yield position, doc
        return
    from dawcheck.documents.reader import open_regular_file

    limits = limits or Limits()
    digest = addendum.digest() if addendum is not None else ""

    def feed() -> Iterator[ReadTask | Document]:
        for task in tasks:
            data = task.data
            if data is None and task.path is not None:
                try:
                    data = open_regular_file(task.path, limits.max_bytes)
                except (OSError, ValueError):
                    data = None
            if data is not None:
                sha = hashlib.sha256(data).hexdigest()
                hit = _from_cache(cache, sha, addendum, digest)
                if hit is not None:
                    yield renamed(hit, task.name)  # answered without a worker
                    continue
                task = ReadTask(name=task.name, data=data)
            yield task

    for position, doc, fresh in _read_many(feed(), limits, jobs, addendum, cache, start_method):
        if fresh and addendum is not None:
            cache.put("verdict", doc, digest)
        yield position, doc


def _from_cache(
    cache: DocumentCache, sha: str, addendum: Judge | None, digest: str
) -> Document | None:
    if addendum is not None:
        verdict = cache.get("verdict", sha, digest)
        if verdict is not None:
            return verdict
    text = cache.get("text", sha)
    if text is None or addendum is None:
        return text
    coverage = addendum.assess(text)
    verdict = text.model_copy(
        update={
            "blocks": [],
            "coverage": coverage.model_dump(mode="json"),
            "chars": text.text_chars(),
        }
    )
    cache.put("verdict", verdict, digest)
    return verdict


@dataclass
class _Slot:
    proc: mp.process.BaseProcess
    conn: Connection
    index: int = -1
    task: ReadTask | None = None
    deadline: float = 0.0
    fresh: bool = True  # has not answered yet: under spawn it is still importing the readers
    done: int = 0  # files answered


# A spawned worker (Windows, macOS) starts empty: it imports dawcheck, the readers and the
# judge's vocabulary before it reads its first file. That is not the file's time.
SPAWN_STARTUP_S = 30.0

# A forked worker is replaced after this many files: what reading and judging leave behind
# (caches of words and sentences, a heap fragmented by large documents) grew a worker by about
# 80 MB over 300 inbox documents, so the memory of a long run grew with the size of the inbox.
# Forking a fresh one from the warmed-up parent costs milliseconds. A spawned worker imports
# everything again (seconds), so under spawn workers are kept.
FILES_PER_FORKED_WORKER = 100


def _read_many(
    tasks: Iterable[ReadTask | Document],
    limits: Limits | None = None,
    jobs: int | None = None,
    addendum: Judge | None = None,
    cache: DocumentCache | None = None,
    start_method: str | None = None,
) -> Iterator[tuple[int, Document, bool]]:
    """Read tasks in a pool of worker processes; yield (task index, Document, fresh) as they
    finish (fresh: read now, not answered from the cache, and not a crash or a time-out).

    Workers live for the whole batch (no fork per file) and are killed and replaced when a
    file overruns its time limit or crashes the reader. With an addendum, each worker also
    assesses coverage and returns the Document without its text blocks but with `coverage`
    set: the text never crosses the process boundary.
    """
    limits = limits or Limits()
    jobs = max(1, jobs or usable_cpus())
    ctx = _context(start_method)
    forked = ctx.get_start_method() == "fork"
    pending = iter(enumerate(tasks))
    idle: list[_Slot] = []
    busy: dict[Connection, _Slot] = {}
    started = 0
    exhausted = False  # no task is left to hand out (`ahead` and `pending` are empty)
    ahead: tuple[int, ReadTask | Document] | None = None  # the next task, made ready early

    def spawn() -> _Slot:
        nonlocal started
        if started == 0 and ctx.get_start_method() == "fork":
            warm_up(addendum)  # only once a file really has to be read
        started += 1
        parent, child = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_worker, args=(child, limits, addendum, cache), daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent)

    def retire(slot: _Slot, kill: bool) -> None:
        if kill:
            slot.proc.kill()
        slot.proc.join(5)
        slot.conn.close()

    def fill() -> Iterator[tuple[int, Document, bool]]:
        """Give every idle worker its next task, yielding what the cache answered on the way;
        then make the task after those ready while the workers are busy (its file read and
        hashed, its delivery parsed), so that no worker waits for it."""
        nonlocal exhausted, ahead
        while not exhausted and len(busy) < jobs:
            item = ahead if ahead is not None else next(pending, None)
            ahead = None
            if item is None:
                exhausted = True
                break
            index, work = item
            if isinstance(work, Document):  # already answered (from the cache)
                yield index, work, False
                continue
            slot = idle.pop() if idle else spawn()
            slot.index, slot.task = index, work
            startup = SPAWN_STARTUP_S if slot.fresh and not forked else 0.0
            slot.deadline = time.monotonic() + limits.timeout_s + startup
            try:
                slot.conn.send(slot.task)
            except (OSError, ValueError):  # the worker died while idle: a fresh one
                retire(slot, kill=True)
                slot2 = spawn()
                slot2.index, slot2.task, slot2.deadline = slot.index, slot.task, slot.deadline
                slot2.conn.send(slot2.task)
                slot = slot2
            busy[slot.conn] = slot
        while not exhausted and ahead is None:
            item = next(pending, None)
            if item is None:
                exhausted = True
            elif isinstance(item[1], Document):
                yield item[0], item[1], False
            else:
                ahead = item  # only while every worker is busy: `busy` is not empty

    try:
        yield from fill()
        while busy:
            out: list[tuple[int, Document, bool]] = []
            soonest = min(s.deadline for s in busy.values())
            for ready in wait(list(busy), timeout=max(0.0, soonest - time.monotonic())):
                conn = cast(Connection, ready)  # wait() gives back what it was given
                slot = busy.pop(conn)
                task = slot.task
                assert task is not None
                fresh = True
                try:
                    doc = renamed(Document.model_validate_json(conn.recv_bytes()), task.name)
                    slot.fresh = False
                    slot.done += 1
                    if forked and slot.done >= FILES_PER_FORKED_WORKER:
                        with contextlib.suppress(OSError, ValueError):
                            slot.conn.send(None)  # done: it exits, a fresh one takes over
                        retire(slot, kill=False)
                    else:
                        idle.append(slot)
                except (EOFError, OSError, ValueError):
                    slot.proc.join(1)
                    doc = _failed(task, "damaged", "worker-crashed", str(slot.proc.exitcode))
                    retire(slot, kill=True)
                    fresh = False  # a crash may not happen again: never cached
                out.append((slot.index, doc, fresh))
            now = time.monotonic()
            for conn in [c for c, s in busy.items() if s.deadline <= now]:
                slot = busy.pop(conn)
                retire(slot, kill=True)
                assert slot.task is not None
                failed = _failed(slot.task, "timeout", "timeout", f"{limits.timeout_s:g}")
                out.append((slot.index, failed, False))
            # the workers get their next files before the caller spends time on these results
            yield from fill()
            yield from out
    finally:
        for slot in idle:
            with contextlib.suppress(OSError, ValueError):
                slot.conn.send(None)
            retire(slot, kill=False)
        for slot in busy.values():
            retire(slot, kill=True)


def read_one(
    task: ReadTask, limits: Limits | None = None, *, start_method: str | None = None
) -> Document:
    return next(read_many([task], limits, jobs=1, start_method=start_method))[1]
