"""Round 53: corner-bracket quotes inside a meeting's name (「扫黄打非」), a member's question in
a hearing (委员甲问：), those who speak for all who hold a post (村党支部书记代表甲), a follow-up
named after a comma (召开续会，即X) or held after the standing committee's meeting, a township's
column of its county's site, and a directive after the meeting's words that goes on with them."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

_CORNER = ("4月12日下午，全市全民閱讀暨「掃黃打非」工作推進會在市行政中心召開。"
           "市委常委、宣傳部部長郝靜出席並講話，副市長龔宇主持會議。")


def test_round53_corner_bracket_quotes_stay_inside_a_meeting_s_name():
    x = extract_text(_CORNER, published="2024-04-13")
    assert list(meeting_names(x).values()) == ["全市全民阅读暨扫黄打非工作推进会"], meeting_names(x)
    assert edges(x, RelationKind.CHAIRED) == {("龚宇", "全市全民阅读暨扫黄打非工作推进会")}


_HEARING = ("6月27日上午，县人大常委会召开专题询问会议。县人大常委会主任颜廷玉主持会议。"
            "专题询问中，县人大常委会委员吕佳音问：“图书更新经费如何保障？”")


def test_round53_a_member_s_question_ends_the_member_s_name():
    x = extract_text(_HEARING, published="2024-06-28")
    assert {o.name for o in x.officials} == {"颜廷玉", "吕佳音"}


_DELEGATES = "4月18日，石牌镇召开农家书屋建设工作会议。镇党委书记方志远主持会议。{}"


@pytest.mark.parametrize("said, named", [
    ("村党支部书记代表吴德厚作表态发言。", {"方志远", "吴德厚"}),
    ("村党总支书记代表曾福生、村委会主任代表彭秋菊作表态发言。", {"方志远", "曾福生", "彭秋菊"}),
    # the next item of the list is a group's post before its own 代表, no name
    ("村党总支书记代表刘德全、农家书屋管理员代表胡春燕作交流发言。", {"方志远", "刘德全"}),
    # a post that speaks for its organ names no one after 代表
    ("县人大常委会主任代表常委会作工作报告。", {"方志远"}),
    ("副县长代表王书记讲话。", {"方志远"}),
    ("副县长李明代表县政府讲话。", {"方志远", "李明"}),
])
def test_round53_one_who_speaks_for_all_holders_of_a_post_holds_it(said, named):
    x = extract_text(_DELEGATES.format(said), published="2024-04-19")
    assert {o.name for o in x.officials} == named


_FOLLOW_UP_IS = ("3月8日上午，营山县委常委会召开2024年第7次会议，传达学习全省会议精神。"
                 "会后，随即召开续会，即县国防动员委员会全体会议，传达学习全市国防动员委员会全体会议精神。"
                 "县长申屠宁主持。副县长鲁刚、何芳出席。")


def test_round53_a_follow_up_named_after_a_comma_is_the_meeting_held():
    x = extract_text(_FOLLOW_UP_IS, published="2024-03-09")
    names = meeting_names(x)
    assert "营山县国防动员委员会全体会议" in names.values() and not any("续会" in n for n in names.values()), names
    assert edges(x, RelationKind.CHAIRED) == {("申屠宁", "营山县国防动员委员会全体会议")}
    assert ("营山县国防动员委员会全体会议", "全市国防动员委员会全体会议") in edges(x, RelationKind.RELAYED)


_AFTER_STANDING = ("6月4日，市委书记冯跃进主持召开市委常委会会议，传达学习全省抗旱工作会议精神。"
                   "常委会会议结束后，随即召开续会。市委副书记、市长檀志远主持续会。副市长晁晓丽参加会议。")


def test_round53_a_follow_up_after_the_standing_committee_s_meeting_is_held():
    x = extract_text(_AFTER_STANDING, published="2024-06-05")
    follow_up = [n for n in meeting_names(x).values() if n.endswith("续会")]
    assert follow_up == ["市委常委会会议续会"], meeting_names(x)
    assert edges(x, RelationKind.CHAIRED) == {("冯跃进", "市委常委会会议"), ("檀志远", follow_up[0])}
    assert ("晁晓丽", follow_up[0]) in edges(x, RelationKind.ATTENDED)


def test_round53_a_role_with_a_delegate_s_word_closes_the_list_of_names():
    x = extract_text(_DELEGATES.format("村党支部书记李满仓、果农代表苏建平先后发言。"), published="2024-04-19")
    assert {o.name for o in x.officials} == {"方志远", "李满仓"}


_TOWN_PAGE = ("平川镇召开党委（扩大）会议\n"
              "3月23日上午，平川镇召开党委（扩大）会议，传达学习全省水资源管理工作会议、市委常委会会议精神。镇党委书记卜晓军主持会议。"
              "平川地处黑河沿岸，是农业用水大镇。")


def test_round53_a_township_s_column_of_its_county_s_site_places_the_report():
    # the site's line is page furniture: the text itself never names the county
    x = extract_text(_TOWN_PAGE, published="2024-03-24",
                     head="临泽县人民政府 > 乡镇动态 > 平川镇\n\n来源：平川镇    阅读次数：386\n【字体：大 中 小】   【打印】\n\n")
    assert "临泽" not in x.report.text
    assert x.jurisdiction == "甘肃省张掖市临泽县"


_SAID_ON = ("5月18日，市委书记戚鸣远主持召开市委常委会会议，传达学习全省企业上市工作推进会精神。"
            "会议指出，省委、省政府召开全省企业上市工作推进会，充分体现了高度重视。"
            "全省会议召开当天，我市第一时间召开续会作出部署，各地各部门要迅速行动起来。\n"
            "市委常委汪国栋、袁志恒等出席会议。")


def test_round53_a_directive_after_the_meeting_s_words_goes_on_with_them():
    x = extract_text(_SAID_ON, published="2024-05-19")
    assert edges(x, RelationKind.ATTENDED) == {("汪国栋", "市委常委会会议"), ("袁志恒", "市委常委会会议")}


@pytest.mark.parametrize("text, said", [
    ("会议指出，甲很重要。乙召开续会，各地要行动。", [True, True]),
    ("会议指出，甲很重要。乙召开续会。", [True, False]),
    ("会议指出，甲很重要。\n乙召开续会，各地要行动。", [True, False]),       # a new line: the report again
    ("会议指出，甲；省委随即召开乙。", [True, True]),
    ("甲主持会议。乙召开续会，各地要行动。", [False, False]),
])
def test_round53_which_sentences_are_words_said_at_the_meeting(text, said):
    from kg.extract.meeting_speech import Speech
    from kg.extract.sentences import split
    speech = Speech()
    assert [speech.said(s) for s in split(text)] == said
