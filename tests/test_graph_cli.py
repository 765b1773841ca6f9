"""`kg validate` from the command line, and reading graph files back (kg.graph.load)."""
from __future__ import annotations

import pytest
from rdflib import RDFS, Literal

from graph_samples import small_corpus
from kg.cli.main import main
from kg.errors import InputError
from kg.graph.exporters import EXPORTERS, write
from kg.graph.load import load_dataset, load_graph
from kg.graph.rdf import to_rdf

CORPUS = small_corpus()


@pytest.mark.parametrize("fmt", [n for n in sorted(EXPORTERS) if EXPORTERS[n].rdf_format])
def test_validate_accepts_every_rdf_export(fmt, tmp_path, capsys):
    path = tmp_path / f"graph{EXPORTERS[fmt].suffix}"
    write(CORPUS, fmt, path)
    assert main(["validate", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out == "" and f"conforms ({len(to_rdf(CORPUS))} triples)" in err


def test_validate_prints_each_violation_and_exits_1(tmp_path, capsys):
    graph = to_rdf(CORPUS)
    meeting = next(s for s, o in graph.subject_objects(RDFS.label) if str(o) == "省委常委会会议")
    graph.add((meeting, RDFS.label, Literal("另一个名字", lang="zh")))
    path = tmp_path / "broken.ttl"
    write(graph, "turtle", path)
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert str(meeting) in out and "exactly one name" in out
    assert "does not conform: 1 violation on 1 node" in err


def test_validate_max_limits_the_listing(tmp_path, capsys):
    graph = to_rdf(CORPUS)
    for subject in list(graph.subjects(RDFS.label)):
        graph.remove((subject, RDFS.label, None))
    path = tmp_path / "nameless.ttl"
    write(graph, "turtle", path)
    assert main(["validate", str(path), "--max", "3"]) == 1
    out, _ = capsys.readouterr()
    lines = out.strip().splitlines()
    assert len(lines) == 4 and lines[-1].startswith("... and ")


@pytest.mark.parametrize("name, content, words", [
    ("missing.ttl", None, "no such file"),
    ("broken.ttl", "@prefix kg: <https://w3id.org/govkg/ontology#> .\n<a> kg:x <b \n", "broken.ttl:2"),
    ("graph.weird", "<a> <b> <c> .", "suffix"),
])
def test_validate_unreadable_file_is_exit_2_naming_the_file(name, content, words, tmp_path, capsys):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    assert words in capsys.readouterr().err


def test_load_reads_trig_as_union_or_dataset(tmp_path):
    path = tmp_path / "graph.trig"
    write(CORPUS, "trig", path)
    assert set(load_graph(path)) == set(to_rdf(CORPUS))
    assert len(list(load_dataset(path).graphs())) > 1


def test_load_error_carries_the_line(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text('<http://a> <http://b> "ok" .\n<http://a> <http://b> "unterminated .\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_graph(path)
    assert caught.value.path == str(path) and caught.value.line in (2, 3)
