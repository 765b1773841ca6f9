"""Listing positions and meeting levels: derived when the graph is written, for the named queries.

A named query that pages through a whole listing ("every meeting, earliest first") makes a
triple store sort the listing for every page: at 100k reports, 130k meetings and one to nine
seconds in Oxigraph. The build knows the order already, so it numbers each listing's entries
0, 1, 2, … and a page is a range of numbers that a store reads without sorting anything
(0.02–0.2 s at 100k reports; evidence, which reads every evidence node of its subject, 0.7 s). kg:level likewise spares policies-by-level a chain of string
tests on every row. The positions (sub-properties of kg:listPosition):

- kg:meetingPosition   every meeting, by date (undated first, then --MM-DD, then full dates), label, IRI
- kg:chairedPosition   the meetings somebody chaired, in the same order
- kg:postPosition      the posts somebody holds, by label, IRI
- kg:titlePosition     the distinct titles of those posts, on the first post of each
- kg:convenerPosition  the bodies that convened a meeting, by label, IRI
- kg:pairPosition      co-attendance pairs: most shared meetings first, then the two IRIs
- kg:evidencePosition  the evidence nodes of one subject, by predicate, report, start, IRI
  (with kg:inEvidenceBlock / kg:evidenceBlockOf, blocks of 100 of them: see evidence_listing)
"""
from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

import numpy
from rdflib import Literal

from kg import lexicon
from kg.graph.iri import assertion_hashes, report_iri
from kg.graph.node_listing import listed, node_positions  # noqa: F401 (listed here too)
from kg.graph.vocab import KG
from kg.records import NodeKind, RelationKind, ResolvedCorpus

def pair_positions(pairs, iri_of: dict[str, str]) -> list[int]:
    """The kg:pairPosition of each (official, official, shared meetings) in `pairs`."""
    def key(i):
        first, second, count = pairs[i]
        return (-count, *sorted((iri_of[first], iri_of[second])))
    positions = [0] * len(pairs)
    for position, i in enumerate(sorted(range(len(pairs)), key=key)):
        positions[i] = position
    return positions


@lru_cache(maxsize=None)
def _level_rules() -> tuple[tuple[str, dict[str, tuple[str, ...]]], ...]:
    """((level, {test: texts}), ...) in file order, from kg/data/meeting_levels.tsv."""
    rules: dict[str, dict[str, list[str]]] = {}
    for level, test, text in (row[:3] for row in lexicon.rows("meeting_levels")):
        rules.setdefault(level, {}).setdefault(test, []).append(text)
    return tuple((level, {test: tuple(texts) for test, texts in tests.items()})
                 for level, tests in rules.items())


@lru_cache(maxsize=1 << 16)
def level_of(place: str, body: str = "") -> str | None:
    """The level of a jurisdiction ('江西省' -> province); with no place, of a body by its
    name (中共中央… -> central); None when neither tells."""
    for level, tests in _level_rules():
        if not place:
            if body.startswith(tests.get("body_starts", ())):
                return level
        elif place.endswith(tests.get("place_not", ())):
            continue
        elif place in tests.get("place_is", ()) or place.endswith(tests.get("place_ends", ())):
            return level
    return None


def meeting_levels(corpus: ResolvedCorpus) -> dict[str, tuple[str, ...]]:
    """Meeting key -> its levels: one per convening body (by the body's jurisdiction, else the
    meeting's, else the body's name), or by its own jurisdiction when no body convened it.
    Meetings whose level nothing tells are left out."""
    nodes = {node.key: node for node in corpus.nodes}
    conveners = defaultdict(list)
    for a in corpus.assertions:
        if a.kind is RelationKind.CONVENED_BY:
            conveners[a.subject].append(nodes[a.object])
    levels = {}
    for node in corpus.nodes:
        if node.kind is not NodeKind.MEETING:
            continue
        found = {level_of(body.jurisdiction or node.jurisdiction or "", body.label)
                 for body in conveners.get(node.key, ())} or {level_of(node.jurisdiction or "")}
        found.discard(None)
        if found:
            levels[node.key] = tuple(sorted(found))
    return levels


EVIDENCE_BLOCK = 100    # evidence nodes per block; evidence.rq's FILTER on block heads says 100 too


def evidence_listing(corpus: ResolvedCorpus, digests: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """(kg:evidencePosition, block head) of every evidence, in corpus order (assertion by
    assertion, evidence by evidence), as `digests` (their IRIs' hashes, kg.graph.iri) are.
    Two evidence with the same IRI are one node and get one position. A subject's evidence
    come in blocks of EVIDENCE_BLOCK positions; the head of a block is its first node, given
    as its digest: the node's kg:inEvidenceBlock, and the head's kg:evidenceBlockOf names the
    subject. A store finds a page of 100 from the 1,500 heads of a subject with 150k evidence
    nodes, where probing every node's position took 0.7 s."""
    kinds = {kind: rank for rank, kind in enumerate(sorted(RelationKind, key=lambda k: k.value))}
    report_ids = sorted({r.report_id for r in corpus.reports} |
                        {ev.report_id for a in corpus.assertions for ev in a.evidence},
                        key=lambda r: str(report_iri(r)))
    reports = {report_id: rank for rank, report_id in enumerate(report_ids)}
    subjects: dict[str, int] = {}
    subject, kind, report, start = array("I"), array("B"), array("I"), array("q")
    for a in corpus.assertions:
        s, k = subjects.setdefault(a.subject, len(subjects)), kinds[a.kind]
        for ev in a.evidence:
            subject.append(s)
            kind.append(k)
            report.append(reports[ev.report_id])
            start.append(ev.start)
    subject = numpy.frombuffer(subject, dtype=numpy.uint32)
    del subjects, reports       # a dict entry per subject, freed before the arrays below
    n = len(subject)
    if not n:
        return numpy.zeros(0, dtype=numpy.int64), numpy.zeros(0, dtype=numpy.uint64)
    order = numpy.lexsort((digests, numpy.frombuffer(start, dtype=numpy.int64),
                           numpy.frombuffer(report, dtype=numpy.uint32),
                           numpy.frombuffer(kind, dtype=numpy.uint8), subject))
    # In place where numpy allows: at 100k reports each array is 20 MB and this runs while
    # the build holds the most (kg build's peak is bounded at 2 GB).
    del kind, report, start
    s, d = subject[order], digests[order]
    del subject
    opens = numpy.empty(n, dtype=bool)          # where a subject starts, then a block
    opens[0] = True
    numpy.not_equal(s[1:], s[:-1], out=opens[1:])
    del s
    repeat = numpy.empty(n, dtype=bool)         # the same node as the one before
    repeat[0] = False
    numpy.equal(d[1:], d[:-1], out=repeat[1:])
    repeat &= ~opens
    numbered = numpy.cumsum(~repeat)            # one number per distinct evidence node
    del repeat
    numbered -= 1
    base = numpy.where(opens, numbered, 0)
    numpy.maximum.accumulate(base, out=base)
    numbered -= base                            # now each node's position within its subject
    del base
    block = numbered // EVIDENCE_BLOCK
    opens[1:] |= block[1:] != block[:-1]
    del block
    head = numpy.arange(n)
    head[~opens] = 0
    numpy.maximum.accumulate(head, out=head)
    # uint32: half the bytes of int64 (~10 MB at 100k reports), and no subject has 4G evidence
    positions, heads = numpy.empty(n, dtype=numpy.uint32), numpy.empty(n, dtype=numpy.uint64)
    positions[order] = numbered
    heads[order] = d[head]
    return positions, heads


def evidence_digests(corpus: ResolvedCorpus, mint) -> numpy.ndarray:
    """The hash of every evidence node's IRI, in corpus order; `mint(key, assertion)` gives
    node IRIs (rdf._Minter)."""
    digests = array("Q")
    for a in corpus.assertions:
        digests.extend(assertion_hashes(a.kind, str(mint(a.subject, a)), str(mint(a.object, a)), a.evidence))
    return numpy.frombuffer(digests, dtype=numpy.uint64)


def listing_triples(corpus: ResolvedCorpus, iris: dict) -> Iterator[tuple]:
    """The positions and levels of the nodes (`iris`: node key -> IRI)."""
    for key, found in node_positions(corpus, iris).items():
        for name, position in listed(found):
            yield iris[key], KG[name], Literal(position)
    for key, levels in meeting_levels(corpus).items():
        for level in levels:
            yield iris[key], KG.level, Literal(level)
