"""Cascades (tree, depth, lags), finding meetings by key, and `kg cascade`."""
from __future__ import annotations

import json

import pytest

from kg.cli.main import main
from kg.explore.cascade import cascade, format_cascade, lag
from kg.explore.lookup import Candidate, match, split_key
from kg.graph.rdf import to_rdf
from kg.records import Assertion, Node, NodeKind, RelationKind, ResolvedCorpus
from test_explore_sample import iri, sample_graph, sample_turtle


@pytest.mark.parametrize("later,earlier,expected", [
    ("2023-03-05", "2023-03-02", (3, False)),
    ("2023-01-02", "2022-12-30", (3, False)),
    ("--03-09", "2023-03-03", (6, True)),        # the later meeting borrows the year
    ("2024-01-03", "--12-30", (4, True)),         # the earlier one borrows the year before
    ("--03-09", "--03-03", (None, False)),        # no year on either side
    (None, "2023-03-03", (None, False)),
    ("--02-29", "2023-02-27", (None, False)),     # no 29 February in 2023 or 2024-1
])
def test_lag(later, earlier, expected):
    assert lag(later, earlier) == expected


def test_tree_order_depths_and_parents():
    graph = sample_graph()
    entries = cascade(graph, iri("central@2023-03-02"))
    assert [(e.label, e.depth, e.lag_days) for e in entries] == [
        ("中央政治局常务委员会会议", 0, None), ("省委常委会会议", 1, 1), ("市委常委会会议", 2, 2),
        ("绿水县委常委会会议", 3, 3), ("白云县委常委会会议", 2, 6)]
    assert entries[2].parent == iri("province@2023-03-03") and entries[4].lag_inferred


def test_a_meeting_relaying_two_levels_sits_under_the_deeper_and_cycles_end():
    keys = ["a@2023-01-01", "b@2023-01-02", "c@2023-01-04"]
    nodes = tuple(Node(k, NodeKind.MEETING, k.split("@")[0] + "会议", date=k.split("@")[1]) for k in keys)
    R = RelationKind.RELAYED
    edges = (Assertion(R, keys[1], keys[0], ()), Assertion(R, keys[2], keys[1], ()), Assertion(R, keys[2], keys[0], ()),
             Assertion(R, keys[0], keys[2], ()))                     # a cycle back to the root
    graph = to_rdf(ResolvedCorpus((), nodes, edges))
    entries = cascade(graph, _iri(graph, "a会议"))
    assert [(e.label, e.depth) for e in entries] == [("a会议", 0), ("b会议", 1), ("c会议", 2)]
    assert [str(m) for m in entries[2].also_relays] == [str(_iri(graph, "a会议"))]
    assert "also relays a会议" in format_cascade(graph, entries)


def _iri(graph, label):
    return next(s for s, o in graph.subject_objects() if str(o) == label)


def test_printed_tree():
    graph = sample_graph()
    text = format_cascade(graph, cascade(graph, iri("central@2023-03-02")))
    assert text.splitlines() == [
        "2023-03-02  中央政治局常务委员会会议  (中共中央政治局常务委员会)",
        "└─ 2023-03-03  省委常委会会议  (中共江南省委)  [1 day later]",
        "   ├─ 2023-03-05  市委常委会会议  (中共青山市委)  [2 days later]",
        "   │  └─ 2023-03-08  绿水县委常委会会议  (中共绿水县委)  [3 days later]",
        "   └─ --03-09 (year unknown)  白云县委常委会会议  (中共白云县委)  [~6 days later]",
        "4 meeting(s) relay it, over 3 level(s); ~ marks a lag where one date had no year"]


@pytest.mark.parametrize("key,expected", [
    ("会议@2022-11-10", ("会议", "2022-11-10")),
    ("会议@--11-10", ("会议", "--11-10")),
    ("<http://x/a>", ("http://x/a", None)),
    ("a@b", ("a@b", None)),
])
def test_split_key(key, expected):
    assert split_key(key) == expected


CANDIDATES = [Candidate("http://x/meeting/m-2023-03-03-aaaa", "省委常委会会议", frozenset({"省委常委会会议", "省委常委会"}), ("2023-03-03",)),
              Candidate("http://x/meeting/m-2023-04-10-bbbb", "省委常委会会议", frozenset({"省委常委会会议"}), ("2023-04-10",)),
              Candidate("http://x/meeting/c-cccc", "市委常委会会议", frozenset({"市委常委会会议"}), ("--03-05",))]


@pytest.mark.parametrize("key,expected", [
    ("http://x/meeting/c-cccc", ["c-cccc"]),                 # the IRI
    ("m-2023-04-10-bbbb", ["bbbb"]),                          # its tail
    ("省委常委会", ["aaaa"]),                                  # an alias, exactly
    ("常委会", ["cccc", "aaaa", "bbbb"]),                      # part of a label, by date
    ("常委会@2023-03-03", ["aaaa"]),                           # narrowed by date
    ("常委会@--04-10", ["bbbb"]),                              # month-day matches a full date
    ("常委会@2023-03-05", ["cccc"]),                           # a full date matches month-day
    ("县委", []),
])
def test_match(key, expected):
    assert [c.iri.rsplit("-", 1)[1] for c in match(CANDIDATES, key)] == [e.rsplit("-", 1)[-1] for e in expected]


@pytest.fixture
def sample_file(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text(sample_turtle(), encoding="utf-8")
    return path


def test_cli_prints_the_tree(sample_file, capsys):
    assert main(["cascade", str(sample_file), "中央政治局"]) == 0
    assert "│  └─ 2023-03-08  绿水县委常委会会议" in capsys.readouterr().out


def test_cli_json(sample_file, capsys):
    assert main(["cascade", str(sample_file), "市委常委会会议", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["label"], r["depth"], r["lag_days"]) for r in rows] == [("市委常委会会议", 0, None), ("绿水县委常委会会议", 1, 3)]


def test_cli_ambiguous_meeting_lists_candidates(sample_file, capsys):
    assert main(["cascade", str(sample_file), "省委常委会会议"]) == 2
    err = capsys.readouterr().err
    assert "2 Meeting nodes match" in err and "(2023-03-03)" in err and "(2023-04-10)" in err
