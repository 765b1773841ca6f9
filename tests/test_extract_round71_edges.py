"""Round 71: a named place's topic joined by 与 stays one meeting name (湖北省X执法与刑事司法衔接工作
联席会议); 会后，X随即召开 holds X right after the current meeting (its day, and it carries that one on);
省、州会议 in a county-level city's report names the prefecture's sitting, never the city's own;
前日 counts two days back; 及 and 与 end a name (镇人大主席吉克曲布及…, 省委书记甲与省长乙), but not
inside an organ's name (创新科技及工业局局长); 常务副州长 is a post; 甲牵头 / 乙负责 / 丙要牵头 end a
name; 省长甲出席全省X大会并讲话 tells of X held that day, with 甲 there."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind


def test_round71_a_place_s_topic_joined_by_yu_is_one_name():
    x = extract_text("5月16日，湖北省药品监管行政执法与刑事司法衔接工作联席会议第三次全体会议在武汉召开。"
                     "省药监局局长邹平主持会议。", published="2024-05-17")
    name = "湖北省药品监管行政执法与刑事司法衔接工作联席会议第三次全体会议"
    assert set(meeting_names(x).values()) == {name}
    assert ("邹平", name) in edges(x, RelationKind.CHAIRED)


def test_round71_a_meeting_held_at_once_after_the_current_one():
    x = extract_text("3月22日上午，市委书记祁远主持召开市委常委会会议，传达学习全国殡葬改革工作电视电话会议精神。"
                     "市委副书记、市长佘平出席会议。\n会后，全市殡葬改革工作电视电话会议随即召开。副市长佘平出席并讲话，"
                     "副市长何青主持。", published="2024-03-23")
    assert {m.name: m.date for m in x.meetings}["全市殡葬改革工作电视电话会议"] == "2024-03-22"
    assert ("全市殡葬改革工作电视电话会议", "市委常委会会议") in edges(x, RelationKind.RELAYED)
    assert ("何青", "全市殡葬改革工作电视电话会议") in edges(x, RelationKind.CHAIRED)


def test_round71_held_at_once_in_a_headline_after_an_event_relays_nothing():
    x = extract_text("全省一季度重大项目集中开工 省长甲某致辞\n全省重大项目推进电视电话会议随即召开\n\n"
                     "2月20日上午，全省一季度重大项目集中开工活动举行。会议传达了省委经济工作会议精神。",
                     published="2024-02-20", head="")
    assert not any(later == "全省重大项目推进电视电话会议" for later, _ in edges(x, RelationKind.RELAYED)), \
        edges(x, RelationKind.RELAYED)


def test_round71_the_prefecture_s_meeting_in_a_county_level_city_s_report():
    x = extract_text("市委常委会召开会议传达学习全省、全州口岸工作和边境管理工作会议精神\n会后随即召开市口岸工作领导小组会议\n\n"
                     "4月19日，市委常委会召开会议，传达学习4月16日全省口岸工作暨边境管理工作电视电话会议、"
                     "4月18日西双版纳州委常委会（扩大）会议精神。市委书记赵武主持会议。\n会议指出，要把省、州会议部署转化为具体清单。\n"
                     "会议结束后，随即召开市口岸工作领导小组会议，对市委常委会会议议定事项逐项分解。市长亓华主持会议。",
                     published="2024-04-20", head="景洪市人民政府门户网站\n")
    assert edges(x, RelationKind.RELAYED) == {
        ("景洪市委常委会会议", "全省口岸工作暨边境管理工作电视电话会议"), ("景洪市委常委会会议", "西双版纳州委常委会(扩大)会议"),
        ("景洪市口岸工作领导小组会议", "景洪市委常委会会议")}


@pytest.mark.parametrize("text, day", [
    ("前日，县委常委会召开会议，传达学习全市乡村振兴推进会精神。县委书记龙飞主持会议并讲话。", "2024-06-19"),
    ("节前日，县委常委会召开会议。县委书记龙飞主持会议。", None),
], ids=["two-days-back", "eve-of-a-holiday"])
def test_round71_qianri_is_the_day_before_yesterday(text, day):
    assert {m.name: m.date for m in extract_text(text, published="2024-06-21").meetings}["县委常委会会议"] == day


@pytest.mark.parametrize("text, present, absent", [
    ("3月5日，镇党委召开会议。镇人大主席吉克曲布及镇班子成员参加会议。", {"吉克曲布"}, set()),
    ("5月16日，全省生态环境保护大会召开。省委书记田力与省长马安共同出席。", {"田力", "马安"}, {"田力与"}),
    ("3月5日，粤港合作会议召开。出席会议的还有政制及内地事务局局长曾晓澄、创新科技及工业局局长温佩琳。",
     {"曾晓澄", "温佩琳"}, {"创新科技"}),
    ("3月5日，州委常委会召开会议。西双版纳州委常委、常务副州长岩罕章在分会场作交流发言。", {"岩罕章"}, set()),
    ("3月5日，区消防救援大队召开党委会议。区消防救援大队政治教导员刘志刚发言。", {"刘志刚"}, set()),
    ("3月5日，州政府召开常务会议。会议明确由州委常委、常务副州长石峻牵头，由副州长王小负责统筹。",
     {"石峻", "王小"}, {"石峻牵头"}),
    ("3月5日，区政府召开常务会议。副区长、区经普领导小组组长冷铮要牵头抓总。县领导小组成员单位主要负责同志参加会议。",
     {"冷铮"}, {"冷铮要", "单位主"}),
], ids=["ji-after-a-yi-name", "yu-between-two", "ji-inside-an-organ", "executive-deputy-prefect",
        "political-instructor", "put-in-charge", "duty-then-member-units"])
def test_round71_where_a_name_ends(text, present, absent):
    found = {o.name for o in extract_text(text, published="2024-03-06").officials}
    assert present <= found and not found & absent, found


def test_round71_an_official_attending_a_named_meeting_that_day():
    x = extract_text("5月16日，省长马安出席全省生态环境保护大会并讲话。副省长王力主持。", published="2024-05-17")
    assert {m.name: m.date for m in x.meetings}["全省生态环境保护大会"] == "2024-05-16"
    assert ("马安", "全省生态环境保护大会") in edges(x, RelationKind.ATTENDED)
    assert ("王力", "全省生态环境保护大会") in edges(x, RelationKind.CHAIRED)
