"""Focused views for big graphs: one official and their world, one meeting, one cascade.

    Focus("official", "王某某")           the official(s) so named, their meetings, and the
                                        people, bodies, policies and meetings around those
    Focus("meeting", "常委会会议@2022-11-10")  the meeting and everything one edge away
    Focus("cascade", KEY)                the meeting, every meeting that relays it, and the
                                        officials, bodies and policies of those meetings
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rdflib import Graph

from kg.errors import QueryError
from kg.explore.cascade import cascade
from kg.explore.lookup import find, find_one
from kg.explore.view import GraphView

KINDS = {"official": "Official", "meeting": "Meeting", "cascade": "Meeting"}


@dataclass(frozen=True)
class Focus:
    kind: str     # "official" | "meeting" | "cascade"
    key: str      # IRI, label, part of a label; TEXT@DATE narrows meetings by date

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"focus kind must be one of {', '.join(KINDS)}, not {self.kind!r}")

    @property
    def hierarchical(self) -> bool:
        return self.kind == "cascade"

    def describe(self) -> str:
        return f"{self.kind} {self.key}"


def _neighbours(view: GraphView) -> dict[str, set[str]]:
    around: dict[str, set[str]] = defaultdict(set)
    for edge in view.edges:
        around[edge.source].add(edge.target)
        around[edge.target].add(edge.source)
    return around


def focus_view(graph: Graph, view: GraphView, focus: Focus) -> GraphView:
    """The part of `view` that `focus` asks for; QueryError when the key names nothing."""
    around = _neighbours(view)
    if focus.kind == "official":
        centres = {str(n) for n in find(graph, "Official", focus.key)}
        if not centres:
            raise QueryError(f"no Official matches {focus.key!r}: give a name, part of one, or an IRI")
        meetings = {m for c in centres for m in around[c]}
        keep = centres | meetings | {n for m in meetings for n in around[m]}
    elif focus.kind == "meeting":
        centre = str(find_one(graph, "Meeting", focus.key))
        keep = {centre} | around[centre]
    else:
        root = find_one(graph, "Meeting", focus.key)
        meetings = {str(e.meeting) for e in cascade(graph, root)}
        keep = set(meetings)
        for m in meetings:
            keep |= {n for n in around[m] if view.nodes[n].kind != "Meeting"}
    return view.subset(keep)
