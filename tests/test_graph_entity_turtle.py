"""The string-built node, report and evidence blocks of the corpus writer give the bytes of
the rdflib Graph path, for the awkward values too; the faster IRI helpers mint the same IRIs."""
import hashlib
import io
import string
from dataclasses import replace

import numpy
import pytest

from kg.graph import canonical, corpus_turtle, iri, turtle_order
from kg.graph.rdf import to_rdf
from kg.records import Assertion, Evidence, Node, NodeKind, RelationKind, Report, ResolvedCorpus
from tests.graph_samples import small_corpus


def _same_as_graph(corpus: ResolvedCorpus) -> str:
    fast, slow = io.StringIO(), io.StringIO()
    fast_count = corpus_turtle.write_turtle(corpus, fast)
    slow_count = canonical.write_turtle(to_rdf(corpus), slow)
    assert fast.getvalue() == slow.getvalue()
    assert fast_count == slow_count
    return fast.getvalue()


def _odd_corpus() -> ResolvedCorpus:
    """Values that need escaping, repeat, are empty, or are dates only in part."""
    reports = (
        Report("r1", "in/a.txt", "……", title='标题"引号"\\', url="http://example.org/a?b=1&c",
               published="2022-02-29"),
        Report("r2", "in/dir/b.html", "……", title="", published="2022-W45-4"),
        Report("报告三", "in/c.jsonl#L2", "……", published="2024-02-29"),
    )
    nodes = (
        Node("甲", NodeKind.OFFICIAL, "甲", aliases=("甲", "", "乙\n丙", "乙\n丙"),
             reports=("r1", "r1", "r2", "报告三", "不在语料中"), jurisdiction="东海省"),
        Node("m@--02-30", NodeKind.MEETING, "会议\t一", date="--02-30", format="video",
             venues=("", "主会场", "主会场", "分会场\x7f"), reports=("r2",)),
        Node("m@--02-29", NodeKind.MEETING, "会议二", date="--02-29", reports=("r1",)),
        Node("m@2022-11-10", NodeKind.MEETING, "会议三", date="2022-11-10", reports=("r1",)),
        Node("p", NodeKind.POST, "东海省委书记", date="2022/11/10", jurisdiction="东海省"),
        Node("甲", NodeKind.OFFICIAL, "甲乙", reports=("r2",)),      # a key twice: merged
    )
    evidence = Evidence("不在语料中", "句子", -1, 2)
    assertions = (
        Assertion(RelationKind.ATTENDED, "甲", "m@--02-30", (evidence,), "speaker"),
        Assertion(RelationKind.CHAIRED, "甲", "m@--02-29", ()),
        Assertion(RelationKind.HOLDS_POST, "甲", "p", (Evidence("r1", "\x01\b\f\r", 0, 4),)),
    )
    return ResolvedCorpus(reports=reports, nodes=nodes, assertions=assertions)


@pytest.mark.parametrize("make", [
    _odd_corpus,
    lambda: replace(small_corpus(), assertions=()),
    lambda: replace(small_corpus(), assertions=(), reports=()),
    lambda: replace(small_corpus(), nodes=(), assertions=()),
], ids=["odd-values", "no-edges", "nodes-only", "reports-only"])
def test_entity_blocks_match_the_graph_path(make):
    assert _same_as_graph(make())


def test_a_subject_among_the_evidence_iris_is_refused():
    others = {f"<{iri.ID_BASE}assertion/node>": 0}
    no_evidence = numpy.array([], dtype=numpy.uint64)
    with pytest.raises(ValueError, match="assertion/"):
        list(turtle_order.subjects(no_evidence, no_evidence, others))


def _hint_written_out(key: str) -> str:
    """iri._ascii_hint as first written: character by character."""
    keep = set(string.ascii_letters + string.digits + "-")
    runs, current = [], []
    for char in key:
        if char in keep:
            current.append(char)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    hint = "-".join(run.strip("-") for run in runs if run.strip("-"))
    return hint[:32].strip("-").lower()


@pytest.mark.parametrize("key", ["会议@2022-11-10", "--11-11", "a--b", "-x-", "中文", "",
                                 "K" * 40 + "-1", "ÀB c_d", "é2022", "x\n-y-"])
def test_ascii_hint_is_unchanged(key):
    assert iri._ascii_hint(key) == _hint_written_out(key)


@pytest.mark.parametrize("report_id, local", [
    ("3fa2c9d1e4b5a6c7", "3fa2c9d1e4b5a6c7"),
    ("a-B-9", "a-B-9"),
    ("报告", hashlib.sha256("报告".encode()).hexdigest()[:16]),
    ("", hashlib.sha256(b"").hexdigest()[:16]),
    ("ab\n", hashlib.sha256(b"ab\n").hexdigest()[:16]),
    ("a_b", hashlib.sha256(b"a_b").hexdigest()[:16]),
])
def test_report_iri_keeps_plain_ids_and_hashes_others(report_id, local):
    assert str(iri.report_iri(report_id)) == f"{iri.ID_BASE}report/{local}"


@pytest.mark.parametrize("kind, start, end", [
    (RelationKind.CHAIRED, 0, 5), (RelationKind.RELAYED, 120, 7), (RelationKind.PROMOTES, -3, 0)])
def test_assertion_hash_is_the_sha256_of_its_parts(kind, start, end):
    evidence = Evidence("r1", "句子", start, end)
    parts = "\x1f".join([kind.value, "http://s", "http://o", "r1", str(start), str(end)])
    expected = hashlib.sha256(parts.encode("utf-8")).hexdigest()[:16]
    assert str(iri.assertion_iri(kind, "http://s", "http://o", evidence)).endswith(f"/{expected}")
    assert list(iri.assertion_hashes(kind, "http://s", "http://o", [evidence])) == [int(expected, 16)]
