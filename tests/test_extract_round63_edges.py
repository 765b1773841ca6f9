"""Round 63: a speech relayed after the spirit and a comma (…精神，以及副省长甲的讲话) is cited;
甲、乙在X上的讲话 puts both at X; 13日召开的市推进会上，甲… is at that meeting; 国务院 before a
title is no name; 会议指出，X…，省长甲的讲话… is at X; 甲、乙随即主持召开X, 甲于5日下午主持召开X,
甲以…身份主持会议 and 甲随即赶赴…，并在…主持召开X chair; 会议决定，今天上午召开X plans X; a
county two cities have, written short after its municipality's short name on the site line
(北京朝阳官方网站), is that municipality's."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.extract import jurisdiction
from kg.records import RelationKind


def _at(x, who: str) -> set[str]:
    return {m for n, m in edges(x, RelationKind.ATTENDED) if n == who}


def test_round63_a_speech_relayed_after_a_comma_is_cited():
    x = extract_text("1月23日上午，市税务局召开党委扩大会议，传达学习全省税务工作会议精神，以及副省长欧阳振东的讲话"
                     "要求。局长晁立明主持会议并讲话。", published="2025-01-24", head="洛阳市人民政府\n")
    assert not _at(x, "欧阳振东") - {n for n in meeting_names(x).values() if n.startswith("全省")}, \
        edges(x, RelationKind.ATTENDED)


def test_round63_both_of_a_list_spoke_at_the_meeting_named():
    x = extract_text("6月12日，市规划局召开党组会议。局长把文杰主持会议。\n会议指出，市委书记蔺志远、市长喻和风在市规委会全体"
                     "会议上的讲话，对规划工作提出了明确要求。", published="2024-06-13", head="兰州市人民政府\n")
    plenary = next(n for n in meeting_names(x).values() if n.endswith("全体会议"))
    assert _at(x, "蔺志远") == _at(x, "喻和风") == {plenary}, edges(x, RelationKind.ATTENDED)


def test_round63_a_scene_dated_and_held_before_opens_the_sentence():
    x = extract_text("5月15日，镇党委召开扩大会议，传达学习全市安全生产推进会精神。镇党委书记聂伟主持会议。\n13日召开的"
                     "市推进会上，市长贝振邦对沿江镇安全工作提出了明确要求。", published="2024-05-16", head="无为市人民政府\n")
    assert _at(x, "贝振邦") and not any("镇" in m for m in _at(x, "贝振邦")), edges(x, RelationKind.ATTENDED)


def test_round63_the_state_council_before_a_title_is_no_name():
    x = extract_text("3月12日上午，全国妇女儿童工作电视电话会议召开。\n国务院副总理、国务院妇儿工委主任郗明哲在全国会议上"
                     "强调，要扎实推进妇女儿童事业。", published="2024-03-13", head="江苏省人民政府\n")
    assert "国务院" not in {o.name for o in x.officials}, [o.name for o in x.officials]


def test_round63_the_speech_of_the_meeting_the_sentence_opened_with():
    x = extract_text("4月10日，高新区党工委召开扩大会议，传达学习全省数字经济推进会精神。党工委书记邵岭主持会议。\n会议"
                     "指出，全省推进会对数字经济作出系统部署，省委副书记、省长岑望川的讲话站位高、要求实。",
                     published="2024-04-11", head="合肥市人民政府\n")
    assert _at(x, "岑望川") == {n for n in meeting_names(x).values() if n.startswith("全省")}, edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("text, chairs", [
    ("会后，省委书记韩立川、省长贺振江随即主持召开省疫情防控工作领导小组扩大会议，听取各市汇报。", {"韩立川", "贺振江"}),
    ("会前，省侨联主席司马瑞文于5日下午主持召开省侨联十二届五次常委会议。", {"司马瑞文"}),
    ("会后，市委金融委员会召开第一次会议，市委书记晏鸣以市委金融委员会主任身份主持会议并讲话。", {"晏鸣"}),
    ("会后，市委书记喻秋山随即赶赴修水县，实地检查隐患点，并在修水县主持召开防汛救灾现场调度会。", {"喻秋山"}),
], ids=["two-chairs", "yu-a-day", "capacity", "hurried-there"])
def test_round63_who_chairs(text, chairs):
    x = extract_text("3月18日，全省防汛工作电视电话会议召开。\n" + text, published="2024-03-19", head="九江市人民政府\n")
    assert {n for n, _ in edges(x, RelationKind.CHAIRED)} == chairs, edges(x, RelationKind.CHAIRED)


def test_round63_a_meeting_decided_for_today_is_not_yet_held():
    x = extract_text("昨天下午，市委书记蔺海川主持召开市委常委会会议，研究部署供暖保障工作。\n会议决定，今天上午召开全市"
                     "冬季供暖保障工作推进会。\n市委副书记、市长柯蔚明，市委常委冀少峰出席会议。",
                     published="2023-11-16", head="大同市人民政府\n")
    assert _at(x, "柯蔚明") == {n for n in meeting_names(x).values() if n.endswith("常委会会议")}, \
        edges(x, RelationKind.ATTENDED)


def test_round63_a_short_county_after_its_municipality_s_short_name_places_the_page():
    region = jurisdiction.infer("区委常委会召开扩大会议\n区委书记罗昶主持会议。", site="北京朝阳官方网站")
    assert (region.province, region.county) == ("北京市", "朝阳区"), region
