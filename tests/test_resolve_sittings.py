"""A joint conference's numbered sitting named three ways in three reports (its full name, a
short one, the kind alone) is one meeting; another conference's sitting, another number or a
work conference (工作联席会议) stays apart; a long name of no place, held one day, is one meeting
without its first words (kg/resolve/meeting_sittings.py)."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve
from kg.resolve.meeting_sittings import key
from kg.resolve.meeting_match import Item

_HELD = ("推动甲乙地区协同发展甲乙党政联席会议第七次会议召开\n7月8日，推动甲乙地区协同发展甲乙党政联席会议"
         "第七次会议在某地召开。甲省委书记周某某、乙市委书记吴某某共同主持会议。", "2025-07-09")


def _sittings(*reports) -> list:
    corpus = resolve([extract(make_report(f"r{i}.txt", text, published=day)) for i, (text, day) in enumerate(reports)])
    return [n for n in corpus.nodes if n.kind is NodeKind.MEETING and "联席会议" in n.label]


@pytest.mark.parametrize("reference,count", [
    ("甲乙党政联席会议第七次会议", 1),
    ("党政联席会议第七次会议", 1),
    ("党政联席会议第八次会议", 2),          # another sitting
])
def test_one_sitting_under_three_names(reference, count):
    relay = (f"某县召开县委常委会会议\n7月15日，县委书记郑某某主持召开县委常委会会议，传达学习{reference}精神。",
             "2025-07-16")
    assert len(_sittings(_HELD, relay)) == count


def _item(core: str, scope: str = "named:推动甲乙") -> Item:
    return Item("r", "m1", scope, None, frozenset([core]), None, None, None, None, ("r", "m1"))


@pytest.mark.parametrize("core,scope,expected", [
    ("推动甲乙地区协同发展甲乙党政联席会第七次会", "named:推动甲乙", ("党政", "7")),
    ("党政联席会第七次会", "local@r", ("党政", "7")),
    ("党政联席会2024年第一次全体会", "named:党政联席", ("党政", "1")),
    ("禁毒工作联席会第三次会", "named:禁毒工作", None),       # a work conference: too common
    ("党政联席会第七次会", "江苏省", None),                  # a place's scope: joined by it already
])
def test_keys(core, scope, expected):
    assert key(_item(core, scope)) == expected


@pytest.mark.parametrize("other,count", [
    ("毗邻地区合作平台建设推进会", 1),          # the same meeting without its first words
    ("毗邻地区文化旅游推介会", 2),              # another meeting that day
])
def test_a_long_name_of_no_place_without_its_first_words(other, count):
    held = ("甲乙毗邻地区合作平台建设推进会召开\n7月17日，甲乙毗邻地区合作平台建设推进会在某地召开。"
            "甲省副省长周某某出席会议并讲话。", "2025-07-18")
    told = (f"{other}召开\n7月17日，{other}在某地召开。乙市副市长吴某某出席会议。", "2025-07-18")
    corpus = resolve([extract(make_report(f"r{i}.txt", text, published=day)) for i, (text, day) in enumerate((held, told))])
    assert len([n for n in corpus.nodes if n.kind is NodeKind.MEETING]) == count
