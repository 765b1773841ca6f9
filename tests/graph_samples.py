"""Hand-made ResolvedCorpus values for the graph-stage tests (invented names and places).

`small_corpus()` is a central meeting relayed by a province and a city, with every kind of
node and edge; `synthetic_corpus(n)` repeats that pattern n times with distinct keys.
"""
from __future__ import annotations

import random

from kg.records import (Assertion, Evidence, Node, NodeKind, RelationKind, Report,
                        ResolvedCorpus)


def _ev(report_id: str, sentence: str, start: int = 0) -> Evidence:
    return Evidence(report_id=report_id, sentence=sentence, start=start, end=start + len(sentence))


def small_corpus(tag: str = "") -> ResolvedCorpus:
    """Three reports, a three-level cascade. `tag` makes the keys distinct (for scaling)."""
    r1, r2, r3 = (f"{i}{tag}".ljust(16, "a")[:16] if tag else f"{i:016x}" for i in (1, 2, 3))
    reports = (
        Report(r1, f"reports/central{tag}.txt", "中央会议……", title=f"中央会议召开{tag}",
               url=f"http://example.org/news/{tag or 'c'}.html", published="2022-11-10"),
        Report(r2, f"reports/province{tag}.html", "省委会议……"),
        Report(r3, f"reports/city{tag}.jsonl#L3", "市委会议……", title="市委常委会召开",
               published="2022-11-12"),
    )
    k = lambda name: f"{name}{tag}"  # noqa: E731 - keys made distinct per copy
    nodes = (
        Node(k("甲乙丙"), NodeKind.OFFICIAL, k("甲乙丙"), reports=(r1,)),
        Node(k("丁戊"), NodeKind.OFFICIAL, k("丁戊"), reports=(r2, r1), jurisdiction="东海省"),
        Node(k("庚辛壬"), NodeKind.OFFICIAL, k("庚辛壬"), reports=(r3,)),
        Node(k("东海省委书记"), NodeKind.POST, k("东海省委书记"), jurisdiction="东海省", reports=(r2,)),
        Node(k("中共中央政治局"), NodeKind.BODY, k("中共中央政治局"), reports=(r1, r2)),
        Node(k("中共东海省委"), NodeKind.BODY, k("中共东海省委"), aliases=("省委",),
             jurisdiction="东海省", reports=(r2,)),
        Node(k("central@2022-11-10"), NodeKind.MEETING, "中央政治局常务委员会会议",
             aliases=("中共中央政治局常委会会议", "中央政治局常务委员会会议"),
             date="2022-11-10", reports=(r1, r2, r3)),
        Node(k("province@--11-11"), NodeKind.MEETING, "省委常委会会议", date="--11-11",
             format="video", venues=("省委常委会议室", "各市分会场"), reports=(r2, r3)),
        Node(k("city@2022-11-12"), NodeKind.MEETING, "市委常委会会议", date="2022-11-12",
             reports=(r3,)),
        Node(k("中共西江市委"), NodeKind.BODY, k("中共西江市委"), aliases=("市委",),
             jurisdiction="东海省西江市", reports=(r3,)),
        Node(k("二十条措施"), NodeKind.POLICY, k("二十条措施"), aliases=("二十条",), reports=(r1, r2)),
    )
    s1, s2, s3 = (f"{k('甲乙丙')}主持会议。", f"省委书记{k('丁戊')}主持召开省委常委会会议，传达学习中央会议精神。",
                  f"{k('庚辛壬')}在市分会场参加会议。")
    assertions = (
        Assertion(RelationKind.CHAIRED, k("甲乙丙"), k("central@2022-11-10"), (_ev(r1, s1, 5),)),
        Assertion(RelationKind.CHAIRED, k("丁戊"), k("province@--11-11"), (_ev(r2, s2),)),
        Assertion(RelationKind.ATTENDED, k("丁戊"), k("central@2022-11-10"), ()),
        Assertion(RelationKind.ATTENDED, k("庚辛壬"), k("province@--11-11"), (_ev(r3, s3, 40),),
                  qualifier="branch-venue"),
        Assertion(RelationKind.RELAYED, k("province@--11-11"), k("central@2022-11-10"),
                  (_ev(r2, s2), _ev(r3, "市委常委会传达学习中央会议和省委会议精神。", 7))),
        Assertion(RelationKind.RELAYED, k("city@2022-11-12"), k("province@--11-11"),
                  (_ev(r3, "市委常委会传达学习中央会议和省委会议精神。", 7),)),
        Assertion(RelationKind.CONVENED_BY, k("central@2022-11-10"), k("中共中央政治局"), (_ev(r1, s1, 5),)),
        Assertion(RelationKind.CONVENED_BY, k("province@--11-11"), k("中共东海省委"), (_ev(r2, s2),)),
        Assertion(RelationKind.CONVENED_BY, k("city@2022-11-12"), k("中共西江市委"),
                  (_ev(r3, "市委常委会传达学习中央会议和省委会议精神。", 7),)),
        Assertion(RelationKind.PROMOTES, k("province@--11-11"), k("二十条措施"), (_ev(r2, s2),)),
        Assertion(RelationKind.PROMOTES, k("city@2022-11-12"), k("二十条措施"),
                  (_ev(r3, "会议要求抓好二十条措施落实。", 60),)),
        Assertion(RelationKind.HOLDS_POST, k("丁戊"), k("东海省委书记"), (_ev(r2, s2),)),
        Assertion(RelationKind.PROMOTES, k("central@2022-11-10"), k("二十条措施"),
                  (_ev(r1, "会议研究部署二十条措施。", 20),)),
    )
    return ResolvedCorpus(reports=reports, nodes=nodes, assertions=assertions)


def synthetic_corpus(copies: int) -> ResolvedCorpus:
    """`copies` disjoint copies of small_corpus (about 150 triples each)."""
    parts = [small_corpus(f"x{i}") for i in range(copies)]
    return ResolvedCorpus(reports=tuple(r for p in parts for r in p.reports),
                          nodes=tuple(n for p in parts for n in p.nodes),
                          assertions=tuple(a for p in parts for a in p.assertions))


def shuffled(corpus: ResolvedCorpus, seed: int) -> ResolvedCorpus:
    """The same corpus with reports, nodes, assertions and their tuples in another order."""
    rng = random.Random(seed)

    def mix(items):
        items = list(items)
        rng.shuffle(items)
        return tuple(items)
    return ResolvedCorpus(reports=mix(corpus.reports), nodes=mix(corpus.nodes),
                          assertions=mix(Assertion(a.kind, a.subject, a.object, mix(a.evidence),
                                                   a.qualifier) for a in corpus.assertions))
