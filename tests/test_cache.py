"""The extraction cache: only new reports are extracted, a killed build resumes, and a changed
extractor invalidates what was cached."""
import dataclasses
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kg.cache
import kg.extract
from kg.cache import ExtractionCache, cache_key, extractor_fingerprint
from kg.pipeline import build, extract_all, write_outputs
from kg.records import Extraction, Report

TEMPLATE = "{month}月{day}日，县委召开常委会会议，县委书记{name}主持会议并讲话。县委副书记{other}出席会议。"
NAMES = ("张明远", "李秀英", "王建国", "赵丽华", "陈志强", "刘海燕", "杨文斌", "黄晓东", "周立新")


def write_reports(folder: Path, indices) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i in indices:
        path = folder / f"report{i:02d}.txt"
        path.write_text(TEMPLATE.format(month=1 + i % 12, day=1 + i, name=NAMES[i % len(NAMES)],
                                        other=NAMES[(i + 4) % len(NAMES)]), encoding="utf-8")
        written.append(path)
    return written


@pytest.fixture
def counted(monkeypatch):
    """Counts calls of the real extractor (workers=1 extracts in this process)."""
    calls = []
    real = kg.extract.extract

    def extract(report, nlp="rules"):
        calls.append(report.source_file)
        return real(report, nlp=nlp)

    monkeypatch.setattr(kg.extract, "extract", extract)
    return calls


def test_rerun_after_adding_reports_extracts_only_the_new_ones(tmp_path, counted):
    cache, stats = tmp_path / "cache.sqlite", {}
    write_reports(tmp_path / "in", range(6))
    extract_all([tmp_path / "in"], cache_path=cache, stats=stats)
    assert (len(counted), stats) == (6, {"hits": 0, "misses": 6})

    new = write_reports(tmp_path / "in", range(6, 9))
    counted.clear()
    extractions, _ = extract_all([tmp_path / "in"], cache_path=cache, stats=stats)
    assert sorted(counted) == sorted(str(p) for p in new)
    assert stats == {"hits": 6, "misses": 3}
    assert len(extractions) == 9


def test_cached_build_writes_the_same_graph_as_a_fresh_one(tmp_path):
    write_reports(tmp_path / "in", range(5))
    fresh = build([tmp_path / "in"])
    write_outputs(fresh, tmp_path / "fresh", html=False)
    cache = tmp_path / "cache.sqlite"
    build([tmp_path / "in"], cache_path=cache)
    again = build([tmp_path / "in"], cache_path=cache, workers=2)
    assert again.cache == {"hits": 5, "misses": 0}
    write_outputs(again, tmp_path / "again", html=False)
    assert (tmp_path / "again" / "graph.ttl").read_bytes() == (tmp_path / "fresh" / "graph.ttl").read_bytes()


@pytest.mark.parametrize("fail_after", [0, 3, 7])
def test_a_build_that_fails_half_way_resumes_with_the_rest(tmp_path, monkeypatch, fail_after):
    paths = write_reports(tmp_path / "in", range(8))
    cache, real = tmp_path / "cache.sqlite", kg.extract.extract
    calls = []

    def failing(report, nlp="rules"):
        if len(calls) == fail_after:
            raise RuntimeError("simulated crash")
        calls.append(report.source_file)
        return real(report, nlp=nlp)

    monkeypatch.setattr(kg.extract, "extract", failing)
    with pytest.raises(RuntimeError, match="simulated crash"):
        extract_all([tmp_path / "in"], cache_path=cache)
    monkeypatch.setattr(kg.extract, "extract", real)
    stats = {}
    extractions, _ = extract_all([tmp_path / "in"], cache_path=cache, stats=stats)
    assert stats == {"hits": fail_after, "misses": 8 - fail_after}
    assert [e.report.source_file for e in extractions] == [str(p) for p in paths]


def test_a_killed_build_resumes(tmp_path):
    """A hard kill (no clean-up at all) loses at most the rows not yet committed."""
    write_reports(tmp_path / "in", range(8))
    script = textwrap.dedent(f"""
        import os, kg.cache, kg.extract
        from kg.pipeline import extract_all
        kg.cache._COMMIT_EVERY = 1
        real, calls = kg.extract.extract, []
        def dying(report, nlp="rules"):
            if len(calls) == 5:
                os._exit(9)
            calls.append(1)
            return real(report, nlp=nlp)
        kg.extract.extract = dying
        extract_all([{str(tmp_path / "in")!r}], cache_path={str(tmp_path / "cache.sqlite")!r})
    """)
    assert subprocess.run([sys.executable, "-c", script]).returncode == 9
    stats = {}
    extract_all([tmp_path / "in"], cache_path=tmp_path / "cache.sqlite", stats=stats)
    assert stats == {"hits": 5, "misses": 3}


def test_changed_extractor_drops_the_cache(tmp_path, monkeypatch, counted):
    write_reports(tmp_path / "in", range(4))
    cache = tmp_path / "cache.sqlite"
    extract_all([tmp_path / "in"], cache_path=cache)
    monkeypatch.setattr(kg.cache, "extractor_fingerprint", lambda: "another-extractor")
    counted.clear()
    stats = {}
    extract_all([tmp_path / "in"], cache_path=cache, stats=stats)
    assert len(counted) == 4 and stats == {"hits": 0, "misses": 4}


def test_fingerprint_follows_the_extractor_code_and_data(tmp_path, monkeypatch):
    for name in ("extract/rules.py", "extract/models/tagger/weights.bin", "data/posts.txt",
                 "lexicon.py", "records.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("v1", encoding="utf-8")
    monkeypatch.setattr(kg.cache, "_ROOT", tmp_path)
    seen = set()
    for name in ("extract/rules.py", "extract/models/tagger/weights.bin", "data/posts.txt", "records.py"):
        extractor_fingerprint.cache_clear()
        seen.add(extractor_fingerprint())
        (tmp_path / name).write_text(f"changed {name}", encoding="utf-8")
    extractor_fingerprint.cache_clear()
    seen.add(extractor_fingerprint())
    extractor_fingerprint.cache_clear()
    assert len(seen) == 5


@pytest.mark.parametrize("change, hit", [
    ({"source_file": "moved/elsewhere.txt"}, True),
    ({"published": "2021-03-04"}, False),
    ({"title": "另一个标题"}, False),
    ({"url": "https://example.org/other"}, False),
    ({"site": "平山县人民政府 > 乡镇动态"}, False),     # the site places the report
])
def test_cache_key_is_the_content_and_the_metadata_extraction_reads(tmp_path, change, hit):
    report = Report("0123456789abcdef", "a.txt", "3月1日，县委召开会议。", title="县委召开会议",
                    url="https://example.org/a", published="2022-03-01")
    other = dataclasses.replace(report, **change)
    with ExtractionCache(tmp_path / "c.sqlite") as cache:
        cache.put(Extraction(report=report, jurisdiction="某县"), "rules")
        found = cache.get(other, "rules")
        assert (cache_key(other) in cache.keys("rules")) is hit
    assert (found is not None) is hit
    if hit:
        assert found.report == other and found.jurisdiction == "某县"


def test_nlp_modes_are_cached_apart(tmp_path):
    report = Report("0123456789abcdef", "a.txt", "3月1日，县委召开会议。")
    with ExtractionCache(tmp_path / "c.sqlite") as cache:
        cache.put(Extraction(report=report, jurisdiction=None), "rules")
        assert cache.get(report, "rules") is not None
        assert cache.get(report, "hanlp") is None
        assert cache.keys("hanlp") == frozenset()


def test_a_worker_hands_back_what_it_finished_before_an_error(tmp_path, monkeypatch):
    """In a worker process the batch travels back whole: the reports extracted before the
    error come back with it, so the main process caches them before raising."""
    from kg.parallel import BatchWorker, Failed

    paths = write_reports(tmp_path / "in", range(5))
    real, calls = kg.extract.extract, []

    def failing(report, nlp="rules"):
        if len(calls) == 2:
            raise ValueError("bad report")
        calls.append(1)
        return real(report, nlp=nlp)

    monkeypatch.setattr(kg.extract, "extract", failing)
    out = BatchWorker("rules", frozenset())([str(p) for p in paths])
    assert [type(x).__name__ for x in out] == ["Extraction", "Extraction", "Failed"]
    assert isinstance(out[-1], Failed) and isinstance(out[-1].error, ValueError)
    assert "bad report" in out[-1].trace
