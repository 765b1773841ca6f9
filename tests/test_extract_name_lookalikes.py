"""Cadre-work words written where a name stands (县领导包案督办, 县委书记领衔, 实行任期制) are no
officials (kg/data/name_lookalikes.txt); people whose surnames begin those words (包, 任, 代,
关) still are."""
import pytest

from kg.extract import extract
from kg.ingest import make_report


def _officials(body: str) -> list[str]:
    ex = extract(make_report("r.txt", f"某县召开会议\n3月5日，{body}", published="2024-03-05"))
    return sorted(o.name for o in ex.officials)


@pytest.mark.parametrize("body,names", [
    ("县委书记王一主持召开县委常委会会议。会议要求，县级领导包案督办，县委书记领衔推进。", ["王一"]),
    ("县委书记王一主持召开县委常委会会议。会议强调，推行村干部任期制，县领导包乡镇、包村。", ["王一"]),
    ("县委书记王一主持召开县委常委会会议，县委副书记、县长包俊，副县长任立新、代明、关锋出席。",
     ["代明", "任立新", "关锋", "包俊", "王一"]),
])
def test_lookalikes_are_no_officials(body, names):
    assert _officials(body) == names
