"""The end-to-end build: ingest -> extract -> resolve -> graph, then the outputs.

Each stage is called through its public function only; this module is the one
place that knows the order of the stages.

Reading and extraction stream: files are handed out in small batches, each batch is read,
normalised and extracted in one place (the worker process when workers > 1, so that reading
is parallel too), and only the Extraction comes back, without the report's text. Memory
during extraction therefore grows with what the graph will hold, not with the corpus text.
Results are gathered in the order the files were listed, so the output does not depend on
the number of workers.
"""
from __future__ import annotations

import json
import multiprocessing
import pickle
import time
import traceback
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from kg.cache import ExtractionCache, cache_key
from kg.errors import InputError
from kg.records import Extraction, Report, ResolvedCorpus, Skipped

FILES_PER_TASK = 16        # small enough to balance two workers, big enough to amortise IPC
AHEAD = 4                  # batches in flight per worker
_TRIPLE_COUNTING = ("turtle", "nt")   # exporters whose return value is the number of triples


@dataclass
class BuildResult:
    corpus: ResolvedCorpus
    outputs: dict[str, str] = field(default_factory=dict)   # format -> path written
    seconds: dict[str, float] = field(default_factory=dict)
    cache: dict[str, int] = field(default_factory=dict)     # hits / misses, when a cache was used
    triples: int | None = None                              # as counted by the graph writer
    _rdf: object = field(default=None, repr=False)

    @property
    def rdf(self):
        """The corpus as one rdflib Graph, made on first use. A big corpus makes a big graph
        (about 2 kB per triple): exporters that write from the corpus never ask for it."""
        if self._rdf is None:
            from kg.graph.rdf import to_rdf
            started = time.perf_counter()
            self._rdf = to_rdf(self.corpus)
            self.seconds["graph"] = time.perf_counter() - started
        return self._rdf

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        return self.corpus.skipped

    def summary(self) -> dict:
        counts = Counter(node.kind.value for node in self.corpus.nodes)
        edges = Counter(a.kind.value for a in self.corpus.assertions)
        return {
            "reports": [{"source_file": r.source_file, "report_id": r.report_id,
                         "title": r.title, "url": r.url, "published": r.published}
                        for r in self.corpus.reports],
            "skipped": [{"source_file": s.source_file, "line": s.line, "reason": s.reason}
                        for s in self.corpus.skipped],
            "counts": {"reports": len(self.corpus.reports), "skipped": len(self.corpus.skipped),
                       "nodes": dict(sorted(counts.items())), "edges": dict(sorted(edges.items())),
                       "triples": self.triples if self.triples is not None else len(self.rdf)},
            "cache": self.cache,
            "outputs": self.outputs,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }


class _Cached:
    """A report whose extraction is already in the cache: the main process fetches it."""
    __slots__ = ("report",)

    def __init__(self, report: Report):
        self.report = report


class _Failed:
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


class _BatchWorker:
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
                    yield _Cached(replace(item, text=""))
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
            out.append(_Failed(err))
        return out


_WORKER: _BatchWorker | None = None


def _start_worker(nlp: str, known: frozenset[str]) -> None:
    global _WORKER
    _WORKER = _BatchWorker(nlp, known)


def _run_worker(batch):
    return _WORKER(batch)


def _in_pool(workers: int, nlp: str, known: frozenset[str], batches: Iterator[list]) -> Iterator:
    """Every item of every batch, in batch order, extracted by `workers` processes.

    At most AHEAD batches per worker are in flight, so memory stays flat however many files
    there are. A worker that dies (killed, out of memory, or a script without the
    `if __name__ == "__main__":` guard) raises here instead of leaving the build hanging."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(nlp, known)) as pool:
        pending: deque = deque()
        try:
            for batch in batches:
                pending.append(pool.submit(_run_worker, batch))
                if len(pending) >= AHEAD * workers:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool as err:
            raise RuntimeError("a worker process died while extracting (killed, out of memory, or "
                               "kg was started from a script without the "
                               "`if __name__ == \"__main__\":` guard that process pools need)") from err
        finally:
            for future in pending:
                future.cancel()


def _batches(paths) -> Iterator[list]:
    from kg.ingest import iter_sources

    sources = iter_sources(paths)
    while batch := list(islice(sources, FILES_PER_TASK)):
        yield batch


def extract_all(paths: Iterable[str | Path], nlp: str = "rules", *, workers: int = 1,
                cache_path: str | Path | None = None, progress=None, stats: dict | None = None
                ) -> tuple[list[Extraction], list[Skipped]]:
    """Read and extract every report under `paths`, streaming a few files at a time.

    workers > 1 reads and extracts in that many processes; the result does not depend on it.
    cache_path names an ExtractionCache: reports already extracted there are not redone, and
    each new extraction is stored as soon as it is made, so a killed build resumes.
    `stats`, when given, receives the cache's hits and misses."""
    extractions: list[Extraction] = []
    skipped: list[Skipped] = []
    cache = ExtractionCache(cache_path) if cache_path else None
    known = cache.keys(nlp) if cache else frozenset()
    try:
        if workers > 1:
            results = _in_pool(workers, nlp, known, _batches(paths))
        else:
            # In-process, one report at a time: an error or Ctrl-C loses no finished extraction.
            worker = _BatchWorker(nlp, known)
            results = (item for batch in _batches(paths) for item in worker.items(batch))
        for item in results:
            if isinstance(item, _Failed):
                raise item.error from RemoteError(item.trace)
            if isinstance(item, Skipped):
                skipped.append(item)
            elif isinstance(item, _Cached):
                extractions.append(cache.get(item.report, nlp))  # known: present
            else:
                if cache:
                    cache.put(item, nlp)
                extractions.append(item)
            if progress is not None:
                progress.update(1)
    finally:
        if workers > 1:
            results.close()     # leaves the pool: queued batches are cancelled
        if cache:
            cache.close()
            if stats is not None:
                stats.update(hits=cache.hits, misses=cache.misses)
    return extractions, skipped


def build(paths: Iterable[str | Path], *, nlp: str = "rules", workers: int = 1,
          cache_path: str | Path | None = None, progress=None) -> BuildResult:
    """Read, extract and resolve; writes nothing (but the cache). The RDF graph is made when
    first asked for (`result.rdf`) or by the exporters in write_outputs."""
    from kg.resolve import resolve

    paths = [Path(p) for p in paths]
    for path in paths:
        if not path.exists():
            raise InputError(path, "no such file or folder")
    seconds, stats = {}, {}
    started = time.perf_counter()
    extractions, skipped = extract_all(paths, nlp=nlp, workers=workers, cache_path=cache_path,
                                      progress=progress, stats=stats)
    seconds["read_extract"] = time.perf_counter() - started
    started = time.perf_counter()
    corpus = resolve(extractions, skipped=tuple(skipped))
    del extractions
    seconds["resolve"] = time.perf_counter() - started
    return BuildResult(corpus=corpus, seconds=seconds, cache=stats)


def previous_inputs(out_dir: str | Path) -> list[str]:
    """The input paths recorded by the last build into out_dir (for `kg build --add`)."""
    summary = Path(out_dir) / "build.json"
    if not summary.exists():
        raise InputError(summary, "no earlier build to add to (build.json not found)")
    try:
        return list(json.loads(summary.read_text(encoding="utf-8"))["inputs"])
    except (ValueError, KeyError) as err:
        raise InputError(summary, f"not a build summary ({err})") from None


def write_outputs(result: BuildResult, out_dir: str | Path, formats: Iterable[str] = ("turtle",),
                  html: bool = True, inputs: Iterable[str | Path] = ()) -> BuildResult:
    """Write graph files, graph.html and build.json into out_dir, each atomically."""
    from kg.graph import exporters
    from kg.graph.atomic import write_bytes

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # One source for every format: TriG needs the corpus (a named graph per report), the
    # others a graph, which is handed over when already made rather than made again.
    source = exporters.Source(result.corpus)
    if result._rdf is not None:
        source.graph = result._rdf
    for name in formats:
        exporter = exporters.get(name)
        target = out / f"graph{exporter.suffix}"
        started = time.perf_counter()
        count = exporter.write(source, target)
        result.seconds[f"write_{exporter.name}"] = time.perf_counter() - started
        result.outputs[exporter.name] = str(target)
        if exporter.name in _TRIPLE_COUNTING:
            result.triples = count
    if result._rdf is None and "graph" in vars(source):
        result._rdf = source.graph      # an exporter made the graph (a cached_property): keep it
    if html:
        from kg.explore.html import render_html
        started = time.perf_counter()
        render_html(result.rdf, out / "graph.html")
        result.seconds["write_html"] = time.perf_counter() - started
        result.outputs["html"] = str(out / "graph.html")
    result.outputs["summary"] = str(out / "build.json")
    summary = {"inputs": sorted({str(p) for p in inputs}), **result.summary()}
    write_bytes(out / "build.json", json.dumps(summary, ensure_ascii=False, indent=1).encode("utf-8"))
    return result
