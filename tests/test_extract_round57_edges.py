"""Round 57: a meeting that prepares, presses or checks (筹备会, 督办会, 验收会) is named; an
organ's sitting written short (列席常委会会议) is the one named before, not the follow-up now
current; 峨眉山市 is no 眉山市; 已 after a name is an adverb; 州委 in a county-level city's report
is its autonomous prefecture's; a headline's name and its short form in the body fold into the
full name; a holder's (以下简称X) and a national title (全国X示范州) leave a local organ's sitting
local; 作为X续会 says what a meeting serves as; a draft 提交X会议审议 names a meeting to come; a
headline's 我省随即召开Y makes Y the meeting its next line's roles are at."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind


@pytest.mark.parametrize("kind", ["筹备会", "督办会", "验收会", "收心会"])
def test_round57_a_meeting_named_for_preparing_pressing_or_checking_is_held(kind):
    x = extract_text(f"6月3日上午，青石镇召开龙舟赛{kind}。镇党委书记甲某某主持会议并讲话。", published="2024-06-04")
    assert set(meeting_names(x).values()) == {f"青石镇龙舟赛{kind}"}, meeting_names(x)
    assert ("甲某某", f"青石镇龙舟赛{kind}") in edges(x, RelationKind.CHAIRED)


def test_round57_a_standing_committee_sitting_written_short_is_the_one_named_before():
    x = extract_text("3月5日，市委常委会召开会议，传达学习全省春耕生产工作会议精神。市委书记甲某某主持会议。\n"
                     "市委常委会会议结束后，随即召开全市春耕生产工作续会。市长乙某某作具体部署。\n"
                     "市人大常委会主任丙某某列席常委会会议。", published="2024-03-06")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("丙某某", "市委常委会会议") in attended, attended
    assert ("丙某某", "全市春耕生产工作续会") not in attended, attended


def test_round57_a_county_level_city_ending_in_a_prefecture_s_name_is_not_that_prefecture():
    x = extract_text("4月2日，罗目镇召开会议，传达学习峨眉山市文明城市创建工作领导小组会议精神。镇长甲某某主持会议。",
                     published="2024-04-03")
    assert all("眉山市" not in b.name or "峨眉山市" in b.name for b in x.bodies), [b.name for b in x.bodies]


def test_round57_an_adverb_after_a_name_is_not_part_of_it():
    x = extract_text("5月9日，县委书记甲某主持召开县委常委会会议。县长韦宁已在县分会场参加了市领导小组全体会议。",
                     published="2024-05-10")
    assert "韦宁" in {o.name for o in x.officials}, [o.name for o in x.officials]


def test_round57_a_prefecture_s_organ_in_a_county_level_city_s_report_is_the_prefecture_s():
    x = extract_text("4月22日，都匀市委常委会召开会议，传达学习州委民族工作领导小组会议精神。市委书记甲某某主持会议。", head="都匀市人民政府\n",
                     published="2024-04-23")
    names = set(meeting_names(x).values())
    assert "黔南州委民族工作领导小组会议" in names, names
    assert "都匀市委常委会会议" in names, names


def test_round57_a_headline_s_name_and_its_short_form_fold_into_the_full_name():
    x = extract_text("州委统战工作领导小组召开会议\n传达学习全省统一战线工作推进会精神\n"
                     "4月18日上午，在收听收看全省统一战线工作推进电视电话会议后，州委书记甲某某随即主持召开"
                     "州委统战工作领导小组会议，传达学习全省会议精神。\n甲某某指出，省推进会作出全面部署。",
                     published="2024-04-19")
    assert "全省统一战线工作推进会" not in set(meeting_names(x).values()), meeting_names(x)


def test_round57_a_local_organ_s_sitting_on_a_national_title_stays_local():
    x = extract_text("4月25日，州委民族工作领导小组办公室（以下简称州民族工作办）召开全国民族团结进步示范州创建迎检"
                     "工作调度会。州民族工作办主任甲某某主持会议。", published="2024-04-26")
    held = [m for m in x.meetings if "迎检" in m.name]
    assert held and all(m.jurisdiction != "全国" for m in held), [(m.name, m.jurisdiction) for m in held]


def test_round57_a_ministry_holding_a_national_meeting_is_no_city():
    x = extract_text("3月12日，市场监管总局召开全国特种设备安全监管工作电视电话会议。总局副局长甲某某出席并讲话。",
                     published="2024-03-13")
    assert [m.jurisdiction for m in x.meetings] == ["全国"], [(m.name, m.jurisdiction) for m in x.meetings]


def test_round57_what_a_meeting_serves_as_is_no_meeting_of_its_own():
    x = extract_text("5月27日，县委常委会召开会议。会后，随即召开县中医药产业发展领导小组（扩大）会议，作为常委会续会，"
                     "对重点工作进行具体安排。县长甲某某主持续会并讲话。", published="2024-05-28")
    assert not any(n.startswith("作为") for n in meeting_names(x).values()), meeting_names(x)


def test_round57_a_draft_to_go_before_a_meeting_names_no_meeting_held():
    x = extract_text("5月21日，省卫生健康委召开党组会议。委党组书记甲某某主持会议并讲话。甲某某强调，要牵头起草行动方案，"
                     "争取本月底前提交领导小组会议审议。", published="2024-05-22")
    assert "领导小组会议" not in set(meeting_names(x).values()), meeting_names(x)


def test_round57_a_headline_s_meeting_held_at_once_after_another_is_its_next_line_s():
    x = extract_text("全国春季农业生产工作电视电话会议召开 我省随即召开全省推进会议\n乙某某出席并讲话 丙某某主持\n"
                     "5月20日下午，国务院召开全国春季农业生产工作电视电话会议。我省在省政府设分会场收听收看。\n"
                     "全国会议结束后，我省随即召开全省春季农业生产推进会议。省长乙某某出席并讲话，副省长丙某某主持。",
                     published="2024-05-21")
    assert ("丙某某", "全国春季农业生产工作电视电话会议") not in edges(x, RelationKind.CHAIRED), edges(x, RelationKind.CHAIRED)
    assert ("丙某某", "全省春季农业生产推进会议") in edges(x, RelationKind.CHAIRED), edges(x, RelationKind.CHAIRED)
