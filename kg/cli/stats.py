"""`kg stats`: central officials and bodies, co-attendance communities, cascade lags."""
from __future__ import annotations

import json

from kg.explore.summary import format_summary, summarise
from kg.graph.load import load_graph
from kg.graph.networkx_view import to_networkx

NAME = "stats"
HELP = "print central officials and bodies, co-attendance communities and cascade lags"
DESCRIPTION = """\
Network numbers for a built graph (networkx):
  - node and edge counts by kind;
  - the most central officials and bodies: betweenness and degree in the graph of officials,
    meetings, bodies and policies (estimated from a sample above 2,000 nodes);
  - co-attendance communities: officials who shared meetings, grouped by greedy modularity;
  - cascade lags: days between a meeting and the meeting it relays where both dates are known
    (a date without a year borrows the other's), and the meetings relayed fastest.

examples:
  kg stats outputs/graph.ttl
  kg stats outputs/graph.ttl --top 20 --format json > stats.json"""


def add_arguments(p) -> None:
    p.add_argument("graph", help="the graph file, e.g. outputs/graph.ttl")
    p.add_argument("--top", type=int, default=10, help="how many of each ranking to show (default: 10)")
    p.add_argument("--format", "-f", choices=("text", "json"), default="text", help="output format")


def run(args) -> int:
    data = summarise(to_networkx(load_graph(args.graph)), args.top)
    print(json.dumps(data, ensure_ascii=False, indent=1) if args.format == "json" else format_summary(data))
    return 0
