"""The benchmark's phases, each run in a process of its own by bench/measure.py.

    python bench/phases.py PHASE '{"paths": [...], ...}'

prints progress on stderr and, last, one line `BENCH-RESULT {json}` on stdout.
Phases: floor (read + normalise only), build (kg.pipeline.build + write_outputs),
extract (extraction alone, for the rules-vs-HanLP comparison), store (load, serialise and
query one graph in one store).
"""
from __future__ import annotations

import hashlib
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.measure import RESULT_MARK  # noqa: E402


def _bar(total: int | None, desc: str):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=" reports", file=sys.stderr, mininterval=1.0,
                leave=False)


def floor(args: dict) -> dict:
    """The floor no build can beat: read, clean and normalise every report, nothing else."""
    from kg.ingest import read_reports
    from kg.records import Report

    reports = skipped = chars = 0
    bar = _bar(args.get("reports"), "floor: read+normalise")
    started = time.perf_counter()
    for item in read_reports([Path(p) for p in args["paths"]]):
        if isinstance(item, Report):
            reports += 1
            chars += len(item.text)
        else:
            skipped += 1
        bar.update(1)
    seconds = time.perf_counter() - started
    bar.close()
    return {"reports": reports, "skipped": skipped, "chars": chars, "seconds": seconds,
            "reports_per_s": reports / seconds if seconds else None}


def build(args: dict) -> dict:
    """The whole build as `kg build` does it: build(), then graph.ttl (+ html) and build.json."""
    from kg.pipeline import build as build_graph, write_outputs

    out = Path(args["out"])
    bar = _bar(args.get("reports"), f"build --workers {args['workers']}")
    started = time.perf_counter()
    result = build_graph(args["paths"], nlp=args.get("nlp", "rules"), workers=args["workers"],
                         cache_path=args.get("cache"), progress=bar)
    bar.close()
    built = time.perf_counter() - started
    write_outputs(result, out, formats=["turtle"], html=args.get("html", False), inputs=args["paths"])
    seconds = time.perf_counter() - started
    counts = result.counts()
    ttl = Path(result.outputs["turtle"])
    digest = hashlib.sha256()
    with open(ttl, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    turtle_s = result.seconds.get("write_turtle")
    validate_s = None
    if args.get("validate"):
        # `kg build` checks its graph against the SHACL shapes unless --no-validate: timed
        # apart, since it is optional and its cost grows faster than the build's.
        from kg.graph.validate import validate
        started = time.perf_counter()
        validate(result.rdf)
        validate_s = time.perf_counter() - started
    return {"reports": counts["reports"], "skipped": counts["skipped"], "triples": counts["triples"],
            "nodes": counts["nodes"], "edges": counts["edges"], "seconds": seconds,
            "build_seconds": built, "stages": result.seconds,
            "reports_per_s": counts["reports"] / seconds if seconds else None,
            "turtle_s": turtle_s, "validate_s": validate_s, "turtle_bytes": ttl.stat().st_size, "turtle_sha256": digest.hexdigest(),
            "turtle_triples_per_s": counts["triples"] / turtle_s if turtle_s else None,
            "graph": str(ttl)}


def extract(args: dict) -> dict:
    """Extraction alone (no resolve, no graph), for comparing NLP modes on one subset."""
    from kg.pipeline import extract_all

    bar = _bar(args.get("reports"), f"extract --nlp {args['nlp']}")
    started = time.perf_counter()
    try:
        extractions, skipped = extract_all(args["paths"], nlp=args["nlp"], workers=1, progress=bar)
    except Exception as err:      # a missing or broken tagger is a result to report, not a crash
        return {"unavailable": f"{type(err).__name__}: {err}"}
    finally:
        bar.close()
    seconds = time.perf_counter() - started
    mentions = sum(len(e.officials) + len(e.bodies) + len(e.meetings) + len(e.policies)
                   for e in extractions)
    return {"reports": len(extractions), "skipped": len(skipped), "seconds": seconds,
            "reports_per_s": len(extractions) / seconds if seconds else None,
            "mentions": mentions, "relations": sum(len(e.relations) for e in extractions)}


def store(args: dict) -> dict:
    from bench.stores import measure_store

    return measure_store(args)


PHASES = {"floor": floor, "build": build, "extract": extract, "store": store}


def main(argv: list[str]) -> int:
    phase, args = argv[0], json.loads(argv[1])
    if args.get("memory_cap_gb"):
        # A cap on address space (inherited by worker processes): a phase that would not fit
        # fails with MemoryError instead of pushing the machine into the OOM killer.
        cap = int(args["memory_cap_gb"] * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    result = PHASES[phase](args)
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss is in KiB on Linux; children's is the largest single child, not their sum.
    result.update(maxrss_self_mb=self_kb / 1024, maxrss_children_mb=children_kb / 1024)
    print(RESULT_MARK + json.dumps(result, ensure_ascii=False, default=str), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
