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
_SOURCE_MARK = "govkg-source.txt"   # in a persistent store's folder: the graph file it was loaded from


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
    def load(cls, path, store: ox.Store | None = None) -> OxigraphStore:
        path = Path(path)
        fmt = format_of(path)
        store = ox.Store() if store is None else store
        try:
            store.bulk_load(path=str(path), format=_OX_FORMATS[fmt])
        except OSError as err:
            raise InputError(path, f"cannot read: {err}") from None
        except SyntaxError as err:   # pyoxigraph's parse errors name line and column
            raise InputError(path, f"not readable as {fmt}: {err}") from None
        return cls(store)

    @classmethod
    def persistent(cls, path, directory) -> OxigraphStore:
        """The on-disk store in `directory`, loaded from `path` the first time, then reopened
        read-only: a big graph is parsed once and queried many times (and by many processes)."""
        directory, path = Path(directory), Path(path)
        mark, source = directory / _SOURCE_MARK, _fingerprint(path)
        if directory.is_dir() and any(directory.iterdir()):
            if not mark.is_file() or mark.read_text(encoding="utf-8") != source:
                raise InputError(directory, f"holds a store not loaded from this copy of {path} "
                                            "(remove the folder to load the graph again)")
            return cls(ox.Store.read_only(str(directory)))
        store = cls.load(path, ox.Store(str(directory)))
        store.store.flush()
        mark.write_text(source, encoding="utf-8")   # written last: a half-loaded folder has no mark
        return store

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


def _fingerprint(path: Path) -> str:
    """What a persistent store remembers of its source: a rebuilt graph must not meet an old store."""
    stat = path.stat()
    return f"{path.resolve()}\t{stat.st_size}\t{stat.st_mtime_ns}\n"


def _first_line(err: Exception) -> str:
    text = str(err).strip() or type(err).__name__
    return text if len(text) < 2000 else text[:2000] + " …"


def open_store(source, kind: str = "oxigraph", directory=None):
    """A store over a file path, or over an rdflib Graph already in memory; with `directory`,
    Oxigraph keeps the loaded graph on disk there and later calls reopen it (no parsing)."""
    if kind not in STORES:
        raise QueryError(f"unknown store {kind!r}; choose one of {', '.join(STORES)}")
    if directory is not None and (kind != "oxigraph" or isinstance(source, Graph)):
        raise QueryError("a store folder (--store-path) holds an Oxigraph store loaded from a graph file")
    if isinstance(source, Graph):
        return RdflibStore(source) if kind == "rdflib" else OxigraphStore.from_graph(source)
    path = Path(source)
    if not path.is_file():
        raise InputError(path, "no such file (build one with `kg build REPORTS -o DIR`)")
    format_of(path)   # an unknown suffix is an InputError before any parsing
    if directory is not None:
        return OxigraphStore.persistent(path, directory)
    return RdflibStore.load(path) if kind == "rdflib" else OxigraphStore.load(path)
