"""A meeting that several provinces hold together (西部陆海新通道省际协商合作联席会议, 皖浙两省联席会议)
writes no place in its name: reports of each province refer to the one meeting, not to a meeting
of their own province."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve
from kg.resolve.meeting_scopes import named_scope


def _meetings(texts: list[str], ending: str) -> list[str]:
    corpus = resolve([extract(make_report(f"r{i}.txt", t, published=f"2024-06-{14 + i}")) for i, t in enumerate(texts)])
    return sorted(n.label for n in corpus.nodes if n.kind is NodeKind.MEETING and n.label.endswith(ending))


def test_a_joint_meeting_is_one_across_provinces():
    texts = [
        "重庆市召开会议\n6月13日，西部陆海新通道省际协商合作联席会议第七次会议在重庆召开。重庆市委书记王明出席会议并讲话。",
        "广西召开会议\n6月15日，自治区党委常委会召开会议，传达学习西部陆海新通道省际协商合作联席会议第七次会议精神。自治区党委书记李强主持会议。",
        "贵州召开会议\n6月16日，贵州省委常委会召开会议，传达学习西部陆海新通道省际协商合作联席会议第七次会议精神。省委书记赵刚主持会议。",
    ]
    assert _meetings(texts, "第七次会议") == ["西部陆海新通道省际协商合作联席会议第七次会议"]


def test_a_province_s_own_meeting_of_the_same_name_stays_apart():
    texts = [
        "湖南召开会议\n6月13日，湖南省委常委会召开会议，传达学习全省乡村产业发展现场推进会精神。省委书记王明主持会议。",
        "江西召开会议\n6月15日，江西省委常委会召开会议，传达学习全省乡村产业发展现场推进会精神。省委书记李强主持会议。",
    ]
    assert len(_meetings(texts, "现场推进会")) == 2


@pytest.mark.parametrize("name, jurisdiction, joint", [
    ("西部陆海新通道省际协商合作联席会议第七次会议", "重庆市", True),
    ("新安江—千岛湖生态保护补偿皖浙两省联席会议", "浙江省", True),
    ("乡村产业发展现场推进会暨产业振兴工作会议", "湖南省", False),
])
def test_named_scope_of_a_joint_name(name, jurisdiction, joint):
    assert (named_scope(name, jurisdiction) is not None) is joint


def test_the_corps_standing_committee_is_one_meeting_across_its_divisions_reports():
    texts = [
        "兵团召开会议\n6月3日，兵团党委常委会召开扩大会议，传达学习中央有关会议精神。兵团党委书记王明主持会议。",
        "师市召开会议\n6月4日，第一师阿拉尔市党委常委会召开扩大会议，传达学习兵团党委常委会扩大会议精神。师市党委书记李强主持会议。",
        "十团召开会议\n6月6日，十团党委召开扩大会议，传达学习兵团党委常委会扩大会议精神。团党委书记赵刚主持会议。",
    ]
    assert _meetings(texts, "兵团党委常委会扩大会议") == ["兵团党委常委会扩大会议"]
