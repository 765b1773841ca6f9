"""`kg build` end to end on the bundled sample and on bad input."""
import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli.main import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
KG = "https://w3id.org/govkg/ontology#"


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample")
    assert main(["build", str(EXAMPLES), "-o", str(out), "-q"]) == EXIT_OK
    return out


def test_sample_build_writes_the_three_outputs(sample_build):
    for name in ("graph.ttl", "graph.html", "build.json"):
        assert (sample_build / name).stat().st_size > 0, name


def test_sample_graph_parses_and_has_every_class(sample_build):
    graph = Graph().parse(sample_build / "graph.ttl")
    for cls in ("Official", "Body", "Meeting", "Policy", "Report"):
        assert list(graph.query(f"ASK {{ ?x a <{KG}{cls}> }}"))[0], cls


def test_sample_cascade_reaches_the_county(sample_build):
    """The county's follow-up meeting relays, through some chain, the central meeting."""
    graph = Graph().parse(sample_build / "graph.ttl")
    rows = graph.query(f"""
        PREFIX kg: <{KG}>
        SELECT DISTINCT ?label WHERE {{
          ?county kg:relayedDirectiveFrom+ ?central . ?central rdfs:label ?label .
          ?county kg:mentionedIn/kg:sourceFile ?f . FILTER(CONTAINS(STR(?f), "04_county"))
        }}""")
    assert any("中央政治局常务委员会" in str(r.label) or "中央政治局常委会" in str(r.label) for r in rows)


def test_build_json_lists_reports_and_counts(sample_build):
    summary = json.loads((sample_build / "build.json").read_text(encoding="utf-8"))
    assert summary["counts"]["reports"] == len(summary["reports"]) >= 5
    assert summary["skipped"] == []
    assert summary["counts"]["triples"] > 0


def test_unreadable_input_is_skipped_and_reported(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    shutil.copy(EXAMPLES / "02_province.txt", tmp_path / "in")
    (tmp_path / "in" / "broken.jsonl").write_text('{"text": "6月1日，县委召开会议。"}\n{not json\n',
                                                   encoding="utf-8")
    code = main(["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q", "--no-html"])
    assert code == EXIT_PARTIAL
    err = capsys.readouterr().err
    assert "broken.jsonl:2" in err
    summary = json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))
    assert [s["line"] for s in summary["skipped"]] == [2]
    assert summary["counts"]["reports"] == 2


def test_missing_path_is_an_error_naming_it(tmp_path, capsys):
    code = main(["build", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert code == EXIT_ERROR
    assert "nope" in capsys.readouterr().err
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_add_extends_an_earlier_build(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir(), second.mkdir()
    shutil.copy(EXAMPLES / "01_central.txt", first)
    shutil.copy(EXAMPLES / "02_province.txt", second)
    out = tmp_path / "out"
    assert main(["build", str(first), "-o", str(out), "-q", "--no-html"]) == EXIT_OK
    assert main(["build", "--add", str(second), "-o", str(out), "-q", "--no-html"]) == EXIT_OK
    summary = json.loads((out / "build.json").read_text(encoding="utf-8"))
    assert summary["counts"]["reports"] == 2


@pytest.mark.parametrize("command", [None, "build"])
def test_help_teaches(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"] if command else ["--help"])
    out = capsys.readouterr().out
    assert "kg build" in out or "Examples" in out


def test_big_graphs_skip_the_page_and_the_shape_check_and_say_so(tmp_path, capsys):
    """Both hold the whole graph as rdflib objects: past their limits they are left out, the
    Turtle is still written, and the reason is on stderr and in build.json."""
    out = tmp_path / "out"
    code = main(["build", str(EXAMPLES / "02_province.txt"), "-o", str(out), "-q",
                 "--html-max-nodes", "3", "--validate-max-nodes", "3"])
    assert code == EXIT_OK
    assert (out / "graph.ttl").stat().st_size > 0
    assert not (out / "graph.html").exists()
    err = capsys.readouterr().err
    assert "graph.html not written" in err and "SHACL check skipped" in err
    notes = json.loads((out / "build.json").read_text(encoding="utf-8"))["notes"]
    assert len(notes) == 2 and all("over the limit of 3" in n for n in notes)
