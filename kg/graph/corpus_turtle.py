"""Canonical Turtle written straight from a ResolvedCorpus, without an rdflib Graph.

The bytes are those of canonical.write_turtle(to_rdf(corpus)); a Graph costs about 2 kB per
triple, this writer holds the corpus plus ~25 bytes per evidence node. Subjects come out in
N-Triples order (turtle_order works it out); entity_turtle formats node and report blocks,
this module the evidence nodes' blocks. The body
goes to a temporary file first because the @prefix lines, which come first, list only the
prefixes the body used. ~400k triples/s on one core.
"""
from __future__ import annotations

import shutil
import tempfile
from array import array
from dataclasses import replace
from typing import TextIO

import numpy
from rdflib import RDF, Graph, Literal

from kg import collector
from kg.graph import canonical
from kg.graph.coattendance import shared_meetings
from kg.graph.entity_turtle import EntityBlocks
from kg.graph.listing import evidence_listing
from kg.graph.rdf import assertion_triples
from kg.graph.turtle_order import (EVIDENCE, HEX_DIGITS, EdgesBySubject, Names, evidence_index,
                                   other_subjects, subjects)
from kg.graph.vocab import KG, bind_prefixes
from kg.records import ResolvedCorpus

_EVIDENCE_IRIS = {"subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
                  "inReport": KG.inReport, "sentence": KG.sentence, "charStart": KG.charStart,
                  "charEnd": KG.charEnd, "qualifier": KG.qualifier,
                  "evidencePosition": KG.evidencePosition, "inEvidenceBlock": KG.inEvidenceBlock,
                  "evidenceBlockOf": KG.evidenceBlockOf}
_FLUSH = 512        # blocks joined per write: one write call per block costs more than the join


class _EvidenceBlock:
    """One evidence node's block, formatted from a template rather than from rdflib terms
    (making eight Literal/URIRef objects per node is what makes the Graph path slow). It
    mirrors rdf.assertion_triples; tests check the two give the same bytes."""

    _ARGS = ("iri", "predicate", "subject", "object", "inReport", "sentence", "charStart",
             "charEnd", "qualifier", "evidencePosition", "inEvidenceBlock",
             "evidenceBlockOf")   # the order __call__ passes them to str.format

    def __init__(self, namer: canonical.Namer):
        self.namer = namer
        self.order = sorted(_EVIDENCE_IRIS, key=lambda name: f"<{_EVIDENCE_IRIS[name]}>")
        self.templates: dict[tuple[bool, bool], str] = {}   # made on first use: the namer records used prefixes

    def _template(self, qualified: bool, head: bool) -> str:
        """'{0} a kg:Assertion ;\n    rdf:object {3} ;...': positional fields, as a dict per
        node for format_map would cost more than the formatting."""
        def verb(iri) -> str:
            return self.namer(iri).replace("{", "{{").replace("}", "}}")
        lines = [f"a {verb(KG.Assertion)}"] + [
            f"{verb(_EVIDENCE_IRIS[name])} {{{self._ARGS.index(name)}}}" for name in self.order
            if (qualified or name != "qualifier") and (head or name != "evidenceBlockOf")]
        return "{0} " + " ;\n    ".join(lines) + " .\n"

    def _integer(self, value: int) -> str:
        return str(value) if value >= 0 else self.namer(Literal(value))

    def __call__(self, iri: str, kind: str, s: str, o: str, report: str, evidence,
                 qualifier: str | None, position: int, head: str) -> str:
        """`head`: the Turtle form of the node's block head (listing.evidence_listing)."""
        shape = (bool(qualifier), head == iri)
        template = self.templates.get(shape)
        if template is None:
            template = self.templates[shape] = self._template(*shape)
        return template.format(iri, kind, s, o, report, canonical.string_form(evidence.sentence),
                               self._integer(evidence.start), self._integer(evidence.end),
                               canonical.string_form(qualifier) if shape[0] else "", position, head, s)


def write_turtle(corpus: ResolvedCorpus, stream: TextIO, tmp_dir=None) -> int:
    """Write the corpus as canonical Turtle (as to_rdf + canonical.write_turtle would);
    returns the number of triples."""
    with collector.paused():
        return _write_turtle(corpus, stream, tmp_dir)


def _write_turtle(corpus: ResolvedCorpus, stream: TextIO, tmp_dir) -> int:
    namer = canonical.Namer(canonical.namespaces(bind_prefixes(Graph())))
    names = Names(corpus.nodes)
    edges = EdgesBySubject(corpus, names)      # first: its sort's transient list is freed before the rest
    hashes, order, ev_assertion, ev_index = evidence_index(corpus, names)
    digests = numpy.empty_like(hashes)
    digests[order] = hashes                    # back in corpus order, as evidence_positions wants
    positions, heads = _scalar_arrays(*evidence_listing(corpus, digests))
    del digests
    evidence_block = _EvidenceBlock(namer)
    pairs = shared_meetings(corpus)
    entity_block = EntityBlocks(corpus, namer, names.nt, pairs)
    nodes, report, kinds = entity_block.nodes, entity_block.report, {}
    assertions = corpus.assertions

    count, blocks, separator = 0, [], ""
    with tempfile.TemporaryFile("w+", encoding="utf-8", dir=tmp_dir) as body:
        for key, refs, entity in subjects(hashes, order, other_subjects(corpus, names, pairs)):
            if entity:
                text, n = entity_block(refs, edges.of(key))
            elif type(refs) is int:     # one evidence node: most subjects
                a = assertions[ev_assertion[refs]]
                ev = a.evidence[ev_index[refs]]
                if a.kind not in kinds:
                    kinds[a.kind] = namer(KG[a.kind.value])
                head = f"<{EVIDENCE}{heads[refs]:0{HEX_DIGITS}x}>"
                text = evidence_block(key, kinds[a.kind], nodes[a.subject], nodes[a.object],
                                      report(ev.report_id)[1], ev, a.qualifier, positions[refs], head)
                n = 10 + bool(a.qualifier) + (head == key)
            else:   # the same edge, report and span twice: let the general path merge them
                triples = set()
                for pos in refs:
                    a = assertions[ev_assertion[pos]]
                    one = replace(a, evidence=(a.evidence[ev_index[pos]],))
                    triples.update(t for _, t in assertion_triples(one, names, [int(positions[pos])],
                                                                   [int(heads[pos])])
                                   if f"<{t[0]}>" == key)
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
        _append(body, stream)
    return count


def _scalar_arrays(positions: numpy.ndarray, heads: numpy.ndarray) -> tuple[array, array]:
    """The same numbers in stdlib arrays: as many bytes (lists of ints cost ~60 MB more at
    100k reports), but an item read from one is a plain int, where numpy makes a scalar
    object per read (3% of the writer's time). Copied once, from numpy's buffer."""
    out = array("I"), array("Q")
    for target, source in zip(out, (positions.astype(numpy.uint32, copy=False),
                                    heads.astype(numpy.uint64, copy=False))):
        target.frombytes(numpy.ascontiguousarray(source).view(numpy.uint8).data)
    return out


def _append(body, stream: TextIO) -> None:
    """Copy the body after what `stream` holds, as bytes where both files have them: read
    back as text, the body (1.8 GB at 100k reports) is decoded and encoded again, ~4 s."""
    body.flush()
    target = getattr(stream, "buffer", None)
    if target is None:      # e.g. io.StringIO
        body.seek(0)
        shutil.copyfileobj(body, stream, 1 << 20)
        return
    stream.flush()
    body.buffer.seek(0)
    shutil.copyfileobj(body.buffer, target, 1 << 22)
