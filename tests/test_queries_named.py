"""Every shipped named query on the sample graph (tests/test_explore_sample.py), with the rows
it must return, on both stores."""
from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.explore.library import named_queries
from kg.explore.sparql import run_query
from test_explore_sample import sample_turtle

STORES = ("rdflib", "oxigraph")
PROVINCE, CENTRAL = "省委常委会会议", "中央政治局常务委员会会议"

CASES = [
    ("chaired", {}, ("name", "meetingLabel", "date", "convener"), [
        ("甄文华", CENTRAL, "2023-03-02", "中共中央政治局常务委员会"),
        ("柯建平", PROVINCE, "2023-03-03", "中共江南省委"),
        ("房海涛", "市委常委会会议", "2023-03-05", "中共青山市委"),
        ("卜慧敏", "绿水县委常委会会议", "2023-03-08", "中共绿水县委"),
        ("柯建平", PROVINCE, "2023-04-10", "中共江南省委")]),
    # pairs who shared one meeting (卜慧敏 and 满立新) are not summarised; ties go by IRI
    ("co-attendance", {}, ("name", "otherName", "meetings"), [
        ("柯建平", "郦思远", "2"), ("柯建平", "房海涛", "2"), ("郦思远", "房海涛", "2")]),
    ("cascade", {"root": CENTRAL}, ("depth", "meetingLabel", "date", "relaysLabel"), [
        ("1", PROVINCE, "2023-03-03", CENTRAL),
        ("2", "白云县委常委会会议", "--03-09", PROVINCE),
        ("2", "市委常委会会议", "2023-03-05", PROVINCE),
        ("3", "绿水县委常委会会议", "2023-03-08", "市委常委会会议")]),
    ("cascade", {"root": "市委常委会会议"}, ("depth", "meetingLabel", "relaysLabel"), [
        ("1", "绿水县委常委会会议", "市委常委会会议")]),
    ("cascade", {"root": f"{PROVINCE}@2023-04-10"}, ("depth", "meetingLabel"), []),
    ("meetings-per-body-month", {}, ("bodyLabel", "month", "meetings"), [
        ("中共中央政治局常务委员会", "2023-03", "1"), ("中共江南省委", "2023-03", "1"), ("中共江南省委", "2023-04", "1"),
        ("中共白云县委", "--03", "1"), ("中共绿水县委", "2023-03", "1"), ("中共青山市委", "2023-03", "1")]),
    ("policies-by-level", {}, ("level", "policyLabel", "meetings"), [
        ("central", "优化营商环境二十条", "1"), ("province", "优化营商环境二十条", "1"),
        ("city", "乡村振兴实施方案", "1"), ("county", "乡村振兴实施方案", "1")]),
    ("officials-by-post", {}, ("postLabel", "name", "jurisdiction"), [
        ("江南省委书记", "柯建平", "江南省"), ("江南省省长", "郦思远", "江南省"), ("青山市委书记", "房海涛", "江南省青山市")]),
    ("post-holders", {"title": "委书记"}, ("postLabel", "name"), [
        ("江南省委书记", "柯建平"), ("青山市委书记", "房海涛")]),
    ("post-holders", {"title": '书记" } ?x ?y ?z . FILTER("a'}, ("name",), []),
    ("meetings", {}, ("label", "date", "format", "officials"), [
        ("白云县委常委会会议", "--03-09", "", "0"), (CENTRAL, "2023-03-02", "", "1"), (PROVINCE, "2023-03-03", "", "3"),
        ("市委常委会会议", "2023-03-05", "video", "2"), ("绿水县委常委会会议", "2023-03-08", "", "2"),
        (PROVINCE, "2023-04-10", "", "3")]),
    ("evidence", {"official": "房海涛"}, ("predicate", "objectLabel", "sentence", "start", "end", "sourceFile"), [
        ("https://w3id.org/govkg/ontology#attended", PROVINCE, "房海涛列席。", "60", "66", "reports/province.html"),
        ("https://w3id.org/govkg/ontology#attended", PROVINCE, "房海涛在青山市分会场参加会议。", "0", "15", "reports/city.jsonl#L2"),
        ("https://w3id.org/govkg/ontology#chaired", "市委常委会会议", "市委书记房海涛主持会议。", "0", "12", "reports/city.jsonl#L2"),
        ("https://w3id.org/govkg/ontology#holdsPost", "青山市委书记", "市委书记房海涛主持会议。", "0", "12", "reports/city.jsonl#L2")]),
]


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "graph.ttl"
    path.write_text(sample_turtle(), encoding="utf-8")
    return path


def _columns(result, columns):
    index = [result.variables.index(c) for c in columns]
    return [tuple("" if row[i] is None else str(row[i]) for i in index) for row in result.rows]


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("name,params,columns,rows", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_named_query_returns_its_rows(sample_file, store, name, params, columns, rows):
    assert _columns(run_query(sample_file, name=name, params=params, store=store), columns) == rows


def test_every_shipped_query_is_tested():
    assert set(named_queries()) == {case[0] for case in CASES}


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_stores_agree_on_every_column(sample_file, name):
    params = {"cascade": {"root": CENTRAL}, "evidence": {"official": "房海涛"},
              "post-holders": {"title": "书记"}}.get(name, {})
    results = [run_query(sample_file, name=name, params=params, store=s) for s in STORES]
    assert results[0].variables == results[1].variables
    assert results[0].rows == results[1].rows


def test_headers_document_title_description_and_params():
    for query in named_queries().values():
        assert query.title and query.description, query.name
        assert "PREFIX kg:" in query.text, f"{query.name} must run in other stores: declare its prefixes"
    assert named_queries()["cascade"].param("root").required


PAGED = [("meetings", {}), ("chaired", {}), ("co-attendance", {}), ("cascade", {"root": CENTRAL}),
         ("evidence", {"official": "房海涛"}), ("officials-by-post", {}), ("meetings-per-body-month", {})]
# Listings whose limit counts entities (meetings, posts, bodies), each with one row or more.
BY_ENTITY = {"meetings", "chaired", "officials-by-post", "meetings-per-body-month", "post-holders"}


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("name,params", PAGED)
def test_pages_cut_the_ordered_rows(sample_file, store, name, params):
    whole = run_query(sample_file, name=name, params=params, store=store).rows
    assert len(whole) >= 3, "the sample must have rows to page through"
    pages = [run_query(sample_file, name=name, params={**params, "limit": "2", "offset": str(start)},
                       store=store).rows for start in range(0, len(whole) + 2, 2)]
    assert [row for page in pages for row in page] == list(whole)
    assert pages[-1] == () and (name in BY_ENTITY or all(len(page) <= 2 for page in pages))


@pytest.fixture(scope="module")
def busy_official_file(tmp_path_factory):
    """One official with 250 pieces of evidence: three blocks of kg:inEvidenceBlock."""
    from kg.graph.corpus_turtle import write_turtle
    from kg.records import Assertion, Evidence, Node, NodeKind, RelationKind, ResolvedCorpus

    evidence = tuple(Evidence(report_id="r1", sentence="句。", start=i, end=i + 1) for i in range(250))
    corpus = ResolvedCorpus(reports=(), nodes=(Node("o", NodeKind.OFFICIAL, "甲某"), Node("m", NodeKind.MEETING, "会议")),
                            assertions=(Assertion(RelationKind.ATTENDED, "o", "m", evidence),))
    path = tmp_path_factory.mktemp("busy") / "graph.ttl"
    with open(path, "w", encoding="utf-8") as stream:
        write_turtle(corpus, stream)
    return path


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("offset,limit", [(0, 100), (95, 10), (99, 2), (100, 100), (150, 100), (0, 250), (240, 100), (250, 5)])
def test_evidence_pages_across_blocks(busy_official_file, store, offset, limit):
    rows = run_query(busy_official_file, name="evidence", store=store,
                     params={"official": "甲某", "offset": str(offset), "limit": str(limit)}).records()
    assert [int(row["start"]) for row in rows] == list(range(offset, min(offset + limit, 250)))


@pytest.fixture(scope="module")
def shared_titles_file(tmp_path_factory):
    """Four posts under three titles (two posts are titled 甲县长), one holder each."""
    from kg.graph.corpus_turtle import write_turtle
    from kg.records import Assertion, Evidence, Node, NodeKind, RelationKind, ResolvedCorpus

    posts = {"p1": "甲县长", "p2": "甲县长", "p3": "乙县长", "p4": "丙县委书记"}
    nodes = tuple(Node(key, NodeKind.POST, label) for key, label in posts.items()) + tuple(
        Node(f"o{key}", NodeKind.OFFICIAL, f"官员{key}") for key in posts)
    edges = tuple(Assertion(RelationKind.HOLDS_POST, f"o{key}", key, (Evidence("r1", "句。", 0, 1),)) for key in posts)
    path = tmp_path_factory.mktemp("titles") / "graph.ttl"
    with open(path, "w", encoding="utf-8") as stream:
        write_turtle(ResolvedCorpus(reports=(), nodes=nodes, assertions=edges), stream)
    return path


@pytest.mark.parametrize("store", STORES)
def test_post_holders_pages_by_title(shared_titles_file, store):
    def page(offset, limit="1"):
        return run_query(shared_titles_file, name="post-holders", store=store,
                         params={"title": "县", "offset": str(offset), "limit": limit}).records()
    assert [row["postLabel"] for row in page(0, "100")] == ["丙县委书记", "乙县长", "甲县长", "甲县长"]
    pages = [[(row["postLabel"], row["name"]) for row in page(offset)] for offset in range(4)]
    assert pages[0] == [("丙县委书记", "官员p4")] and pages[1] == [("乙县长", "官员p3")]
    assert sorted(pages[2]) == [("甲县长", "官员p1"), ("甲县长", "官员p2")] and pages[3] == []


def test_every_query_pages():
    for query in named_queries().values():
        assert query.param("limit").default == "100" and query.param("offset").default == "0", query.name


@pytest.mark.parametrize("value", ["-1", "ten", "2.5"])
def test_a_page_size_is_a_count(sample_file, value):
    with pytest.raises(QueryError, match="not a count"):
        run_query(sample_file, name="meetings", params={"limit": value})


@pytest.mark.parametrize("params,message", [
    ({}, "needs --param root"),
    ({"root": "没有这个会议"}, "no Meeting matches"),
    ({"root": PROVINCE}, "2 Meeting nodes match"),
    ({"root": "http://example.org/a b"}, "not an absolute IRI"),
    ({"depth": "3"}, "has no parameter depth"),
])
def test_cascade_parameter_errors_are_explained(sample_file, params, message):
    with pytest.raises(QueryError, match=message):
        run_query(sample_file, name="cascade", params=params, store="oxigraph")
