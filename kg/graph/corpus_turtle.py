"""Canonical Turtle written straight from a ResolvedCorpus, without an rdflib Graph.

The bytes are those of canonical.write_turtle(to_rdf(corpus)); a Graph costs about 2 kB per
triple, this writer holds the corpus plus ~25 bytes per evidence node. Subjects come out in
N-Triples order. Evidence nodes (most of the triples) all share one IRI prefix followed by a
fixed-width hex hash, so they sort as 64-bit integers (numpy's stable argsort) and come out
as one run among the node and report subjects (whose blocks entity_turtle formats). The body
goes to a temporary file first because the @prefix lines, which come first, list only the
prefixes the body used. ~400k triples/s on one core.
"""
from __future__ import annotations

import bisect
import shutil
import tempfile
from array import array
from dataclasses import replace
from typing import TextIO

import numpy
from rdflib import RDF, Graph, Literal, URIRef

from kg import collector
from kg.graph import canonical
from kg.graph.entity_turtle import EDGE, NODE, REPORT, EntityBlocks
from kg.graph.iri import assertion_hashes, node_iri, report_iri
from kg.graph.rdf import assertion_triples, unknown_node
from kg.graph.vocab import ID_BASE, KG, bind_prefixes
from kg.records import ResolvedCorpus

_EVIDENCE = f"{ID_BASE}assertion/"
_HEX = 16           # hex digits of an evidence IRI's hash (kg.graph.iri)
_CHUNK = 1 << 16    # evidence hashes turned into Python ints at a time
_EVIDENCE_IRIS = {"subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
                  "inReport": KG.inReport, "sentence": KG.sentence, "charStart": KG.charStart,
                  "charEnd": KG.charEnd, "qualifier": KG.qualifier}
_FLUSH = 512        # blocks joined per write: one write call per block costs more than the join


class _EvidenceBlock:
    """One evidence node's block, formatted from a template rather than from rdflib terms
    (making eight Literal/URIRef objects per node is what makes the Graph path slow). It
    mirrors rdf.assertion_triples; tests check the two give the same bytes."""

    _ARGS = ("iri", "predicate", "subject", "object", "inReport", "sentence", "charStart",
             "charEnd", "qualifier")     # the order __call__ passes them to str.format

    def __init__(self, namer: canonical.Namer):
        self.namer = namer
        self.order = sorted(_EVIDENCE_IRIS, key=lambda name: f"<{_EVIDENCE_IRIS[name]}>")
        self.templates: dict[bool, str] = {}    # made on first use: the namer records used prefixes

    def _template(self, qualified: bool) -> str:
        """'{0} a kg:Assertion ;\n    rdf:object {3} ;...': positional fields, as a dict per
        node for format_map would cost more than the formatting."""
        def verb(iri) -> str:
            return self.namer(iri).replace("{", "{{").replace("}", "}}")
        lines = [f"a {verb(KG.Assertion)}"] + [
            f"{verb(_EVIDENCE_IRIS[name])} {{{self._ARGS.index(name)}}}" for name in self.order
            if qualified or name != "qualifier"]
        return "{0} " + " ;\n    ".join(lines) + " .\n"

    def _integer(self, value: int) -> str:
        return str(value) if value >= 0 else self.namer(Literal(value))

    def __call__(self, iri: str, kind: str, s: str, o: str, report: str, evidence,
                 qualifier: str | None) -> str:
        qualified = bool(qualifier)
        template = self.templates.get(qualified)
        if template is None:
            template = self.templates[qualified] = self._template(qualified)
        return template.format(iri, kind, s, o, report, canonical.string_form(evidence.sentence),
                               self._integer(evidence.start), self._integer(evidence.end),
                               canonical.string_form(qualifier) if qualified else "")


class _Names:
    """Node key -> its IRI in N-Triples form ("<…>"): the one copy of the node IRIs this
    writer keeps (a URIRef per node as well cost some 150 bytes a node). Called like
    rdf._Minter by the rare path through rdf.assertion_triples."""

    def __init__(self, nodes):
        self.nt = {node.key: f"<{node_iri(node.kind, node.key)}>" for node in nodes}

    def nt_of(self, key: str, assertion) -> str:
        try:
            return self.nt[key]
        except KeyError:
            raise unknown_node(key, assertion) from None

    def __call__(self, key: str, assertion) -> URIRef:
        return URIRef(self.nt_of(key, assertion)[1:-1])


def _evidence_index(corpus: ResolvedCorpus, names: _Names):
    """The evidence IRIs' hashes in sorted order, the position of each (stable: equal hashes
    keep position order), and for each position its (assertion, evidence) indices. In numpy
    arrays: 24 bytes an evidence node, where a list of Python ints cost over 60."""
    digests, assertions, evidences = array("Q"), array("I"), array("I")
    for i, a in enumerate(corpus.assertions):
        s, o = names.nt_of(a.subject, a)[1:-1], names.nt_of(a.object, a)[1:-1]
        for j, digest in enumerate(assertion_hashes(a.kind, s, o, a.evidence)):
            digests.append(digest)
            assertions.append(i)
            evidences.append(j)
    hashes = numpy.frombuffer(digests, dtype=numpy.uint64)
    order = numpy.argsort(hashes, kind="stable")
    return hashes[order], order, assertions, evidences


def _evidence_subjects(hashes, order):
    """(N-Triples key, position) per evidence IRI, in order; the rare IRI that two equal
    evidence share comes once, with a list of their positions. Read a chunk at a time, as
    Python lists: numpy's per-item access costs more than the rest of the loop."""
    n = len(order)
    repeats = numpy.append(hashes[1:] == hashes[:-1], False)   # True: the next hash is the same
    start = 0
    while start < n:
        stop = min(start + _CHUNK, n)
        while stop < n and repeats[stop - 1]:       # a run of equal hashes stays in one chunk
            stop += 1
        keys, positions = hashes[start:stop].tolist(), order[start:stop].tolist()
        same = repeats[start:stop].tolist()
        k = 0
        while k < len(keys):
            end = k + 1
            while same[end - 1]:
                end += 1
            yield f"<{_EVIDENCE}{keys[k]:0{_HEX}x}>", positions[k] if end == k + 1 else positions[k:end]
            k = end
        start = stop


def _other_subjects(corpus: ResolvedCorpus, names: _Names) -> dict[str, list[int]]:
    """N-Triples key -> refs for node and report subjects; a ref is index << 2 | what (an
    int, where a (what, index) tuple cost three times the memory)."""
    nodes = names.nt
    others: dict[str, list[int]] = {}
    for i, node in enumerate(corpus.nodes):
        others.setdefault(nodes[node.key], []).append(i << 2 | NODE)
    for i, report in enumerate(corpus.reports):
        others.setdefault(f"<{report_iri(report.report_id)}>", []).append(i << 2 | REPORT)
    for i, a in enumerate(corpus.assertions):
        others[nodes.get(a.subject) or names.nt_of(a.subject, a)].append(i << 2 | EDGE)
    return others


def _subjects(hashes, order, others: dict):
    """(key, refs, is an entity) for all subjects in N-Triples order. Every evidence key
    starts with <_EVIDENCE and no other does (nodes and reports have their own paths), so
    the evidence keys sort as one run among the others: no merge needed."""
    prefix = f"<{_EVIDENCE}"
    keys = sorted(others)       # the keys alone: sorting (key, refs) pairs is several times slower
    cut = bisect.bisect_left(keys, prefix)
    if cut < len(keys) and keys[cut].startswith(prefix):
        raise ValueError(f"a node or report IRI {keys[cut]} is under {_EVIDENCE}")
    for n in range(cut):
        yield keys[n], others[keys[n]], True
    for key, refs in _evidence_subjects(hashes, order):
        yield key, refs, False
    for n in range(cut, len(keys)):
        yield keys[n], others[keys[n]], True


def write_turtle(corpus: ResolvedCorpus, stream: TextIO, tmp_dir=None) -> int:
    """Write the corpus as canonical Turtle (as to_rdf + canonical.write_turtle would);
    returns the number of triples."""
    with collector.paused():
        return _write_turtle(corpus, stream, tmp_dir)


def _write_turtle(corpus: ResolvedCorpus, stream: TextIO, tmp_dir) -> int:
    namer = canonical.Namer(canonical.namespaces(bind_prefixes(Graph())))
    names = _Names(corpus.nodes)
    hashes, order, ev_assertion, ev_index = _evidence_index(corpus, names)
    evidence_block = _EvidenceBlock(namer)
    entity_block = EntityBlocks(corpus, namer, names.nt)
    nodes, report, kinds = entity_block.nodes, entity_block.report, {}
    assertions = corpus.assertions

    count, blocks, separator = 0, [], ""
    with tempfile.TemporaryFile("w+", encoding="utf-8", dir=tmp_dir) as body:
        for key, refs, entity in _subjects(hashes, order, _other_subjects(corpus, names)):
            if entity:
                text, n = entity_block(refs)
            elif type(refs) is int:     # one evidence node: most subjects
                a = assertions[ev_assertion[refs]]
                ev = a.evidence[ev_index[refs]]
                if a.kind not in kinds:
                    kinds[a.kind] = namer(KG[a.kind.value])
                text = evidence_block(key, kinds[a.kind], nodes[a.subject], nodes[a.object],
                                      report(ev.report_id)[1], ev, a.qualifier)
                n = 8 + bool(a.qualifier)
            else:   # the same edge, report and span twice: let the general path merge them
                triples = set()
                for pos in refs:
                    a = assertions[ev_assertion[pos]]
                    one = replace(a, evidence=(a.evidence[ev_index[pos]],))
                    triples.update(t for _, t in assertion_triples(one, names) if f"<{t[0]}>" == key)
                text, n = canonical.subject_blocks(triples, namer)[0], len(triples)
            blocks.append(text)
            count += n
            if len(blocks) >= _FLUSH:
                # Blocks are separated by a blank line: one goes before every batch but the first.
                body.write(separator + "\n".join(blocks))
                blocks.clear()
                separator = "\n"
        if blocks:
            body.write(separator + "\n".join(blocks))
        stream.write(canonical.prefix_lines(namer) + "\n")
        body.seek(0)
        shutil.copyfileobj(body, stream, 1 << 20)
    return count
