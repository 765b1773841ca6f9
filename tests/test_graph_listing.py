"""Listing positions and meeting levels (kg.graph.listing): the orders the named queries page
through, numbered by the build, and the level policies-by-level groups meetings by."""
import numpy
import pytest
from rdflib import RDF, Literal

from kg.graph.iri import evidence_iri
from kg.graph.listing import (EVIDENCE_BLOCK, evidence_digests, evidence_listing, level_of, listed,
                              meeting_levels, node_positions, pair_positions)
from kg.graph.rdf import _Minter, to_rdf
from kg.graph.vocab import KG
from kg.records import Assertion, Evidence, Node, NodeKind, RelationKind, ResolvedCorpus

M, B, P, O = NodeKind.MEETING, NodeKind.BODY, NodeKind.POST, NodeKind.OFFICIAL
R = RelationKind


@pytest.mark.parametrize("place,body,level", [
    ("江西省", "", "province"), ("宁夏回族自治区", "", "province"), ("重庆市", "", "province"),
    ("江西省南昌市", "", "city"), ("锡林郭勒盟", "", "city"), ("阿里地区", "", "city"), ("甘孜藏族自治州", "", "city"),
    ("江西省南昌市进贤县", "", "county"), ("北京市朝阳区", "", "county"), ("正蓝旗", "", "county"),
    ("中央", "", "central"), ("全国", "", "central"), ("", "国务院办公厅", "central"),
    ("", "中共中央政治局", "central"),
    ("", "某某协会", None), ("某地", "", None),
    ("江西省", "国务院办公厅", "province"),      # a jurisdiction wins over the body's name
])
def test_level_of_a_jurisdiction_or_a_body(place, body, level):
    assert level_of(place, body) == level


def _ev(report="r1", start=0):
    return (Evidence(report_id=report, sentence="句。", start=start, end=start + 1),)


def test_meetings_are_numbered_by_date_then_label_and_each_listing_from_zero():
    nodes = (Node("m-b", M, "乙会议", date="2023-01-02"), Node("m-a", M, "甲会议", date="2023-01-02"),
             Node("m-old", M, "丙会议", date="--01-01"), Node("m-none", M, "丁会议"),
             Node("o", O, "甲某"), Node("p2", P, "县长"), Node("p1", P, "书记"), Node("p0", P, "无人担任"),
             Node("b", B, "某委"))
    edges = (Assertion(R.CHAIRED, "o", "m-b", _ev()), Assertion(R.CHAIRED, "o", "m-old", _ev()),
             Assertion(R.HOLDS_POST, "o", "p2", _ev()), Assertion(R.HOLDS_POST, "o", "p1", _ev()),
             Assertion(R.CONVENED_BY, "m-a", "b", _ev()))
    corpus = ResolvedCorpus(reports=(), nodes=nodes, assertions=edges)
    found = {k: list(listed(v)) for k, v in node_positions(corpus, {n.key: n.key for n in nodes}).items()}
    # undated first, then --MM-DD, then full dates; on one day, by label (乙 < 甲 by code point)
    assert [found[k] for k in ("m-none", "m-old", "m-b", "m-a")] == [
        [("meetingPosition", 0)], [("meetingPosition", 1), ("chairedPosition", 0)],
        [("meetingPosition", 2), ("chairedPosition", 1)], [("meetingPosition", 3)]]
    # posts nobody holds are not listed; bodies that convened nothing are not listed
    assert found["p1"] == [("postPosition", 0), ("titlePosition", 0)]     # 书 < 县
    assert found["p2"] == [("postPosition", 1), ("titlePosition", 1)]
    assert "p0" not in found and "o" not in found and found["b"] == [("convenerPosition", 0)]


def test_a_title_is_numbered_once_on_its_first_post():
    nodes = (Node("o", O, "甲某"), Node("p-b", P, "县长"), Node("p-a", P, "县长"), Node("p-c", P, "书记"))
    edges = tuple(Assertion(R.HOLDS_POST, "o", p, _ev()) for p in ("p-b", "p-a", "p-c"))
    found = node_positions(ResolvedCorpus(reports=(), nodes=nodes, assertions=edges), {n.key: n.key for n in nodes})
    found = {k: list(listed(v)) for k, v in found.items()}
    assert found["p-c"] == [("postPosition", 0), ("titlePosition", 0)]
    assert found["p-a"] == [("postPosition", 1), ("titlePosition", 1)]    # the first 县长 by IRI
    assert found["p-b"] == [("postPosition", 2)]


def test_pairs_most_shared_first_then_by_iri():
    pairs = [("b", "a", 2), ("c", "d", 5), ("a", "c", 2)]
    assert pair_positions(pairs, {k: k for k in "abcd"}) == [1, 0, 2]


def test_levels_one_per_convening_body_else_the_meetings_own():
    nodes = (Node("m1", M, "会议"), Node("m2", M, "会议", jurisdiction="江西省南昌市"), Node("m3", M, "会议"),
             Node("b1", B, "中共江西省委", jurisdiction="江西省"), Node("b2", B, "国务院"),
             Node("b3", B, "某协会"))
    edges = (Assertion(R.CONVENED_BY, "m1", "b1", ()), Assertion(R.CONVENED_BY, "m1", "b2", ()),
             Assertion(R.CONVENED_BY, "m3", "b3", ()))
    levels = meeting_levels(ResolvedCorpus(reports=(), nodes=nodes, assertions=edges))
    assert levels == {"m1": ("central", "province"), "m2": ("city",)}


def test_evidence_is_numbered_per_subject_and_a_repeated_node_once():
    nodes = (Node("o1", O, "甲某"), Node("o2", O, "乙某"), Node("m", M, "会议"), Node("p", P, "书记"))
    same = Evidence(report_id="r1", sentence="句。", start=5, end=6)
    edges = (Assertion(R.HOLDS_POST, "o1", "p", _ev("r2", 3) + _ev("r1", 9)),
             Assertion(R.ATTENDED, "o1", "m", _ev("r2", 0) + (same, same)),
             Assertion(R.CHAIRED, "o2", "m", _ev("r1", 0)))
    corpus = ResolvedCorpus(reports=(), nodes=nodes, assertions=edges)
    digests = evidence_digests(corpus, _Minter(nodes))
    positions, heads = evidence_listing(corpus, digests)
    # o1: attended (r1@5 twice: one node, r2@0), then holdsPost (r1@9, r2@3); o2 on its own
    assert positions.tolist() == [3, 2, 1, 0, 0, 0]
    # one block per subject here: o1's head is its position-0 node, o2's its only node
    assert heads.tolist() == [digests[3]] * 5 + [digests[5]]


@pytest.mark.parametrize("count,blocks", [(1, [1]), (EVIDENCE_BLOCK, [EVIDENCE_BLOCK]),
                                          (EVIDENCE_BLOCK + 1, [EVIDENCE_BLOCK, 1]),
                                          (2 * EVIDENCE_BLOCK + 5, [EVIDENCE_BLOCK, EVIDENCE_BLOCK, 5])])
def test_evidence_comes_in_blocks_headed_by_their_first_node(count, blocks):
    nodes = (Node("o", O, "甲某"), Node("m", M, "会议"), Node("o2", O, "乙某"))
    edges = (Assertion(R.ATTENDED, "o", "m", tuple(_ev("r1", i)[0] for i in range(count))),
             Assertion(R.ATTENDED, "o2", "m", _ev("r1", 0)))
    corpus = ResolvedCorpus(reports=(), nodes=nodes, assertions=edges)
    digests = evidence_digests(corpus, _Minter(nodes))
    positions, heads = evidence_listing(corpus, digests)
    by_head = {}
    for position, digest, head in zip(positions.tolist(), digests.tolist(), heads.tolist()):
        by_head.setdefault(head, []).append((position, digest))
    assert sorted(len(members) for members in by_head.values()) == sorted(blocks + [1])
    for head, members in by_head.items():     # the head is the member with the lowest position
        assert min(members)[1] == head and len({p // EVIDENCE_BLOCK for p, _ in members}) == 1


def test_the_evidence_query_reads_blocks_of_the_size_the_build_writes():
    from kg.explore.library import named_queries
    text = named_queries()["evidence"].text
    assert f"$offset - {EVIDENCE_BLOCK}" in text


def test_the_graph_carries_positions_and_levels():
    nodes = (Node("o", O, "甲某"), Node("m", M, "会议", date="2023-01-01"), Node("b", B, "中共江西省委", jurisdiction="江西省"))
    edges = (Assertion(R.CHAIRED, "o", "m", _ev()), Assertion(R.CONVENED_BY, "m", "b", _ev()))
    graph = to_rdf(ResolvedCorpus(reports=(), nodes=nodes, assertions=edges))
    assert set(graph.objects(None, KG.level)) == {Literal("province")}
    for prop in (KG.meetingPosition, KG.chairedPosition, KG.convenerPosition):
        assert list(graph.objects(None, prop)) == [Literal(0)], prop
    assert sorted(graph.objects(None, KG.evidencePosition)) == [Literal(0), Literal(0)]
    for node in graph.subjects(KG.evidencePosition, None):      # each its own block's head
        assert graph.value(node, KG.inEvidenceBlock) == node
        assert graph.value(node, KG.evidenceBlockOf) == graph.value(node, RDF.subject)
    positions, heads = evidence_listing(ResolvedCorpus((), (), ()), numpy.zeros(0))
    assert len(positions) == len(heads) == 0
