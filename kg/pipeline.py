"""The end-to-end build: ingest -> extract -> resolve -> graph, then the outputs.

Each stage is called through its public function only; this module is the one
place that knows the order of the stages.
"""
from __future__ import annotations

import json
import multiprocessing
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from kg.errors import InputError
from kg.records import Extraction, Report, ResolvedCorpus, Skipped

ProgressFactory = Callable[[], object]  # returns an object with update(n) and close()


@dataclass
class BuildResult:
    corpus: ResolvedCorpus
    rdf: object                               # rdflib.Graph
    outputs: dict[str, str] = field(default_factory=dict)   # format -> path written
    seconds: dict[str, float] = field(default_factory=dict)

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
                       "triples": len(self.rdf)},
            "outputs": self.outputs,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }


def _extract_one(job: tuple[Report, str]) -> Extraction:
    from kg.extract import extract

    report, nlp = job
    # The text is not needed past extraction (evidence keeps its sentences);
    # dropping it keeps memory flat in the number of reports.
    extraction = extract(report, nlp=nlp)
    return replace(extraction, report=replace(extraction.report, text=""))


def extract_all(paths: Iterable[str | Path], nlp: str = "rules", *, workers: int = 1,
                cache_path: str | Path | None = None, progress=None
                ) -> tuple[list[Extraction], list[Skipped]]:
    """Read and extract every report under `paths`, streaming one report at a time.

    workers > 1 extracts in that many processes; the result does not depend on it.
    cache_path names an ExtractionCache: reports already extracted there are not redone.
    """
    from kg.cache import ExtractionCache
    from kg.ingest import read_reports

    extractions: list[Extraction] = []
    skipped: list[Skipped] = []
    cache = ExtractionCache(cache_path) if cache_path else None

    def tick():
        if progress is not None:
            progress.update(1)

    def jobs():
        for item in read_reports(paths):
            if isinstance(item, Skipped):
                skipped.append(item)
                tick()
                continue
            cached = cache.get(item.report_id, nlp) if cache else None
            if cached is not None:
                extractions.append(replace(cached, report=replace(item, text="")))
                tick()
                continue
            yield item, nlp

    pool = multiprocessing.get_context("spawn").Pool(workers) if workers > 1 else None
    try:
        results = pool.imap(_extract_one, jobs(), chunksize=16) if pool else map(_extract_one, jobs())
        for extraction in results:
            if cache:
                cache.put(extraction, nlp)
            extractions.append(extraction)
            tick()
    finally:
        if pool:
            pool.terminate()
        if cache:
            cache.close()
    return extractions, skipped


def build(paths: Iterable[str | Path], *, nlp: str = "rules", workers: int = 1,
          cache_path: str | Path | None = None, progress=None) -> BuildResult:
    """Build the resolved corpus and its RDF graph in memory; writes nothing."""
    from kg.graph.rdf import to_rdf
    from kg.resolve import resolve

    paths = [Path(p) for p in paths]
    for path in paths:
        if not path.exists():
            raise InputError(path, "no such file or folder")
    seconds = {}
    started = time.perf_counter()
    extractions, skipped = extract_all(paths, nlp=nlp, workers=workers, cache_path=cache_path,
                                      progress=progress)
    seconds["read_extract"] = time.perf_counter() - started
    started = time.perf_counter()
    corpus = resolve(extractions, skipped=tuple(skipped))
    seconds["resolve"] = time.perf_counter() - started
    started = time.perf_counter()
    rdf = to_rdf(corpus)
    seconds["graph"] = time.perf_counter() - started
    return BuildResult(corpus=corpus, rdf=rdf, seconds=seconds)


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
    from kg.graph.exporters import EXPORTERS, write_atomic

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name in formats:
        exporter = EXPORTERS[name]
        target = out / f"graph.{exporter.extension}"
        started = time.perf_counter()
        exporter.write(result, target)
        result.seconds[f"write_{name}"] = time.perf_counter() - started
        result.outputs[name] = str(target)
    if html:
        from kg.explore.html import render_html
        started = time.perf_counter()
        render_html(result.rdf, out / "graph.html")
        result.seconds["write_html"] = time.perf_counter() - started
        result.outputs["html"] = str(out / "graph.html")
    result.outputs["summary"] = str(out / "build.json")
    summary = {"inputs": sorted({str(p) for p in inputs}), **result.summary()}
    text = json.dumps(summary, ensure_ascii=False, indent=1)
    write_atomic(out / "build.json", text.encode("utf-8"))
    return result
