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


# (case, the sentence, the official who reports to the meeting)
HEARD = [
    ("on-behalf", "会议听取了市委常委、秘书长陶然代表市委办公厅所作的汇报。", "陶然"),
    ("about-a-draft", "会议听取了省人大农业与农村委员会主任委员汤立军关于《黑土地保护条例（草案）》审议结果的报告。", "汤立军"),
]


@pytest.mark.parametrize("case, words, name", HEARD, ids=[c[0] for c in HEARD])
def test_round43_who_reports_to_a_meeting_attends_it(case, words, name):
    x = extract_text("3月12日，市委常委会召开会议。" + words + "市委书记王强主持会议。", published="2024-03-13")
    assert (name, "市委常委会会议") in edges(x, RelationKind.ATTENDED), edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("relayed", ["水利部三峡后续工作推进会", "全市移民后期扶持工作会议"])
def test_round43_follow_up_and_later_stage_work_stay_in_the_name(relayed):
    x = extract_text(f"4月6日，县委常委会召开会议，传达学习{relayed}精神。县委书记李明主持会议。", published="2024-04-07")
    assert any(m.name.endswith(relayed.removeprefix("水利部")) for m in x.meetings), [m.name for m in x.meetings]


def test_round43_a_committee_s_cyberspace_commission_short_and_long_is_one_meeting():
    x = extract_text("3月21日，浙江省委网络安全和信息化委员会会议在杭州召开。省委书记王明主持会议。\n"
                     "会议指出，省委网信委会议对全年工作作出部署。", published="2024-03-22")
    assert len(x.meetings) == 1, [m.name for m in x.meetings]


@pytest.mark.parametrize("text, name", [
    ("3月26日，市委网信办召开室务会，传达学习全省网信工作会议精神。市委网信办主任王明主持会议。", "室务会"),
    ("9月9日，2024年上海市网络安全宣传周启动仪式在徐汇举行。副市长王明出席启动仪式并致辞。", "网络安全宣传周启动仪式"),
])
def test_round43_an_office_s_sitting_and_an_opening_ceremony_are_meetings(text, name):
    x = extract_text(text, published="2024-09-10")
    held = [m for m in x.meetings if m.name.endswith(name)]
    assert len(held) == 1, [m.name for m in x.meetings]
    assert ("王明", held[0].name) in edges(x, RelationKind.ATTENDED) | edges(x, RelationKind.CHAIRED), edges(x, RelationKind.ATTENDED)


def test_round43_a_list_under_a_bar_marked_header_is_no_article():
    x = extract_text("6月13日上午，县委书记吴越主持召开县委常委会会议，研究我县贯彻落实举措。\n\n责编:毛 敏\n\n▎推荐阅读\n"
                     "淳安举行2024年全民健身系列活动启动仪式\n杭州市召开全市生态环境保护大会", published="2024-06-14")
    assert [m.name for m in x.meetings] == ["县委常委会会议"], [m.name for m in x.meetings]


def test_round43_hong_kong_businessmen_and_the_bay_area_place_no_report():
    from kg.extract.jurisdiction import infer
    text = ("4月19日上午，镇党委召开（扩大）会议，传达学习区委常委会会议精神。镇党委书记巫振华主持会议。"
            "在横沥投资的香港企业家彭浩然发言。要办好“湾区青年在横沥”活动，吸引香港青年和党员群众参与湾区建设。")
    region = infer(text)
    assert region.province != "香港特别行政区" and region.county != "湾区", region


def test_round43_a_management_committee_short_and_long_is_one_sitting():
    x = extract_text("3月28日，横琴粤澳深度合作区管委会第五次全体会议召开。执委会主任王明出席会议。\n"
                     "会议指出，合作区管理委员会第五次全体会议对全年工作作出部署。", published="2024-03-29")
    assert len(x.meetings) == 1, [m.name for m in x.meetings]


def test_round43_the_corps_committee_is_a_provincial_level_organ():
    x = extract_text("6月3日，兵团党委常委会召开扩大会议。兵团党委书记、政委聂承远主持会议。", published="2024-06-04")
    assert [b.name for b in x.bodies] == ["中共新疆生产建设兵团党委常委会"], [b.name for b in x.bodies]
    assert [m.jurisdiction for m in x.meetings] == ["新疆生产建设兵团"], [(m.name, m.jurisdiction) for m in x.meetings]


def test_round43_every_province_and_the_corps_is_no_one_body():
    x = extract_text("5月10日，全国社会工作部部长会议在北京召开。各省、自治区、直辖市和新疆生产建设兵团党委社会工作部"
                     "主要负责同志参加会议。", published="2024-05-11")
    assert not any("兵团" in b.name for b in x.bodies), [b.name for b in x.bodies]


def test_round43_a_title_studied_opens_the_held_meeting_s_name():
    x = extract_text("3月24日上午，网岭镇召开《信访工作条例》学习暨信访积案化解推进会，传达学习全省信访工作会议精神。"
                     "镇党委书记王明主持会议。", published="2024-03-25")
    held = [m for m in x.meetings if m.name.endswith("信访积案化解推进会")]
    assert len(held) == 1 and "信访工作条例" in held[0].name, [m.name for m in x.meetings]
    assert ("王明", held[0].name) in edges(x, RelationKind.CHAIRED), edges(x, RelationKind.CHAIRED)


def test_round43_a_conference_centre_is_no_meeting():
    x = extract_text("11月20日，2024上海网络文明大会在上海国际会议中心举行。副市长王明出席大会并致辞。", published="2024-11-21")
    assert [m.name for m in x.meetings] == ["2024上海网络文明大会"], [m.name for m in x.meetings]


def test_round43_a_joint_conference_s_plenary_is_one_name_and_its_members_none():
    x = extract_text("3月24日，网岭镇召开党委会议，传达学习全省信访工作联席会议全体会议精神和攸县信访工作联席会议扩大会议精神。"
                     "镇党委书记王明主持会议。会议以视频形式开到各村，各村信访工作联席会议成员在分会场参加会议。", published="2024-03-25")
    names = sorted(m.name for m in x.meetings)
    assert names == ["全省信访工作联席会议全体会议", "攸县信访工作联席会议扩大会议", "网岭镇党委会议"], names
    # (the organs' names were spans of their own, and joined the province's plenary as its aliases)
    aliases = {a for m in x.meetings for a in m.aliases}
    assert not aliases & {"攸县信访工作联席会议", "各村信访工作联席会议"}, aliases
