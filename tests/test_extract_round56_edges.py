"""Round 56: a headline's bare 全省会议 watched at a branch venue is the provincial meeting the
body names in full; a national official speaking at a national meeting is there, not quoted;
a follow-up named after a dash (续会——X); a census's 第N次全国 is not the meeting's scope when
a township holds it; a year-led name gives way to the headline's scoped one; 强调 and 敬畏 after
总书记 are no names; 以案释法 is a speech at the meeting."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind


def test_round56_a_bare_meeting_watched_at_a_branch_venue_is_the_one_named_in_full():
    x = extract_text("收听收看全省会议后 我市随即召开全市防范化解金融风险工作会议\n"
                     "5月16日下午，在收听收看全省防范化解金融风险暨资本市场高质量发展工作会议后，我市随即召开"
                     "全市防范化解金融风险工作会议，传达贯彻全省会议精神。市委书记罗子谦出席并讲话，市长柯建华主持。"
                     "罗子谦、柯建华等市领导此前在合肥分会场收听收看了全省会议。", published="2024-05-17")
    assert set(meeting_names(x).values()) == {"全市防范化解金融风险工作会议",
                                              "全省防范化解金融风险暨资本市场高质量发展工作会议"}, meeting_names(x)
    assert ("罗子谦", "全省防范化解金融风险暨资本市场高质量发展工作会议") in edges(x, RelationKind.ATTENDED)


_NATIONAL = ("4月22日上午，国家医保局会同公安部、国家卫生健康委召开2024年医保基金专项整治工作部署会。"
             "国家医保局局长蔺景澄出席会议并讲话，国家医保局副局长訾宏亮主持会议，公安部副部长邝家骏，"
             "国家卫生健康委副主任喻青禾分别发言。")


def test_round56_national_officials_speaking_at_a_national_meeting_attended_it():
    x = extract_text(_NATIONAL, published="2024-04-23")
    attended = {name for name, _ in edges(x, RelationKind.ATTENDED)}
    assert {"蔺景澄", "邝家骏", "喻青禾"} <= attended, attended


def test_round56_a_national_official_quoted_in_a_local_report_still_attends_nothing():
    x = extract_text("11月1日，市委召开常委会会议，传达学习全国安全生产电视电话会议精神。国家卫生健康委副主任喻青禾"
                     "在文章中强调，要守牢底线。市委书记乙某主持会议并讲话。", published="2024-11-02")
    assert not any(name == "喻青禾" for name, _ in edges(x, RelationKind.ATTENDED)), edges(x, RelationKind.ATTENDED)


def test_round56_a_year_led_name_gives_way_to_the_headline_s_scoped_one():
    x = extract_text("全国医保基金专项整治工作部署会召开\n" + _NATIONAL, published="2024-04-23")
    assert set(meeting_names(x).values()) == {"全国医保基金专项整治工作部署会"}, meeting_names(x)


@pytest.mark.parametrize("joint", ["续会——", "续会，即"])
def test_round56_a_follow_up_named_after_it_is_held_and_relays_the_meeting_before(joint):
    x = extract_text("5月8日上午，市医保基金监管工作领导小组召开2024年第一次会议。副市长耿志诚主持会议并讲话。\n"
                     f"会后随即召开{joint}全市定点医药机构警示教育大会。耿志诚出席并讲话，市中级人民法院副院长邰春阳"
                     "结合一起诈骗医保基金刑事案件以案释法。", published="2024-05-09")
    attended = edges(x, RelationKind.ATTENDED)
    assert {("耿志诚", "全市定点医药机构警示教育大会"), ("邰春阳", "全市定点医药机构警示教育大会")} <= attended, attended
    assert ("全市定点医药机构警示教育大会", "市医保基金监管工作领导小组2024年第一次会议") in edges(x, RelationKind.RELAYED)


@pytest.mark.parametrize("text, name", [
    ("泽掌镇召开第四次全国文物普查工作部署会\n昨天上午，泽掌镇召开第四次全国文物普查工作部署会，安排部署全镇工作。"
     "镇党委书记侯建斌主持会议并讲话。", "泽掌镇第四次全国文物普查工作部署会"),
    ("国务院召开第五次全国经济普查电视电话会议\n12月28日，国务院召开第五次全国经济普查电视电话会议。"
     "国务院副总理丁某某出席会议并讲话。", "第五次全国经济普查电视电话会议"),
])
def test_round56_a_census_s_ordinal_national_is_the_holder_s_meeting(text, name):
    x = extract_text(text, published="2024-05-21")
    assert name in meeting_names(x).values(), meeting_names(x)


def test_round56_强调_and_敬畏_after_总书记_are_no_names():
    x = extract_text("会议指出，习近平总书记强调，要敬畏历史、敬畏文化、敬畏生态，全面保护好历史文化遗产。"
                     "县委书记甲某主持会议。", published="2024-05-21")
    assert {o.name for o in x.officials} <= {"习近平", "甲某"}, [o.name for o in x.officials]


def test_round56_two_meetings_watched_before_are_neither_the_scene_and_a_census_group_keeps_its_place():
    x = extract_text("28日下午，在收听收看第五次全国经济普查电视电话会议和全省第五次全国经济普查电视电话会议后，"
                     "市第五次全国经济普查领导小组随即召开全体会议，传达学习全国、全省会议精神。"
                     "副市长、市经普领导小组组长庞岳主持会议并讲话。", published="2023-12-29")
    chaired = edges(x, RelationKind.CHAIRED)
    assert chaired == {("庞岳", "市第五次全国经济普查领导小组全体会议")}, chaired
    assert {source for _, source in edges(x, RelationKind.RELAYED)} == {
        "第五次全国经济普查电视电话会议", "全省第五次全国经济普查电视电话会议"}, edges(x, RelationKind.RELAYED)


@pytest.mark.parametrize("text, name", [
    ("6月3日，市政府召开常务会议，传达学习5月28日全省推进企业上市和并购重组工作会议精神。市长童某主持会议。",
     "全省推进企业上市和并购重组工作会议"),
    ("6月26日，市长司徒文渊主持召开十六届市政府第88次常务会议，传达学习省政府常务会议精神。",
     "十六届市政府第88次常务会议"),
])
def test_round56_names_read_whole(text, name):
    x = extract_text(text, published="2024-06-27")
    assert name in meeting_names(x).values(), meeting_names(x)


def test_round56_a_term_led_city_government_sitting_is_not_the_province_s_relayed_in_the_headline():
    x = extract_text("司徒文渊主持召开市政府常务会议\n传达学习国务院常务会议、省政府常务会议精神\n"
                     "6月26日，市长司徒文渊主持召开十六届市政府第88次常务会议，传达学习国务院常务会议、省政府常务会议精神。",
                     published="2024-06-27")
    assert edges(x, RelationKind.CHAIRED) == {("司徒文渊", "十六届市政府第88次常务会议")}, edges(x, RelationKind.CHAIRED)
    assert ("十六届市政府第88次常务会议", "省政府常务会议") in edges(x, RelationKind.RELAYED), edges(x, RelationKind.RELAYED)


def test_round56_a_relayed_follow_up_is_not_also_the_meeting_it_followed():
    x = extract_text("昨天上午，潭头镇召开党委扩大会议，传达学习全省职业教育推进会、市委常委会会议以及县推进会续会精神。"
                     "镇党委书记韩晓龙主持会议。", published="2024-11-19")
    sources = {source for _, source in edges(x, RelationKind.RELAYED)}
    assert "县推进会" not in sources and "县推进会续会" in sources, sources


def test_round56_a_special_meeting_studying_a_deployment_is_named_by_its_work():
    x = extract_text("6月24日上午，省长郑启航主持召开省政府常务会议。当天下午，郑启航随即主持召开专题会议，"
                     "研究落实常务会议关于稳外资工作的部署，听取省商务厅汇报。", published="2024-06-25")
    assert "稳外资工作专题会" in meeting_names(x).values(), meeting_names(x)


@pytest.mark.parametrize("line, name", [
    ("卞庄街道人大工委主任闵晓峰和部分县人大代表列席会议。", "闵晓峰"),
    ("市人社局局长温朝阳发布了全市技能人才需求清单，并解读了《激励办法》。", "温朝阳"),
])
def test_round56_officials_after_a_township_place_or_before_发布_attend(line, name):
    x = extract_text("6月27日上午，县人大常委会召开会议。县人大常委会主任颜廷玉主持会议。" + line, published="2024-06-27")
    assert name in {n for n, _ in edges(x, RelationKind.ATTENDED)}, edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("text, names", [
    ("6月12日晚，浙江省党政代表团与第一师阿拉尔市对口援疆工作座谈会结束后，指挥部随即召开党委会议。",
     {"浙江省党政代表团与第一师阿拉尔市对口援疆工作座谈会"}),
    ("7月3日，百色、崇左、防城港三市边境禁毒工作联席会议第五次会议在凭祥市召开。",
     {"百色崇左防城港三市边境禁毒工作联席会议第五次会议"}),
    ("双江镇召开党委会，传达学习区委常委会会议精神。镇党委书记甲某主持会议。", {"双江镇党委会", "区委常委会会议"}),
])
def test_round56_names_with_a_partner_counted_places_or_a_short_party_sitting(text, names):
    x = extract_text(text, published="2024-07-04")
    assert names <= set(meeting_names(x).values()), meeting_names(x)


@pytest.mark.parametrize("line", [
    "联席会议办公室设在市发展和改革局，负责联席会议日常工作。",
    "会议听取工作汇报，总结上次会议以来通道建设成效。",
    "各县（市、区）要在3月5日前将续会贯彻落实情况报市政府。",
])
def test_round56_a_duty_the_sitting_before_or_a_deadline_s_object_is_no_meeting(line):
    x = extract_text("3月1日，市政府召开常务会议。市长甲某主持会议。" + line, published="2024-03-01")
    assert set(meeting_names(x).values()) == {"市政府常务会议"}, meeting_names(x)
