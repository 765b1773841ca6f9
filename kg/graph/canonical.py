"""Canonical, fast Turtle / TriG / N-Triples writers.

rdflib's Turtle serializer writes ~30k triples/s and its N-Triples output follows insertion
order. These writers sort (subjects, then rdf:type first and other predicates by IRI, then
objects, all by their N-Triples form), so the same graph always gives the same bytes whatever
order it was built in, at several hundred thousand triples/s. Output is plain RDF 1.1 that
rdflib, Oxigraph, Virtuoso, Fuseki and GraphDB all read: full <IRIs> except where a bound
prefix gives a simple local name, literals with explicit datatypes (integers written bare).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef

from kg.graph.rdf import default_graph, graphs

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_TRANSLATE = {ord(k): v for k, v in _ESCAPES.items()}
_TRANSLATE.update({c: f"\\u{c:04X}" for c in range(0x20) if chr(c) not in _ESCAPES})
_TRANSLATE[0x7F] = "\\u007F"
# str.translate has no fast path for non-ASCII text; most literals need no escape at all.
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')
_LOCAL_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
_LOCAL_REST = _LOCAL_FIRST | frozenset("0123456789-")
_XSD_INTEGER = str(XSD.integer)


def _nt(term) -> str:
    """The N-Triples form of a term (also its sort key)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        text = string_form(str(term))
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not an RDF term: {term!r}")


class _Namer:
    """Turtle forms: prefixed names where the local part is plainly safe, else N-Triples."""

    def __init__(self, prefixes: dict[str, str]):
        # Longest namespace first, so nested namespaces pick the most specific prefix.
        self.spaces = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))
        self.used: set[str] = set()
        self.forms: dict[str, str] = {}    # N-Triples text -> Turtle text
        # Matches when some namespace starts the IRI: one C-level test instead of a Python
        # loop over ~30 namespaces for each of the many IRIs (entities) that none starts.
        self.any_space = re.compile("|".join(re.escape(ns) for ns, _ in self.spaces) or "(?!)")

    def iri(self, iri: str) -> str:
        if not self.any_space.match(iri):
            return f"<{iri}>"
        for namespace, prefix in self.spaces:
            if iri.startswith(namespace):
                local = iri[len(namespace):]
                if local and local[0] in _LOCAL_FIRST and all(c in _LOCAL_REST for c in local):
                    self.used.add(prefix)
                    return f"{prefix}:{local}"
        return f"<{iri}>"

    def __call__(self, term) -> str:
        if isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, Literal) and term.datatype and not term.language:
            lexical = str(term)
            if str(term.datatype) == _XSD_INTEGER and lexical.isascii() and lexical.isdigit():
                return lexical
            text = _nt(Literal(lexical))
            if str(term.datatype) == "http://www.w3.org/2001/XMLSchema#string":
                return text
            return f"{text}^^{self.iri(str(term.datatype))}"
        return _nt(term)


_TYPE_KEY = f"<{RDF.type}>"


def _grouped(triples: Iterable, name: "_Namer") -> dict[str, dict[str, set[str]]]:
    """subject form -> predicate form -> object forms, keyed by N-Triples text so that the
    dictionaries compare plain strings (rdflib terms compare slowly, in Python)."""
    forms = name.forms
    by_subject: dict[str, dict[str, set[str]]] = {}
    for s, p, o in triples:
        # Subjects and predicates are IRIs in govkg graphs; str(term) of an IRI is cheap.
        s_key = f"<{s}>" if type(s) is URIRef else _nt(s)
        p_key = f"<{p}>"
        o_key = f"<{o}>" if type(o) is URIRef else _nt(o)
        if s_key not in forms:
            forms[s_key] = name(s)
        if p_key not in forms:
            forms[p_key] = name(p)
        if o_key not in forms:
            forms[o_key] = name(o)
        predicates = by_subject.get(s_key)
        if predicates is None:
            predicates = by_subject[s_key] = {}
        objects = predicates.get(p_key)
        if objects is None:
            objects = predicates[p_key] = set()
        objects.add(o_key)
    return by_subject


def _body(triples: Iterable, name: "_Namer", indent: str = "") -> list[str]:
    forms, blocks = name.forms, []
    grouped = _grouped(triples, name)
    for subject in sorted(grouped):
        predicates = grouped[subject]
        lines = []
        for predicate in sorted(predicates, key=lambda p: (p != _TYPE_KEY, p)):
            verb = "a" if predicate == _TYPE_KEY else forms[predicate]
            lines.append(f"{verb} {' , '.join(forms[o] for o in sorted(predicates[predicate]))}")
        blocks.append(f"{indent}{forms[subject]} " + f" ;\n{indent}    ".join(lines) + " .\n")
    return blocks


def _prefix_lines(name: _Namer) -> str:
    spaces = {prefix: ns for ns, prefix in name.spaces}
    return "".join(f"@prefix {p}: <{spaces[p]}> .\n" for p in sorted(name.used))


def _namespaces(graph: Graph) -> dict[str, str]:
    return {prefix: str(ns) for prefix, ns in graph.namespace_manager.namespaces() if prefix}


def write_turtle(graph, stream: TextIO) -> int:
    """Write `graph` (an rdflib Graph, or a ResolvedCorpus: the same bytes as its to_rdf
    Graph, written without building one) as canonical Turtle; returns the number of triples."""
    if not isinstance(graph, Graph):
        # corpus_turtle imports this module: a top-level import would loop.
        from kg.graph import corpus_turtle
        return corpus_turtle.write_turtle(graph, stream)
    name = _Namer(_namespaces(graph))
    blocks = _body(graph, name)
    stream.write(_prefix_lines(name) + "\n")
    stream.write("\n".join(blocks))
    return len(graph)


def write_trig(dataset, stream: TextIO) -> int:
    """Write a Dataset as canonical TriG: default-graph triples first, then each named graph."""
    name = _Namer(_namespaces(dataset))
    default = default_graph(dataset).identifier
    parts, count = [], 0
    contexts = sorted(graphs(dataset), key=lambda g: (g.identifier != default, _nt(g.identifier)))
    for graph in contexts:
        if not len(graph):
            continue
        count += len(graph)
        if graph.identifier == default:
            parts.append("\n".join(_body(graph, name)))
        else:
            inner = "\n".join(_body(graph, name, "    "))
            parts.append(f"{name(graph.identifier)} {{\n{inner}}}\n")
    stream.write(_prefix_lines(name) + "\n")
    stream.write("\n".join(parts))
    return count


def ntriples_lines(triples: Iterable) -> list[str]:
    """Sorted, de-duplicated N-Triples lines (each ending in a newline)."""
    lines = set()
    for s, p, o in triples:
        obj = f"<{o}>" if type(o) is URIRef else _nt(o)
        lines.add(f"{_nt(s)} <{p}> {obj} .\n")
    return sorted(lines)


def write_ntriples(graph: Graph, stream: TextIO) -> int:
    lines = ntriples_lines(graph)
    stream.writelines(lines)
    return len(lines)


# The pieces kg.graph.corpus_turtle assembles the same Turtle from, without a Graph.
Namer = _Namer
subject_blocks = _body
prefix_lines = _prefix_lines
namespaces = _namespaces
term_key = _nt


def string_form(text: str) -> str:
    """The Turtle (and N-Triples) form of a plain xsd:string literal."""
    if _NEEDS_ESCAPE.search(text):
        return f'"{text.translate(_TRANSLATE)}"'
    return f'"{text}"'
