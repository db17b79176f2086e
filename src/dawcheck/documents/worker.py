"""Run each document read in a child process that can be stopped: a time limit and a memory cap.

Parsers of hostile files can loop or allocate without bound; no in-process check stops that
reliably, so each read runs in a forked child that the parent kills at the deadline.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from dawcheck.documents.detect import extension_format
from dawcheck.documents.model import Document, Notice
from dawcheck.documents.reader import Limits, read_bytes, read_path


@dataclass(frozen=True)
class ReadTask:
    """What to read: a file on disk, or bytes already in memory (an attachment)."""

    name: str
    path: Path | None = None
    data: bytes | None = None


def _context() -> mp.context.BaseContext:
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def warm_up(addendum=None) -> None:  # noqa: ANN001
    """Import the readers (and compile the addendum's matcher) once in the parent, so every
    forked child starts with them instead of paying the imports per file."""
    import defusedxml.ElementTree  # noqa: F401
    import pypdf  # noqa: F401
    import pypdfium2  # noqa: F401

    if addendum is not None:
        from dawcheck.checks.coverage import _matcher

        _matcher(addendum)


def _child(task: ReadTask, limits: Limits, conn: Connection, addendum=None,  # noqa: ANN001
           cache=None) -> None:  # noqa: ANN001
    try:
        import resource

        cap = limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform: the time limit still holds
    try:
        doc = _read(task, limits)
        if cache is not None:
            cache.put("text", doc)
        if addendum is not None:
            # judge the text here, in parallel, and send back only the verdict, not the text
            from dawcheck.checks.coverage import assess_coverage

            coverage = assess_coverage(doc, addendum)
            doc = doc.model_copy(update={"blocks": [],
                                         "coverage": coverage.model_dump(mode="json")})
        payload = doc.model_dump_json().encode()
    except MemoryError:
        payload = _failed(task, "too-large", "memory").model_dump_json().encode()
    conn.send_bytes(payload)
    conn.close()


def _read(task: ReadTask, limits: Limits) -> Document:
    if task.data is not None:
        return read_bytes(task.data, task.name, limits)
    assert task.path is not None
    return read_path(task.path, limits, task.name)


def _failed(task: ReadTask, status: str, code: str, detail: str = "") -> Document:
    size = len(task.data) if task.data is not None else 0
    if task.path is not None:
        try:
            size = task.path.stat().st_size
        except OSError:
            size = 0
    return Document(name=task.name, size=size, sha256="", format="unknown",
                    extension_format=extension_format(task.name), status=status,  # type: ignore[arg-type]
                    problem=Notice(code=code, detail=detail))


def read_many(
    tasks: Iterable[ReadTask], limits: Limits | None = None, jobs: int | None = None,
    addendum=None, cache=None,  # noqa: ANN001
) -> Iterator[tuple[int, Document]]:
    """Like _read_many, answering from the cache (dawcheck.cache.Cache) where it can."""
    if cache is None or not cache.enabled:
        yield from _read_many(tasks, limits, jobs, addendum)
        return
    from dawcheck.cache import addendum_digest
    from dawcheck.documents.reader import open_regular_file, renamed

    limits = limits or Limits()
    digest = addendum_digest(addendum) if addendum is not None else ""
    ready: list[tuple[int, Document]] = []
    misses: list[int] = []

    def feed() -> Iterator[ReadTask]:
        for index, task in enumerate(tasks):
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
                    ready.append((index, renamed(hit, task.name)))
                    continue
                task = ReadTask(name=task.name, data=data)
            misses.append(index)
            yield task

    for position, doc in _read_many(feed(), limits, jobs, addendum, cache):
        while ready:
            yield ready.pop()
        if addendum is not None:
            cache.put("verdict", doc, digest)
        yield misses[position], doc
    while ready:
        yield ready.pop()


def _from_cache(cache, sha: str, addendum, digest: str) -> Document | None:  # noqa: ANN001
    if addendum is not None:
        verdict = cache.get("verdict", sha, digest)
        if verdict is not None:
            return verdict
    text = cache.get("text", sha)
    if text is None or addendum is None:
        return text
    from dawcheck.checks.coverage import assess_coverage

    coverage = assess_coverage(text, addendum)
    verdict = text.model_copy(update={"blocks": [], "coverage": coverage.model_dump(mode="json")})
    cache.put("verdict", verdict, digest)
    return verdict


def _read_many(
    tasks: Iterable[ReadTask], limits: Limits | None = None, jobs: int | None = None,
    addendum=None, cache=None,  # noqa: ANN001
) -> Iterator[tuple[int, Document]]:
    """Read tasks in parallel child processes; yield (task index, Document) as they finish.

    With an addendum, each child also assesses coverage and returns the Document without its
    text blocks but with `coverage` set: the text never crosses the process boundary.
    """
    limits = limits or Limits()
    warmed = _context().get_start_method() != "fork"
    jobs = max(1, jobs or os.cpu_count() or 1)
    ctx = _context()
    pending = iter(enumerate(tasks))
    running: dict[Connection, tuple[int, ReadTask, mp.process.BaseProcess, float]] = {}
    exhausted = False
    while running or not exhausted:
        while not exhausted and len(running) < jobs:
            item = next(pending, None)
            if item is None:
                exhausted = True
                break
            index, task = item
            if not warmed:  # only when a file really has to be read
                warm_up(addendum)
                warmed = True
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(task, limits, child, addendum, cache),
                               daemon=True)
            proc.start()
            child.close()
            running[parent] = (index, task, proc, time.monotonic() + limits.timeout_s)
        if not running:
            break
        soonest = min(deadline for *_, deadline in running.values())
        ready = wait(list(running), timeout=max(0.0, soonest - time.monotonic()))
        for conn in ready:
            index, task, proc, _ = running.pop(conn)  # type: ignore[call-overload]
            try:
                doc = Document.model_validate_json(conn.recv_bytes())
            except (EOFError, OSError, ValueError):
                proc.join(1)
                doc = _failed(task, "damaged", "worker-crashed", str(proc.exitcode))
            conn.close()
            proc.join(5)
            yield index, doc
        now = time.monotonic()
        for conn in [c for c, (*_, deadline) in running.items() if deadline <= now]:
            index, task, proc, _ = running.pop(conn)
            proc.kill()
            proc.join(5)
            conn.close()
            yield index, _failed(task, "timeout", "timeout", f"{limits.timeout_s:g}")


def read_one(task: ReadTask, limits: Limits | None = None) -> Document:
    return next(read_many([task], limits, jobs=1))[1]
