"""The explorer page as written (no browser): self-contained, escaped, focused views right."""
from __future__ import annotations

import json
import re

import pytest

from kg.errors import QueryError
from kg.explore.focus import Focus
from kg.explore.html import html_document, options, render_html
from kg.explore.style import CLASS_STYLE, EDGE_STYLE
from kg.explore.view import DRAWN_CLASSES, DRAWN_EDGES, graph_view
from kg.graph.rdf import to_rdf
from kg.records import Assertion, Evidence, Node, NodeKind, RelationKind, Report, ResolvedCorpus
from test_explore_sample import sample_graph

URL_ATTRIBUTE = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=""", re.I)


def payload(page: str) -> dict:
    found = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    return json.loads(found.group(1))


def labels(page: str) -> set[str]:
    return {n["label"].split("\n")[0] for n in payload(page)["nodes"]}


def test_page_loads_nothing_from_anywhere():
    page = html_document(sample_graph())
    assert not URL_ATTRIBUTE.search(page), "a tag loads a file or URL"
    assert not re.search(r"cdnjs|jsdelivr|unpkg|googleapis|bootstrap", page, re.I)
    assert "@import" not in page and "url(http" not in page
    assert "vis.Network" in page and len(page) > 400_000       # vis-network is inlined


def test_every_drawn_node_and_edge_is_in_the_page():
    graph = sample_graph()
    data = payload(html_document(graph))
    view = graph_view(graph)
    assert len(data["nodes"]) == len(view.nodes) == 19
    assert len(data["edges"]) == len(view.edges) == 25          # holdsPost edges become posts in tooltips
    assert {n["kind"] for n in data["nodes"]} == set(DRAWN_CLASSES)
    assert {e["predicate"] for e in data["edges"]} == set(DRAWN_EDGES)


def test_tooltips_carry_posts_dates_and_evidence():
    data = payload(html_document(sample_graph()))
    official = next(n for n in data["nodes"] if n["label"] == "房海涛")
    assert "青山市委书记" in official["title"] and "chaired" in official["title"]
    meeting = next(n for n in data["nodes"] if n["label"].startswith("白云县委"))
    assert "--03-09 (year unknown)" in meeting["title"] and meeting["label"].endswith("\n--03-09")
    edge = next(e for e in data["edges"] if "房海涛在青山市分会场参加会议" in e["title"])
    assert "reports/city.jsonl#L2" in edge["title"] and "branch-venue" in edge["title"]
    assert edge["label"] == "attended"


def _evil_graph():
    report = Report("f" * 16, "<i>evil</i>.html", "……", title="<b>标题</b>", url="javascript:alert(1)")
    nodes = (Node("o", NodeKind.OFFICIAL, "<script>alert(1)</script>", reports=(report.report_id,)),
             Node("m", NodeKind.MEETING, "会议</script><script>alert(2)</script>"))
    edges = (Assertion(RelationKind.CHAIRED, "o", "m",
                       (Evidence(report.report_id, '<img src=x onerror="alert(3)">主持。', 0, 5),)),)
    return to_rdf(ResolvedCorpus((report,), nodes, edges))


def test_markup_from_reports_is_escaped():
    page = html_document(_evil_graph())
    assert "<script>alert" not in page and "</script><script>" not in page
    assert "<img src=x" not in page and "<b>标题" not in page
    data = payload(page)
    assert "&lt;img src=x onerror=&quot;alert(3)&quot;&gt;" in data["edges"][0]["title"]
    assert 'href="javascript' not in data["edges"][0]["title"]     # only http(s) URLs become links
    assert {n["label"].split("\n")[0] for n in data["nodes"]} == {"<script>alert(1)</script>",
                                                                  "会议</script><script>alert(2)</script>"}


@pytest.mark.parametrize("focus,expected", [
    (Focus("official", "满立新"), {"满立新", "市委常委会会议", "绿水县委常委会会议", "房海涛", "卜慧敏", "中共青山市委",
                                   "中共绿水县委", "乡村振兴实施方案", "省委常委会会议"}),
    (Focus("meeting", "省委常委会会议@2023-04-10"), {"省委常委会会议", "柯建平", "郦思远", "房海涛", "中共江南省委"}),
    (Focus("cascade", "市委常委会会议"), {"市委常委会会议", "绿水县委常委会会议", "房海涛", "满立新", "卜慧敏",
                                          "中共青山市委", "中共绿水县委", "乡村振兴实施方案"}),
])
def test_focused_views(focus, expected):
    assert labels(html_document(sample_graph(), focus)) == expected


def test_cascade_focus_is_laid_out_top_down():
    data = payload(html_document(sample_graph(), Focus("cascade", "中央")))
    assert data["options"]["layout"]["hierarchical"]["enabled"]
    assert sum(1 for n in data["nodes"] if n["kind"] == "Meeting") == 5


@pytest.mark.parametrize("focus,message", [
    (Focus("official", "无此人"), "no Official matches"),
    (Focus("meeting", "省委常委会会议"), "2 Meeting nodes match"),
])
def test_focus_that_names_nothing_or_too_much(focus, message):
    with pytest.raises(QueryError, match=message):
        html_document(sample_graph(), focus)


def test_big_graphs_get_fewer_iterations_and_straight_edges():
    small, big = options(50, 80), options(2000, 5000)
    assert small["edges"]["smooth"] and big["edges"]["smooth"] is False
    assert big["physics"]["stabilization"]["iterations"] < small["physics"]["stabilization"]["iterations"]
    assert big["layout"]["improvedLayout"] is False


def test_every_class_and_edge_has_a_style():
    assert set(CLASS_STYLE) == set(DRAWN_CLASSES) and set(EDGE_STYLE) == set(DRAWN_EDGES)
    assert len({s["shape"] for s in CLASS_STYLE.values()}) == len(CLASS_STYLE)


def test_render_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "graph.html"
    render_html(sample_graph(), target)
    before = target.read_text(encoding="utf-8")
    import kg.explore.html as html_module

    # the page "fails" while being written: write() of a non-string raises after the temp file exists
    monkeypatch.setattr(html_module, "html_document", lambda *args, **kwargs: object())
    with pytest.raises(TypeError):
        render_html(sample_graph(), target)
    assert target.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]
