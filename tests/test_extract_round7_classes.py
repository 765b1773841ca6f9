"""Round 7 extraction classes, each a row with sentences written for the test."""
import pytest

from kg.extract import extract
from kg.ingest import make_report

CASES = [
    # a later sentence with its own day and its own convener announcing 召开X is a new meeting,
    # not the full name of the organ's meeting reported first
    ("later-dated-other-convener",
     "5月8日，省委常委会召开会议，研究森林防火工作。省委书记甲某主持会议。\n"
     "5月9日上午，省森林防火指挥部召开全省森林防火视频调度会议，副省长乙某出席并作部署。",
     {("省委常委会会议", "05-08"), ("全省森林防火视频调度会议", "05-09")}),
    # the same sitting named again in full (no other day): still one meeting
    ("same-day-full-name",
     "5月8日，省委常委会召开会议。省委书记甲某主持会议。\n会上，省委常委会召开森林防火专题会议，研究部署工作。",
     None),
]


def labels(text):
    ex = extract(make_report("t.txt", "浙江日报\n" + text, published="2024-05-10"))
    return {(m.name, (m.date or "")[-5:]) for m in ex.meetings}


@pytest.mark.parametrize("case, text, expected", CASES, ids=[c[0] for c in CASES])
def test_round7_meeting_classes(case, text, expected):
    found = labels(text)
    if expected is None:
        assert len(found) == 1
    else:
        assert len(found) == len(expected)
        assert all(any(n.endswith(name) and d == day for n, d in found) for name, day in expected)
