"""Round 58: a place written on a post carries to the bare posts after it (东阳市委常委、常务副市长);
a chair sits at a meeting of his own place when a province's meeting and a city's follow-up
are current together, and 在续会上 is the follow-up; county-level units created or renamed
since 2015 are placed; 全州 in a county-level city's report is its autonomous prefecture's;
市里调度会 is the city's 调度会 said in speech; provincial 厅 departments make posts; a post
opening with a department follows a field joined by 和, no name; 收听收看X，并参加Y puts the
watchers at Y too; a long Mongolian name may hold 和; an organ's sitting outranks a
headline's summing-up as a meeting's label."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.extract import resources as R
from kg.records import RelationKind


def _official(x, name):
    found = [o for o in x.officials if o.name == name]
    assert found, [o.name for o in x.officials]
    return found[0]


def test_round58_a_place_on_the_first_post_carries_to_the_bare_posts_after_it():
    x = extract_text("5月6日下午，全市外贸工作推进会召开。市长丙某某出席会议并讲话。\n"
                     "会上，东阳市委常委、常务副市长甲某某在东阳分会场作交流发言。",
                     published="2024-05-07", head="金华市人民政府\n")
    o = _official(x, "甲某某")
    assert o.posts == ("东阳市委常委", "东阳市常务副市长"), o.posts
    assert o.jurisdiction == "浙江省东阳市", o.jurisdiction


@pytest.mark.parametrize("text, chair, watcher", [
    ("4月18日上午，全省外贸工作推进会以视频形式召开。会后，市里随即召开续会，安排部署贯彻落实工作。"
     "市长甲某某出席并讲话，副市长乙某某主持。我县在县分会场参加会议。", "乙某某", None),
    ("4月18日上午，全省外贸工作推进会以视频形式召开。会后，市里随即召开续会，安排部署贯彻落实工作。"
     "副市长乙某某主持。县长丙某某在县分会场参加会议。\n甲某某市长在续会上要求，抓好落实。", "乙某某", "丙某某"),
], ids=["chair-only", "chair-and-watcher"])
def test_round58_a_chair_sits_at_the_meeting_of_his_own_place(text, chair, watcher):
    x = extract_text(text, published="2024-04-19", head="襄城县人民政府\n")
    chaired = edges(x, RelationKind.CHAIRED)
    follow_up = {m for m in meeting_names(x).values() if m.endswith("续会")}
    assert len(follow_up) == 1 and {m for n, m in chaired if n == chair} == follow_up, chaired
    attended = edges(x, RelationKind.ATTENDED)
    if watcher:     # a county watching both in one sitting is at both
        assert {m for n, m in attended if n == watcher} == {"全省外贸工作推进会", *follow_up}, attended


def test_round58_a_speech_at_the_follow_up_is_at_the_follow_up_alone():
    x = extract_text("4月18日上午，全省外贸工作推进会以视频形式召开。会后，许昌市随即召开续会，安排部署贯彻落实工作。"
                     "副市长乙某某主持。我县在县分会场参加会议。\n市长甲某某在续会上要求，抓好落实。",
                     published="2024-04-19", head="襄城县人民政府\n")
    attended = {m for n, m in edges(x, RelationKind.ATTENDED) if n == "甲某某"}
    assert len(attended) == 1 and attended.pop().endswith("续会"), edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("form, unit", [("临平区", ("临平区", "杭州市", "浙江省")),
                                        ("临安", ("临安区", "杭州市", "浙江省")),
                                        ("临安市", ("临安市", "杭州市", "浙江省"))])
def test_round58_a_unit_created_or_renamed_since_2015_is_listed(form, unit):
    assert R.counties()[form] == unit


def test_round58_a_new_district_s_report_places_its_organ():
    x = extract_text("4月24日上午，塘栖镇召开党委会议，传达学习区委常委会会议精神。镇党委书记甲某某主持会议。",
                     published="2024-04-25", head="杭州市临平区人民政府\n")
    assert "临平区委常委会会议" in set(meeting_names(x).values()), meeting_names(x)


def test_round58_a_whole_prefecture_meeting_in_a_county_level_city_s_report_is_the_prefecture_s():
    x = extract_text("3月15日，凯里市防火工作推进会召开。会议贯彻落实全州森林防灭火工作调度会精神。市长甲某某主持会议。",
                     published="2024-03-16", head="凯里市人民政府\n")
    placed = {m.name: m.jurisdiction for m in x.meetings}
    assert placed.get("全州森林防灭火工作调度会") == "贵州省黔东南苗族侗族自治州", placed


@pytest.mark.parametrize("said", ["市里调度会", "市上调度会"])
def test_round58_a_city_meeting_said_in_speech_is_the_one_named_before(said):
    x = extract_text(f"5月15日上午，我县召开养老保险扩面工作推进会，传达5月13日全市社会保险扩面工作调度会精神。县长甲某某主持会议。"
                     f"甲某某指出，各乡镇要按照{said}的要求，逐户核对。", published="2024-05-16")
    assert len(x.meetings) == 2, meeting_names(x)


def test_round58_a_provincial_department_makes_a_post():
    x = extract_text("4月10日，全国社保基金管理工作会议召开。会上，甘肃省文化和旅游厅厅长甲某某作交流发言。", published="2024-04-11")
    assert _official(x, "甲某某").posts == ("甘肃省文化和旅游厅厅长",)


def test_round58_a_post_opening_with_a_department_follows_a_field_joined_by_he():
    # (a guard: 科技局 became a department this round, and 农 of 农牧和 is a surname)
    x = extract_text("4月8日，全市春耕生产工作会议召开。会上，旗农牧和科技局局长额日乐在分会场汇报了推进情况。",
                     published="2024-04-09")
    assert "额日乐" in {o.name for o in x.officials}, [o.name for o in x.officials]


def test_round58_watchers_who_then_joined_the_county_meeting_attended_it():
    x = extract_text("4月18日下午，在收听收看全省社保基金监管工作会议后，我县随即召开全县社保基金监管工作会议。县长甲某某主持会议。\n"
                     "副县长乙某某在县分会场收听收看了全省会议，并参加全县会议。", published="2024-04-19")
    attended = {m for n, m in edges(x, RelationKind.ATTENDED) if n == "乙某某"}
    assert attended == {"全省社保基金监管工作会议", "全县社保基金监管工作会议"}, attended


def test_round58_a_long_mongolian_name_may_hold_he():
    x = extract_text("5月28日，全市荒漠化防治推进会召开。市委副书记、市长包和图雅主持会议。", published="2024-05-29")
    assert "包和图雅" in {o.name for o in x.officials}, [o.name for o in x.officials]


def test_round58_an_organ_s_sitting_outranks_a_headline_s_summing_up():
    x = extract_text("县委常委会召开会议 传达学习全国全省全市防沙治沙工作会议精神\n"
                     "6月12日，县委书记甲某某主持召开县委常委会会议，传达学习全国水土保持工作电视电话会议、"
                     "全省防沙治沙推进会及6月11日市委常委会会议精神。", published="2024-06-13")
    names = set(meeting_names(x).values())
    assert "市委常委会会议" in names and "全市防沙治沙工作会议" not in names, names


def test_round58_a_county_opening_the_next_item_of_a_list_is_no_name():
    x = extract_text("3月13日，市政府召开全市消费维权工作推进会。砀山县副县长柴文远、萧县副县长霍明宇等在县区分会场参加会议。",
                     published="2024-03-14")
    assert {o.name for o in x.officials} == {"柴文远", "霍明宇"}, [o.name for o in x.officials]


def test_round58_the_plan_for_a_meeting_is_no_meeting():
    x = extract_text("3月1日，省市场监管局召开局务会议。会议要求办公室细化会议方案，确保会议质量。局长甲某某主持会议。",
                     published="2024-03-02")
    assert not any("细化" in n for n in meeting_names(x).values()), meeting_names(x)


@pytest.mark.parametrize("short, full, expected", [
    ("消费者权益保护工作会", "消费者权益保护暨放心消费创建工作电视电话会", True),    # a joint meeting's first part
    ("防汛工作会", "防汛抗旱工作电视电话会", True),                              # the format left out
    ("烟草工作会", "烟草专卖市场监管暨打假打私工作视频会", False),                 # not the first part
    ("防汛工作视频会", "防汛抗旱工作电视电话会", False),                          # another format
])
def test_round58_short_forms_of_a_meeting_s_name(short, full, expected):
    from kg.extract.meeting_refs import short_form
    assert short_form(short, full) is expected


def test_round58_a_county_s_follow_up_of_one_meeting_is_also_named_after_its_topic():
    x = extract_text("3月14日，在收听收看全省公共法律服务工作电视电话会议后，我县随即召开续会，对贯彻落实作具体安排。"
                     "县长甲某某主持续会并讲话。", published="2024-03-15", head="三台县人民政府\n")
    follow_up = [m for m in x.meetings if m.name.endswith("续会")]
    assert len(follow_up) == 1 and "三台县公共法律服务工作续会" in (follow_up[0].name, *follow_up[0].aliases), follow_up


def test_round58_a_follow_up_of_an_organ_s_plenary_is_named_after_the_plenary():
    x = extract_text("4月9日，省食安委第十次全体会议召开。省上会议结束后，我市随即召开续会，传达贯彻省食安委全体会议精神。"
                     "市长甲某某出席并讲话。", published="2024-04-10", head="绵阳市人民政府\n")
    follow_up = [m for m in x.meetings if m.name.endswith("续会")]
    assert [m.name for m in follow_up] == ["绵阳市食安委全体会议续会"], [(m.name, m.aliases) for m in x.meetings]
