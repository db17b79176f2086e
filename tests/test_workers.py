"""Worker processes under every start method: a normal read, a hang, a crash mid-file.

Linux starts workers with fork; Windows and macOS with spawn, where everything a worker needs
is pickled and imported afresh. Both run here, on any system that has them.
"""

from __future__ import annotations

import multiprocessing as mp

import pytest

from conftest import REPO
from dawcheck.checks.coverage import Judge
from dawcheck.documents.reader import Limits
from dawcheck.documents.worker import START_METHOD_ENV, ReadTask, _context, read_many
from helpers import SabotagedJudge

EXAMPLE = REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"
START_METHODS = [m for m in ("fork", "spawn") if m in mp.get_all_start_methods()]
# generous: under spawn a fresh worker imports dawcheck and its readers before it reads
TIME_LIMIT_S = 8


@pytest.fixture(params=START_METHODS)
def start_method(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """The start method under test; after the test, the workers must have been started so."""
    asked: list[str | None] = []
    real = mp.get_context

    def get_context(method: str | None = None) -> mp.context.BaseContext:
        asked.append(method)
        return real(method)

    monkeypatch.setattr(mp, "get_context", get_context)
    yield request.param
    assert asked and set(asked) == {request.param}, asked


def test_a_document_is_read_and_judged_in_a_worker(start_method, addendum):
    tasks = [ReadTask(name=EXAMPLE.name, path=EXAMPLE)]
    ((index, doc),) = read_many(tasks, Limits(), 1, Judge(addendum), start_method=start_method)
    assert index == 0 and doc.status == "ok" and doc.format == "pdf"
    # judged in the worker: the verdict came back, the text did not
    assert doc.blocks == [] and doc.coverage is not None
    statuses = {c["id"]: c["status"] for c in doc.coverage["challenges"]}
    assert statuses[1] == "covered"


def test_a_worker_that_dies_mid_file_gives_a_failed_document(start_method, addendum):
    data = EXAMPLE.read_bytes()
    tasks = [ReadTask(name="crasht.pdf", data=data), ReadTask(name="daarna.pdf", data=data)]
    judge = SabotagedJudge(addendum, crash_on="crasht.pdf")
    results = dict(
        read_many(tasks, Limits(timeout_s=TIME_LIMIT_S), 1, judge, start_method=start_method)
    )
    crashed = results[0]
    assert crashed.status == "damaged" and not crashed.readable
    assert crashed.problem.code == "worker-crashed" and crashed.problem.detail == "3"
    assert crashed.name == "crasht.pdf"
    # the batch goes on in a fresh worker
    assert results[1].status == "ok" and results[1].coverage is not None


def test_a_hang_is_stopped_at_the_time_limit_and_the_batch_goes_on(start_method, addendum):
    data = EXAMPLE.read_bytes()
    tasks = [
        ReadTask(name="eerst.pdf", data=data),
        ReadTask(name="hangt.pdf", data=data),
        ReadTask(name="daarna.pdf", data=data),
    ]
    judge = SabotagedJudge(addendum, hang_on="hangt.pdf")
    results = dict(
        read_many(tasks, Limits(timeout_s=TIME_LIMIT_S), 1, judge, start_method=start_method)
    )
    assert results[1].status == "timeout" and results[1].problem.detail == f"{TIME_LIMIT_S:g}"
    assert results[0].status == "ok" and results[2].status == "ok"


def test_the_start_method_comes_from_the_argument_or_the_environment(monkeypatch):
    monkeypatch.setenv(START_METHOD_ENV, "spawn")
    assert _context().get_start_method() == "spawn"
    monkeypatch.setenv(START_METHOD_ENV, "teleport")
    assert _context("spawn").get_start_method() == "spawn"  # the argument wins
    with pytest.raises(ValueError, match="teleport"):
        _context()


def _recording_worker(real, folder):
    import os

    def run(*args):
        (folder / str(os.getpid())).touch()  # one file per worker process that started
        real(*args)

    return run


@pytest.mark.skipif("fork" not in START_METHODS, reason="needs fork")
def test_a_forked_worker_is_replaced_after_its_share_of_files(tmp_path, monkeypatch):
    from dawcheck.documents import worker

    started = tmp_path / "pids"
    started.mkdir()
    monkeypatch.setattr(worker, "FILES_PER_FORKED_WORKER", 2)
    monkeypatch.setattr(worker, "_worker", _recording_worker(worker._worker, started))
    tasks = [ReadTask(name=f"DAW+_{n}.txt", data=f"Voorstel {n}".encode()) for n in range(5)]
    results = sorted(read_many(tasks, jobs=1, start_method="fork"))
    assert [doc.status for _, doc in results] == ["ok"] * 5
    assert [doc.name for _, doc in results] == [t.name for t in tasks]
    assert len(list(started.iterdir())) == 3  # 2 + 2 + 1 files: three workers, in turn


@pytest.mark.parametrize("jobs", [1, 2])
def test_answers_from_the_cache_and_from_workers_come_back_once_each(tmp_path, addendum, jobs):
    from dawcheck.cache import Cache

    texts = [
        f"Projectvoorstel {n}: taalcoach en kinderopvang voor ouders.".encode() for n in range(7)
    ]
    cache = Cache(tmp_path)
    judge = Judge(addendum)
    first = [ReadTask(name=f"DAW+_{n}.txt", data=texts[n]) for n in (1, 4, 5)]
    assert len(list(read_many(first, Limits(), jobs, judge, cache))) == 3
    # cached, fresh, cached, ...: the next task is made ready while the workers are busy
    tasks = [ReadTask(name=f"DAW+_{n}.txt", data=texts[n]) for n in range(7)]
    again = Cache(tmp_path)
    results = list(read_many(tasks, Limits(), jobs, judge, again))
    assert sorted(index for index, _ in results) == list(range(7))
    assert again.hits == 3
    by_index = dict(results)
    assert [by_index[n].name for n in range(7)] == [t.name for t in tasks]
    assert all(doc.status == "ok" and doc.coverage is not None for doc in by_index.values())
    assert len({by_index[n].sha256 for n in range(7)}) == 7
