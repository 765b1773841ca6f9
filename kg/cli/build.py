"""`kg build`: reports in, graph.ttl + graph.html + build.json out."""
from __future__ import annotations

import sys
from pathlib import Path

NAME = "build"
HELP = "build the knowledge graph of a set of reports"
DESCRIPTION = """\
Read reports (.txt in UTF-8/GBK/Big5, .html, .jsonl with one report per line),
extract officials, bodies, meetings and policies with their evidence, resolve
them across reports, and write into OUT:
  graph.ttl    the whole corpus as one RDF graph (Turtle)
  graph.html   an interactive view that opens with no network
  build.json   what was read, what was skipped and why, counts per class

Examples:
  kg build examples/ -o outputs/
  kg build reports/2022/ extra.jsonl -o out/ --format turtle --format trig
  kg build reports/ -o out/ --nlp hanlp        # also use the shipped HanLP tagger

Exit code 1 means the graph was built but some inputs were skipped (each is
listed with its path and reason on stderr and in build.json), or the graph
breaks a SHACL shape (listed on stderr; `kg validate` prints them all)."""


def add_arguments(parser):
    parser.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders (walked recursively)")
    parser.add_argument("-o", "--out", default="outputs", metavar="OUT",
                        help="output folder (created if missing; default: outputs)")
    parser.add_argument("--format", dest="formats", action="append", metavar="FMT",
                        help="graph format(s) to write: turtle (default), trig, nt, jsonld, graphml, gexf; repeatable")
    parser.add_argument("--nlp", default="rules", metavar="MODE",
                        help="rules (default), hanlp (shipped tagger) or hanlp:PATH (your own HanLP model)")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="extract in N processes (output is identical for any N; default 1)")
    parser.add_argument("--add", action="store_true",
                        help="extend the graph in OUT: rebuild from the inputs recorded in OUT/build.json "
                             "plus PATHs, extracting only reports not seen before")
    parser.add_argument("--no-cache", action="store_true",
                        help="do not use OUT/cache.sqlite (extractions keyed by report content, "
                             "which make re-runs and resumed builds fast)")
    parser.add_argument("--no-html", action="store_true", help="do not write graph.html")
    parser.add_argument("--no-validate", action="store_true",
                        help="skip checking the graph against the SHACL shapes (ontology/shapes.ttl); "
                             "saves time on very large builds")
    parser.add_argument("--html-max-nodes", type=int, default=HTML_MAX_NODES, metavar="N",
                        help=f"write graph.html only for graphs of at most N nodes (default {HTML_MAX_NODES}: "
                             "a browser cannot lay out more; use `kg show` for a focused view of a big graph)")
    parser.add_argument("--validate-max-nodes", type=int, default=VALIDATE_MAX_NODES, metavar="N",
                        help=f"SHACL-check only graphs of at most N nodes (default {VALIDATE_MAX_NODES}: the "
                             "check holds the whole graph in memory; `kg validate graph.ttl` checks any size)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


# Both steps hold the graph as rdflib objects (about 2 kB per triple, ~25 triples per node):
# past these sizes they would cost more time and memory than the whole build.
HTML_MAX_NODES = 5_000
VALIDATE_MAX_NODES = 20_000


def run(args) -> int:
    from tqdm import tqdm

    from kg.cli.main import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL
    from kg.pipeline import build, previous_inputs, write_outputs

    bar = tqdm(unit=" reports", desc="reading", disable=args.quiet, file=sys.stderr)
    try:
        paths = previous_inputs(args.out) + args.paths if args.add else args.paths
        result = build(paths, nlp=args.nlp, workers=args.workers, progress=bar,
                       cache_path=None if args.no_cache else Path(args.out) / "cache.sqlite")
    finally:
        bar.close()
    for item in result.skipped:
        where = f"{item.source_file}:{item.line}" if item.line else item.source_file
        print(f"kg build: skipped {where}: {item.reason}", file=sys.stderr)
    if not result.corpus.reports:
        print("kg build: no report could be read; nothing written", file=sys.stderr)
        return EXIT_ERROR
    size = len(result.corpus.nodes)
    html = not args.no_html and _within(size, args.html_max_nodes, "graph.html not written", result.notes)
    validate = not args.no_validate and _within(size, args.validate_max_nodes, "SHACL check skipped",
                                                result.notes)
    write_outputs(result, args.out, formats=args.formats or ["turtle"], html=html, inputs=paths)
    problems = check_shapes(result.rdf) if validate else []
    counts = result.counts()
    nodes = ", ".join(f"{kind} {n}" for kind, n in counts["nodes"].items())
    print(f"kg build: {counts['reports']} reports -> {counts['triples']} triples ({nodes}); "
          f"wrote {', '.join(result.outputs.values())}", file=sys.stderr)
    return EXIT_PARTIAL if result.skipped or problems else EXIT_OK


def _within(nodes: int, limit: int, step: str, notes: list[str]) -> bool:
    if nodes <= limit:
        return True
    notes.append(f"{step}: the graph has {nodes} nodes, over the limit of {limit} (see kg build --help)")
    print(f"kg build: {notes[-1]}", file=sys.stderr)
    return False


def check_shapes(rdf) -> list:
    """SHACL-check the built graph; problems go to stderr (the graph is still written)."""
    from kg.graph.validate import validate

    problems = [v for v in validate(rdf) if v.severity != "warning"]
    for problem in problems[:20]:
        print(f"kg build: shape violation: {problem}", file=sys.stderr)
    if len(problems) > 20:
        print(f"kg build: ... and {len(problems) - 20} more (run kg validate)", file=sys.stderr)
    return problems
