"""The order graph.ttl's subjects are written in (N-Triples order of their IRIs), worked out
with as little memory as a corpus of 100k reports allows: node IRIs kept once, as N-Triples
strings; evidence nodes, most of the subjects, as 64-bit hashes in numpy arrays (their IRIs
share one prefix and end in a fixed-width hex hash, so they sort as integers and come out as
one run among the node and report subjects); a subject's edges as a range of one sorted array.
corpus_turtle formats the blocks in this order.
"""
from __future__ import annotations

import bisect
from array import array
from itertools import chain

import numpy
from rdflib import URIRef

from kg.graph.coattendance import pair_iri
from kg.graph.entity_turtle import PAIR, REPORT
from kg.graph.iri import assertion_hashes, node_iri, report_iri
from kg.graph.rdf import unknown_node
from kg.graph.vocab import ID_BASE
from kg.records import ResolvedCorpus

EVIDENCE = f"{ID_BASE}assertion/"
HEX_DIGITS = 16     # hex digits of an evidence IRI's hash (kg.graph.iri)
_CHUNK = 1 << 14    # evidence hashes turned into Python ints at a time (~1.5 MB of them)


class Names:
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


def evidence_index(corpus: ResolvedCorpus, names: Names):
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
    order = numpy.argsort(hashes, kind="stable").astype(numpy.uint32)   # half of int64's bytes
    return hashes[order], order, assertions, evidences


def evidence_subjects(hashes, order):
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
            yield f"<{EVIDENCE}{keys[k]:0{HEX_DIGITS}x}>", positions[k] if end == k + 1 else positions[k:end]
            k = end
        start = stop


def other_subjects(corpus: ResolvedCorpus, names: Names, pairs=()) -> dict:
    """N-Triples key -> ref for node, report and co-attendance subjects, a ref being the
    Node itself (no new object: an int per node cost 32 bytes, ~30 MB at 100k reports) or
    index << 2 | REPORT or PAIR (an int: a (what, index) tuple cost three times the
    memory); a list of refs where two share a key. A subject's edges come from
    EdgesBySubject, not from here."""
    others: dict = {}
    for key, ref in chain(((names.nt[node.key], node) for node in corpus.nodes),
                          ((f"<{report_iri(r.report_id)}>", i << 2 | REPORT)
                           for i, r in enumerate(corpus.reports)),
                          ((f"<{pair_iri(a, b)}>", i << 2 | PAIR) for i, (a, b, _) in enumerate(pairs))):
        found = others.get(key)
        if found is None:
            others[key] = ref
        elif type(found) is not list:
            others[key] = [found, ref]
        else:
            found.append(ref)
    return others


class EdgesBySubject:
    """The direct edges of each subject, handed out as the subjects come in N-Triples order:
    one array of assertion indices sorted by subject, walked once (a list of refs per node
    cost ~100 bytes an edge at 100k reports)."""

    def __init__(self, corpus: ResolvedCorpus, names: Names):
        # every edge's subject is a node: its key string is the one names holds, shared
        self.subjects = [names.nt_of(a.subject, a) for a in corpus.assertions]
        self.order = array("I", sorted(range(len(self.subjects)), key=self.subjects.__getitem__))
        self.next = 0

    def of(self, key: str) -> list[int]:
        """The edges of `key`; asked for in sorted order of keys."""
        out, order, subjects, n = [], self.order, self.subjects, self.next
        while n < len(order) and subjects[order[n]] == key:
            out.append(order[n])
            n += 1
        self.next = n
        return out


def subjects(hashes, order, others: dict):
    """(key, refs, is an entity) for all subjects in N-Triples order. Every evidence key
    starts with <EVIDENCE and no other does (nodes and reports have their own paths), so
    the evidence keys sort as one run among the others: no merge needed."""
    prefix = f"<{EVIDENCE}"
    keys = sorted(others)       # the keys alone: sorting (key, refs) pairs is several times slower
    cut = bisect.bisect_left(keys, prefix)
    if cut < len(keys) and keys[cut].startswith(prefix):
        raise ValueError(f"a node or report IRI {keys[cut]} is under {EVIDENCE}")
    for n in range(cut):
        yield keys[n], others[keys[n]], True
    for key, refs in evidence_subjects(hashes, order):
        yield key, refs, False
    for n in range(cut, len(keys)):
        yield keys[n], others[keys[n]], True
