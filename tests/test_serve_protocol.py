"""`kg serve` spoken to by a real SPARQL client (SPARQLWrapper) on an ephemeral loopback port."""
from __future__ import annotations

import multiprocessing
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.cli.main import parser
from kg.explore.server import SparqlServer, choose_type
from kg.explore.store import open_store
from test_explore_sample import sample_graph

OFFICIALS = ("PREFIX kg: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
             "SELECT ?name WHERE { ?o a kg:Official ; rdfs:label ?name } ORDER BY ?name")
NAMES = ["卜慧敏", "房海涛", "柯建平", "满立新", "甄文华", "郦思远"]
# four-way cross product of every triple: never finishes on any store
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def server(request):
    store = open_store(sample_graph(), request.param)
    srv = SparqlServer(store, b"<!DOCTYPE html><title>explorer</title>", "127.0.0.1", 0, timeout=1.5)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(10)


def client(server, query, fmt=JSON, method=None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{server.url}/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method:
        sparql.setMethod(method)
    return sparql


def raw(server, path, data=None, headers=None):
    request = urllib.request.Request(f"{server.url}{path}", data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            return reply.status, reply.headers.get("Content-Type"), reply.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type"), err.read().decode("utf-8")


def test_select_json_over_get(server):
    result = client(server, OFFICIALS).queryAndConvert()
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == NAMES
    assert result["results"]["bindings"][0]["name"]["xml:lang"] == "zh"


@pytest.mark.parametrize("method", [None, POST])
def test_select_xml_and_csv(server, method):
    xml = client(server, OFFICIALS, XML, method).queryAndConvert()
    assert [n.firstChild.data for n in xml.getElementsByTagName("literal")] == NAMES
    csv_text = client(server, OFFICIALS, CSV, method).queryAndConvert().decode("utf-8")
    assert csv_text.split("\r\n")[:3] == ["name", NAMES[0], NAMES[1]]


def test_ask_and_construct(server):
    ask = client(server, "PREFIX kg: <https://w3id.org/govkg/ontology#> ASK { ?m a kg:Meeting }").queryAndConvert()
    assert ask["boolean"] is True
    turtle = client(server, "PREFIX kg: <https://w3id.org/govkg/ontology#> "
                            "CONSTRUCT { ?a kg:relayedDirectiveFrom ?b } WHERE { ?a kg:relayedDirectiveFrom ?b }",
                    TURTLE).queryAndConvert()
    assert len(Graph().parse(data=turtle, format="turtle")) == 4


def test_sparql_query_body(server):
    status, ctype, body = raw(server, "/sparql", OFFICIALS.encode(),
                              {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert (status, ctype.split(";")[0]) == (200, "text/csv") and NAMES[0] in body


def test_bad_query_is_a_400_with_the_parser_message(server):
    with pytest.raises(QueryBadFormed, match="query error"):
        client(server, "SELECT ?x WHERE { ?x ").queryAndConvert()


@pytest.mark.parametrize("how", ["wrapper", "get", "form", "update-body"])
def test_updates_are_refused(server, how):
    update = "PREFIX kg: <https://w3id.org/govkg/ontology#> INSERT DATA { kg:x kg:y kg:z }"
    if how == "wrapper":
        sparql = client(server, update, method=POST)
        with pytest.raises(Exception, match="403|read-only"):
            sparql.query()
    else:
        if how == "get":
            status, _, body = raw(server, "/sparql?" + urllib.parse.urlencode({"query": update}))
        elif how == "form":
            status, _, body = raw(server, "/sparql", urllib.parse.urlencode({"update": update}).encode(),
                                  {"Content-Type": "application/x-www-form-urlencoded"})
        else:
            status, _, body = raw(server, "/sparql", update.encode(), {"Content-Type": "application/sparql-update"})
        assert status == 403 and "read-only" in body
    assert len(client(server, OFFICIALS).queryAndConvert()["results"]["bindings"]) == 6


def test_a_query_past_the_limit_is_stopped_and_the_server_goes_on(server):
    status, _, body = raw(server, "/sparql?" + urllib.parse.urlencode({"query": ENDLESS}))
    assert status == 503 and "1.5 s limit" in body
    assert multiprocessing.active_children() == []       # the worker was killed, not left running
    assert len(client(server, OFFICIALS).queryAndConvert()["results"]["bindings"]) == 6


def test_explorer_and_unknown_paths(server):
    assert raw(server, "/")[:2] == (200, "text/html; charset=utf-8")
    assert raw(server, "/nothing")[0] == 404
    assert raw(server, "/sparql")[0] == 400


def test_listens_on_loopback_unless_told():
    args = parser().parse_args(["serve", "graph.ttl"])
    assert (args.host, args.timeout) == ("127.0.0.1", 10.0)


@pytest.mark.parametrize("accept,expected", [
    ("", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("application/sparql-results+xml;q=0.9, text/csv;q=0.5", "application/sparql-results+xml"),
    ("text/html, */*;q=0.1", "application/sparql-results+json"),
])
def test_accept_negotiation(accept, expected):
    from kg.explore.server import RESULT_TYPES
    assert choose_type(accept, RESULT_TYPES, "application/sparql-results+json") == expected


def test_explorer_page_beside_the_graph_or_drawn_on_demand(tmp_path):
    from kg.cli.serve import explorer_page
    from kg.errors import InputError
    from test_explore_sample import sample_turtle
    graph = tmp_path / "graph.ttl"
    graph.write_text(sample_turtle(), encoding="utf-8")
    drawn = explorer_page(graph, None)
    assert callable(drawn) and b'id="kg-status"' in drawn()          # no graph.html yet: drawn when asked
    (tmp_path / "graph.html").write_bytes(b"<html>built</html>")
    assert explorer_page(graph, None) == b"<html>built</html>"
    with pytest.raises(InputError, match="no such file"):
        explorer_page(graph, tmp_path / "other.html")
