"""Round 44: a verb and its object (推动会议精神落地) name no meeting; 和 before an organ's or a
whole place's meeting (合作协议和市政府常务会议) ends the words before the name; each official
of a list heard at a meeting (听取了副市长甲，检察长乙关于X的汇报) attends it."""
import pytest
from extraction_probe import edges, extract_text

from kg.records import RelationKind

OPENING = "3月20日，县委常委会召开会议，传达学习全省基层减负工作会议精神。县委书记李明主持会议。\n"


@pytest.mark.parametrize("words", [
    "会议要求，以实干实绩推动会议精神在基层落地生根。",
    "李明强调，要推动会议精神落实落地。",
    "会议要求，全县上下要迅速宣传会议精神。",
])
def test_round44_a_verb_before_the_meeting_s_spirit_names_no_meeting(words):
    x = extract_text(OPENING + words, published="2024-03-21")
    assert sorted(m.name for m in x.meetings) == ["全省基层减负工作会议", "县委常委会会议"], \
        [m.name for m in x.meetings]


def test_round44_a_promotion_meeting_s_spirit_is_still_its_meeting():
    x = extract_text("3月20日，县委常委会召开会议，传达学习全省项目建设推进会议精神。县委书记李明主持会议。",
                     published="2024-03-21")
    assert "全省项目建设推进会议" in [m.name for m in x.meetings], [m.name for m in x.meetings]


# (case, the words before the relayed meeting, the relayed meeting)
AND_BEFORE = [
    ("an-agreement", "要对照两省新签订的合作协议和", "市政府常务会议"),
    ("a-report", "会议听取了一季度工作情况和", "省委常委会会议"),
]


@pytest.mark.parametrize("case, before, relayed", AND_BEFORE, ids=[c[0] for c in AND_BEFORE])
def test_round44_and_before_an_organ_s_meeting_ends_the_words_before(case, before, relayed):
    x = extract_text(f"5月8日，县政府召开常务会议。县长王强主持会议。会议强调，{before}{relayed}部署，抓好落实。",
                     published="2024-05-09")
    names = [m.name for m in x.meetings]
    assert any(n.endswith(relayed) and "和" not in n for n in names), names


def test_round44_a_scope_list_keeps_its_and():
    x = extract_text("5月8日，县委常委会召开会议，传达学习全国和全省中欧班列高质量发展推进会精神。县委书记王强主持会议。",
                     published="2024-05-09")
    names = [m.name for m in x.meetings]
    assert "全国中欧班列高质量发展推进会" in names and any(n.endswith("省中欧班列高质量发展推进会") for n in names), names


def test_round44_each_official_of_a_heard_list_attends():
    x = extract_text("1月20日，市委政法委员会召开全体会议。市委书记王强主持会议。会议听取了副市长、市公安局局长"
                     "靳卫国，市中级人民法院党组书记、院长柴明，市人民检察院党组书记、检察长房振东关于2025年重点工作的汇报。",
                     published="2025-01-21")
    attended = {o for o, _ in edges(x, RelationKind.ATTENDED)}
    assert {"靳卫国", "柴明", "房振东"} <= attended, attended
