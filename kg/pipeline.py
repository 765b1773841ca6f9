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
import time
from contextlib import nullcontext
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from kg import collector
from kg.cache import ExtractionCache
from kg.errors import InputError
from kg.parallel import FILES_PER_TASK, BatchWorker, Cached, Failed, RemoteError, batches, in_pool
from kg.records import Extraction, ResolvedCorpus, Skipped

__all__ = ["FILES_PER_TASK", "BuildResult", "build", "extract_all", "previous_inputs", "write_outputs"]

_TRIPLE_COUNTING = ("turtle", "nt")   # exporters whose return value is the number of triples


@dataclass
class BuildResult:
    corpus: ResolvedCorpus
    outputs: dict[str, str] = field(default_factory=dict)   # format -> path written
    seconds: dict[str, float] = field(default_factory=dict)
    cache: dict[str, int] = field(default_factory=dict)     # hits / misses, when a cache was used
    triples: int | None = None                              # as counted by the graph writer
    notes: list[str] = field(default_factory=list)          # steps left out, and why
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

    def counts(self) -> dict:
        nodes = Counter(node.kind.value for node in self.corpus.nodes)
        edges = Counter(a.kind.value for a in self.corpus.assertions)
        return {"reports": len(self.corpus.reports), "skipped": len(self.corpus.skipped),
                "nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items())),
                "triples": self.triples if self.triples is not None else len(self.rdf)}

    def summary(self) -> dict:
        return {
            "reports": [{"source_file": r.source_file, "report_id": r.report_id,
                         "title": r.title, "url": r.url, "published": r.published}
                        for r in self.corpus.reports],
            "skipped": [{"source_file": s.source_file, "line": s.line, "reason": s.reason}
                        for s in self.corpus.skipped],
            "counts": self.counts(),
            "cache": self.cache,
            "notes": self.notes,
            "outputs": self.outputs,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }


def extract_all(paths: Iterable[str | Path], nlp: str = "rules", *, workers: int = 1,
                cache_path: str | Path | None = None, progress=None, stats: dict | None = None
                ) -> tuple[list[Extraction], list[Skipped]]:
    """Read and extract every report under `paths`, streaming a few files at a time.

    workers > 1 reads and extracts in that many processes; the result does not depend on it.
    cache_path names an ExtractionCache: reports already extracted there are not redone, and
    each new extraction is stored as soon as it is made, so a killed build resumes.
    `stats`, when given, receives the cache's hits and misses."""
    # With workers, this process only unpickles acyclic records: the cyclic collector would
    # walk every one received so far, again and again (kg/collector.py). In-process extraction
    # (a model's own objects included) keeps it running.
    with collector.paused() if workers > 1 else nullcontext():
        return _gather(paths, nlp, workers, cache_path, progress, stats)


def _gather(paths, nlp: str, workers: int, cache_path, progress, stats) -> tuple[list[Extraction], list[Skipped]]:
    extractions: list[Extraction] = []
    skipped: list[Skipped] = []
    cache = ExtractionCache(cache_path) if cache_path else None
    known = cache.keys(nlp) if cache else frozenset()
    try:
        if workers > 1:
            results = in_pool(workers, nlp, known, batches(paths))
        else:
            # In-process, one report at a time: an error or Ctrl-C loses no finished extraction.
            worker = BatchWorker(nlp, known)
            results = (item for batch in batches(paths) for item in worker.items(batch))
        for item in results:
            if isinstance(item, Failed):
                raise item.error from RemoteError(item.trace)
            if isinstance(item, Skipped):
                skipped.append(item)
            elif isinstance(item, Cached):
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
    corpus = resolve(_handed_over(extractions), skipped=tuple(skipped))
    seconds["resolve"] = time.perf_counter() - started
    return BuildResult(corpus=corpus, seconds=seconds, cache=stats)


def _handed_over(items: list):
    """Each item, dropped from `items` as it is given: resolve keeps what it needs, and what it
    replaces (an extraction whose places it fills in) is freed instead of held here."""
    items.reverse()
    while items:
        yield items.pop()


def previous_inputs(out_dir: str | Path) -> list[str]:
    """The input paths recorded by the last build into out_dir (for `kg build --add`)."""
    summary = Path(out_dir) / "build.json"
    if not summary.exists():
        raise InputError(summary, "no earlier build to add to (build.json not found)")
    try:
        return list(json.loads(summary.read_text(encoding="utf-8"))["inputs"])
    except (ValueError, KeyError) as err:
        raise InputError(summary, f"not a build summary ({err})") from None


# the corpus is millions of objects: every full pass of the cyclic collector would walk them
# all (kg/collector.py), 9 s of a 100k build's summary alone
@collector.paused()
def write_outputs(result: BuildResult, out_dir: str | Path, formats: Iterable[str] = ("turtle",),
                  html: bool = True, inputs: Iterable[str | Path] = ()) -> BuildResult:
    """Write graph files, graph.html and build.json into out_dir, each atomically."""
    from kg.graph import exporters
    from kg.graph.atomic import atomic_output

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
    with atomic_output(out / "build.json") as stream:
        # streamed: at 100k reports the whole text, and the pieces it is joined from, cost ~100 MB
        json.dump(summary, stream, ensure_ascii=False, indent=1)
    return result
