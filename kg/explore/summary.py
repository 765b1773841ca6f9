"""What `kg stats` prints: counts, central officials and bodies, co-attendance communities,
cascade lags; as a dict (for --format json) and as text."""
from __future__ import annotations

from dataclasses import asdict

import networkx as nx

from kg.explore import analytics
from kg.explore.results import width

COMMUNITY_MEMBERS_SHOWN = 12


def summarise(view: nx.MultiDiGraph, top: int = 10) -> dict:
    graph = analytics.entity_graph(view)
    betweenness = analytics.betweenness_of(graph)
    coattendance = analytics.co_attendance(view)
    lags = analytics.cascade_lags(view)
    relays = sum(1 for _, _, k in view.edges(keys=True) if k == "relayedDirectiveFrom")
    groups = analytics.communities(coattendance)
    return {
        "counts": analytics.counts(view),
        "betweenness": "exact" if graph.number_of_nodes() <= analytics.EXACT_BETWEENNESS_UP_TO
                       else f"estimated from {analytics.BETWEENNESS_SAMPLE} sampled nodes",
        "central_officials": [asdict(r) for r in analytics.central(view, "Official", top, graph, betweenness)],
        "central_bodies": [asdict(r) for r in analytics.central(view, "Body", top, graph, betweenness)],
        "co_attendance": {"officials": coattendance.number_of_nodes(), "pairs": coattendance.number_of_edges()},
        "communities": [[{"iri": n, "label": coattendance.nodes[n]["label"]} for n in g] for g in groups[:top]],
        "cascade_lags": analytics.lag_summary(lags, relays),
        "fastest_cascades": analytics.fastest_cascades(view, lags, top),
    }


def _ranked(title: str, rows: list[dict]) -> list[str]:
    lines = [title]
    if not rows:
        return lines + ["  (none)"]
    widest = max(width(r["label"]) for r in rows)
    for i, r in enumerate(rows, 1):
        lines.append(f"  {i:>2}. {r['label']}{' ' * (widest - width(r['label']))}  "
                     f"degree {r['degree']:>4}  betweenness {r['betweenness']:.4f}")
    return lines


def format_summary(data: dict) -> str:
    counts = data["counts"]
    lines = ["nodes: " + ", ".join(f"{k} {v}" for k, v in counts["nodes"].items()),
             "edges: " + ", ".join(f"{k} {v}" for k, v in counts["edges"].items()), ""]
    lines += _ranked(f"Most central officials (betweenness in the entity graph, {data['betweenness']})",
                     data["central_officials"])
    lines += [""] + _ranked("Most central bodies", data["central_bodies"]) + [""]
    co = data["co_attendance"]
    lines.append(f"Co-attendance communities (greedy modularity over {co['officials']} officials, "
                 f"{co['pairs']} pairs who shared a meeting)")
    for i, group in enumerate(data["communities"], 1):
        names = "、".join(m["label"] for m in group[:COMMUNITY_MEMBERS_SHOWN])
        more = f" and {len(group) - COMMUNITY_MEMBERS_SHOWN} more" if len(group) > COMMUNITY_MEMBERS_SHOWN else ""
        lines.append(f"  {i:>2}. ({len(group)}) {names}{more}")
    if not data["communities"]:
        lines.append("  (none)")
    lag = data["cascade_lags"]
    lines += ["", f"Cascade lags (days from a meeting to the meeting it relays): "
                  f"{lag['with_lag']} of {lag['relays']} relays have both dates"]
    if lag["with_lag"]:
        lines.append(f"  median {lag['median']}, mean {lag['mean']}, min {lag['min']}, max {lag['max']} days"
                     + (f"; {lag['inferred']} with a year inferred from the other date" if lag["inferred"] else ""))
        lines.append("  fastest relayed meetings (median lag of the meetings that relay it):")
        for row in data["fastest_cascades"]:
            lines.append(f"    {row['date'] or 'date unknown'}  {row['label']}: relayed by {row['relayed_by']}, "
                         f"median {row['median_lag']} days")
    return "\n".join(lines)
