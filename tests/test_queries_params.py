"""Parameters become one escaped RDF term each; nothing a user types becomes query syntax."""
from __future__ import annotations

import pytest
from rdflib import XSD, Graph, Literal, URIRef

from kg.errors import QueryError
from kg.explore.library import parse
from kg.explore.params import dollar_variables, guess_type, parse_assignments, sparql_term, substitute, to_term

QUERY = 'SELECT ?s WHERE { ?s ?p $v . FILTER(?s != <http://x/$v>) } # $v in a comment\n'


@pytest.mark.parametrize("value", [
    'a" } ?s ?p ?o . FILTER("x',          # closes the string, adds a pattern
    "a\\\" } INSERT DATA { <a> <b> <c> }", # backslash before the quote
    "line\nbreak\r\ttab",
    "'''\"\"\"",
    "$v ?s <http://evil/>",
    "中文<script>",
])
def test_a_string_value_stays_one_literal(value):
    graph = Graph()
    graph.add((URIRef("http://x/s"), URIRef("http://x/p"), Literal(value)))
    graph.add((URIRef("http://x/t"), URIRef("http://x/p"), Literal("other")))
    bound = substitute(QUERY, {"v": Literal(value)})
    rows = list(graph.query(bound))
    assert rows == [(URIRef("http://x/s"),)]


def test_strings_iris_and_comments_are_not_touched():
    bound = substitute(QUERY, {"v": Literal("x")})
    assert bound.count('"x"') == 1 and "<http://x/$v>" in bound and "# $v in a comment" in bound
    assert dollar_variables(QUERY) == {"v"}
    assert dollar_variables('SELECT * WHERE { ?s ?p "$price" } # $gone') == set()


@pytest.mark.parametrize("kind,value,term", [
    ("iri", "http://x/a", URIRef("http://x/a")),
    ("iri", "<http://x/a>", URIRef("http://x/a")),
    ("meeting", "https://w3id.org/govkg/id/meeting/x", URIRef("https://w3id.org/govkg/id/meeting/x")),
    ("string", "省委书记", Literal("省委书记")),
    ("zh", "省委书记", Literal("省委书记", lang="zh")),
    ("date", "2023-03-02", Literal("2023-03-02", datatype=XSD.date)),
    ("integer", "42", Literal(42)),
])
def test_to_term(kind, value, term):
    assert to_term("p", kind, value) == term


@pytest.mark.parametrize("kind,value", [
    ("iri", "http://x/a b"), ("iri", "http://x/a>"), ("iri", "not an iri"), ("iri", "http://x/{a}"),
    ("date", "2023-02-30"), ("integer", "4.2"),
])
def test_bad_values_are_refused(kind, value):
    with pytest.raises(QueryError, match="parameter p"):
        to_term("p", kind, value)


def test_sparql_term_forms():
    assert sparql_term(Literal('a"b\\c\n')) == '"a\\"b\\\\c\\n"'
    assert sparql_term(Literal("x", lang="zh")) == '"x"@zh'
    assert sparql_term(Literal("2023-01-01", datatype=XSD.date)) == f'"2023-01-01"^^<{XSD.date}>'
    assert sparql_term(Literal(42)) == "42"        # bare: LIMIT $limit must read LIMIT 42
    assert to_term("limit", "count", "0") == Literal(0)


@pytest.mark.parametrize("value,kind", [("<x:y>", "iri"), ("https://a/b", "iri"), ("12", "integer"),
                                        ("张三", "string"), ("urn:x", "string")])
def test_guess_type(value, kind):
    assert guess_type(value) == kind


def test_parse_assignments():
    assert parse_assignments(["a=1", "b=x=y", "c="]) == {"a": "1", "b": "x=y", "c": ""}
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_assignments(["novalue"])


@pytest.mark.parametrize("header,message", [
    ("# description: d\nSELECT * {}", "needs '# title:'"),
    ("# title: t\n# description: d\n# param: x (colour) what\nSELECT * { ?s ?p $x }", "cannot read parameter"),
    ("# title: t\n# description: d\n# param: x (string) what\nSELECT * { ?s ?p ?o }", "differ from"),
])
def test_malformed_headers_fail_loudly(header, message):
    with pytest.raises(QueryError, match=message):
        parse("q", header)


def test_header_fields():
    q = parse("q", "# title: T\n# description: first\n#   second\n# param: x (iri, required) the x\n"
                   "# param: y (string, default \"a b\") the y\nSELECT * { ?s ?p $x FILTER(?s != $y) }")
    assert (q.title, q.description) == ("T", "first second")
    assert [(p.name, p.type, p.required, p.default) for p in q.params] == [("x", "iri", True, None), ("y", "string", False, "a b")]
