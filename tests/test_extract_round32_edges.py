"""Round 32 classes: a party leadership's 民主生活会 / 组织生活会 as a meeting of its own
(a 班子 is the organ that holds it; the bare kind word is the meeting being told), and a
demonstrative (本次/这次/此次) inside a meeting span: the meeting being told, never a new one."""
import pytest
from extraction_probe import extract_text, meeting_names


# (class, text, a part of a name that must be found, names that must not be made)
LIFE_MEETINGS = [
    ("leadership-holds-a-life-meeting",
     "3月5日，市委常委班子召开2023年度民主生活会。市委书记王某某主持会议并讲话。",
     "常委班子2023年度民主生活会", set()),
    ("relayed-life-meeting-of-a-higher-organ",
     "4月2日，县委常委会召开会议，传达学习省委常委班子专题民主生活会精神。县委书记李某某主持会议。",
     "省委常委班子专题民主生活会", set()),
    ("organisation-life-meeting",
     "6月1日，市政府党组召开2023年度组织生活会。市长赵某某主持会议。",
     "组织生活会", set()),
    ("bare-kind-word-is-no-new-meeting",
     "1月9日，区委常委班子召开2024年度民主生活会。区委书记周某某主持。会议指出，要把民主生活会查摆的问题抓好整改。",
     "区委常委班子2024年度民主生活会", {"民主生活会"}),
]


@pytest.mark.parametrize("case, text, kept, absent", LIFE_MEETINGS, ids=[c[0] for c in LIFE_MEETINGS])
def test_round32_life_meetings(case, text, kept, absent):
    found = set(meeting_names(extract_text(text)).values())
    assert any(kept in f for f in found), found
    assert not found & absent, found


# (class, text, names expected, a fragment no meeting's name may hold)
DEMONSTRATIVES = [
    ("this-congress-is-the-told-one",
     "5月8日，全市科技大会召开。市委书记孙某某出席并讲话。本次大会表彰了一批先进集体。",
     "全市科技大会", "本次"),
    ("wish-before-this-meeting",
     "7月3日，两市党政联席会议在某地召开。会议希望双方以这次会议为契机，深化合作。",
     "两市党政联席会议", "这次"),
    ("owner-before-this-life-meeting",
     "2月1日，县委常委班子召开2024年度民主生活会。督导组组长吴某某指出，县委常委班子这次民主生活会准备充分。",
     "县委常委班子2024年度民主生活会", "这次"),
]


@pytest.mark.parametrize("case, text, kept, fragment", DEMONSTRATIVES, ids=[c[0] for c in DEMONSTRATIVES])
def test_round32_demonstrative_names_the_told_meeting(case, text, kept, fragment):
    found = set(meeting_names(extract_text(text)).values())
    assert any(kept in f for f in found), found
    assert not any(fragment in f for f in found), found
