"""Reading and extracting files in batches, in this process or in a pool of processes.

Each batch is read, normalised and extracted in one place (the worker process when there are
several, so that reading is parallel too), and only the Extraction comes back, without the
report's text. Results come back in the order the files were listed.
"""
from __future__ import annotations

import io
import multiprocessing
import pickle
import traceback
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from itertools import islice
from typing import Iterator

from kg.cache import cache_key
from kg.records import Report, Skipped

FILES_PER_TASK = 16        # small enough to balance two workers, big enough to amortise IPC
AHEAD = 4                  # batches in flight per worker


class Cached:
    """A report whose extraction is already in the cache: the main process fetches it."""
    __slots__ = ("report",)

    def __init__(self, report: Report):
        self.report = report


class Failed:
    """Extraction raised in a worker: what came before it in the batch is still delivered
    (and cached) before the error is raised again in the main process."""
    __slots__ = ("error", "trace")

    def __init__(self, error: Exception):
        try:
            pickle.dumps(error)
        except Exception:           # it must travel back from the worker
            error = RuntimeError(f"{type(error).__name__}: {error}")
        self.error, self.trace = error, traceback.format_exc()


class RemoteError(Exception):
    """The traceback of an error raised in a worker process (the __cause__ of that error)."""


class BatchWorker:
    """Reads and extracts one batch of files; the same code runs in-process and in a pool."""

    def __init__(self, nlp: str, known: frozenset[str]):
        self.nlp, self.known = nlp, known

    def items(self, batch: list[str | Skipped]) -> Iterator:
        from kg.extract import extract
        from kg.ingest import read_file

        for entry in batch:
            if isinstance(entry, Skipped):
                yield entry
                continue
            for item in read_file(entry):
                if isinstance(item, Skipped):
                    yield item
                elif cache_key(item) in self.known:
                    yield Cached(replace(item, text=""))
                else:
                    # The text is not needed past extraction (evidence keeps its sentences):
                    # dropping it keeps memory flat in the number of reports.
                    extraction = extract(item, nlp=self.nlp)
                    yield replace(extraction, report=replace(extraction.report, text=""))

    def __call__(self, batch: list[str | Skipped]) -> list:
        out = []
        try:
            out.extend(self.items(batch))
        except Exception as err:     # re-raised by the main process once `out` is cached
            out.append(Failed(err))
        return out


_WORKER: BatchWorker | None = None


def _start_worker(nlp: str, known: frozenset[str]) -> None:
    global _WORKER
    _WORKER = BatchWorker(nlp, known)


def _run_worker(batch) -> bytes:
    buffer = io.BytesIO()
    _SharingPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(_WORKER(batch))
    return buffer.getvalue()


# Names, posts, places and keys recur across thousands of reports, and so do character offsets
# (an int over 256 is an object of its own), but each report's pickle brings its own copies:
# sent as persistent ids, the main process keeps one copy of each (a third of an extraction's
# memory at 100k reports). Sentences are longer, and unique.
_SHARED_MAX = 40
_SHARED_INT = 1 << 20


class _SharingPickler(pickle.Pickler):
    def persistent_id(self, obj):
        kind = type(obj)
        if kind is int:
            return obj if 256 < obj < _SHARED_INT else None
        if kind is str:
            return obj if len(obj) <= _SHARED_MAX else None
        if kind is tuple and obj and all(type(x) is str and len(x) <= _SHARED_MAX for x in obj):
            return obj
        return None


class _SharingUnpickler(pickle.Unpickler):
    def __init__(self, data: bytes, shared: dict):
        super().__init__(io.BytesIO(data))
        self.shared = shared

    def persistent_load(self, pid):
        return self.shared.setdefault(pid, pid)


def in_pool(workers: int, nlp: str, known: frozenset[str], batches: Iterator[list]) -> Iterator:
    """Every item of every batch, in batch order, extracted by `workers` processes.

    At most AHEAD batches per worker are in flight, so memory stays flat however many files
    there are. A worker that dies (killed, out of memory, or a script without the
    `if __name__ == "__main__":` guard) raises here instead of leaving the build hanging."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(nlp, known)) as pool:
        pending: deque = deque()
        shared: dict = {}
        try:
            for batch in batches:
                pending.append(pool.submit(_run_worker, batch))
                if len(pending) >= AHEAD * workers:
                    yield from _SharingUnpickler(pending.popleft().result(), shared).load()
            while pending:
                yield from _SharingUnpickler(pending.popleft().result(), shared).load()
        except BrokenProcessPool as err:
            raise RuntimeError("a worker process died while extracting (killed, out of memory, or "
                               "kg was started from a script without the "
                               "`if __name__ == \"__main__\":` guard that process pools need)") from err
        finally:
            for future in pending:
                future.cancel()


def batches(paths) -> Iterator[list]:
    from kg.ingest import iter_sources

    sources = iter_sources(paths)
    while batch := list(islice(sources, FILES_PER_TASK)):
        yield batch
