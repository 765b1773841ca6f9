"""Round 50: a headline's summary of what a meeting relayed (传达学习全国全省全市X会议精神,
传达学习上级X会议精神) is the meetings the body names, not meetings of its own."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

_RELAYS = ("{headline}\n4月26日上午，县委书记柯晟主持召开县委常委会会议，传达学习全国渔业安全生产工作视频会议、"
           "全省伏季休渔暨渔业安全生产工作电视电话会议精神，研究部署我县贯彻落实意见。")


@pytest.mark.parametrize("headline", ["县委常委会召开会议 传达学习全国全省伏季休渔和渔业安全生产会议精神",
                                      "县委常委会传达学习上级伏季休渔会议精神"])
def test_round50_a_headline_s_summary_of_the_relays_adds_no_meeting(headline):
    x = extract_text(_RELAYS.format(headline=headline), published="2024-04-27")
    names = set(meeting_names(x).values())
    assert names == {"县委常委会会议", "全国渔业安全生产工作视频会议", "全省伏季休渔暨渔业安全生产工作电视电话会议"}, names
    relayed = {b for a, b in edges(x, RelationKind.RELAYED) if a == "县委常委会会议"}
    assert relayed == {"全国渔业安全生产工作视频会议", "全省伏季休渔暨渔业安全生产工作电视电话会议"}


def test_round50_a_headline_s_meeting_of_a_level_the_body_does_not_relay_stays():
    x = extract_text("县委常委会传达学习全省伏季休渔会议精神\n4月26日上午，县委书记柯晟主持召开县委常委会会议，"
                     "传达学习全国渔业安全生产工作视频会议精神。", published="2024-04-27")
    assert "全省伏季休渔会议" in meeting_names(x).values(), meeting_names(x)


@pytest.mark.parametrize("phrase", ["传达学习上级网信工作会议精神", "传达学习各级人口工作会议精神"])
def test_round50_a_superior_s_or_every_level_s_meetings_are_no_one_meeting(phrase):
    x = extract_text(f"3月5日，镇党委召开扩大会议，{phrase}。", published="2024-03-06")
    assert set(meeting_names(x).values()) == {"镇党委扩大会议"}, meeting_names(x)


def test_round50_a_mechanism_that_holds_a_place_s_meeting_is_not_held_itself():
    x = extract_text("3月12日，社会信用体系建设部际联席会议在京召开全国社会信用体系建设工作电视电话会议。"
                     "国家发展改革委秘书长费晓晨主持会议。", published="2024-03-13")
    assert edges(x, RelationKind.CHAIRED) == {("费晓晨", "全国社会信用体系建设工作电视电话会议")}, meeting_names(x)


def test_round50_a_mechanism_s_own_numbered_sitting_stays_one_meeting():
    x = extract_text("3月12日，市口岸工作联席会议召开2024年第一次全体会议。副市长单国华主持会议。", published="2024-03-13")
    assert len(meeting_names(x)) == 1 and edges(x, RelationKind.CHAIRED), meeting_names(x)


@pytest.mark.parametrize("sentence, published, expected", [
    ("十年前的今天，会议召开。", "2024-10-15", ["2014-10-15"]),
    ("二十五年前的今天，会议召开。", "2024-10-15", ["1999-10-15"]),
    ("5年前的今天，会议召开。", "2024-10-15", ["2019-10-15"]),
    ("湖南日报10月15日讯 十年前的今天，会议召开。", "2024-10-16", ["2024-10-15", "2014-10-15"]),  # the dateline's day
    ("十年前的今天，会议召开。", "--10-15", []),                  # no year to count back from
])
def test_round50_an_anniversary_s_day_counts_years_back(sentence, published, expected):
    from kg.extract.dates import Anchor, find
    assert [d.day.iso() for d in find(sentence, Anchor.of(sentence, published))] == expected


_ANNIVERSARY = ("湖南日报10月15日讯（记者 肖逸舟）十年前的今天，习近平总书记在北京主持召开文艺工作座谈会并发表重要讲话。"
                "今天上午，中共湖南省委召开全省文艺工作座谈会。省委书记龚肇庭出席并讲话。")


def test_round50_a_meeting_recalled_on_its_anniversary_is_not_the_report_s():
    x = extract_text("全省文艺工作座谈会在长沙召开\n" + _ANNIVERSARY, published="2024-10-16")
    days = {m.name: m.date for m in x.meetings}
    assert days == {"全省文艺工作座谈会": "2024-10-15", "文艺工作座谈会": "2014-10-15"}, days
    assert edges(x, RelationKind.CHAIRED) == {("习近平", "文艺工作座谈会")}
    assert ("龚肇庭", "全省文艺工作座谈会") in edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("sentence", ["副省长、省道路交通安全工作联席会议总召集人柏青云出席并讲话。",
                                      "会议要求，市慈善事业促进工作联席会议要发挥统筹作用。",
                                      "市打击欺诈骗保工作联席会议各成员单位负责同志参加会议。"])
def test_round50_a_joint_conference_as_a_standing_body_is_no_meeting(sentence):
    x = extract_text(f"1月5日，市委常委会召开会议。{sentence}", published="2024-01-06")
    assert set(meeting_names(x).values()) == {"市委常委会会议"}, meeting_names(x)


def test_round50_a_joint_conference_s_requirements_are_its_sitting_s():
    x = extract_text("1月5日，市委常委会召开会议，传达学习市慈善事业促进工作联席会议要求。", published="2024-01-06")
    assert "市慈善事业促进工作联席会议" in meeting_names(x).values(), meeting_names(x)


@pytest.mark.parametrize("sentence, lead", [
    ("会上通报了上次会议以来市口岸联席会议工作情况。", "以来"),
    ("会上，市自然资源局局长豆建新汇报了《城市设计》编制情况和省规委会会议有关要求。", "情况和"),
    ("会议审议了重点任务分工方案和联席会议2024年工作要点。", "方案和"),
    ("局长亓文澜强调，局机关要当好联席会议的参谋部。", "当好"),
])
def test_round50_what_a_plan_or_report_covers_ends_before_the_meeting_s_name(sentence, lead):
    x = extract_text(f"1月5日，市委常委会召开会议。{sentence}", published="2024-01-06")
    assert not any(lead in n for n in meeting_names(x).values()), meeting_names(x)


_TWO_SYMPOSIA = ("10月16日，市委书记邝振宇主持召开市委常委会会议，传达学习全省文艺工作座谈会精神。"
                 "会议指出，全省文艺工作座谈会在习近平总书记文艺工作座谈会重要讲话发表十周年之际召开。"
                 "全市各级各部门要把学习贯彻座谈会精神与学习贯彻党的二十届三中全会精神结合起来。")


def test_round50_a_bare_kind_word_relayed_is_the_meeting_already_relayed():
    x = extract_text(_TWO_SYMPOSIA, published="2024-10-17")
    names = set(meeting_names(x).values())
    assert "座谈会" not in names and not any("总书记" in n for n in names), names
    relayed = {b for a, b in edges(x, RelationKind.RELAYED)}
    assert relayed == {"全省文艺工作座谈会", "党的二十届三中全会"}, relayed


def test_round50_the_general_secretary_s_meeting_is_not_the_province_s():
    x = extract_text(_TWO_SYMPOSIA, published="2024-10-17")
    national = [m for m in x.meetings if m.name == "文艺工作座谈会"]
    assert national and national[0].jurisdiction == "全国", [(m.name, m.jurisdiction) for m in x.meetings]


def test_round50_a_bare_joint_conference_mentioned_is_the_numbered_sitting_relayed():
    x = extract_text("区委常委会召开（扩大）会议 传达学习党政联席会议第十一次会议精神\n"
                     "昨天，区委常委会召开（扩大）会议，传达学习推动成渝地区双城经济圈建设重庆四川党政联席会议第十一次会议精神。"
                     "会议指出，骆成斌在联席会议上代表我区作了交流发言，联席会议审议通过的若干政策措施要用足用好。",
                     published="2025-07-16")
    names = set(meeting_names(x).values())
    assert "联席会议" not in names and "党政联席会议" not in names, names
