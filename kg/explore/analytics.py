"""Numbers from the graph with networkx: who is central, who meets whom, how fast directives travel.

All functions take the MultiDiGraph of kg.graph.networkx_view.to_networkx (IRIs as node ids,
attributes kind/label/date, edge keys = predicate names).
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

import networkx as nx
from networkx.algorithms.community import greedy_modularity_communities

from kg.explore.cascade import lag

ATTENDING = ("chaired", "attended")
EXACT_BETWEENNESS_UP_TO = 2000   # nodes; above this betweenness is estimated from a sample
BETWEENNESS_SAMPLE = 500


@dataclass(frozen=True)
class Ranked:
    iri: str
    label: str
    degree: int              # distinct neighbours in the entity graph
    betweenness: float       # normalised; sampled on big graphs


@dataclass(frozen=True)
class Lag:
    meeting: str             # the relaying (later) meeting
    relays: str              # the meeting it relays
    days: int
    inferred: bool           # one of the dates had no year


def _label(view: nx.MultiDiGraph, node: str) -> str:
    return view.nodes[node].get("label", node)


def _date(view: nx.MultiDiGraph, node: str) -> str | None:
    value = view.nodes[node].get("date")
    return sorted(value.split("\n"))[0] if value else None


def co_attendance(view: nx.MultiDiGraph) -> nx.Graph:
    """Officials linked by the meetings they shared; edge weight = number of such meetings."""
    graph = nx.Graph()
    for node, data in view.nodes(data=True):
        if data.get("kind") == "Official":
            graph.add_node(node, label=data.get("label", node))
        if data.get("kind") != "Meeting":
            continue
        present = sorted({s for s, _, key in view.in_edges(node, keys=True) if key in ATTENDING})
        for a, b in combinations(present, 2):
            weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
            graph.add_edge(a, b, weight=weight + 1)
    return graph


def entity_graph(view: nx.MultiDiGraph) -> nx.Graph:
    """Officials, bodies, meetings and policies as one simple undirected graph (posts left out:
    a post links only its holders and would make every holder look central)."""
    keep = [n for n, d in view.nodes(data=True) if d.get("kind") != "Post"]
    return nx.Graph(view.subgraph(keep).to_undirected(as_view=True))


def central(view: nx.MultiDiGraph, kind: str, top: int = 10, graph: nx.Graph | None = None,
            betweenness: dict | None = None) -> list[Ranked]:
    """The `top` nodes of `kind` by betweenness, then degree, in the entity graph."""
    graph = graph if graph is not None else entity_graph(view)
    if betweenness is None:
        betweenness = betweenness_of(graph)
    ranked = [Ranked(n, _label(view, n), graph.degree(n), round(betweenness.get(n, 0.0), 4))
              for n in graph if view.nodes[n].get("kind") == kind]
    ranked.sort(key=lambda r: (-r.betweenness, -r.degree, r.label, r.iri))
    return ranked[:top]


def betweenness_of(graph: nx.Graph) -> dict:
    if graph.number_of_nodes() <= EXACT_BETWEENNESS_UP_TO:
        return nx.betweenness_centrality(graph, normalized=True)
    return nx.betweenness_centrality(graph, k=BETWEENNESS_SAMPLE, normalized=True, seed=0)


def communities(coattendance: nx.Graph, min_size: int = 2) -> list[list[str]]:
    """Groups of officials who meet each other more than others (greedy modularity), biggest
    first; each group is a sorted list of node ids."""
    linked = coattendance.subgraph([n for n in coattendance if coattendance.degree(n) > 0])
    if linked.number_of_edges() == 0:
        return []
    found = greedy_modularity_communities(linked, weight="weight")
    groups = [sorted(c) for c in found if len(c) >= min_size]
    return sorted(groups, key=lambda g: (-len(g), g))


def cascade_lags(view: nx.MultiDiGraph) -> list[Lag]:
    """Days between each relaying meeting and the meeting it relays, where the dates allow."""
    found = []
    for later, earlier, key in sorted(view.edges(keys=True)):
        if key != "relayedDirectiveFrom":
            continue
        days, inferred = lag(_date(view, later), _date(view, earlier))
        if days is not None:
            found.append(Lag(later, earlier, days, inferred))
    return found


def lag_summary(lags: list[Lag], relays_total: int) -> dict:
    days = [item.days for item in lags]
    summary = {"relays": relays_total, "with_lag": len(days), "inferred": sum(item.inferred for item in lags)}
    if days:
        summary.update(median=statistics.median(days), mean=round(statistics.fmean(days), 2),
                       min=min(days), max=max(days))
    return summary


def fastest_cascades(view: nx.MultiDiGraph, lags: list[Lag], top: int = 5) -> list[dict]:
    """Meetings relayed directly by others, ranked by the median lag of those relays."""
    by_source: dict[str, list[int]] = {}
    for item in lags:
        by_source.setdefault(item.relays, []).append(item.days)
    rows = [{"meeting": m, "label": _label(view, m), "date": _date(view, m), "relayed_by": len(d),
             "median_lag": statistics.median(d)} for m, d in by_source.items()]
    rows.sort(key=lambda r: (r["median_lag"], -r["relayed_by"], r["label"], r["meeting"]))
    return rows[:top]


def counts(view: nx.MultiDiGraph) -> dict:
    kinds = Counter(d.get("kind") for _, d in view.nodes(data=True))
    edges = Counter(key for _, _, key in view.edges(keys=True))
    return {"nodes": dict(sorted(kinds.items())), "edges": dict(sorted(edges.items()))}
