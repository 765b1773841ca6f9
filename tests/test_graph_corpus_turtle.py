"""Turtle written straight from the corpus is byte for byte the Turtle of to_rdf's Graph."""
import io
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.graph import canonical, corpus_turtle, exporters
from kg.graph.coattendance import shared_meetings
from kg.graph.rdf import to_rdf
from kg.pipeline import build
from kg.records import Assertion, Evidence, RelationKind, ResolvedCorpus
from kg.train.synth import generate_reports
from tests.graph_samples import shuffled, small_corpus, synthetic_corpus

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _both(corpus: ResolvedCorpus) -> tuple[str, int, str, int]:
    fast, slow = io.StringIO(), io.StringIO()
    fast_count = corpus_turtle.write_turtle(corpus, fast)
    graph = to_rdf(corpus)
    slow_count = canonical.write_turtle(graph, slow)
    return fast.getvalue(), fast_count, slow.getvalue(), slow_count


def _with_edge_cases(corpus: ResolvedCorpus) -> ResolvedCorpus:
    """An edge without evidence, one evidenced twice by the same span, and an escaped sentence."""
    first, second = corpus.assertions[0], corpus.assertions[1]
    odd = Evidence(report_id=corpus.reports[0].report_id, sentence='他说："好"\n\t\\', start=3, end=9)
    return replace(corpus, assertions=corpus.assertions + (
        Assertion(first.kind, first.subject, first.object, ()),
        Assertion(second.kind, second.subject, second.object, second.evidence[:1], "qualified"),
        Assertion(RelationKind.ATTENDED, first.subject, first.object, (odd,), "line\nbreak")))


def _synthetic_build(tmp_path: Path, count: int):
    for index, (name, text) in enumerate(generate_reports(count, seed=11)):
        (tmp_path / f"{index:04d}-{name}").write_text(text, encoding="utf-8")
    return build([tmp_path]).corpus


@pytest.mark.parametrize("make", [
    small_corpus,
    lambda: synthetic_corpus(12),
    lambda: shuffled(synthetic_corpus(5), seed=4),
    lambda: _with_edge_cases(small_corpus()),
    lambda: ResolvedCorpus(reports=(), nodes=(), assertions=()),
], ids=["small", "synthetic", "shuffled", "edge-cases", "empty"])
def test_hand_made_corpora_give_the_same_bytes_and_count(make):
    fast, fast_count, slow, slow_count = _both(make())
    assert fast == slow
    assert fast_count == slow_count


def test_built_examples_give_the_same_bytes():
    fast, fast_count, slow, slow_count = _both(build([EXAMPLES]).corpus)
    assert fast == slow and fast_count == slow_count > 0


def test_synthetic_build_gives_the_same_bytes_and_parses_back(tmp_path):
    corpus = _synthetic_build(tmp_path, 300)
    assert shared_meetings(corpus), "the build must have co-attendance summaries to compare"
    fast, fast_count, slow, slow_count = _both(corpus)
    assert fast == slow and fast_count == slow_count > 1000
    assert isomorphic(Graph().parse(data=fast, format="turtle"), to_rdf(corpus))


def test_turtle_exporter_writes_from_the_corpus_without_making_a_graph(tmp_path):
    corpus = small_corpus()
    source = exporters.Source(corpus)
    count = exporters.get("turtle").write(source, tmp_path / "graph.ttl")
    assert "graph" not in vars(source)       # the rdflib Graph was never built
    expected = io.StringIO()
    assert count == canonical.write_turtle(to_rdf(corpus), expected)
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == expected.getvalue()


def test_turtle_exporter_uses_a_graph_it_is_given(tmp_path):
    graph = to_rdf(small_corpus())
    count = exporters.write(graph, "turtle", tmp_path / "graph.ttl")
    assert count == len(graph)
    assert isomorphic(Graph().parse(tmp_path / "graph.ttl", format="turtle"), graph)
