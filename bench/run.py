"""govkg benchmark: N synthetic reports, built and queried, with the floor and the stores side by side.

    python bench/run.py --reports 1000
    python bench/run.py --reports 100000 --workers 2 --skip-hanlp

Measures, in one run and on the same reports:
  floor      read + clean + normalise only (kg.ingest.read_reports): what no build can beat
  build      kg.pipeline.build + graph.ttl (+ graph.html for small N), --workers 1 and N:
             reports/s, peak RSS of the process tree, triples, Turtle time and triples/s
  stores     rdflib's memory store against the Oxigraph-backed store on the built graph:
             load, serialise and every named query
  nlp        rules against the HanLP tagger, extraction only, on the first min(N, 1000) reports
Each runs in its own process (so each peak RSS is its own). Prints Markdown tables, and writes
the same numbers to bench/results-N.json so that rerunning shows regressions.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import corpus, table  # noqa: E402
from bench.measure import machine_info, run_phase  # noqa: E402

RDFLIB_UP_TO = 3_000_000   # rdflib holds ~2 kB per triple: 21M triples would need ~42 GB
HTML_UP_TO = 2000        # graph.html is written for corpora up to this size (pyvis is not for 100k)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--reports", type=int, metavar="N", help="number of synthetic reports")
    p.add_argument("--render", type=Path, metavar="RESULTS.json",
                   help="only print the tables of an earlier run's results file")
    p.add_argument("--workers", type=int, default=2, metavar="N", help="worker processes of the parallel build")
    p.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "govkg-bench",
                   help="working folder: corpora (reused between runs) and build outputs")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--layout", choices=corpus.LAYOUTS, default="txt",
                   help="write reports as .txt files (default) or .jsonl parts")
    p.add_argument("--skip-hanlp", action="store_true", help="do not run the HanLP-tagger comparison")
    p.add_argument("--skip-stores", action="store_true", help="do not run the rdflib/Oxigraph comparison")
    p.add_argument("--skip-serial", action="store_true", help="do not run the --workers 1 build")
    p.add_argument("--nlp-subset", type=int, default=1000, metavar="N",
                   help="reports in the rules/HanLP comparison (default: min(N, 1000))")
    p.add_argument("--query-timeout", type=float, default=120, metavar="S",
                   help="give up on one query (or one serialisation) after S seconds")
    p.add_argument("--load-timeout", type=float, default=900, metavar="S",
                   help="give up loading the graph into one store after S seconds")
    p.add_argument("--rdflib-up-to", type=int, default=RDFLIB_UP_TO, metavar="TRIPLES",
                   help="load the graph into rdflib's memory store only up to this many triples "
                        f"(default {RDFLIB_UP_TO:,}: at ~2 kB per triple a bigger one does not fit in RAM)")
    p.add_argument("--validate-up-to", type=int, default=2000, metavar="N",
                   help="also time the SHACL check `kg build` runs by default, up to N reports (default 2000)")
    p.add_argument("--memory-cap", type=float, metavar="GB",
                   help="address-space cap per phase process (default: 80%% of RAM)")
    p.add_argument("--results", type=Path, help="JSON results file (default: bench/results-N.json)")
    return p.parse_args(argv)


def say(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def _summary(result: dict) -> str:
    if result.get("error") or result.get("unavailable"):
        return f"FAILED: {result.get('error') or result.get('unavailable')}"
    rate = result.get("reports_per_s")
    return (f"{result['wall_s']:.1f} s" + (f", {rate:,.0f} reports/s" if rate else "")
            + f", peak {result['tree_peak_mb']:,.0f} MB")


def _saver(results: dict, target: Path):
    """Writes the results so far: a run that dies late still leaves its earlier numbers."""
    def save() -> Path:
        text = json.dumps(results, ensure_ascii=False, indent=1, default=str) + "\n"
        part = target.with_suffix(".json.part")
        part.write_text(text, encoding="utf-8")
        part.replace(target)
        return target
    return save


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.render:
        print(table.render(json.loads(args.render.read_text(encoding="utf-8"))))
        return 0
    if not args.reports:
        sys.exit("bench: give --reports N (or --render RESULTS.json)")
    from tqdm import tqdm

    results = {"started": dt.datetime.now().isoformat(timespec="seconds"), "seed": args.seed,
               "workers": args.workers, "machine": machine_info()}
    m = results["machine"]
    say(f"{m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, Python {m['python']}")
    args.out.mkdir(parents=True, exist_ok=True)
    bar = tqdm(total=args.reports, desc="writing synthetic reports", unit=" reports", file=sys.stderr)
    folder = corpus.ensure_corpus(args.out, args.reports, args.seed, args.layout, progress=bar)
    bar.close()
    results["corpus"] = corpus.stats(folder)
    paths, n = corpus.parts(folder), args.reports
    say(f"corpus: {folder}")

    say("floor: read + normalise only")
    results["floor"] = run_phase("floor", {"paths": paths, "reports": n})
    say(f"floor: {_summary(results['floor'])}")

    cap = args.memory_cap or round(0.8 * m["ram_gb"], 1)
    save = _saver(results, args.results or Path(__file__).with_name(f"results-{n}.json"))
    save()
    results["builds"] = {}
    counts = ([] if args.skip_serial or args.workers == 1 else [1]) + [args.workers]
    for workers in counts:
        name = f"build --workers {workers}"
        say(name)
        results["builds"][name] = run_phase("build", {
            "paths": paths, "reports": n, "workers": workers, "html": n <= HTML_UP_TO,
            "validate": n <= args.validate_up_to, "memory_cap_gb": cap,
            "out": str(args.out / f"build-{args.layout}-{n}-w{workers}")})
        say(f"{name}: {_summary(results['builds'][name])}")
        save()
    digests = {b.get("turtle_sha256") for b in results["builds"].values()}
    if len(results["builds"]) > 1:
        results["identical_outputs"] = len(digests) == 1 and None not in digests

    graph = next((b["graph"] for b in reversed(results["builds"].values()) if b.get("graph")), None)
    results["stores"] = {}
    if graph and not args.skip_stores:
        params = {}
        # Oxigraph first: it picks the parameters (the busiest meeting and official) that
        # rdflib then answers too, so both stores run the very same queries.
        triples = max((b.get("triples") or 0 for b in results["builds"].values()), default=0)
        for kind in ("oxigraph", "rdflib"):
            if kind == "rdflib" and triples > args.rdflib_up_to:
                results["stores"][kind] = {"skipped_reason": f"{triples:,} triples > --rdflib-up-to "
                                                             f"{args.rdflib_up_to:,} (~{2 * triples / 1e6:.0f} GB)"}
                continue
            say(f"store: {kind}: load, named queries, serialise")
            results["stores"][kind] = run_phase("store", {
                "graph": graph, "store": kind, "timeout": args.query_timeout, "params": params,
                "load_timeout": args.load_timeout, "memory_cap_gb": cap,
                "dump": str(args.out / f"dump-{kind}.ttl")})
            params = params or results["stores"][kind].get("params") or {}
            say(f"store {kind}: {_summary(results['stores'][kind])}")
            save()

    subset = min(n, args.nlp_subset)
    results["nlp"] = {}
    for mode in ("rules", "hanlp"):
        if mode == "hanlp" and args.skip_hanlp:
            results["nlp"][mode] = {"skipped_reason": "--skip-hanlp"}
            continue
        say(f"extract --nlp {mode} on the first {subset} reports")
        results["nlp"][mode] = run_phase("extract", {"paths": corpus.parts(folder, subset),
                                                     "reports": subset, "nlp": mode})
        say(f"extract {mode}: {_summary(results['nlp'][mode])}")
        save()

    results["finished"] = dt.datetime.now().isoformat(timespec="seconds")
    print(table.render(results))
    say(f"results written to {save()}")
    failed = [r for r in [results["floor"], *results["builds"].values()] if r.get("error")]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
