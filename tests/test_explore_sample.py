"""The small graph the explore tests query and draw (invented names and places), built the way
`kg build` builds graphs: a ResolvedCorpus through kg.graph.rdf.to_rdf.

A central meeting (2023-03-02) is relayed by a province (03-03), which a city (03-05) and a
county (--03-09, no year) relay; another county (03-08) relays the city. The province holds a
second meeting in April. Every test module imports `sample_graph()` or the IRIs below.
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import RDF, Graph, URIRef

from kg.graph.iri import node_iri
from kg.graph.rdf import to_rdf
from kg.graph.vocab import KG
from kg.records import Assertion, Evidence, Node, NodeKind, RelationKind, Report, ResolvedCorpus

O, B, M, P, T = NodeKind.OFFICIAL, NodeKind.BODY, NodeKind.MEETING, NodeKind.POLICY, NodeKind.POST
R = RelationKind

REPORTS = (
    Report("a" * 16, "reports/central.txt", "……", title="中央会议召开", url="http://example.org/c.html",
           published="2023-03-02"),
    Report("b" * 16, "reports/province.html", "……", title="省委常委会召开", published="2023-03-03"),
    Report("c" * 16, "reports/city.jsonl#L2", "……", title="市委常委会传达会议精神"),
    Report("d" * 16, "reports/county.txt", "……"),
)
RA, RB, RC, RD = (r.report_id for r in REPORTS)

NODES = (
    Node("甄文华", O, "甄文华", reports=(RA,)),
    Node("柯建平", O, "柯建平", reports=(RB,), jurisdiction="江南省"),
    Node("郦思远", O, "郦思远", reports=(RB,), jurisdiction="江南省"),
    Node("房海涛", O, "房海涛", reports=(RC,), jurisdiction="江南省青山市"),
    Node("满立新", O, "满立新", reports=(RC, RD), jurisdiction="江南省青山市"),
    Node("卜慧敏", O, "卜慧敏", reports=(RD,), jurisdiction="江南省青山市绿水县"),
    Node("江南省委书记", T, "江南省委书记", jurisdiction="江南省"),
    Node("江南省省长", T, "江南省省长", jurisdiction="江南省"),
    Node("青山市委书记", T, "青山市委书记", jurisdiction="江南省青山市"),
    Node("中共中央政治局常务委员会", B, "中共中央政治局常务委员会", reports=(RA,)),
    Node("中共江南省委", B, "中共江南省委", aliases=("省委",), jurisdiction="江南省", reports=(RB,)),
    Node("中共青山市委", B, "中共青山市委", jurisdiction="江南省青山市", reports=(RC,)),
    Node("中共绿水县委", B, "中共绿水县委", jurisdiction="江南省青山市绿水县", reports=(RD,)),
    Node("中共白云县委", B, "中共白云县委", jurisdiction="江南省青山市白云县", reports=(RD,)),
    Node("central@2023-03-02", M, "中央政治局常务委员会会议", date="2023-03-02", reports=(RA, RB)),
    Node("province@2023-03-03", M, "省委常委会会议", date="2023-03-03", reports=(RB, RC)),
    Node("province@2023-04-10", M, "省委常委会会议", date="2023-04-10", reports=(RB,)),
    Node("city@2023-03-05", M, "市委常委会会议", date="2023-03-05", format="video", reports=(RC,)),
    Node("lvshui@2023-03-08", M, "绿水县委常委会会议", date="2023-03-08", reports=(RD,)),
    Node("baiyun@--03-09", M, "白云县委常委会会议", date="--03-09", reports=(RD,)),
    Node("营商环境二十条", P, "优化营商环境二十条", aliases=("二十条",), reports=(RA, RB)),
    Node("乡村振兴实施方案", P, "乡村振兴实施方案", reports=(RC,)),
)


def _ev(report: str, sentence: str, start: int = 0) -> tuple[Evidence, ...]:
    return (Evidence(report, sentence, start, start + len(sentence)),)


ASSERTIONS = (
    Assertion(R.CHAIRED, "甄文华", "central@2023-03-02", _ev(RA, "甄文华主持会议。")),
    Assertion(R.CONVENED_BY, "central@2023-03-02", "中共中央政治局常务委员会", _ev(RA, "中共中央政治局常务委员会召开会议。")),
    Assertion(R.PROMOTES, "central@2023-03-02", "营商环境二十条", _ev(RA, "会议研究部署优化营商环境二十条。", 9)),
    Assertion(R.CHAIRED, "柯建平", "province@2023-03-03", _ev(RB, "省委书记柯建平主持会议。")),
    Assertion(R.ATTENDED, "郦思远", "province@2023-03-03", _ev(RB, "省长郦思远出席。")),
    Assertion(R.ATTENDED, "房海涛", "province@2023-03-03", _ev(RC, "房海涛在青山市分会场参加会议。"),
              qualifier="branch-venue"),
    Assertion(R.RELAYED, "province@2023-03-03", "central@2023-03-02", _ev(RB, "会议传达学习中央政治局常务委员会会议精神。")),
    Assertion(R.CONVENED_BY, "province@2023-03-03", "中共江南省委", _ev(RB, "省委常委会召开会议。")),
    Assertion(R.PROMOTES, "province@2023-03-03", "营商环境二十条", _ev(RB, "会议要求落实二十条。")),
    Assertion(R.CHAIRED, "柯建平", "province@2023-04-10", _ev(RB, "柯建平主持召开省委常委会会议。", 30)),
    Assertion(R.ATTENDED, "郦思远", "province@2023-04-10", _ev(RB, "郦思远出席。", 50)),
    Assertion(R.ATTENDED, "房海涛", "province@2023-04-10", _ev(RB, "房海涛列席。", 60)),
    Assertion(R.CONVENED_BY, "province@2023-04-10", "中共江南省委", _ev(RB, "省委常委会召开会议。", 30)),
    Assertion(R.CHAIRED, "房海涛", "city@2023-03-05", _ev(RC, "市委书记房海涛主持会议。")),
    Assertion(R.ATTENDED, "满立新", "city@2023-03-05", _ev(RC, "满立新出席。")),
    Assertion(R.RELAYED, "city@2023-03-05", "province@2023-03-03", _ev(RC, "会议传达省委常委会会议精神。")),
    Assertion(R.CONVENED_BY, "city@2023-03-05", "中共青山市委", _ev(RC, "市委常委会召开会议。")),
    Assertion(R.PROMOTES, "city@2023-03-05", "乡村振兴实施方案", _ev(RC, "会议审议乡村振兴实施方案。")),
    Assertion(R.CHAIRED, "卜慧敏", "lvshui@2023-03-08", _ev(RD, "卜慧敏主持会议。")),
    Assertion(R.ATTENDED, "满立新", "lvshui@2023-03-08", _ev(RD, "满立新出席会议。")),
    Assertion(R.RELAYED, "lvshui@2023-03-08", "city@2023-03-05", _ev(RD, "会议传达市委常委会会议精神。")),
    Assertion(R.CONVENED_BY, "lvshui@2023-03-08", "中共绿水县委", _ev(RD, "绿水县委常委会召开会议。")),
    Assertion(R.PROMOTES, "lvshui@2023-03-08", "乡村振兴实施方案", _ev(RD, "会议部署乡村振兴实施方案。", 20)),
    Assertion(R.RELAYED, "baiyun@--03-09", "province@2023-03-03", _ev(RD, "白云县传达省委会议精神。", 40)),
    Assertion(R.CONVENED_BY, "baiyun@--03-09", "中共白云县委", _ev(RD, "白云县委常委会召开会议。", 40)),
    Assertion(R.HOLDS_POST, "柯建平", "江南省委书记", _ev(RB, "省委书记柯建平主持会议。")),
    Assertion(R.HOLDS_POST, "郦思远", "江南省省长", _ev(RB, "省长郦思远出席。")),
    Assertion(R.HOLDS_POST, "房海涛", "青山市委书记", _ev(RC, "市委书记房海涛主持会议。")),
)

CORPUS = ResolvedCorpus(reports=REPORTS, nodes=NODES, assertions=ASSERTIONS)


@lru_cache(maxsize=None)
def _turtle() -> str:
    return to_rdf(CORPUS).serialize(format="turtle")


def sample_graph() -> Graph:
    """A fresh copy each call, so a test may change it."""
    return Graph().parse(data=_turtle(), format="turtle")


def sample_turtle() -> str:
    return _turtle()


def iri(key: str) -> URIRef:
    kind = next(n.kind for n in NODES if n.key == key)
    return node_iri(kind, key)


def test_sample_has_every_drawn_class_and_edge():
    graph = sample_graph()
    for cls, count in ((KG.Official, 6), (KG.Meeting, 6), (KG.Body, 5), (KG.Policy, 2), (KG.Post, 3)):
        assert len(set(graph.subjects(RDF.type, cls))) == count, cls
    for name in ("chaired", "attended", "relayedDirectiveFrom", "convenedBy", "promotesPolicy", "holdsPost"):
        assert any(graph.triples((None, KG[name], None))), name
    assert len(set(graph.subjects(RDF.type, KG.Assertion))) == len(ASSERTIONS)
