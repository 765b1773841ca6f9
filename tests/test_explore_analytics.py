"""networkx numbers (`kg stats`), `kg show`, and the KnowledgeGraph Python API."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.cli.main import main
from kg.explore import KnowledgeGraph, analytics
from kg.explore.summary import format_summary, summarise
from kg.graph.networkx_view import to_networkx
from test_explore_sample import iri, sample_graph


@pytest.fixture(scope="module")
def view():
    return to_networkx(sample_graph())


def _names(view, nodes):
    return [view.nodes[n]["label"] for n in nodes]


def test_co_attendance_counts_shared_meetings(view):
    co = analytics.co_attendance(view)
    assert co[str(iri("柯建平"))][str(iri("郦思远"))]["weight"] == 2      # both 省委 meetings
    assert co[str(iri("房海涛"))][str(iri("满立新"))]["weight"] == 1
    assert not co.has_edge(str(iri("甄文华")), str(iri("柯建平")))        # never met
    assert co.number_of_nodes() == 6 and co.number_of_edges() == 5


def test_communities_split_province_from_county(view):
    groups = analytics.communities(analytics.co_attendance(view))
    assert [sorted(_names(view, g)) for g in groups] == [["房海涛", "柯建平", "郦思远"], ["卜慧敏", "满立新"]]


def test_central_officials_and_bodies(view):
    officials = analytics.central(view, "Official", top=2)
    assert [r.label for r in officials] == ["房海涛", "柯建平"]            # 房海涛 bridges province and city
    assert officials[0].degree == 3 and officials[0].betweenness > officials[1].betweenness
    assert analytics.central(view, "Body", top=1)[0].label == "中共江南省委"


def test_cascade_lags(view):
    lags = analytics.cascade_lags(view)
    assert sorted((view.nodes[l.meeting]["label"], l.days, l.inferred) for l in lags) == [
        ("市委常委会会议", 2, False), ("白云县委常委会会议", 6, True), ("省委常委会会议", 1, False),
        ("绿水县委常委会会议", 3, False)]
    summary = analytics.lag_summary(lags, 4)
    assert (summary["median"], summary["min"], summary["max"], summary["inferred"]) == (2.5, 1, 6, 1)


def test_summary_text_and_json(view):
    data = summarise(view, top=3)
    json.dumps(data, ensure_ascii=False)
    text = format_summary(data)
    assert "1. 房海涛" in text and "(3) 柯建平、郦思远、房海涛" in text and "median 2.5" in text
    assert data["counts"]["edges"]["relayedDirectiveFrom"] == 4


def test_betweenness_is_sampled_on_big_graphs(monkeypatch):
    monkeypatch.setattr(analytics, "EXACT_BETWEENNESS_UP_TO", 5)
    monkeypatch.setattr(analytics, "BETWEENNESS_SAMPLE", 3)
    graph = nx.path_graph(10)
    assert analytics.betweenness_of(graph) == analytics.betweenness_of(graph)     # seeded: repeatable
    assert analytics.betweenness_of(graph) != nx.betweenness_centrality(graph)


def test_stats_cli(graph_file, capsys):
    assert main(["stats", str(graph_file), "--top", "2"]) == 0
    out = capsys.readouterr().out
    assert "Most central officials" in out and "2. 柯建平" in out and "3." not in out.split("Most central bodies")[0]
    assert main(["stats", str(graph_file), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["cascade_lags"]["with_lag"] == 4


@pytest.mark.parametrize("argv,name,nodes", [
    ([], "graph.html", 19),
    (["--official", "卜慧敏"], "graph-official.html", 6),
    (["--cascade", "市委常委会会议", "-o", "{tmp}/c.html"], "c.html", 8),
])
def test_show_cli_writes_the_page(graph_file, tmp_path, argv, name, nodes):
    assert main(["show", str(graph_file), *[a.format(tmp=tmp_path) for a in argv]]) == 0
    page = (tmp_path / name).read_text(encoding="utf-8")
    assert page.count('"kind": "') == nodes


def test_show_cli_unknown_official_exits_2(graph_file, capsys):
    assert main(["show", str(graph_file), "--official", "无此人"]) == 2
    assert "no Official matches '无此人'" in capsys.readouterr().err


def test_knowledge_graph_api(graph_file, tmp_path):
    kg = KnowledgeGraph.load(graph_file)
    assert len(kg) == len(sample_graph())
    chaired = kg.query("SELECT ?n WHERE { ?o kg:chaired ?m ; rdfs:label ?n } ORDER BY ?n")
    assert [str(row[0]) for row in chaired] == ["卜慧敏", "房海涛", "柯建平", "柯建平", "甄文华"]
    cascade = kg.query(name="cascade", root="中央政治局常务委员会会议", store="oxigraph")
    assert [r["meetingLabel"] for r in cascade.records()][:1] == ["省委常委会会议"]
    assert isinstance(kg.to_networkx(), nx.MultiDiGraph)
    assert [e.depth for e in kg.cascade("市委常委会会议")] == [0, 1]
    page = kg.show(tmp_path / "page.html", official="柯建平")
    assert page.read_text(encoding="utf-8").count('"kind": "Official"') == 3
    kg.rdf.remove((None, None, None))                    # the oxigraph snapshot follows the graph
    assert len(kg.query("SELECT * WHERE { ?s ?p ?o }", store="oxigraph")) == 0


def test_show_inline_in_a_notebook(monkeypatch, tmp_path):
    import builtins

    class ZMQInteractiveShell:          # what get_ipython() returns inside Jupyter
        pass
    monkeypatch.setattr(builtins, "get_ipython", lambda: ZMQInteractiveShell(), raising=False)
    display = pytest.importorskip("IPython.display")
    shown = KnowledgeGraph(sample_graph()).show()
    assert isinstance(shown, display.HTML) and shown.data.startswith("<div><iframe srcdoc=")
    assert "<script>" not in shown.data                  # the page is escaped into the attribute
