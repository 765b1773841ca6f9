"""Result formats: a CJK-aligned table, SPARQL CSV / JSON / XML."""
from __future__ import annotations

import csv
import io
import json
import xml.dom.minidom

import pytest
from rdflib import XSD, BNode, Graph, Literal, URIRef

from kg.explore.results import QueryResult, display, to_csv, to_json, to_table, to_xml, width

ROWS = QueryResult("SELECT", ("who", "n", "where"), (
    (Literal("柯建平", lang="zh"), Literal(2), URIRef("https://w3id.org/govkg/id/meeting/m-1")),
    (Literal("Ann, \"A\""), None, BNode("b0")),
))


@pytest.mark.parametrize("text,columns", [("abc", 3), ("柯建平", 6), ("ｱ", 1), ("Ａ", 2), ("é", 1), ("e\u0301", 1), ("", 0)])
def test_width(text, columns):
    assert width(text) == columns


def test_table_columns_line_up_in_display_width():
    lines = to_table(ROWS).splitlines()
    assert lines[0].split() == ["who", "n", "where"]
    # each column starts at the same display column in the header and in every row
    for header, cell, row in (("n", "2", 2), ("where", "id:meeting/m-1", 2), ("where", "_:b0", 3)):
        assert width(lines[row][:lines[row].index(cell)]) == width(lines[0][:lines[0].index(header)])
    assert lines[-1] == "(2 rows; id: = https://w3id.org/govkg/id/)"


def test_long_values_are_cut_in_the_table_only():
    long = QueryResult("SELECT", ("s",), ((Literal("很" * 100),),))
    table = to_table(long)
    assert "很" * 29 + "…" in table and "--format csv" in table
    assert "很" * 100 in to_csv(long)


def test_csv_follows_the_sparql_csv_format():
    text = to_csv(ROWS)
    assert text.endswith("\r\n")
    assert list(csv.reader(io.StringIO(text))) == [["who", "n", "where"],
                                                    ["柯建平", "2", "https://w3id.org/govkg/id/meeting/m-1"],
                                                    ['Ann, "A"', "", "_:b0"]]


def test_json_follows_the_sparql_json_format():
    data = json.loads(to_json(ROWS))
    assert data["head"]["vars"] == ["who", "n", "where"]
    first, second = data["results"]["bindings"]
    assert first["who"] == {"type": "literal", "value": "柯建平", "xml:lang": "zh"}
    assert first["n"] == {"type": "literal", "value": "2", "datatype": str(XSD.integer)}
    assert first["where"]["type"] == "uri" and "n" not in second and second["where"]["type"] == "bnode"


def test_xml_is_well_formed():
    doc = xml.dom.minidom.parseString(to_xml(ROWS).encode())
    assert [v.getAttribute("name") for v in doc.getElementsByTagName("variable")] == ["who", "n", "where"]
    assert len(doc.getElementsByTagName("result")) == 2


@pytest.mark.parametrize("writer,expected", [(to_table, "yes"), (to_json, '{"head": {}, "boolean": true}'),
                                             (to_csv, "boolean\r\ntrue\r\n")])
def test_ask(writer, expected):
    assert writer(QueryResult("ASK", boolean=True)) == expected


def test_construct_is_a_graph():
    graph = Graph()
    graph.add((URIRef("http://x/a"), URIRef("http://x/b"), Literal("c")))
    result = QueryResult("CONSTRUCT", graph=graph)
    assert len(Graph().parse(data=to_table(result), format="turtle")) == 1
    assert len(Graph().parse(data=to_json(result), format="json-ld")) == 1
    assert list(result) == [(URIRef("http://x/a"), URIRef("http://x/b"), Literal("c"))]


def test_display_and_records():
    assert display(Literal("两行\n文字")) == "两行 文字" and display(None) == ""
    assert ROWS.records()[0] == {"who": "柯建平", "n": 2, "where": "https://w3id.org/govkg/id/meeting/m-1"}
    assert len(ROWS) == 2 and bool(QueryResult("ASK", boolean=False)) is False
