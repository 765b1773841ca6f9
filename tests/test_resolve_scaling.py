"""The indexed look-ups of the resolver (borrowed_meetings, meeting_days) give what scanning
the whole corpus gives."""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from kg.pipeline import extract_all
from kg.resolve import borrowed_meetings as BM
from kg.resolve import borrowed_places as BP
from kg.train.synth import generate_reports


class _WholeCorpus(dict):
    """An index that answers every day with every meeting of the level: the brute-force scan."""

    def get(self, key, default=()):
        out: dict = {}
        for k, kinds in self.items():
            if k[0] == key[0]:
                for kind, held in kinds.items():
                    out.setdefault(kind, []).extend(held)
        return out


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



# a dense scope: a few kinds of meeting (alike, short forms, unlike) by a few conveners, many
# days, years known and not; the references ask from every day of the range
_KINDS = ["省委常委会会议", "省委常委会扩大会议", "全省林业和草原工作会议", "全省林草工作会议",
          "全省安全生产工作会议", "省政府常务会议"]


def _dense_items(seed: int):
    from kg.resolve.meeting_match import Item
    rng = random.Random(seed)

    def item(n, day, report_day):
        scope = rng.choice(["江西省", "湖南省"])
        return Item(f"r{n}", "m1", scope, day, frozenset([rng.choice(_KINDS)]),
                    rng.choice([None, "b1", "b2", "b3"]), None, None, report_day, (f"r{n}", "m1"))

    def some_day():
        # April to June: across 29 February a year-unknown day counts its lag in a leap year, a
        # day's meetings then lie a day apart, and the window (by calendar day) ranks them as one
        d = date(2023, 4, 1) + timedelta(days=rng.randrange(90))
        return (rng.choice([2023, 2023, None]), d.month, d.day)

    dated = [item(n, some_day(), None) for n in range(300)]
    undated = [item(n, None, some_day()) for n in range(300, 500)]
    return dated, undated


def _scanned_earlier(u, groups) -> list:
    """Every dated meeting of u's scope, ranked as meeting_days.Earlier promises: like names
    (latest first back from the report's day, the day after last, the more alike first on a day),
    then the same convener alone; none out of the window."""
    from kg.resolve import meeting_days as D, meeting_match as M
    from kg.resolve.meeting_short_names import shortens
    ranked = []
    for by_cores, _ in groups.get(u.scope, {}).values():
        for cores, entries in by_cores.items():
            sim = M.similarity(u.cores, cores)
            like = sim >= M.LIKE or shortens(u.cores, cores)
            for root, day, conveners, _, first in entries:
                lag = M.lag(day, u.report_day)
                if (like or u.convener in conveners) and lag is not None \
                        and -D.AFTER_DAYS <= lag <= D.LAG_DAYS:
                    ranked.append(((not like, lag < 0, abs(lag), -max(sim, M.LIKE) if like else -sim, first), root))
    return [root for _, root in sorted(ranked)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_lazy_earlier_ranks_as_a_full_scan(seed):
    from kg.resolve import meeting_days as D
    from kg.resolve.unionfind import UnionFind
    dated, undated = _dense_items(seed)
    groups = D.dated_groups(UnionFind((i.id, i.rid, i.day[0]) for i in dated), dated)
    earlier = D.Earlier(groups)
    lengths = []
    for u in undated:
        lazy = list(earlier(u))
        assert lazy == _scanned_earlier(u, groups), u
        lengths.append(len(lazy))
    assert max(lengths) > 5, "references should have many candidates, or this test guards little"
