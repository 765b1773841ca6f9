"""`kg build --workers N` gives the same bytes for any N, and reads reports in a stable order."""
from collections import Counter
from pathlib import Path

import pytest

from kg.pipeline import FILES_PER_TASK, build, extract_all, write_outputs
from kg.train.synth import generate_reports

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _graph_bytes(paths, out: Path, workers: int) -> bytes:
    result = build(paths, workers=workers)
    write_outputs(result, out, formats=["turtle"], html=False, inputs=paths)
    return (out / "graph.ttl").read_bytes()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """More files than one task holds (so work is really spread), plus a file that is skipped."""
    folder = tmp_path_factory.mktemp("reports")
    for index, (name, text) in enumerate(generate_reports(3 * FILES_PER_TASK + 5, seed=3)):
        sub = folder / f"part{index % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"{index:03d}-{name}").write_text(text, encoding="utf-8")
    (folder / "part1" / "empty.txt").write_bytes(b"")
    return folder


def test_examples_graph_is_byte_identical_for_one_and_two_workers(tmp_path):
    one = _graph_bytes([EXAMPLES], tmp_path / "w1", workers=1)
    two = _graph_bytes([EXAMPLES], tmp_path / "w2", workers=2)
    assert one == two
    assert b"kg:Meeting" in one or b"#Meeting>" in one


@pytest.mark.parametrize("workers", [2, 3])
def test_synthetic_corpus_graph_is_byte_identical(corpus, tmp_path, workers):
    assert _graph_bytes([corpus], tmp_path / "w", workers) == _graph_bytes([corpus], tmp_path / "s", 1)


def test_extractions_come_back_in_reading_order_for_any_worker_count(corpus):
    serial, skipped_serial = extract_all([corpus], workers=1)
    parallel, skipped_parallel = extract_all([corpus], workers=2)
    assert [e.report.source_file for e in parallel] == [e.report.source_file for e in serial]
    assert sorted(e.report.source_file for e in serial) == [e.report.source_file for e in serial]
    assert skipped_parallel == skipped_serial and [s.source_file for s in skipped_serial] == [
        str(corpus / "part1" / "empty.txt")]


def test_extractions_do_not_keep_report_texts(corpus):
    extractions, _ = extract_all([corpus], workers=2)
    assert len(extractions) == 3 * FILES_PER_TASK + 5
    assert all(e.report.text == "" for e in extractions)


def test_names_posts_and_offsets_from_many_reports_are_kept_once(corpus):
    """What recurs across reports comes back from the workers as one object, not one per
    report: at 100k reports that is a third of the extractions' memory."""
    extractions, _ = extract_all([corpus], workers=2)
    seen: dict = {}
    repeated = Counter()
    for ex in extractions:
        for o in ex.officials:
            for what, value in [("name", o.name), ("offset", o.evidence.end),
                                *(("post", post) for post in o.posts)]:
                if what == "offset" and value <= 256:
                    continue            # small ints are shared by Python itself
                if (what, value) in seen:
                    assert seen[(what, value)] is value, (what, value)
                    repeated[what] += 1
                else:
                    seen[(what, value)] = value
    assert all(repeated[what] for what in ("name", "post", "offset")), repeated


def test_progress_is_ticked_once_per_report_or_skipped_file(corpus):
    class Count:
        n = 0

        def update(self, k):
            self.n += k

    progress = Count()
    extract_all([corpus], workers=2, progress=progress)
    assert progress.n == 3 * FILES_PER_TASK + 5 + 1


def test_a_script_without_the_main_guard_fails_with_a_clear_error_instead_of_hanging(tmp_path, corpus):
    """Worker processes re-import the calling script; without the guard each one dies at start.
    The build must say so, not wait forever for workers that never come up."""
    script = tmp_path / "unguarded.py"
    script.write_text(f"from kg.pipeline import extract_all\nextract_all([{str(corpus)!r}], workers=2)\n",
                      encoding="utf-8")
    import subprocess
    import sys

    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert "__main__" in done.stderr and "worker process died" in done.stderr
