"""Round 28 classes (meetings), with short reports written for the test: a count or an organ
before 有关会议 / 重要会议 / a bare head (这两次重要会议, 省委有关会议, 几个会议, 各次全体会议)
names no one meeting; a joint conference's 各成员单位 / 各项制度 is the standing organ's, not
a gathering."""
import pytest
from extraction_probe import extract_text, meeting_names

_HEAD = "3月15日，市委召开常委会会议，书记王一鸣主持会议。"

# (case, sentence after the reported meeting, a name no meeting may end with)
NOT_A_MEETING = [
    ("count-before-unspecific", "会议要求，把学习贯彻这两次重要会议精神结合起来。", "重要会议"),
    ("organ-before-unspecific", "会议传达学习了省委有关会议精神。", "有关会议"),
    ("organ-before-series", "会议指出，省委系列会议精神指明了方向。", "系列会议"),
    ("count-before-bare-head", "会议指出，要把这几个会议精神贯通起来。", "几个会议"),
    ("each-sitting", "王一鸣要求，认真落实各次全体会议精神。", "各次全体会议"),
    ("joint-conference-members", "王一鸣强调，联席会议各成员单位要密切配合。", "联席会议"),
    ("joint-conference-rules", "王一鸣要求，落实好联席会议各项制度。", "联席会议"),
]


@pytest.mark.parametrize("case, sentence, absent", NOT_A_MEETING, ids=[c[0] for c in NOT_A_MEETING])
def test_round28_no_one_meeting(case, sentence, absent):
    names = set(meeting_names(extract_text(_HEAD + sentence, published="2024-03-16")).values())
    assert not any(n.endswith(absent) for n in names), names
    assert any(n.endswith("常委会会议") for n in names), names


# the same words naming one meeting stay one
STILL_A_MEETING = [
    ("this-meeting-is-the-reported-one", "王一鸣指出，这次会议很重要。", "常委会会议"),
    ("named-joint-conference-sitting", "会议传达学习了全省养老服务工作联席会议全体会议精神。", "联席会议全体会议"),
    ("named-important-meeting", "会议传达学习了全省经济工作会议精神。", "全省经济工作会议"),
]


@pytest.mark.parametrize("case, sentence, present", STILL_A_MEETING, ids=[c[0] for c in STILL_A_MEETING])
def test_round28_named_meetings_stay(case, sentence, present):
    names = set(meeting_names(extract_text(_HEAD + sentence, published="2024-03-16")).values())
    assert any(n.endswith(present) for n in names), names
