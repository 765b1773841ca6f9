"""bench/run.py end to end on a tiny corpus: every phase reports, and the two stores agree.

No timing is asserted (machines differ); what is checked is that the benchmark measures the
same work everywhere: the same reports in floor and build, identical graph.ttl for every
worker count, and the same number of rows from rdflib and Oxigraph for each named query.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
N = 24


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("bench")
    target = work / "results.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--reports", str(N), "--out", str(work),
         "--results", str(target), "--skip-hanlp", "--validate-up-to", "0", "--layout", "jsonl"],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| build --workers 2 |" in done.stdout
    return json.loads(target.read_text(encoding="utf-8"))


def test_floor_and_builds_read_the_same_reports(results):
    assert results["corpus"]["reports"] == N
    assert results["floor"]["reports"] == N
    for build in results["builds"].values():
        assert build["reports"] == N and build["triples"] > N
        assert build["tree_peak_mb"] > 0 and build["turtle_s"] > 0


def test_graph_is_identical_for_one_and_two_workers(results):
    assert list(results["builds"]) == ["build --workers 1", "build --workers 2"]
    assert results["identical_outputs"] is True


def test_both_stores_load_every_triple_and_agree_on_every_named_query(results):
    rdflib, oxigraph = results["stores"]["rdflib"], results["stores"]["oxigraph"]
    triples = results["builds"]["build --workers 2"]["triples"]
    assert rdflib["triples"] == oxigraph["triples"] == triples
    assert rdflib["queries"].keys() == oxigraph["queries"].keys() and rdflib["queries"]
    for name, answer in oxigraph["queries"].items():
        assert "error" not in answer, name
        assert answer["rows"] == rdflib["queries"][name]["rows"], name


def test_hanlp_comparison_is_skipped_with_its_reason(results):
    assert results["nlp"]["rules"]["reports"] == N
    assert results["nlp"]["hanlp"] == {"skipped_reason": "--skip-hanlp"}


def test_rdflib_is_left_out_of_graphs_too_big_for_it_and_the_table_says_why(results):
    from bench.table import render
    trimmed = {**results, "stores": {"oxigraph": results["stores"]["oxigraph"],
                                     "rdflib": {"skipped_reason": "21,000,000 triples > --rdflib-up-to 3,000,000"}}}
    text = render(trimmed)
    assert "not run: 21,000,000 triples" in text
    assert "| rdflib |" in text and "| oxigraph |" in text
