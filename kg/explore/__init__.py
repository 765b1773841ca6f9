"""Explore stage: questions in SPARQL, an offline HTML picture, and networkx numbers.

    from kg.explore import KnowledgeGraph
    kg = KnowledgeGraph.load("outputs/graph.ttl")
    kg.query("SELECT ?m WHERE { ?m a kg:Meeting }")     # rows of rdflib terms
    kg.show("graph.html")                                # or inline in Jupyter
    kg.to_networkx()                                     # nx.MultiDiGraph

Modules: view (RDF -> drawable nodes/edges with evidence), lookup/focus (find entities,
cut focused views), html (pyvis page), sparql/params/results/library (queries),
store (rdflib or Oxigraph), server (SPARQL protocol), analytics/cascade (networkx numbers).
Names are imported lazily so that `kg --help` does not pay for pyvis or networkx.
"""
from importlib import import_module

_EXPORTS = {"KnowledgeGraph": "kg.explore.knowledge_graph", "render_html": "kg.explore.html",
            "run_query": "kg.explore.sparql", "open_store": "kg.explore.store",
            "Focus": "kg.explore.focus"}

__all__ = sorted(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'kg.explore' has no attribute {name!r}")
