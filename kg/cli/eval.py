"""`kg eval`: score a built graph against gold annotations."""
from __future__ import annotations

import json

NAME = "eval"
HELP = "score a built graph against hand-made gold files (precision, recall, F1 per class)"
DESCRIPTION = """\
Compare a graph built by `kg build` with gold annotations: one NAME.gold.json beside each
report NAME.txt in GOLD_DIR (officials, bodies, policies, meetings; chaired, attended,
relayed). Prints precision, recall and F1 per class and the macro-F1 over officials,
meetings, chaired, attended and relayed. Matching needs a report in common, so build the
graph from the same report files.

Examples:
  kg build my_reports/ -o out/
  kg eval my_reports/ --graph out/graph.ttl
  kg eval my_reports/ --graph out/graph.ttl --errors     # list misses (-) and false positives (+)
  kg eval my_reports/ --graph out/graph.ttl --json > scores.json"""


def add_arguments(parser):
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="folder holding NAME.gold.json files")
    parser.add_argument("--graph", required=True, metavar="GRAPH",
                        help="the graph to score (graph.ttl, or any RDF file rdflib reads)")
    parser.add_argument("--errors", action="store_true", help="list false positives (+) and misses (-)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")


def run(args) -> int:
    from kg.evaluate import check_gold_dir, evaluate

    scores = evaluate(args.graph, check_gold_dir(args.gold_dir))
    if args.json:
        print(json.dumps(scores.as_dict(), ensure_ascii=False, indent=1))
        return 0
    print(f'{"class":<10} {"P":>6} {"R":>6} {"F1":>6} {"tp":>5} {"fp":>5} {"fn":>5}')
    for kind, s in scores.classes.items():
        print(f"{kind:<10} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}")
        if args.errors:
            for item in s.false_positives:
                print(f"    + {item}")
            for item in s.missed:
                print(f"    - {item}")
    print(f"macro-F1 (officials, meetings, chaired, attended, relayed): {scores.macro_f1:.3f}")
    return 0
