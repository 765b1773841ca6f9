"""Exporters: small plugins keyed by format name, each writing atomically and deterministically.

    write(corpus_or_graph, "turtle", "outputs/graph.ttl")
    EXPORTERS["trig"].suffix            # ".trig"
    formats()                           # names and aliases, for --help and --format choices

A source may be a ResolvedCorpus, an rdflib Graph or an rdflib Dataset. Single-graph formats
(Turtle, N-Triples, JSON-LD, GraphML, GEXF) write the union of all graphs; TriG keeps the
named graph per report. The same input gives byte-identical files, whatever its order.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from rdflib import Dataset, Graph

from kg.graph import canonical
from kg.graph.atomic import atomic_output
from kg.graph.networkx_view import to_networkx
from kg.graph.rdf import default_graph, to_dataset, to_rdf
from kg.graph.vocab import PREFIXES, bind_prefixes
from kg.records import ResolvedCorpus


class Source:
    """One input seen as a Graph (union) or a Dataset (named graphs), each built on demand."""

    def __init__(self, source):
        if not isinstance(source, (ResolvedCorpus, Graph)):
            raise TypeError(f"cannot export a {type(source).__name__}: "
                            "give a ResolvedCorpus, an rdflib Graph or an rdflib Dataset")
        self.source = source

    @cached_property
    def graph(self) -> Graph:
        if isinstance(self.source, ResolvedCorpus):
            return to_rdf(self.source)
        if isinstance(self.source, Dataset):
            union = bind_prefixes(Graph())
            for s, p, o, _ in self.source.quads((None, None, None, None)):
                union.add((s, p, o))
            return union
        return self.source

    @cached_property
    def dataset(self) -> Dataset:
        if isinstance(self.source, ResolvedCorpus):
            return to_dataset(self.source)
        if isinstance(self.source, Dataset):
            return self.source
        wrapped = bind_prefixes(Dataset())
        for triple in self.source:
            default_graph(wrapped).add(triple)
        return wrapped


@dataclass(frozen=True)
class Exporter:
    name: str
    suffix: str
    media_type: str
    write: Callable[[Source, Path], int]   # returns the number of triples (or nodes + edges)
    rdf_format: str | None = None          # rdflib format name, for RDF formats
    aliases: tuple[str, ...] = field(default=())


EXPORTERS: dict[str, Exporter] = {}
_ALIASES: dict[str, str] = {}


def exporter(name, suffix, media_type, rdf_format=None, aliases=()):
    """Register the decorated function as the writer of format `name`."""
    def register(function):
        EXPORTERS[name] = Exporter(name, suffix, media_type, function, rdf_format, tuple(aliases))
        for alias in (name, *aliases):
            _ALIASES[alias] = name
        return function
    return register


def formats() -> list[str]:
    return sorted(_ALIASES)


def get(name: str) -> Exporter:
    try:
        return EXPORTERS[_ALIASES[name.lower()]]
    except KeyError:
        raise ValueError(f"unknown export format {name!r}; choose from {', '.join(formats())}") from None


def write(source, fmt: str, path) -> int:
    """Write `source` (ResolvedCorpus, Graph or Dataset) to `path` in format `fmt`, atomically."""
    return get(fmt).write(source if isinstance(source, Source) else Source(source), Path(path))


@exporter("turtle", ".ttl", "text/turtle", "turtle", aliases=("ttl",))
def _turtle(source: Source, path: Path) -> int:
    # Straight from the corpus unless a Graph is at hand: building one only to write it costs
    # about 2 kB per triple.
    with atomic_output(path) as stream:
        corpus_only = isinstance(source.source, ResolvedCorpus) and "graph" not in vars(source)
        return canonical.write_turtle(source.source if corpus_only else source.graph, stream)


@exporter("trig", ".trig", "application/trig", "trig")
def _trig(source: Source, path: Path) -> int:
    with atomic_output(path) as stream:
        return canonical.write_trig(source.dataset, stream)


@exporter("nt", ".nt", "application/n-triples", "nt", aliases=("ntriples", "n-triples"))
def _ntriples(source: Source, path: Path) -> int:
    with atomic_output(path) as stream:
        return canonical.write_ntriples(source.graph, stream)


def _canonical_json(value):
    """JSON-LD arrays are unordered sets (except @list): sort them so output is stable."""
    if isinstance(value, dict):
        return {k: (v if k == "@list" else _canonical_json(v)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_canonical_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


@exporter("jsonld", ".jsonld", "application/ld+json", "json-ld", aliases=("json-ld",))
def _jsonld(source: Source, path: Path) -> int:
    context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
    text = source.graph.serialize(format="json-ld", context=context, auto_compact=True)
    document = _canonical_json(json.loads(text))
    with atomic_output(path) as stream:
        json.dump(document, stream, ensure_ascii=False, indent=1, sort_keys=True)
        stream.write("\n")
    return len(source.graph)


@exporter("graphml", ".graphml", "application/graphml+xml")
def _graphml(source: Source, path: Path) -> int:
    view = to_networkx(source.graph)
    with atomic_output(path, "wb") as stream:
        nx.write_graphml(view, stream, encoding="utf-8")
    return view.number_of_nodes() + view.number_of_edges()


@exporter("gexf", ".gexf", "application/gexf+xml")
def _gexf(source: Source, path: Path) -> int:
    view = to_networkx(source.graph)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    # GEXF's <meta> carries today's date by default: drop it so output depends on input only.
    writer.xml.find("meta").attrib.pop("lastmodifieddate", None)
    writer.add_graph(view)
    with atomic_output(path, "wb") as stream:
        writer.write(stream)
    return view.number_of_nodes() + view.number_of_edges()
