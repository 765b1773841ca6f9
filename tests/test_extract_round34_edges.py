"""Round 34: mechanisms several writers exercise.

- A meeting named from a bare level word of an autonomous prefecture (我州召开续会, 州委常委会会议)
  carries the prefecture's short form (甘孜州续会), as its own reports and the gold write it.
- The manner written between a holder and its verb (州禁毒委以视频会议形式召开第二次全体会议)
  is no part of the meeting's name.
- 主持召开X会议和Y会议: both are held now, and chaired by the one chair.
- 相关信息 heads a related-articles list: meetings named there are not the report's.
"""
import pytest

from extraction_probe import edges, extract_text, meeting_names
from kg.records import RelationKind

HEAD = "某某日报\n\n{}\n\n"


@pytest.mark.parametrize("body,short,full", [
    ("5月22日，甘孜州委常委会召开会议。省委常委会会议结束后，我州随即召开续会，传达学习会议精神。"
     "州委书记张明远主持续会。", "甘孜州续会", "甘孜藏族自治州续会"),
    ("近日，凉山州委召开州委常委会会议，传达学习全省统战工作会议精神。州委书记李国华主持会议。",
     "凉山州委常委会会议", "凉山彝族自治州委常委会会议"),
])
def test_autonomous_prefecture_meeting_takes_short_form(body, short, full):
    names = set(meeting_names(extract_text(body, published="2024-05-23")).values())
    assert short in names, names
    assert not any(full in n for n in names), names


@pytest.mark.parametrize("body,name", [
    ("6月26日，州禁毒委员会以视频会议形式召开2024年第二次全体会议。会议由王海涛主持。",
     "禁毒委员会2024年第二次全体会议"),
    ("3月5日，市防汛抗旱指挥部以电视电话会议方式召开全体会议，部署防汛工作。",
     "防汛抗旱指挥部全体会议"),
])
def test_manner_between_holder_and_verb_is_not_in_the_name(body, name):
    names = set(meeting_names(extract_text(body, published="2024-06-27")).values())
    assert any(n.endswith(name) for n in names), names
    assert not any("形式" in n or "方式" in n for n in names), names


@pytest.mark.parametrize("body,chair,first,second,attendee", [
    ("昨天，市长宁海波主持召开市政府党组（扩大）会议和市政府第52次常务会议，传达学习中央经济工作会议精神。"
     "副市长刘晓东出席会议。", "宁海波", "党组(扩大)会议", "第52次常务会议", "刘晓东"),
    ("3日，县长陈立新主持召开县政府常务会议及全县防汛工作专题会议，研究部署防汛工作。"
     "副县长赵文华参加会议。", "陈立新", "县政府常务会议", "防汛工作专题会议", "赵文华"),
])
def test_two_meetings_one_verb_both_held_and_chaired(body, chair, first, second, attendee):
    x = extract_text(body, published="2024-12-20")
    chairs = edges(x, RelationKind.CHAIRED)
    for meeting in (first, second):
        assert any(o == chair and m.endswith(meeting) for o, m in chairs), chairs
    attended = edges(x, RelationKind.ATTENDED)
    assert any(o == attendee and m.endswith(second) for o, m in attended), attended


def test_related_information_list_names_no_meeting_of_the_report():
    body = ("近日，市长吴海平主持召开市政府第47次常务会议，传达学习全省林业工作会议精神。\n\n"
            "【关闭窗口】\n\n相关信息\n> 我市召开2025年林长制工作会议\n> 星村镇开展森林防火宣传活动\n")
    names = set(meeting_names(extract_text(body, published="2025-01-20")).values())
    assert any(n.endswith("第47次常务会议") for n in names), names
    assert not any("林长制" in n for n in names), names


@pytest.mark.parametrize("body,current,decided", [
    ("10日上午，市人大常委会第三十次主任会议举行。市人大常委会主任周建华主持。"
     "会议决定，市人大常委会第十二次会议10月21日至25日举行。副主任刘永生、陈思远出席会议。",
     "主任会议", "第十二次会议"),
    ("省人大常委会第四十次主任会议8日举行。主任杨光明主持。"
     "会议建议，省人大常委会第九次会议9月24日在福州召开。副主任林文华出席会议。",
     "主任会议", "第九次会议"),
])
def test_decided_sitting_is_not_the_meeting_attended(body, current, decided):
    attended = edges(extract_text(body, published="2024-10-10"), RelationKind.ATTENDED)
    assert attended and all(m.endswith(current) for _, m in attended), attended
    assert not any(m.endswith(decided) for _, m in attended), attended
