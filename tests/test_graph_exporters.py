"""Walk the exporter registry: every format writes, atomically and byte-identically for the same
corpus in any order; RDF formats round-trip through rdflib and pyoxigraph to the same graph."""
from __future__ import annotations

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic

from graph_samples import shuffled, small_corpus, synthetic_corpus
from kg.graph import canonical, exporters
from kg.graph.atomic import atomic_output
from kg.graph.exporters import EXPORTERS, write
from kg.graph.rdf import to_dataset, to_rdf

CORPUS = small_corpus()
EXPECTED = to_rdf(CORPUS)
NAMES = sorted(EXPORTERS)
RDF_NAMES = [n for n in NAMES if EXPORTERS[n].rdf_format]
OXIGRAPH = {"turtle": pyoxigraph.RdfFormat.TURTLE, "trig": pyoxigraph.RdfFormat.TRIG,
            "nt": pyoxigraph.RdfFormat.N_TRIPLES, "jsonld": pyoxigraph.RdfFormat.JSON_LD}


def test_registry_has_the_promised_formats():
    assert {"turtle", "trig", "nt", "jsonld", "graphml", "gexf"} <= set(NAMES)
    assert exporters.get("ttl") is EXPORTERS["turtle"]
    with pytest.raises(ValueError, match="turtle"):
        exporters.get("rdfxml-ish")


@pytest.mark.parametrize("name", NAMES)
def test_every_format_writes_deterministically(name, tmp_path):
    exporter = EXPORTERS[name]
    first, second = tmp_path / f"a{exporter.suffix}", tmp_path / f"b{exporter.suffix}"
    assert write(CORPUS, name, first) > 0
    write(shuffled(CORPUS, 7), name, second)
    assert first.read_bytes() == second.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def _rdflib_union(path, name) -> Graph:
    if name == "trig":
        dataset = Dataset()
        dataset.parse(path, format="trig")
        union = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return Graph().parse(path, format=EXPORTERS[name].rdf_format)


def _from_oxigraph(term):
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)      # RDF 1.1: a plain literal is an xsd:string
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise AssertionError(f"unexpected term {term!r} (blank nodes are never written)")


@pytest.mark.parametrize("name", RDF_NAMES)
def test_rdf_formats_round_trip_through_rdflib(name, tmp_path):
    path = tmp_path / f"graph{EXPORTERS[name].suffix}"
    write(CORPUS, name, path)
    assert isomorphic(_rdflib_union(path, name), EXPECTED)


@pytest.mark.parametrize("name", RDF_NAMES)
def test_rdf_formats_round_trip_through_oxigraph(name, tmp_path):
    path = tmp_path / f"graph{EXPORTERS[name].suffix}"
    write(CORPUS, name, path)
    parsed = Graph()
    for quad in pyoxigraph.parse(path=str(path), format=OXIGRAPH[name]):
        parsed.add((_from_oxigraph(quad.subject), _from_oxigraph(quad.predicate),
                    _from_oxigraph(quad.object)))
    assert to_isomorphic(parsed) == to_isomorphic(EXPECTED)


def test_trig_keeps_a_named_graph_per_report(tmp_path):
    path = tmp_path / "graph.trig"
    write(CORPUS, "trig", path)
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TRIG)
    named = {g.value for g in store.named_graphs()}
    assert named == {str(g.identifier) for g in to_dataset(CORPUS).graphs()
                     if str(g.identifier).startswith("https://w3id.org/govkg/id/report/")}


@pytest.mark.parametrize("name, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_formats_read_back_with_nodes_and_labelled_edges(name, reader, tmp_path):
    path = tmp_path / f"graph.{name}"
    write(CORPUS, name, path)
    view = reader(path)
    assert view.number_of_nodes() == len(CORPUS.nodes)
    assert view.number_of_edges() == len(CORPUS.assertions)
    labels = {data["label"] for _, data in view.nodes(data=True)}
    assert "省委常委会会议" in labels
    if name == "gexf":
        assert "lastmodifieddate" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("source", ["graph", "dataset"])
def test_graphs_and_datasets_export_like_the_corpus(source, tmp_path):
    given = to_rdf(CORPUS) if source == "graph" else to_dataset(CORPUS)
    write(given, "turtle", tmp_path / "a.ttl")
    write(CORPUS, "turtle", tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_interrupted_write_keeps_the_previous_file_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    target.write_text("previous complete graph\n", encoding="utf-8")

    def dies_half_way(graph, stream):
        stream.write("@prefix kg: <https://w3id.org/govkg/ontology#> .\n<half")
        raise KeyboardInterrupt

    monkeypatch.setattr(canonical, "write_turtle", dies_half_way)
    with pytest.raises(KeyboardInterrupt):
        write(CORPUS, "turtle", target)
    assert target.read_text(encoding="utf-8") == "previous complete graph\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_atomic_output_creates_folders_and_normal_permissions(tmp_path):
    target = tmp_path / "new" / "folder" / "out.txt"
    with atomic_output(target) as stream:
        stream.write("完整\n")
    assert target.read_text(encoding="utf-8") == "完整\n"
    assert target.stat().st_mode & 0o777 == 0o644


def test_canonical_turtle_escapes_awkward_literals(tmp_path):
    graph = Graph()
    subject = URIRef("https://w3id.org/govkg/id/report/x")
    awkward = ['引号"与\\反斜杠', "换行\n与\t制表\r", "控制\x01字符", "<b>标记</b> & 'x'", ""]
    for i, text in enumerate(awkward):
        graph.add((subject, URIRef(f"https://example.org/p{i}"), Literal(text)))
    graph.add((subject, URIRef("https://example.org/n"), Literal(-3)))
    path = tmp_path / "awkward.ttl"
    write(graph, "turtle", path)
    assert isomorphic(Graph().parse(path, format="turtle"), graph)
    write(graph, "nt", tmp_path / "awkward.nt")
    assert isomorphic(Graph().parse(tmp_path / "awkward.nt", format="nt"), graph)


def test_larger_corpus_round_trips(tmp_path):
    corpus = synthetic_corpus(20)
    write(corpus, "turtle", tmp_path / "big.ttl")
    parsed = Graph().parse(tmp_path / "big.ttl", format="turtle")
    assert len(parsed) == len(to_rdf(corpus)) > 2000
