"""`kg show`: write the interactive HTML explorer for a graph, whole or focused."""
from __future__ import annotations

import sys
from pathlib import Path

from kg.explore.focus import Focus
from kg.explore.html import render_html
from kg.graph.load import load_graph

NAME = "show"
HELP = "write the offline HTML explorer for a graph (whole, or focused on an official/meeting/cascade)"
DESCRIPTION = """\
Draw GRAPH as one self-contained HTML page (pyvis; all JavaScript inlined, works offline):
colours and shapes by class with a legend, search, class filter, tooltips with posts, dates
and the evidence sentence and report of every edge. Big graphs draw better focused:

  kg show outputs/graph.ttl -o outputs/graph.html
  kg show outputs/graph.ttl --official 王某某 -o wang.html        # the official and their meetings
  kg show outputs/graph.ttl --meeting 常委会会议@2022-11-10        # one meeting and its neighbours
  kg show outputs/graph.ttl --cascade 中央政治局常务委员会会议      # everything that relays it

NAME and KEY are an IRI, a label or part of one; KEY may end in @DATE (2022-11-10 or --11-10)."""


def add_arguments(p) -> None:
    p.add_argument("graph", help="the graph file, e.g. outputs/graph.ttl")
    p.add_argument("-o", "--output", type=Path, help="HTML file to write (default: GRAPH with .html, "
                                                     "or NAME-focus.html for a focused view)")
    focus = p.add_mutually_exclusive_group()
    focus.add_argument("--official", metavar="NAME", help="focus on an official")
    focus.add_argument("--meeting", metavar="KEY", help="focus on a meeting")
    focus.add_argument("--cascade", metavar="KEY", help="focus on the cascade below a meeting")
    p.add_argument("--title", default="govkg explorer", help="page title")


def run(args) -> int:
    focus = next((Focus(kind, getattr(args, kind)) for kind in ("official", "meeting", "cascade")
                  if getattr(args, kind)), None)
    graph_path = Path(args.graph)
    default = (graph_path.with_suffix(".html") if focus is None
               else graph_path.with_name(f"{graph_path.stem}-{focus.kind}.html"))
    path = render_html(load_graph(graph_path), args.output or default, focus, args.title)
    print(f"wrote {path} ({path.stat().st_size // 1024} KB); open it in any browser, no network needed",
          file=sys.stderr)
    return 0
