"""Round 42: a meeting's own words (会议指出，…) tell of days and meetings from the meeting's
day, not the page's; a speech cited at a numbered meeting (在第三次中央X座谈会上) is a speech
at it."""
import pytest
from extraction_probe import edges, extract_text

from kg.records import RelationKind


def test_round42_speech_at_a_numbered_meeting():
    x = extract_text("3月20日，县委常委会召开会议，传达学习习近平总书记在第三次中央新疆工作座谈会上的"
                     "重要讲话精神。县委书记李明主持会议。", published="2024-03-21")
    attended = {(o, m) for o, m in edges(x, RelationKind.ATTENDED) if o == "习近平"}
    assert attended and all(m.endswith("中央新疆工作座谈会") for _, m in attended), edges(x, RelationKind.ATTENDED)


# (case, words of the meeting, the day the relayed provincial meeting must carry)
MEETING_WORDS = [
    ("yesterday",
     "会议指出，昨天召开的全省数字经济发展大会，对全省数字经济发展作出了系统部署。", "2024-04-16"),
    ("held-after-semicolon",
     "会议指出，全国现场推进会提出了明确要求；省委、省政府随即召开全省数字经济发展大会，作出具体安排。", None),
]


@pytest.mark.parametrize("case, words, day", MEETING_WORDS, ids=[c[0] for c in MEETING_WORDS])
def test_round42_a_meeting_s_words_count_from_its_own_day(case, words, day):
    x = extract_text("4月17日，市委常委会召开会议，传达学习全省数字经济发展大会精神。市委书记王强主持会议。\n"
                     + words + "\n市长赵刚、副市长钱蓉出席会议。", published="2024-04-19")
    province = [m for m in x.meetings if m.name.endswith("数字经济发展大会")]
    assert len(province) == 1, [m.name for m in x.meetings]
    assert province[0].date == day, province[0].date
    standing = {m for o, m in edges(x, RelationKind.ATTENDED) if o in ("赵刚", "钱蓉")}
    assert standing and all(m.endswith("常委会会议") for m in standing), standing


def test_round42_scope_word_inside_a_quoted_topic():
    x = extract_text("4月18日，省政协召开“加快建设全国构建新发展格局先行区”专题协商会。省政协主席王明主持会议。",
                     published="2024-04-19")
    names = [m.name.replace("“", "").replace("”", "") for m in x.meetings]
    assert any(n.endswith("加快建设全国构建新发展格局先行区专题协商会") for n in names), names
    assert ("王明", next(m.name for m in x.meetings)) in edges(x, RelationKind.CHAIRED), edges(x, RelationKind.CHAIRED)


def test_round42_enlarged_sitting_held_with_its_bracket():
    x = extract_text("2024年4月12日下午，聊城市耕地保护工作联席会议（扩大）在市行政中心召开。会议传达学习了"
                     "全省耕地保护工作会议精神。副市长王明主持会议。", published="2024-04-13")
    own = [m for m in x.meetings if m.name.endswith("联席会议")]
    assert len(own) == 1 and own[0].date == "2024-04-12", [(m.name, m.date) for m in x.meetings]
    assert (own[0].name, "全省耕地保护工作会议") in edges(x, RelationKind.RELAYED), edges(x, RelationKind.RELAYED)


def test_round42_law_title_between_verb_and_name():
    x = extract_text("2024年6月12日下午，省人大常委会召开《中华人民共和国海洋环境保护法》执法检查电视电话会议，"
                     "动员部署执法检查工作。省人大常委会副主任王明出席会议并讲话。", published="2024-06-13")
    held = [m for m in x.meetings if m.name.endswith("执法检查电视电话会议")]
    assert len(held) == 1 and held[0].date == "2024-06-12", [(m.name, m.date) for m in x.meetings]
    assert ("王明", held[0].name) in edges(x, RelationKind.ATTENDED), edges(x, RelationKind.ATTENDED)


def test_round42_speech_when_chairing_is_the_chair_s():
    x = extract_text("6月4日，省就业工作领导小组召开全体会议，深入学习贯彻习近平总书记在主持中共中央政治局"
                     "第十四次集体学习时的重要讲话精神。副省长王明主持会议。", published="2024-06-05")
    chaired = {(o, m) for o, m in edges(x, RelationKind.CHAIRED) if o == "习近平"}
    assert chaired and all(m.endswith("集体学习") for _, m in chaired), edges(x, RelationKind.CHAIRED)
