"""kg:CoAttendance summaries: which pairs are derived, with what count, in both writers."""
import io

import pytest
from rdflib import RDF, Graph

from kg.graph import corpus_turtle
from kg.graph.coattendance import MIN_SHARED, pair_iri, shared_meetings
from kg.graph.rdf import to_rdf
from kg.graph.vocab import KG
from kg.pipeline import build
from kg.records import Assertion, Evidence, RelationKind, ResolvedCorpus
from kg.train.synth import generate_reports

C, A, P = RelationKind.CHAIRED, RelationKind.ATTENDED, RelationKind.HOLDS_POST


def _corpus(edges) -> ResolvedCorpus:
    """edges: (kind, official key, meeting key); nodes are not needed to count pairs."""
    ev = (Evidence(report_id="r1", sentence="s", start=0, end=1),)
    return ResolvedCorpus(reports=(), nodes=(), assertions=tuple(Assertion(k, s, o, ev) for k, s, o in edges))


@pytest.mark.parametrize("edges,pairs", [
    ([(A, "甲", "m1"), (A, "乙", "m1")], set()),                                   # one shared meeting
    ([(A, "甲", "m1"), (A, "乙", "m1"), (A, "甲", "m2"), (C, "乙", "m2")], {("甲", "乙", 2)}),
    # chairing and attending the same meeting counts it once
    ([(C, "甲", "m1"), (A, "甲", "m1"), (A, "乙", "m1"), (A, "甲", "m2"), (A, "乙", "m2")], {("甲", "乙", 2)}),
    ([(A, x, m) for m in ("m1", "m2", "m3") for x in ("甲", "乙", "丙")] + [(A, "丁", "m3")],
     {("甲", "乙", 3), ("甲", "丙", 3), ("乙", "丙", 3)}),
    # holding a post is not attending
    ([(P, "甲", "p"), (P, "乙", "p"), (P, "甲", "p2"), (P, "乙", "p2")], set()),
])
def test_pairs_that_shared_at_least_two_meetings(edges, pairs):
    assert MIN_SHARED == 2
    found = {(*sorted((a, b)), n) for a, b, n in shared_meetings(_corpus(edges))}
    assert found == {(*sorted((a, b)), n) for a, b, n in pairs}


def test_the_pair_iri_does_not_depend_on_the_order():
    assert pair_iri("甲", "乙") == pair_iri("乙", "甲") != pair_iri("甲", "丙")


def test_both_writers_give_each_pair_one_node_with_two_members_and_a_count(tmp_path):
    for index, (name, text) in enumerate(generate_reports(150, seed=5)):
        (tmp_path / f"{index:04d}-{name}").write_text(text, encoding="utf-8")
    corpus = build([tmp_path]).corpus
    pairs = shared_meetings(corpus)
    assert pairs, "the sample corpus must have officials who shared two meetings"
    stream = io.StringIO()
    corpus_turtle.write_turtle(corpus, stream)
    for graph in (to_rdf(corpus), Graph().parse(data=stream.getvalue(), format="turtle")):
        nodes = set(graph.subjects(RDF.type, KG.CoAttendance))
        assert len(nodes) == len(pairs)
        for node in nodes:
            assert len(set(graph.objects(node, KG.pairMember))) == 2
            assert int(graph.value(node, KG.sharedMeetings)) >= MIN_SHARED
