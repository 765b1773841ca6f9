"""The indexed look-ups of borrowed_meetings give what scanning the whole corpus gives."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from kg.pipeline import extract_all
from kg.resolve import borrowed_meetings as BM
from kg.resolve import borrowed_places as BP
from kg.train.synth import generate_reports


class _WholeCorpus(dict):
    """An index that answers every day with every meeting of the level: the brute-force scan."""

    def get(self, key, default=()):
        return [c for k, cs in self.items() if k[0] == key[0] for c in cs]


@pytest.fixture(scope="module")
def extractions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synth")
    for name, text in generate_reports(150, seed=3):
        (folder / (name.rsplit(".", 1)[0] + ".txt")).write_text(text, encoding="utf-8")
    exs, _ = extract_all(sorted(folder.glob("*.txt")))
    return sorted(exs, key=lambda e: e.report.report_id)


def test_indexed_places_equal_the_brute_force_scan(extractions):
    index = BM._index(extractions, BP._province, BP._has_level)
    whole = _WholeCorpus(index)
    indexed = {e.report.report_id: BM._found(e, index, BP._province, BP._has_level) for e in extractions}
    scanned = {e.report.report_id: BM._found(e, whole, BP._province, BP._has_level) for e in extractions}
    assert any(indexed.values()), "the corpus should borrow some place, or this test guards nothing"
    assert indexed == scanned


def _calendar(year):
    d = date(year, 1, 1)
    while d.year == year:
        yield d
        d += timedelta(days=1)


@pytest.mark.parametrize("report", [(2024, 1, 3), (2023, 3, 1), (2024, 3, 1), (None, 3, 1),
                                    (None, 1, 2), (2023, 12, 31), (2021, 2, 28), (None, 7, 15)])
def test_window_days_hold_every_day_in_the_window(report):
    window = BM._window_days(report)
    for year in (None, 2023, 2024, 2021, 2020):
        for d in _calendar(year or 2000):
            meeting = (year, d.month, d.day)
            if BM._in_window(meeting, report):
                assert (d.month, d.day) in window, (meeting, report)


@pytest.mark.parametrize("place", ["浙江省湖州市", "北京市海淀区", "内蒙古自治区", "某地", ""])
def test_cached_province_is_the_longest_prefix(place):
    from kg.extract import resources as R
    expected = max((p for p in set(R.provinces().values()) if place.startswith(p)), key=len, default=None)
    assert BP._province(place) == expected
