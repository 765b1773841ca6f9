"""Directive cascades: the tree of meetings that relay a meeting, level by level, with lags.

kg:relayedDirectiveFrom points from the later meeting to the one it relays, so the cascade
below a meeting is everything that reaches it by that edge (the shipped query
`cascade.rq` says the same with the property path ^kg:relayedDirectiveFrom+).
A meeting that relays two meetings of the cascade (a county relaying both the city and the
province) is placed under the deepest one, so depth follows the chain of command.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rdflib import Graph, URIRef

from kg.explore.resources import ISO_DATE
from kg.explore.view import date_text, label_of
from kg.graph.vocab import KG

MAX_INFERRED_LAG = 183   # days: a year borrowed from the other meeting must give a lag below this


@dataclass(frozen=True)
class CascadeEntry:
    meeting: URIRef
    label: str
    date: str | None                 # as in the graph: 2022-11-10 or --11-10
    depth: int                       # 0 for the root
    parent: URIRef | None            # the meeting it is printed under
    also_relays: tuple[URIRef, ...]  # other meetings of the cascade it relays
    lag_days: int | None             # days after the parent, where both dates allow
    lag_inferred: bool = False       # True when one date had no year and borrowed the other's
    convener: str | None = None


def _date(graph: Graph, meeting) -> str | None:
    values = sorted(str(d) for d in graph.objects(meeting, KG.date))
    return values[0] if values else None


def lag(later: str | None, earlier: str | None) -> tuple[int | None, bool]:
    """Days from `earlier` to `later`; (None, False) when either is missing. Where only one
    side has a year, the other borrows it (or the next year), and the lag is marked inferred."""
    a, b = (ISO_DATE.match(x) if x else None for x in (later, earlier))
    if not a or not b or (not a["year"] and not b["year"]):
        return None, False
    if a["year"] and b["year"]:
        return (_day(a, a["year"]) - _day(b, b["year"])).days, False
    year = int(a["year"] or b["year"])
    for shift in (0, 1, -1):
        ya, yb = (year, year + shift) if a["year"] else (year + shift, year)
        try:
            days = (_day(a, ya) - _day(b, yb)).days
        except ValueError:          # --02-29 in a year without it
            continue
        if 0 <= days < MAX_INFERRED_LAG:
            return days, True
    return None, False


def _day(match, year) -> dt.date:
    return dt.date(int(year), int(match["month"]), int(match["day"]))


def _members(graph: Graph, root: URIRef) -> dict[URIRef, list[URIRef]]:
    """Every meeting below `root` -> the cascade meetings it relays."""
    relays: dict[URIRef, list[URIRef]] = {}
    frontier = [root]
    while frontier:
        target = frontier.pop()
        for later in graph.subjects(KG.relayedDirectiveFrom, target):
            if later == root:
                continue
            if later not in relays:
                relays[later] = []
                frontier.append(later)
            if target not in relays[later]:
                relays[later].append(target)
    return relays


def _depths(root: URIRef, relays: dict[URIRef, list[URIRef]]) -> dict[URIRef, int]:
    """Longest chain from each meeting up to the root; a cycle is cut where it closes."""
    depth: dict[URIRef, int] = {root: 0}

    def visit(node, path):
        if node in depth:
            return depth[node]
        best = 1
        for parent in relays[node]:
            if parent not in path:
                best = max(best, visit(parent, path | {node}) + 1)
        depth[node] = best
        return best

    for node in sorted(relays):
        visit(node, frozenset())
    return depth


def cascade(graph: Graph, root: URIRef) -> list[CascadeEntry]:
    """The root and every meeting below it, in tree order (depth-first, by date then label)."""
    relays = _members(graph, root)
    depths = _depths(root, relays)
    children: dict[URIRef, list[URIRef]] = {}
    parent_of: dict[URIRef, URIRef] = {}
    for node, parents in relays.items():
        parent = max(parents, key=lambda p: (depths[p], str(p)))
        parent_of[node] = parent
        children.setdefault(parent, []).append(node)

    def entry(node, depth):
        parent = parent_of.get(node)
        days, inferred = lag(_date(graph, node), _date(graph, parent)) if parent is not None else (None, False)
        conveners = sorted(label_of(graph, b) for b in graph.objects(node, KG.convenedBy))
        return CascadeEntry(node, label_of(graph, node), _date(graph, node), depth, parent,
                            tuple(sorted(p for p in relays.get(node, ()) if p != parent)),
                            days, inferred, conveners[0] if conveners else None)

    order, seen = [], set()

    def walk(node, depth):
        if node in seen:
            return
        seen.add(node)
        order.append(entry(node, depth))
        kids = [entry(kid, depth + 1) for kid in children.get(node, [])]
        # soonest relay first; those with no known lag after them
        for kid in sorted(kids, key=lambda e: (e.lag_days is None, e.lag_days or 0, e.label, str(e.meeting))):
            walk(kid.meeting, depth + 1)

    walk(root, 0)
    return order


def _is_last_sibling(entries: list[CascadeEntry], index: int) -> bool:
    depth = entries[index].depth
    for later in entries[index + 1:]:
        if later.depth < depth:
            return True
        if later.depth == depth:
            return False
    return True


def format_cascade(graph: Graph, entries: list[CascadeEntry]) -> str:
    """The tree as text: one meeting per line, indented by depth, with date, convener and lag."""
    lines = []
    open_levels: list[bool] = []     # per depth: does a later sibling still follow?
    for i, e in enumerate(entries):
        last = _is_last_sibling(entries, i)
        del open_levels[max(e.depth - 1, 0):]
        bars = "".join("│  " if more else "   " for more in open_levels)
        indent = "" if e.depth == 0 else bars + ("└─ " if last else "├─ ")
        if e.depth:
            open_levels.append(not last)
        parts = [date_text(e.date) if e.date else "date unknown", e.label]
        if e.convener:
            parts.append(f"({e.convener})")
        if e.parent is not None:
            lagged = ("lag unknown" if e.lag_days is None
                      else f"{e.lag_days} day{'s' if e.lag_days != 1 else ''} later")
            parts.append(f"[{'~' if e.lag_inferred else ''}{lagged}]")
        if e.also_relays:
            parts.append("also relays " + "; ".join(label_of(graph, m) for m in e.also_relays))
        lines.append(f"{indent}{'  '.join(parts)}")
    depths = max((e.depth for e in entries), default=0)
    lines.append(f"{len(entries) - 1} meeting(s) relay it, over {depths} level(s)"
                 + ("; ~ marks a lag where one date had no year" if any(e.lag_inferred for e in entries) else ""))
    return "\n".join(lines)
