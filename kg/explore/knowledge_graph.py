"""The Python face of a built graph.

    from kg.explore import KnowledgeGraph
    kg = KnowledgeGraph.load("outputs/graph.ttl")
    for name, meeting in kg.query("SELECT ?n ?m WHERE { ?o kg:chaired ?m ; rdfs:label ?n }"):
        ...
    kg.query(name="cascade", root="常委会会议@2022-11-10")     # a shipped query with parameters
    kg.to_networkx()                                          # nx.MultiDiGraph
    kg.show()                                                 # inline in Jupyter, else a file
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from rdflib import Graph

from kg.explore.cascade import CascadeEntry, cascade
from kg.explore.focus import Focus
from kg.explore.html import html_document, render_html
from kg.explore.lookup import find_one
from kg.explore.results import QueryResult
from kg.explore.sparql import run_query
from kg.explore.store import OxigraphStore, RdflibStore
from kg.graph.load import load_graph

DEFAULT_PAGE = "govkg-explorer.html"


def _in_notebook() -> bool:
    try:
        shell = get_ipython()   # noqa: F821 - defined only inside IPython
    except NameError:
        return False
    return type(shell).__name__ in ("ZMQInteractiveShell", "Shell")   # Jupyter, Colab


class KnowledgeGraph:
    """An rdflib Graph of the govkg vocabulary, with queries, networkx and the explorer."""

    def __init__(self, rdf: Graph):
        self.rdf = rdf
        self._oxigraph: tuple[int, OxigraphStore] | None = None

    @classmethod
    def load(cls, path) -> KnowledgeGraph:
        """Read a graph file (Turtle, TriG, N-Triples, JSON-LD...); InputError names the line."""
        return cls(load_graph(path))

    def __len__(self) -> int:
        return len(self.rdf)

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {len(self.rdf)} triples>"

    def _store(self, store: str):
        if store == "rdflib":
            return RdflibStore(self.rdf)
        # a snapshot of .rdf, rebuilt when the graph has grown or shrunk since
        if self._oxigraph is None or self._oxigraph[0] != len(self.rdf):
            self._oxigraph = (len(self.rdf), OxigraphStore.from_graph(self.rdf))
        return self._oxigraph[1]

    def query(self, sparql: str | None = None, *, name: str | None = None, store: str = "rdflib",
              **params) -> QueryResult:
        """Run SPARQL text, a FILE.rq, or a shipped query `name`; keyword arguments bind $params.
        The result iterates over rows of rdflib terms (.records() gives python values)."""
        return run_query(self._store(store), sparql, {k: str(v) for k, v in params.items()}, name=name, store=store)

    def to_networkx(self):
        """Entities as nodes (attributes kind, label, date...), asserted edges as edges."""
        from kg.graph.networkx_view import to_networkx
        return to_networkx(self.rdf)

    def cascade(self, meeting: str) -> list[CascadeEntry]:
        """The meetings that relay `meeting` (IRI, label or LABEL@DATE), in tree order."""
        return cascade(self.rdf, find_one(self.rdf, "Meeting", meeting))

    def stats(self, top: int = 10) -> dict:
        from kg.explore.summary import summarise
        return summarise(self.to_networkx(), top)

    def show(self, path=None, *, official: str | None = None, meeting: str | None = None,
             cascade: str | None = None, height: int = 720):
        """The explorer: inline in a Jupyter notebook (and written to `path` if given);
        elsewhere written to `path` (default govkg-explorer.html) and the path returned."""
        chosen = [Focus(k, v) for k, v in (("official", official), ("meeting", meeting), ("cascade", cascade)) if v]
        if len(chosen) > 1:
            raise ValueError("focus on one of official, meeting or cascade at a time")
        focus = chosen[0] if chosen else None
        if _in_notebook():
            from IPython.display import HTML
            page = html_document(self.rdf, focus)
            if path:
                render_html(self.rdf, path, focus)
            # srcdoc keeps the page's scripts inside their own frame, as a file would
            return HTML(f'<div><iframe srcdoc="{escape(page, quote=True)}" style="width:100%;height:{height}px;'
                        f'border:1px solid #ddd"></iframe></div>')
        return render_html(self.rdf, Path(path or DEFAULT_PAGE), focus)
