"""kg:CoAttendance summaries: pairs of officials who chaired or attended at least MIN_SHARED
of the same meetings, with how many.

Derived here, when the graph is written, because no triple store answers "who met whom
most" fast on a big graph: the query has to form every pair of attendees of every meeting
(about 2M pairs at 100k reports, 30 s and more in Oxigraph). Pairs that shared a single
meeting are most of those and are left out: kg:attended already says it. Pairs are counted
as int64 codes in numpy; a Counter of key pairs cost some 200 bytes a pair.
"""
from __future__ import annotations

from array import array
from collections import defaultdict
from typing import Iterator

import numpy
from rdflib import RDF, Literal, URIRef

from kg.graph.iri import coattendance_iri, node_iri
from kg.graph.listing import pair_positions
from kg.graph.vocab import KG
from kg.records import NodeKind, RelationKind, ResolvedCorpus

MIN_SHARED = 2
_ATTENDING = (RelationKind.CHAIRED, RelationKind.ATTENDED)


def shared_meetings(corpus: ResolvedCorpus) -> list[tuple[str, str, int]]:
    """(official key, other official key, meetings both attended) for every pair with at
    least MIN_SHARED, in no particular order (writers sort by IRI)."""
    officials: dict[str, int] = {}
    attendees: defaultdict[str, set[int]] = defaultdict(set)
    for a in corpus.assertions:
        if a.kind in _ATTENDING:
            attendees[a.object].add(officials.setdefault(a.subject, len(officials)))
    n, codes = len(officials), array("q")
    for members in attendees.values():
        ordered = sorted(members)
        for i, first in enumerate(ordered[:-1]):
            base = first * n
            codes.extend(base + second for second in ordered[i + 1:])
    if not codes:
        return []
    values, counts = numpy.unique(numpy.frombuffer(codes, dtype=numpy.int64), return_counts=True)
    keep = counts >= MIN_SHARED
    keys = list(officials)
    return [(keys[code // n], keys[code % n], count)
            for code, count in zip(values[keep].tolist(), counts[keep].tolist())]


def pair_iri(first: str, second: str) -> URIRef:
    """The IRI of the pair of officials with keys `first` and `second`."""
    return coattendance_iri(node_iri(NodeKind.OFFICIAL, first), node_iri(NodeKind.OFFICIAL, second))


def coattendance_triples(corpus: ResolvedCorpus, iris: dict) -> Iterator[tuple]:
    """The summaries with their kg:pairPosition (`iris`: node key -> IRI)."""
    pairs = shared_meetings(corpus)
    for (first, second, count), position in zip(pairs, pair_positions(pairs, iris)):
        pair = pair_iri(first, second)
        yield pair, KG.pairPosition, Literal(position)
        yield pair, RDF.type, KG.CoAttendance
        yield pair, KG.pairMember, node_iri(NodeKind.OFFICIAL, first)
        yield pair, KG.pairMember, node_iri(NodeKind.OFFICIAL, second)
        yield pair, KG.sharedMeetings, Literal(count)
