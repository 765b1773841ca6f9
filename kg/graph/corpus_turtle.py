"""Canonical Turtle written straight from a ResolvedCorpus, without an rdflib Graph.

The bytes are those of canonical.write_turtle(to_rdf(corpus)); a Graph costs about 2 kB per
triple, this writer holds the corpus plus ~50 bytes per evidence node. Subjects come out in
N-Triples order. Evidence nodes (most of the triples) all share one IRI prefix followed by a
fixed-width hex hash, so they sort as packed integers (hash << 32 | position) and are merged
with the few node and report subjects. The body goes to a temporary file first because the
@prefix lines, which come first, list only the prefixes the body used.
"""
from __future__ import annotations

import heapq
import shutil
import tempfile
from array import array
from dataclasses import replace
from typing import TextIO

from rdflib import RDF, Graph, Literal

from kg.graph import canonical
from kg.graph.iri import assertion_iri, report_iri
from kg.graph.rdf import _Minter, assertion_triples, node_triples, report_triples
from kg.graph.vocab import ID_BASE, KG, bind_prefixes
from kg.records import ResolvedCorpus

_EVIDENCE = f"{ID_BASE}assertion/"
_HEX = 16           # hex digits of an evidence IRI's hash (kg.graph.iri)
_POSITION = 32      # low bits of a packed entry: the evidence node's position
_EVIDENCE_IRIS = {"subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
                  "inReport": KG.inReport, "sentence": KG.sentence, "charStart": KG.charStart,
                  "charEnd": KG.charEnd, "qualifier": KG.qualifier}


class _EvidenceBlock:
    """One evidence node's block, formatted from a template rather than from rdflib terms
    (making eight Literal/URIRef objects per node is what makes the Graph path slow). It
    mirrors rdf.assertion_triples; tests check the two give the same bytes."""

    def __init__(self, namer: canonical.Namer):
        self.namer = namer
        self.order = sorted(_EVIDENCE_IRIS, key=lambda name: f"<{_EVIDENCE_IRIS[name]}>")
        self.forms: dict[str, str] = {}     # made on first use: the namer records used prefixes

    def _form(self, name: str) -> str:
        if name not in self.forms:
            iri = KG.Assertion if name == "type" else _EVIDENCE_IRIS[name]
            self.forms[name] = self.namer(iri)
        return self.forms[name]

    def _integer(self, value: int) -> str:
        return str(value) if value >= 0 else self.namer(Literal(value))

    def __call__(self, subject: str, kind: str, s: str, o: str, report: str, evidence,
                 qualifier: str | None) -> str:
        values = {"subject": s, "predicate": kind, "object": o, "inReport": report,
                  "sentence": canonical.string_form(evidence.sentence),
                  "charStart": self._integer(evidence.start), "charEnd": self._integer(evidence.end)}
        if qualifier:
            values["qualifier"] = canonical.string_form(qualifier)
        lines = [f"a {self._form('type')}"]
        lines += [f"{self._form(name)} {values[name]}" for name in self.order if name in values]
        return f"{subject} " + " ;\n    ".join(lines) + " .\n"


def _evidence_index(corpus: ResolvedCorpus, mint: _Minter):
    """Sorted packed keys, and for each position its (assertion, evidence) indices."""
    packed, assertions, evidences = [], array("I"), array("I")
    for i, a in enumerate(corpus.assertions):
        s, o = mint(a.subject, a), mint(a.object, a)
        for j, ev in enumerate(a.evidence):
            local = str(assertion_iri(a.kind, s, o, ev))[len(_EVIDENCE):]
            if len(local) != _HEX:
                raise ValueError(f"evidence IRI hash {local!r} is not {_HEX} hex digits")
            packed.append(int(local, 16) << _POSITION | len(assertions))
            assertions.append(i)
            evidences.append(j)
    packed.sort()
    return packed, assertions, evidences


def _evidence_subjects(packed):
    """(N-Triples key, positions) per evidence IRI, in order; equal IRIs are grouped."""
    k, n, mask = 0, len(packed), (1 << _POSITION) - 1
    while k < n:
        key, group = packed[k] >> _POSITION, []
        while k < n and packed[k] >> _POSITION == key:
            group.append(packed[k] & mask)
            k += 1
        yield f"<{_EVIDENCE}{key:0{_HEX}x}>", group


def _other_subjects(corpus: ResolvedCorpus, mint: _Minter):
    """(N-Triples key, [(what, index)]) for node and report subjects, in order."""
    others: dict[str, list[tuple[str, int]]] = {}
    for i, node in enumerate(corpus.nodes):
        others.setdefault(f"<{mint.iris[node.key]}>", []).append(("node", i))
    for i, report in enumerate(corpus.reports):
        others.setdefault(f"<{report_iri(report.report_id)}>", []).append(("report", i))
    for i, a in enumerate(corpus.assertions):
        others[f"<{mint(a.subject, a)}>"].append(("edge", i))
    for key in sorted(others):
        yield key, others[key]


def _other_triples(corpus: ResolvedCorpus, refs, mint: _Minter) -> set:
    triples = set()
    for what, i in refs:
        if what == "node":
            triples.update(node_triples(corpus.nodes[i]))
        elif what == "report":
            triples.update(report_triples(corpus.reports[i]))
        else:
            a = corpus.assertions[i]
            triples.add((mint(a.subject, a), KG[a.kind.value], mint(a.object, a)))
    return triples


def write_turtle(corpus: ResolvedCorpus, stream: TextIO, tmp_dir=None) -> int:
    """Write the corpus as canonical Turtle (as to_rdf + canonical.write_turtle would);
    returns the number of triples."""
    namer = canonical.Namer(canonical.namespaces(bind_prefixes(Graph())))
    mint = _Minter(corpus.nodes)
    packed, ev_assertion, ev_index = _evidence_index(corpus, mint)
    evidence_block = _EvidenceBlock(namer)
    node_forms = {key: namer(iri) for key, iri in mint.iris.items()} if packed else {}
    term_forms: dict = {}

    def form(term) -> str:
        if term not in term_forms:
            term_forms[term] = namer(term)
        return term_forms[term]

    count = 0
    subjects = heapq.merge(_evidence_subjects(packed), _other_subjects(corpus, mint),
                           key=lambda item: item[0])
    with tempfile.TemporaryFile("w+", encoding="utf-8", dir=tmp_dir) as body:
        for n, (key, refs) in enumerate(subjects):
            if isinstance(refs[0], tuple):     # a node or report subject
                triples = _other_triples(corpus, refs, mint)
            elif len(refs) == 1:
                a = corpus.assertions[ev_assertion[refs[0]]]
                ev = a.evidence[ev_index[refs[0]]]
                text = evidence_block(key, form(KG[a.kind.value]), node_forms[a.subject],
                                      node_forms[a.object], form(report_iri(ev.report_id)), ev,
                                      a.qualifier)
                body.write(f"\n{text}" if n else text)
                count += 8 + bool(a.qualifier)
                continue
            else:   # the same edge, report and span twice: let the general path merge them
                triples = set()
                for pos in refs:
                    a = corpus.assertions[ev_assertion[pos]]
                    one = replace(a, evidence=(a.evidence[ev_index[pos]],))
                    triples.update(t for _, t in assertion_triples(one, mint) if f"<{t[0]}>" == key)
            text = canonical.subject_blocks(triples, namer)[0]
            body.write(f"\n{text}" if n else text)
            count += len(triples)
        stream.write(canonical.prefix_lines(namer) + "\n")
        body.seek(0)
        shutil.copyfileobj(body, stream, 1 << 20)
    return count
