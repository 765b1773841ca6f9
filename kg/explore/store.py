"""Two SPARQL stores behind one interface: rdflib's memory store and Oxigraph (pyoxigraph).

    store = open_store("outputs/graph.ttl", "oxigraph")    # or "rdflib", or an rdflib Graph
    result = store.query("SELECT ...")                       # a QueryResult of rdflib terms

Oxigraph parses and queries natively (Rust) and is one to two orders of magnitude faster on
big graphs; rdflib is the reference. Both return rdflib terms, so every formatter, test and
caller sees the same values whichever store answered.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import XSD, BNode, Graph, Literal, URIRef

from kg.errors import InputError, QueryError
from kg.explore.results import QueryResult
from kg.graph.load import format_of, load_graph
from kg.graph.vocab import PREFIXES

STORES = ("oxigraph", "rdflib")
_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
               "nquads": ox.RdfFormat.N_QUADS, "json-ld": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML,
               "n3": ox.RdfFormat.N3}
_PREFIXES = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


class RdflibStore:
    """rdflib's memory store; named graphs (TriG) are queried as one union graph."""
    name = "rdflib"

    def __init__(self, graph: Graph):
        self.graph = graph

    @classmethod
    def load(cls, path) -> RdflibStore:
        return cls(load_graph(path))   # TriG / N-Quads: every named graph merged

    def __len__(self) -> int:
        return len(self.graph)

    def query(self, text: str) -> QueryResult:
        try:
            result = self.graph.query(text, initNs=_PREFIXES)
        except Exception as err:   # pyparsing / rdflib evaluation errors have no common base
            raise QueryError(_first_line(err)) from None
        if result.type == "ASK":
            return QueryResult("ASK", boolean=bool(result.askAnswer))
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult(result.type, graph=result.graph)
        names = tuple(str(v) for v in result.vars)
        return QueryResult("SELECT", names, tuple(tuple(row) for row in result))


class OxigraphStore:
    """pyoxigraph's in-memory Store; named graphs are queried as one union graph."""
    name = "oxigraph"

    def __init__(self, store: ox.Store):
        self.store = store

    @classmethod
    def load(cls, path) -> OxigraphStore:
        path = Path(path)
        fmt = format_of(path)
        store = ox.Store()
        try:
            store.bulk_load(path=str(path), format=_OX_FORMATS[fmt])
        except OSError as err:
            raise InputError(path, f"cannot read: {err}") from None
        except SyntaxError as err:   # pyoxigraph's parse errors name line and column
            raise InputError(path, f"not readable as {fmt}: {err}") from None
        return cls(store)

    @classmethod
    def from_graph(cls, graph: Graph) -> OxigraphStore:
        store = ox.Store()
        store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return cls(store)

    def __len__(self) -> int:
        return len(self.store)

    def query(self, text: str) -> QueryResult:
        try:
            result = self.store.query(text, prefixes=_PREFIXES, use_default_graph_as_union=True)
            if isinstance(result, ox.QueryBoolean):
                return QueryResult("ASK", boolean=bool(result))
            if isinstance(result, ox.QueryTriples):
                graph = Graph()
                for t in result:
                    graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
                return QueryResult("CONSTRUCT", graph=graph)
            names = tuple(v.value for v in result.variables)
            # rows repeat the same IRIs and labels: convert each distinct term once
            seen: dict = {}
            convert = lambda t: seen[t] if t in seen else seen.setdefault(t, to_rdflib(t))  # noqa: E731
            rows = tuple(tuple(convert(solution[i]) for i in range(len(names))) for solution in result)
        except (SyntaxError, OSError, RuntimeError, ValueError) as err:
            raise QueryError(_first_line(err)) from None
        return QueryResult("SELECT", names, rows)


def to_rdflib(term):
    """A pyoxigraph term as the rdflib term with the same value (None stays None)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        # rdflib keeps plain strings untyped; xsd:string would compare unequal to them
        return Literal(term.value) if datatype == str(XSD.string) else Literal(term.value, datatype=URIRef(datatype))
    return Literal(str(term))   # an RDF 1.2 triple term: shown as text


def _first_line(err: Exception) -> str:
    text = str(err).strip() or type(err).__name__
    return text if len(text) < 2000 else text[:2000] + " …"


def open_store(source, kind: str = "oxigraph"):
    """A store over a file path, or over an rdflib Graph already in memory."""
    if kind not in STORES:
        raise QueryError(f"unknown store {kind!r}; choose one of {', '.join(STORES)}")
    if isinstance(source, Graph):
        return RdflibStore(source) if kind == "rdflib" else OxigraphStore.from_graph(source)
    path = Path(source)
    if not path.is_file():
        raise InputError(path, "no such file (build one with `kg build REPORTS -o DIR`)")
    format_of(path)   # an unknown suffix is an InputError before any parsing
    return RdflibStore.load(path) if kind == "rdflib" else OxigraphStore.load(path)
