"""`kg cascade`: the tree of meetings that relay a meeting, level by level, with lags."""
from __future__ import annotations

import json

from kg.explore.cascade import cascade, format_cascade
from kg.explore.lookup import find_one
from kg.graph.load import load_graph

NAME = "cascade"
HELP = "print the tree of meetings that relay a meeting, with dates and lags"
DESCRIPTION = """\
Follow kg:relayedDirectiveFrom backwards from MEETING: every meeting that relays it, and every
meeting that relays those, printed as a tree (central → province → city → county, as deep as
the graph goes) with each meeting's date, convener and its lag in days after the meeting above.
A meeting that relays two meetings of the cascade is shown under the deeper one.

MEETING is the meeting's IRI, its label or part of it, optionally narrowed by a date:
  kg cascade outputs/graph.ttl 中央政治局常务委员会会议
  kg cascade outputs/graph.ttl 常委会会议@2022-11-10
  kg cascade outputs/graph.ttl https://w3id.org/govkg/id/meeting/2022-11-10-3fa2c9d1e4b5a6c7
When several meetings match, they are listed so you can add @DATE or give the IRI.
The shipped query `kg query GRAPH --name cascade --param root=MEETING` gives the same rows."""


def add_arguments(p) -> None:
    p.add_argument("graph", help="the graph file, e.g. outputs/graph.ttl")
    p.add_argument("meeting", help="IRI, label, part of a label, or LABEL@DATE")
    p.add_argument("--format", "-f", choices=("text", "json"), default="text", help="output format")


def run(args) -> int:
    graph = load_graph(args.graph)
    entries = cascade(graph, find_one(graph, "Meeting", args.meeting))
    if args.format == "json":
        print(json.dumps([{"meeting": str(e.meeting), "label": e.label, "date": e.date, "depth": e.depth,
                           "relays": str(e.parent) if e.parent else None,
                           "also_relays": [str(m) for m in e.also_relays], "lag_days": e.lag_days,
                           "lag_inferred": e.lag_inferred, "convener": e.convener} for e in entries],
                         ensure_ascii=False, indent=1))
    else:
        print(format_cascade(graph, entries))
    return 0
