"""`kg query` end to end, and the two stores behind it."""
from __future__ import annotations

import json

import pytest
from rdflib import XSD, Literal, URIRef

from kg.cli.main import main
from kg.errors import InputError, QueryError
from kg.explore.store import OxigraphStore, RdflibStore, open_store, to_rdflib
from kg.explore.sparql import run_query
from kg.graph.rdf import to_dataset
from test_explore_sample import CORPUS

NAMES = "SELECT ?n WHERE { ?o a kg:Official ; rdfs:label ?n } ORDER BY ?n"


@pytest.mark.parametrize("store", ["oxigraph", "rdflib"])
def test_table_with_predeclared_prefixes(graph_file, capsys, store):
    assert main(["query", str(graph_file), NAMES, "--store", store]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "n" and out[2:8] == ["卜慧敏", "房海涛", "柯建平", "满立新", "甄文华", "郦思远"]


def test_named_query_with_param_as_json(graph_file, capsys):
    assert main(["query", str(graph_file), "--name", "post-holders", "-p", "title=省长", "-f", "json"]) == 0
    bindings = json.loads(capsys.readouterr().out)["results"]["bindings"]
    assert [b["name"]["value"] for b in bindings] == ["郦思远"]


def test_query_from_a_file(graph_file, tmp_path, capsys):
    rq = tmp_path / "q.rq"
    rq.write_text("PREFIX kg: <https://w3id.org/govkg/ontology#>\nASK { ?m kg:date ?d }", encoding="utf-8")
    assert main(["query", str(graph_file), str(rq), "--format", "csv"]) == 0
    assert capsys.readouterr().out == "boolean\r\ntrue\r\n"


def test_list_shows_every_named_query(capsys):
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    for name in ("chaired", "co-attendance", "cascade", "meetings-per-body-month", "policies-by-level",
                 "officials-by-post"):
        assert f"{name}: " in out
    assert "--param root=…  (meeting, required)" in out


@pytest.mark.parametrize("argv,code,message", [
    (["SELECT ?x WHERE { ?x"], 2, "kg query: query 'SELECT ?x WHERE { ?x'"),
    (["--name", "nope"], 2, "no named query 'nope'"),
    (["--name", "cascade"], 2, "needs --param root"),
    (["missing.rq"], 2, "missing.rq: cannot read the query file"),
    ([], 64, "give a GRAPH and a QUERY"),
])
def test_errors_name_the_query_and_exit_nonzero(graph_file, capsys, argv, code, message):
    assert main(["query", str(graph_file), *argv]) == code
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("name,content,message", [
    ("graph.ttl", "@prefix kg: <x#> .\nkg:a kg:b .\n", "graph.ttl"),
    ("graph.xyz", "", "unknown RDF file type|cannot tell the RDF format"),
    ("absent.ttl", None, "no such file"),
])
@pytest.mark.parametrize("store", ["oxigraph", "rdflib"])
def test_unreadable_graphs_are_input_errors(tmp_path, name, content, message, store):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        open_store(path, store)


@pytest.mark.parametrize("store", ["oxigraph", "rdflib"])
def test_trig_named_graphs_are_queried_as_one(tmp_path, store):
    path = tmp_path / "graph.trig"
    path.write_text(to_dataset(CORPUS).serialize(format="trig"), encoding="utf-8")
    result = run_query(path, "SELECT (COUNT(*) AS ?n) WHERE { ?o kg:chaired ?m }", store=store)
    assert int(result.rows[0][0]) == 5


@pytest.mark.parametrize("store", ["oxigraph", "rdflib"])
def test_update_text_is_not_a_query(graph_file, store):
    with pytest.raises(QueryError):
        run_query(graph_file, "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", store=store)


def test_oxigraph_terms_come_back_as_rdflib_terms():
    import pyoxigraph as ox
    assert to_rdflib(ox.NamedNode("http://x/a")) == URIRef("http://x/a")
    assert to_rdflib(ox.Literal("a")) == Literal("a")                        # xsd:string -> plain
    assert to_rdflib(ox.Literal("a", language="zh")) == Literal("a", lang="zh")
    assert to_rdflib(ox.Literal("--03-09", datatype=ox.NamedNode(str(XSD.gMonthDay)))) == \
        Literal("--03-09", datatype=XSD.gMonthDay)
    assert to_rdflib(None) is None


def test_stores_hold_the_same_triples(graph_file):
    assert len(OxigraphStore.load(graph_file)) == len(RdflibStore.load(graph_file)) > 300
