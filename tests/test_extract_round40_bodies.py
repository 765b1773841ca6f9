"""Round 40 (bodies): a department the lists do not name, written with a bare level word right
after a verb (听取市气象局汇报); a 地区's bare 地委 (地委宣传部) on a page that names its area
but does not place itself (its level word 地 is no level the region reads); 州政府 in a report
placed in a city (a partner province named more often) is no city's; a bare level word right
before another (，市县政府) is every county's organ, not one."""
import pytest

from extraction_probe import body_names


@pytest.mark.parametrize("text, present, absent", [
    ("海口市委召开会议。会议听取市气象局、市水务局汇报。", {"市气象局", "市水务局"}, set()),
    ("某县委召开会议。会议听取了县民宗局关于工作的汇报。", {"县民宗局"}, set()),
    # 全县发展大局 is no department: 全 is no verb
    ("某县委召开会议。要服务全县发展大局。", set(), {"县发展大局"}),
])
def test_department_after_verb(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present, absent", [
    ("喀什零距离\n地委宣传部召开部务会议。会议要求推动喀什地区宣传工作，按照地委部署抓落实。",
     {"中共喀什地委宣传部", "中共喀什地委"}, set()),
    # two areas named: the report does not say whose
    ("地委宣传部召开会议。喀什地区和阿克苏地区参加。", set(), {"中共喀什地委宣传部", "中共阿克苏地委宣传部"}),
])
def test_bare_area_committee_of_named_area(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present, absent", [
    ("某州人民政府\n州政府召开常务会议。在天津市东西部协作工作队的支持下，天津市东西部协作工作推进，推动产品进入天津市场。",
     {"州政府"}, {"天津市人民政府"}),
    ("甘孜州委召开会议。州政府要抓落实。", {"甘孜州人民政府"}, set()),
])
def test_prefecture_level_word_needs_a_prefecture(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present, absent", [
    ("山西省政府召开会议。要严格落实，市县政府主要负责同志要亲自抓。", {"山西省人民政府"}, {"县政府"}),
    ("湖南省政府召开会议，设分会场，县市区政府分管负责同志参加。", set(), {"区政府"}),
    # after a place's last character the level word is that place's organ (威县县委)
    ("威县县委召开会议。", {"县委"}, set()),
])
def test_level_pair_is_every_place(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found
