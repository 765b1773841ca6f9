"""A township's page (赫章县野马川镇人民政府 on its first line, or a breadcrumb the boilerplate
drops: Report.site) is placed in its county even when its words name a city level (市委常委会)
and a partner city more often, and a city's own site in that city (not a news site named like
one: 新民网 is no page of 新民市); 省、市、县三级会议 points
back at the meetings the report names and is no meeting of its own
(kg/data/meeting_back_references.txt)."""
import pytest
from extraction_probe import extract_text, meeting_names

TOWNSHIP = ("4月18日，镇党委书记甲某主持召开镇党委会议，传达学习全省农村工作会议和市委常委会会议精神。"
            "会议要求用好广州市东西部协作帮扶项目，广州市挂职干部参加会议。")


@pytest.mark.parametrize("first,present,absent", [
    ("赫章县野马川镇人民政府", "毕节市委常委会会议", "广州市委常委会会议"),
    ("赫章县人民政府", "毕节市委常委会会议", "广州市委常委会会议"),
    ("赫章县人民政府 > 乡镇动态 > 野马川镇", "毕节市委常委会会议", "广州市委常委会会议"),
])
def test_a_township_page_is_placed_in_its_county(first, present, absent):
    found = set(meeting_names(extract_text(TOWNSHIP, published="2022-04-19", head=first + "\n")).values())
    assert present in found and absent not in found, found


@pytest.mark.parametrize("text,absent", [
    ("4月18日，镇党委召开会议，传达学习全省农村工作会议精神。会议指出，省、市、县三级会议对帮扶工作提出了要求。", "三级会议"),
    ("4月18日，镇党委召开会议。会议指出，省、市两级会议对帮扶工作提出了要求。", "两级会议"),
])
def test_several_levels_meetings_name_no_meeting_of_their_own(text, absent):
    found = set(meeting_names(extract_text(text, published="2022-04-19")).values())
    assert not any(absent in name for name in found), found


def test_several_levels_meetings_still_join_the_named_ones():
    x = extract_text("3月12日下午，全省春耕生产视频调度会召开。省会结束后，佳木斯市随即召开全市春耕生产调度会议。"
                     "我市在分会场组织收听收看了省、市两级会议，市委书记甲某参加会议。", published="2025-03-13")
    assert {m.name: m.aliases for m in x.meetings} == {
        "全省春耕生产视频调度会": ("省两级会议",), "全市春耕生产调度会议": ("市两级会议",)}


@pytest.mark.parametrize("first,present,absent", [
    ("瑞安市人民政府门户网站    无障碍浏览    长者模式", "瑞安市委常委会会议", "温州市委常委会会议"),
    ("新民网 >> 上海新闻 >> 时政", "温州市委常委会会议", "新民市委常委会会议"),
])
def test_a_city_site_places_its_report_and_a_news_site_does_not(first, present, absent):
    text = ("2月14日，市委书记甲某主持召开市委常委会会议，传达学习温州市委常委会扩大会议精神。"
            "会议指出，要扛起温州市委赋予的使命任务。")
    found = set(meeting_names(extract_text(text, published="2025-02-15", head=first + "\n")).values())
    assert present in found and absent not in found, found
