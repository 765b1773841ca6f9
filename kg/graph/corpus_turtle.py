"""Canonical Turtle written straight from a ResolvedCorpus, without an rdflib Graph.

The bytes are those of canonical.write_turtle(to_rdf(corpus)); a Graph costs about 2 kB per
triple, this writer holds the corpus plus ~50 bytes per evidence node. Subjects come out in
N-Triples order. Evidence nodes (most of the triples) all share one IRI prefix followed by a
fixed-width hex hash, so they sort as packed integers (hash << 32 | position) and come out
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

from rdflib import RDF, Graph, Literal

from kg import collector
from kg.graph import canonical
from kg.graph.entity_turtle import EntityBlocks
from kg.graph.iri import assertion_hashes, report_iri
from kg.graph.rdf import _Minter, assertion_triples
from kg.graph.vocab import ID_BASE, KG, bind_prefixes
from kg.records import ResolvedCorpus

_EVIDENCE = f"{ID_BASE}assertion/"
_HEX = 16           # hex digits of an evidence IRI's hash (kg.graph.iri)
_POSITION = 32      # low bits of a packed entry: the evidence node's position
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


def _evidence_index(corpus: ResolvedCorpus, mint: _Minter):
    """Sorted packed keys (hash << _POSITION | position), and for each position its
    (assertion, evidence) indices."""
    packed, assertions, evidences = [], array("I"), array("I")
    for i, a in enumerate(corpus.assertions):
        s, o = mint(a.subject, a), mint(a.object, a)
        for j, digest in enumerate(assertion_hashes(a.kind, s, o, a.evidence)):
            packed.append(digest << _POSITION | len(assertions))
            assertions.append(i)
            evidences.append(j)
    packed.sort()
    return packed, assertions, evidences


def _evidence_subjects(packed):
    """(N-Triples key, position) per evidence IRI, in order; the rare IRI that two equal
    evidence share comes once, with a list of their positions."""
    k, n, mask = 0, len(packed), (1 << _POSITION) - 1
    while k < n:
        key, end = packed[k] >> _POSITION, k + 1
        while end < n and packed[end] >> _POSITION == key:
            end += 1
        refs = packed[k] & mask if end == k + 1 else [entry & mask for entry in packed[k:end]]
        yield f"<{_EVIDENCE}{key:0{_HEX}x}>", refs
        k = end


def _other_subjects(corpus: ResolvedCorpus, mint: _Minter) -> list:
    """Sorted (N-Triples key, [(what, index)]) for node and report subjects."""
    nodes = {key: f"<{iri}>" for key, iri in mint.iris.items()}
    others: dict[str, list[tuple[str, int]]] = {}
    for i, node in enumerate(corpus.nodes):
        others.setdefault(nodes[node.key], []).append(("node", i))
    for i, report in enumerate(corpus.reports):
        others.setdefault(f"<{report_iri(report.report_id)}>", []).append(("report", i))
    for i, a in enumerate(corpus.assertions):
        others[nodes.get(a.subject) or f"<{mint(a.subject, a)}>"].append(("edge", i))
    # Sorting the keys alone: comparing (key, refs) tuples is several times slower.
    return [(key, others[key]) for key in sorted(others)]


def _subjects(packed, others: list):
    """All subjects in N-Triples order. Every evidence key starts with <_EVIDENCE and no
    other does (nodes and reports have their own paths), so the evidence keys sort as one
    run among the others: no merge needed."""
    prefix = f"<{_EVIDENCE}"
    cut = bisect.bisect_left(others, prefix, key=lambda item: item[0])
    if cut < len(others) and others[cut][0].startswith(prefix):
        raise ValueError(f"a node or report IRI {others[cut][0]} is under {_EVIDENCE}")
    yield from others[:cut]
    yield from _evidence_subjects(packed)
    yield from others[cut:]


def write_turtle(corpus: ResolvedCorpus, stream: TextIO, tmp_dir=None) -> int:
    """Write the corpus as canonical Turtle (as to_rdf + canonical.write_turtle would);
    returns the number of triples."""
    with collector.paused():
        return _write_turtle(corpus, stream, tmp_dir)


def _write_turtle(corpus: ResolvedCorpus, stream: TextIO, tmp_dir) -> int:
    namer = canonical.Namer(canonical.namespaces(bind_prefixes(Graph())))
    mint = _Minter(corpus.nodes)
    packed, ev_assertion, ev_index = _evidence_index(corpus, mint)
    evidence_block = _EvidenceBlock(namer)
    entity_block = EntityBlocks(corpus, namer, mint.iris)
    nodes, report, kinds = entity_block.nodes, entity_block.report, {}
    assertions = corpus.assertions

    count, blocks, separator = 0, [], ""
    with tempfile.TemporaryFile("w+", encoding="utf-8", dir=tmp_dir) as body:
        for key, refs in _subjects(packed, _other_subjects(corpus, mint)):
            if type(refs) is int:     # one evidence node: most subjects
                a = assertions[ev_assertion[refs]]
                ev = a.evidence[ev_index[refs]]
                if a.kind not in kinds:
                    kinds[a.kind] = namer(KG[a.kind.value])
                text = evidence_block(key, kinds[a.kind], nodes[a.subject], nodes[a.object],
                                      report(ev.report_id)[1], ev, a.qualifier)
                n = 8 + bool(a.qualifier)
            elif isinstance(refs[0], tuple):     # a node or report subject
                text, n = entity_block(refs)
            else:   # the same edge, report and span twice: let the general path merge them
                triples = set()
                for pos in refs:
                    a = assertions[ev_assertion[pos]]
                    one = replace(a, evidence=(a.evidence[ev_index[pos]],))
                    triples.update(t for _, t in assertion_triples(one, mint) if f"<{t[0]}>" == key)
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
