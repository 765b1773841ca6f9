"""The interactive HTML explorer: a pyvis network in one self-contained page.

pyvis 0.3.2 links vis-network and Bootstrap from CDNs in its 'local' and 'remote' modes and
Bootstrap in every mode, so the page is rendered from our own template
(kg/explore/assets/explorer.html) with pyvis's bundled vis-network inlined, exactly as its
`cdn_resources='in_line'` mode does, and no Bootstrap: it draws with no network at all.
"""
from __future__ import annotations

import math
from pathlib import Path

import pyvis
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from pyvis.network import Network
from rdflib import Graph

from kg.explore.focus import Focus, focus_view
from kg.explore.style import CLASS_STYLE, EDGE_STYLE, edge_tooltip, node_tooltip
from kg.explore.view import DRAWN_CLASSES, GraphView, graph_view, with_degree_facts
from kg.graph.atomic import atomic_output

ASSETS = Path(__file__).parent / "assets"
PYVIS_TEMPLATES = Path(pyvis.__file__).parent / "templates"
FONT = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"
BIG = 300          # nodes above which the page trades looks for speed


def _environment() -> Environment:
    # our template first; pyvis's folder supplies lib/vis-9.1.2/* for inlining
    return Environment(loader=ChoiceLoader([FileSystemLoader(str(ASSETS)), FileSystemLoader(str(PYVIS_TEMPLATES))]),
                       autoescape=True, undefined=StrictUndefined)


def options(node_count: int, edge_count: int, hierarchical: bool = False) -> dict:
    """vis-network options: physics stabilises off-screen, then the page switches it off
    (explorer.js), so even 2,000 nodes are still when the user starts to look."""
    big = node_count > BIG
    opts = {
        "nodes": {"font": {"size": 14, "face": FONT}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 10, "face": FONT, "align": "middle", "color": "#444"},
                  "smooth": False if big or edge_count > 2 * BIG else {"type": "continuous"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big, "navigationButtons": False},
        "layout": {"improvedLayout": node_count <= 150, "randomSeed": 7},
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.1},
                    "minVelocity": 1.0,
                    # fewer iterations for big graphs: each one costs O(n log n)
                    "stabilization": {"enabled": True, "fit": True, "updateInterval": 25,
                                      "iterations": max(150, min(1000, int(200000 / max(node_count, 1))))}},
    }
    if hierarchical:
        opts["layout"]["hierarchical"] = {"enabled": True, "direction": "DU", "sortMethod": "directed",
                                          "levelSeparation": 130, "nodeSpacing": 170}
        opts["physics"] = {"enabled": False}
    return opts


def to_pyvis(view: GraphView, hierarchical: bool = False) -> Network:
    """The view as a pyvis Network (directed; tooltips are escaped HTML strings)."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    degree: dict[str, int] = {}
    for edge in view.edges:
        degree[edge.source] = degree.get(edge.source, 0) + 1
        degree[edge.target] = degree.get(edge.target, 0) + 1
    for iri, node in view.nodes.items():
        style = CLASS_STYLE[node.kind]
        # two meetings of one body differ only by date, so the date is part of the caption
        dates = [value.split(" ")[0] for name, value in node.facts if name == "date"]
        net.add_node(iri, label="\n".join([node.label, *dates[:1]]), shape=style["shape"], color=style["color"],
                     title=node_tooltip(node), kind=node.kind,
                     size=round(10 + 3 * math.sqrt(degree.get(iri, 0)), 1))
    for edge in view.edges:
        style = EDGE_STYLE[edge.predicate]
        net.add_edge(edge.source, edge.target, label=style["label"], color=style["color"],
                     width=style["width"], dashes=style.get("dashes", False), predicate=edge.predicate,
                     title=edge_tooltip(edge, view.nodes[edge.source], view.nodes[edge.target]))
    return net


def html_document(graph: Graph, focus: Focus | None = None, title: str = "govkg explorer") -> str:
    """The explorer page for `graph` (or the part `focus` asks for) as one HTML string."""
    view = graph_view(graph)
    if focus is not None:
        view = focus_view(graph, view, focus)
        title = f"{title} — {focus.describe()}"
    view = with_degree_facts(view)
    net = to_pyvis(view, hierarchical=bool(focus and focus.hierarchical))
    counts = {kind: sum(1 for n in view.nodes.values() if n.kind == kind) for kind in DRAWN_CLASSES}
    payload = {"nodes": net.nodes, "edges": net.edges,
               "options": options(len(net.nodes), len(net.edges), bool(focus and focus.hierarchical))}
    legend = [{"kind": k, "count": counts[k], **CLASS_STYLE[k]} for k in DRAWN_CLASSES]
    edge_legend = [{"predicate": p, **s} for p, s in EDGE_STYLE.items()]
    return _environment().get_template("explorer.html").render(
        title=title, payload=payload, legend=legend, edge_legend=edge_legend,
        node_count=len(net.nodes), edge_count=len(net.edges))


def render_html(rdf_graph: Graph, path, focus: Focus | None = None, title: str = "govkg explorer") -> Path:
    """Write the explorer for `rdf_graph` to `path` (atomically) and return the path."""
    path = Path(path)
    page = html_document(rdf_graph, focus, title)
    with atomic_output(path) as out:
        out.write(page)
    return path
