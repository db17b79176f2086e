"""Run each document read in a child process that can be stopped: a time limit and a memory cap.

Parsers of hostile files can loop or allocate without bound; no in-process check stops that
reliably, so each read runs in a forked child that the parent kills at the deadline.
"""

from __future__ import annotations

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


def _child(task: ReadTask, limits: Limits, conn: Connection) -> None:
    try:
        import resource

        cap = limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform: the time limit still holds
    try:
        doc = _read(task, limits)
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
    tasks: Iterable[ReadTask], limits: Limits | None = None, jobs: int | None = None
) -> Iterator[tuple[int, Document]]:
    """Read tasks in parallel child processes; yield (task index, Document) as they finish."""
    limits = limits or Limits()
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
            parent, child = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(task, limits, child), daemon=True)
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
