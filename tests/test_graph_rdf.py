"""ResolvedCorpus -> RDF: every node, report and assertion is mapped, IRIs are stable, and the
TriG dataset splits the same triples into entity and per-report graphs."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from graph_samples import shuffled, small_corpus
from kg.graph.iri import assertion_iri, node_iri, report_iri
from kg.graph.rdf import date_literal, default_graph, graphs, to_dataset, to_rdf
from kg.graph.vocab import KG
from kg.records import Assertion, Evidence, Node, NodeKind, RelationKind, ResolvedCorpus

CORPUS = small_corpus()
GRAPH = to_rdf(CORPUS)
NODES = {n.key: n for n in CORPUS.nodes}


def iri(key):
    return node_iri(NODES[key].kind, key)


@pytest.mark.parametrize("value, datatype", [
    ("2022-11-10", XSD.date), ("--11-10", XSD.gMonthDay), ("--02-29", XSD.gMonthDay),
    ("2022-13-01", None), ("--13-01", None), ("11月10日", None), ("2022-11", None)])
def test_date_literal_types(value, datatype):
    literal = date_literal(value)
    assert str(literal) == value
    assert literal.datatype == datatype


@pytest.mark.parametrize("node", CORPUS.nodes, ids=lambda n: n.key)
def test_every_node_is_typed_labelled_and_linked_to_its_reports(node):
    me = iri(node.key)
    assert (me, RDF.type, KG[node.kind.value]) in GRAPH
    assert list(GRAPH.objects(me, RDFS.label)) == [Literal(node.label, lang="zh")]
    assert set(GRAPH.objects(me, KG.mentionedIn)) == {report_iri(r) for r in node.reports}
    aliases = {Literal(a, lang="zh") for a in node.aliases if a != node.label}
    assert set(GRAPH.objects(me, SKOS.altLabel)) == aliases


def test_meeting_attributes():
    me = iri("province@--11-11")
    assert GRAPH.value(me, KG.date) == Literal("--11-11", datatype=XSD.gMonthDay)
    assert GRAPH.value(me, KG.format) == Literal("video")
    assert set(GRAPH.objects(me, KG.venue)) == {Literal("省委常委会议室"), Literal("各市分会场")}
    assert GRAPH.value(iri("central@2022-11-10"), KG.date).datatype == XSD.date


@pytest.mark.parametrize("report", CORPUS.reports, ids=lambda r: r.source_file)
def test_every_report_is_a_node_with_its_source(report):
    me = report_iri(report.report_id)
    assert (me, RDF.type, KG.Report) in GRAPH
    assert GRAPH.value(me, KG.sourceFile) == Literal(report.source_file)
    label = str(GRAPH.value(me, RDFS.label))
    assert label == (report.title or report.source_file.rsplit("/", 1)[-1])
    assert (GRAPH.value(me, KG.url) is None) == (report.url is None)
    if report.published:
        assert GRAPH.value(me, KG.published) == Literal(report.published, datatype=XSD.date)


@pytest.mark.parametrize("assertion", CORPUS.assertions, ids=lambda a: f"{a.kind.value}-{a.subject}")
def test_every_assertion_gives_the_edge_and_one_evidence_node_per_evidence(assertion):
    s, o, p = iri(assertion.subject), iri(assertion.object), KG[assertion.kind.value]
    assert (s, p, o) in GRAPH
    evidence_nodes = {e for e in GRAPH.subjects(RDF.subject, s) if (e, RDF.object, o) in GRAPH
                      and (e, RDF.predicate, p) in GRAPH}
    assert evidence_nodes == {assertion_iri(assertion.kind, s, o, ev) for ev in assertion.evidence}
    for ev in assertion.evidence:
        node = assertion_iri(assertion.kind, s, o, ev)
        assert (node, RDF.type, KG.Assertion) in GRAPH
        assert GRAPH.value(node, KG.inReport) == report_iri(ev.report_id)
        assert GRAPH.value(node, KG.sentence) == Literal(ev.sentence)
        assert (GRAPH.value(node, KG.charStart).toPython(), GRAPH.value(node, KG.charEnd).toPython()) \
            == (ev.start, ev.end)


def test_holds_post_points_at_the_post_node():
    post = iri("东海省委书记")
    assert (iri("丁戊"), KG.holdsPost, post) in GRAPH
    assert (post, RDF.type, KG.Post) in GRAPH


def test_qualifier_lands_on_the_evidence_node():
    assert {str(o) for o in GRAPH.objects(None, KG.qualifier)} == {"branch-venue"}


def test_no_blank_nodes():
    assert not any(isinstance(term, BNode) for triple in GRAPH for term in triple)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_other_input_order_gives_the_same_graph_and_iris(seed):
    other = to_rdf(shuffled(CORPUS, seed))
    assert set(other) == set(GRAPH)          # identical IRIs, not merely isomorphic
    assert isomorphic(other, GRAPH)


def test_iris_are_stable_readable_and_distinct_by_kind():
    meeting = node_iri(NodeKind.MEETING, "某会议@2022-11-10")
    assert meeting == node_iri(NodeKind.MEETING, "某会议@2022-11-10")
    assert meeting.startswith("https://w3id.org/govkg/id/meeting/2022-11-10-")
    assert node_iri(NodeKind.BODY, "x") != node_iri(NodeKind.POST, "x")
    assert node_iri(NodeKind.OFFICIAL, "张三") != node_iri(NodeKind.OFFICIAL, "张四")
    assert all(ord(c) < 128 for c in node_iri(NodeKind.OFFICIAL, "张三"))
    with pytest.raises(ValueError):
        node_iri(NodeKind.OFFICIAL, "")


def test_evidence_iri_depends_on_report_and_span():
    s, o = node_iri(NodeKind.OFFICIAL, "a"), node_iri(NodeKind.MEETING, "b")
    base = Evidence("r1", "句子。", 0, 3)
    first = assertion_iri(RelationKind.CHAIRED, s, o, base)
    assert first == assertion_iri(RelationKind.CHAIRED, s, o, Evidence("r1", "句子。", 0, 3))
    for other in (Evidence("r2", "句子。", 0, 3), Evidence("r1", "句子。", 1, 3)):
        assert assertion_iri(RelationKind.CHAIRED, s, o, other) != first
    assert assertion_iri(RelationKind.ATTENDED, s, o, base) != first


def test_assertion_naming_a_missing_node_is_an_error_that_says_which():
    corpus = ResolvedCorpus(reports=(), nodes=(Node("a", NodeKind.OFFICIAL, "甲"),),
                            assertions=(Assertion(RelationKind.CHAIRED, "a", "nowhere", ()),))
    with pytest.raises(ValueError, match="nowhere"):
        to_rdf(corpus)


def test_dataset_splits_entities_and_per_report_edges():
    dataset = to_dataset(CORPUS)
    default = default_graph(dataset)
    union = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    assert union == set(GRAPH)
    assert not list(default.triples((None, KG.chaired, None)))
    named = {g.identifier for g in graphs(dataset) if g.identifier != default.identifier}
    assert named == {report_iri(r.report_id) for r in CORPUS.reports}
    for graph in graphs(dataset):
        if graph.identifier == default.identifier:
            continue
        for node in graph.subjects(RDF.type, KG.Assertion):
            assert graph.value(node, KG.inReport) == graph.identifier
    # an edge with no evidence stays in the default graph
    assert (iri("丁戊"), KG.attended, iri("central@2022-11-10")) in default
