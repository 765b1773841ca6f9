"""The RDF graph as a networkx MultiDiGraph: entity nodes with kind/label/date, edges keyed by
predicate with their evidence, and nothing of reports or evidence nodes as graph nodes."""
from __future__ import annotations

import pytest

from graph_samples import shuffled, small_corpus
from kg.graph.iri import node_iri
from kg.graph.networkx_view import to_networkx
from kg.graph.rdf import to_dataset, to_rdf
from kg.records import NodeKind

CORPUS = small_corpus()
VIEW = to_networkx(to_rdf(CORPUS))


def iri(kind, key):
    return str(node_iri(kind, key))


def test_nodes_are_the_entities_only():
    assert VIEW.number_of_nodes() == len(CORPUS.nodes)
    kinds = {data["kind"] for _, data in VIEW.nodes(data=True)}
    assert kinds == {k.value for k in NodeKind}


@pytest.mark.parametrize("node", CORPUS.nodes, ids=lambda n: n.key)
def test_node_attributes(node):
    data = VIEW.nodes[iri(node.kind, node.key)]
    assert data["kind"] == node.kind.value
    assert data["label"] == node.label
    assert data.get("date") == node.date
    assert data["reports"] == str(len(set(node.reports)))
    assert all(isinstance(value, str) for value in data.values())


@pytest.mark.parametrize("assertion", CORPUS.assertions, ids=lambda a: f"{a.kind.value}-{a.subject}")
def test_every_assertion_is_one_edge_keyed_by_its_predicate(assertion):
    kinds = {n.key: n.kind for n in CORPUS.nodes}
    s, o = iri(kinds[assertion.subject], assertion.subject), iri(kinds[assertion.object], assertion.object)
    data = VIEW.edges[s, o, assertion.kind.value]
    assert data["predicate"] == assertion.kind.value
    sentences = {e.sentence for e in assertion.evidence}
    assert set(data.get("evidence", "").split("\n")) - {""} == sentences
    if assertion.qualifier:
        assert data["qualifier"] == assertion.qualifier


def test_evidence_sources_name_the_report_files():
    relayed = [d for _, _, d in VIEW.edges(data=True) if d["predicate"] == "relayedDirectiveFrom"
               and "\n" in d.get("sources", "")]
    assert relayed and all(".txt" in d["sources"] or ".html" in d["sources"] or ".jsonl" in d["sources"]
                           for d in relayed)


def test_same_view_from_a_dataset_and_in_any_order():
    other = to_networkx(to_dataset(shuffled(CORPUS, 4)))
    assert list(other.nodes(data=True)) == list(VIEW.nodes(data=True))
    assert list(other.edges(keys=True, data=True)) == list(VIEW.edges(keys=True, data=True))
