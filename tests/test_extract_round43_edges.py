"""Round 43: a rule's or a plan's words about meetings (严控会议规模, 以会议落实会议, 原则上不召开
汇报会, 县级会议减少19%) name no meeting; a committee's preaching team (省委宣讲团) is a body."""
import pytest
from extraction_probe import edges, extract_text

from kg.records import RelationKind

OPENING = "3月20日，县委常委会召开会议，传达学习全省基层减负工作会议精神。县委书记李明主持会议。\n"

# (case, a sentence of the meeting's requirements that names no meeting of its own)
RULE_WORDS = [
    ("strictly-limit", "会议强调，要严格落实“三个严控”，即严控发文数量、严控会议规模。"),
    ("by-meetings", "李明强调，要坚决防止以文件落实文件、以会议落实会议。"),
    ("can-use-video", "会议要求，能用视频会议开到乡镇的不再层层转开。"),
    ("enumeration", "会议明确，二是镇级会议能合并的合并，原则上每月只召开一次。"),
    ("forbidden", "会议要求，县级领导下乡镇原则上不召开专门汇报会。"),
    ("counted-level", "去年以来，县委、县政府两办发文同比减少23%，县级会议减少19%。"),
]


@pytest.mark.parametrize("case, words", RULE_WORDS, ids=[c[0] for c in RULE_WORDS])
def test_round43_a_rule_s_words_name_no_meeting(case, words):
    x = extract_text(OPENING + words, published="2024-03-21")
    names = sorted(m.name for m in x.meetings)
    assert names == ["全省基层减负工作会议", "县委常委会会议"], names


@pytest.mark.parametrize("written, canonical", [
    ("定西市委宣讲团", "定西市委宣讲团"),
    ("甘肃省委宣讲团", "甘肃省委宣讲团"),
    ("西藏自治区党委宣讲团", "西藏自治区党委宣讲团"),
])
def test_round43_a_committee_s_preaching_team_is_a_body(written, canonical):
    x = extract_text(f"8月2日，{written}党的二十届三中全会精神宣讲报告会举行。{written}成员王刚作宣讲报告。",
                     published="2024-08-03")
    assert canonical in [b.name for b in x.bodies], [b.name for b in x.bodies]
    assert not any(b.name.endswith(("省省委宣讲团", "市市委宣讲团")) for b in x.bodies), [b.name for b in x.bodies]
