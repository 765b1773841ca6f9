"""Undated references to a meeting held once for a purpose (全国教育大会, 中央农村工作会议) join
across reports months apart; references to meetings held again and again (常务会议) do not, and
a report whose year is unknown joins only within a month of the same calendar year."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve
from kg.resolve.meeting_match import one_off


def _report(city: str, meeting: str) -> str:
    return (f"{city}市委常委会召开会议\n{city}市委书记甲某主持召开{city}市委常委会会议，"
            f"传达学习{meeting}精神。（{city}日报记者 某某）")


def _nodes(meeting: str, days: tuple[str, str]):
    reports = [make_report(f"r{i}.txt", _report(city, meeting), published=day)
               for i, (city, day) in enumerate(zip(("三明", "南平"), days))]
    corpus = resolve([extract(r) for r in reports])
    return [n for n in corpus.nodes if n.kind is NodeKind.MEETING and n.label.endswith(meeting[-4:])
            and "市委常委会" not in n.label]


@pytest.mark.parametrize("meeting,days,count", [
    ("全国教育大会", ("2024-09-13", "2024-09-30"), 1),          # 17 days apart: one meeting
    ("中央农村工作会议", ("2023-12-22", "2024-01-15"), 1),      # across the new year
    ("全国教育大会", ("2024-09-13", "2024-11-20"), 1),          # relayed for months (round 18)
    ("全国教育大会", ("2024-09-13", "2025-02-20"), 2),          # over four months apart
    ("国务院常务会议", ("2024-09-13", "2024-09-30"), 2),        # held every week or so
    ("国务院常务会议", ("2024-09-13", "2024-09-15"), 1),        # days apart: the one before both
    ("全国教育大会", ("--09-13", "2024-09-30"), 1),             # year unknown, same season
    ("全国教育大会", ("--12-25", "2025-01-05"), 2),             # year unknown, across new year
])
def test_undated_references_across_reports(meeting, days, count):
    assert len(_nodes(meeting, days)) == count


@pytest.mark.parametrize("core,expected", [
    ("教育大会", True), ("经济工作会议", True), ("农村工作会", True),
    ("常务会议", False), ("集体学习", False), ("调度会", False),
])
def test_one_off_names(core, expected):
    assert one_off(frozenset([core])) is expected
