"""The RDF graph as a networkx.MultiDiGraph: entities as nodes, asserted edges as edges.

    view = to_networkx(graph)
    view.nodes[iri]      -> {"kind": "Meeting", "label": "...", "date": "2022-11-10", ...}
    view.edges[s, o, "chaired"] -> {"predicate": "chaired", "evidence": "...", "sources": "..."}

Nodes are the officials, bodies, meetings, policies and posts (reports and evidence nodes
are folded into edge attributes). Every attribute is a string, so GraphML and GEXF can store
it; multi-valued ones (aliases, venues, evidence sentences) are joined with newlines.
Nodes and edges are added in sorted order, so exports of the same graph are identical.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib import RDF, RDFS, Graph
from rdflib.namespace import SKOS

from kg.graph.rdf import union_graph
from kg.graph.vocab import KG

ENTITY_CLASSES = ("Official", "Body", "Meeting", "Policy", "Post")
EDGE_PREDICATES = ("chaired", "attended", "relayedDirectiveFrom", "convenedBy", "holdsPost",
                   "promotesPolicy")
_SEPARATOR = "\n"


def _label(graph: Graph, node) -> str:
    labels = sorted(graph.objects(node, RDFS.label), key=lambda l: (getattr(l, "language", None) != "zh", str(l)))
    return str(labels[0]) if labels else str(node)


def _joined(values) -> str:
    return _SEPARATOR.join(sorted({str(v) for v in values}))


def _node_attributes(graph: Graph, node, kind: str) -> dict[str, str]:
    attributes = {"kind": kind, "label": _label(graph, node), "iri": str(node)}
    optional = {"date": KG.date, "jurisdiction": KG.jurisdiction, "format": KG.format,
                "venues": KG.venue, "aliases": SKOS.altLabel}
    for name, predicate in optional.items():
        value = _joined(graph.objects(node, predicate))
        if value:
            attributes[name] = value
    reports = {str(r) for r in graph.objects(node, KG.mentionedIn)}
    if reports:
        attributes["reports"] = str(len(reports))
    return attributes


def _evidence(graph: Graph) -> dict[tuple, list[tuple[str, str, str]]]:
    """(subject, predicate, object) -> [(sentence, source file, qualifier)] from kg:Assertion nodes."""
    found = defaultdict(list)
    for node in graph.subjects(RDF.type, KG.Assertion):
        edge = (graph.value(node, RDF.subject), graph.value(node, RDF.predicate),
                graph.value(node, RDF.object))
        report = graph.value(node, KG.inReport)
        source = graph.value(report, KG.sourceFile) if report is not None else None
        found[edge].append((str(graph.value(node, KG.sentence) or ""), str(source or ""),
                            str(graph.value(node, KG.qualifier) or "")))
    return found


def to_networkx(graph) -> nx.MultiDiGraph:
    """Entities and asserted edges of a govkg RDF graph (or Dataset) as a MultiDiGraph."""
    graph = union_graph(graph)
    view = nx.MultiDiGraph()
    entities = {}
    for kind in ENTITY_CLASSES:
        for node in graph.subjects(RDF.type, KG[kind]):
            entities.setdefault(node, kind)
    for node in sorted(entities, key=str):
        view.add_node(str(node), **_node_attributes(graph, node, entities[node]))
    evidence = _evidence(graph)
    edges = []
    for name in EDGE_PREDICATES:
        for s, o in graph.subject_objects(KG[name]):
            if s in entities and o in entities:
                edges.append((str(s), str(o), name, evidence.get((s, KG[name], o), [])))
    for s, o, name, found in sorted(edges, key=lambda e: e[:3]):
        attributes = {"predicate": name}
        if found:
            for index, attribute in enumerate(("evidence", "sources", "qualifier")):
                value = _joined(item[index] for item in found if item[index])
                if value:
                    attributes[attribute] = value
        view.add_edge(s, o, key=name, **attributes)
    return view
