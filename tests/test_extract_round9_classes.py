"""Round 9 extraction classes (found on two more sets written without sight of the code), one
row per class, each with short sentences written for the test."""
import pytest
from extraction_probe import check_meeting_names, edges, extract_text
from extraction_probe import meeting_names as names

from kg.ingest.boilerplate import strip_boilerplate
from kg.ingest.dates import date_from_page
from kg.records import RelationKind


def ex(text, published="2024-03-10", head="某某日报\n"):
    return extract_text(text, published, head)


# (class, text, meeting names that must be there, names that must not)
MEETINGS = [
    ("joined-speech-names",             # 在X会议和Y会议上的讲话: two names, neither holds 和
     "3月2日，县委书记甲某主持召开县委常委会会议，传达学习习近平总书记在中央外事工作委员会第二次会议"
     "和中央财经委员会第三次会议上的重要讲话精神。",
     {"中央外事工作委员会第二次会议", "中央财经委员会第三次会议"},
     {"中央外事工作委员会第二次会议和中央财经委员会第三次会议"}),
    ("organ-word-after-central",        # 中央全面依法治国委员会: 全面 is no verb here
     "3月2日，县委书记甲某主持召开县委常委会会议，传达学习中央全面依法治国委员会第三次会议精神。",
     {"中央全面依法治国委员会第三次会议"}, {"依法治国委员会第三次会议"}),
    ("presidium-sitting",               # 大会主席团举行第一次会议; 会议由大会主席团…主持
     "1月5日，县第九届人民代表大会第三次会议开幕。开幕前，大会主席团举行第一次会议。"
     "会议由大会主席团常务主席乙某主持。",
     {"大会主席团第一次会议"}, {"第一次会议", "会议由大会"}),
    ("format-and-organ-not-meetings",   # 以视频会议形式召开; 发挥X联席会议作用
     "3月2日，市政府召开全市燃气安全工作会议，会议以视频会议形式召开。会议要求，要发挥市燃气安全工作联席会议作用。",
     {"全市燃气安全工作会议"}, {"会议以视频会议", "要发挥市燃气安全工作联席会议"}),
]


@pytest.mark.parametrize("case, text, present, absent", MEETINGS, ids=[c[0] for c in MEETINGS])
def test_round9_meeting_classes(case, text, present, absent):
    check_meeting_names(ex(text), present, absent)


# (class, text, a name part that must be one meeting only)
ONE_MEETING = [
    ("municipality-city-level",         # a district's 市委 is its 直辖市's: one level, 市
     "重庆市江北区召开区委常委会会议 传达学习市委常委会会议精神\n"
     "3月1日，区委书记甲某主持召开区委常委会会议，传达学习2月27日重庆市委常委会会议精神。",
     "市委常委会会议"),
    ("central-short-organ",             # 中央深改委第五次会议 == 中央全面深化改革委员会第五次会议
     "3月2日，县委书记甲某主持召开县委常委会会议，传达学习中央全面深化改革委员会第五次会议精神。"
     "会议指出，中央深改委第五次会议为改革指明了方向。",
     "第五次会议"),
    ("plenum-short-form",               # 三中全会 after 二十届三中全会
     "8月2日，县委书记甲某主持召开县委常委会会议，传达学习党的二十届三中全会精神。会议要求，把三中全会精神落到实处。",
     "中全会"),
    ("plain-standing-sitting",          # 市政府常务会议 is the 市政府第十二次常务会议 of the report
     "3月4日，县长甲某主持召开县政府常务会议，传达学习市政府第十二次常务会议精神。"
     "会议传达了2月29日市政府常务会议有关要求。",
     "市政府"),
]


@pytest.mark.parametrize("case, text, part", ONE_MEETING, ids=[c[0] for c in ONE_MEETING])
def test_round9_one_meeting(case, text, part):
    found = [n for n in names(ex(text)).values() if part in n]
    assert len(found) == 1, found


def test_follow_up_joined_name_is_the_later_meeting():
    x = ex("我县召开全市防汛工作电视电话会议续会暨县防汛指挥部第一次全体会议\n"
           "3月6日，全市防汛工作电视电话会议召开。我县在县政府设分会场组织收听收看。"
           "会后，我县立即召开续会暨县防汛指挥部第一次全体会议，传达学习全市防汛工作电视电话会议精神。"
           "县长甲某主持续会并讲话。")
    found = set(names(x).values())
    assert not any("续会暨" in n for n in found), found
    relays = edges(x, RelationKind.RELAYED)
    assert any(a.endswith("第一次全体会议") and b.endswith("全市防汛工作电视电话会议") for a, b in relays), relays
    assert any(m.endswith("第一次全体会议") for _, m in edges(x, RelationKind.CHAIRED))


def test_meeting_held_next_written_as_scene():
    x = ex("3月12日，巡视组向县委反馈巡视情况。在随后召开的巡视反馈会议上，组长甲某传达了省委专题会议精神。"
           "县委书记乙某主持反馈会议。")
    assert ("甲某", "巡视反馈会议") in edges(x, RelationKind.ATTENDED) | edges(x, RelationKind.CHAIRED)
    assert ("巡视反馈会议", "省委专题会议") in {(a, b[-6:]) for a, b in edges(x, RelationKind.RELAYED)}


def test_same_name_meeting_relayed_is_another_meeting():
    x = ex("2月25日，市委书记甲某主持召开民营企业座谈会，深入学习贯彻习近平总书记在民营企业座谈会上的重要讲话精神。")
    assert len(x.meetings) == 2, names(x)
    assert len(edges(x, RelationKind.RELAYED)) == 1


def test_study_session_short_kind_is_current():
    x = ex("12月20日，市委理论学习中心组举行集体学习。学习会邀请某大学教授丙某作专题辅导。")
    assert len(x.meetings) == 1, names(x)


def test_speech_at_a_congress_plenum_is_attendance():
    x = ex("8月2日，县委书记甲某主持召开县委常委会会议，传达学习习近平总书记在二十届三中全会上的重要讲话精神。")
    assert any(n == "习近平" and "三中全会" in m for n, m in edges(x, RelationKind.ATTENDED))


@pytest.mark.parametrize("text, who", [
    ("巡视组组长宋立群向县委书记韩晓峰单独反馈了巡视情况。", "韩晓峰"),         # 单独 follows a name
    ("副县长邓志远结合分管工作作交流发言。", "邓志远"),                        # 结合 follows a name
    ("会议结束后，县长丁某接着主持召开防汛专题会议。", "丁某"),             # 接着 follows a name
], ids=["dandu", "jiehe", "jiezhe"])
def test_name_followers(text, who):
    x = ex("3月1日，县委召开县委常委会会议。" + text)
    assert who in {o.name for o in x.officials}, [o.name for o in x.officials]


def test_company_heads_are_not_officials():
    x = ex("2月25日，市委书记甲某主持召开座谈会。某某集团董事长乙某、某某有限公司总经理丙某先后发言。")
    assert not {"乙某", "丙某"} & {o.name for o in x.officials}


def test_chair_then_next_meeting_chaired():
    x = ex("5月8日，省长甲某主持召开省政府常务会议。常务会议结束后，甲某接着主持召开全省防汛专题会议。")
    assert ("甲某", "全省防汛专题会议") in edges(x, RelationKind.CHAIRED)


def test_policy_titles_short_names_and_counted_measures():
    x = ex("3月1日，县委召开县委常委会会议，审议《某县进一步促进民营经济发展的十条措施》(简称“民营经济十条”)，"
           "研究《某县推动设备更新和消费品以旧换新实施方案》。会议要求，抓紧落实以旧换新实施方案。")
    by_name = {p.name: p.aliases for p in x.policies}
    assert "某县进一步促进民营经济发展的十条措施" in by_name, by_name
    assert "民营经济十条" in by_name["某县进一步促进民营经济发展的十条措施"]
    assert "十条措施" not in by_name
    assert "以旧换新实施方案" not in by_name, by_name      # folded into the full title


@pytest.mark.parametrize("row", ["上一条:全县安全生产工作会议召开", "下一条:县政府召开常务会议"])
def test_next_and_previous_item_rows_are_furniture(row):
    text = "县委召开会议\n3月1日，县委书记甲某主持召开县委常委会会议。\n" + row + "\n"
    assert row not in strip_boilerplate(text)


@pytest.mark.parametrize("page, iso", [
    ("某区人民政府网 2024-03-05\n正文", "2024-03-05"),
    ("标题\n2024-05-09　来源：某某网　作者：某某\n正文", "2024-05-09"),
    ("他在2024-05-09召开会议，研究工作。", None),
])
def test_page_date_rows_with_furniture(page, iso):
    assert date_from_page(page) == iso


def test_at_that_meeting_is_the_subject_not_what_it_relays():
    x = ex("3月1日，县委书记甲某主持召开县委常委会会议，传达学习市委常委会会议精神。"
           "市委常委会会议对贯彻落实中央财经委员会第三次会议精神作出了部署，市委书记宋立群在会上强调要抓好落实。")
    assert any(p == "宋立群" and m.endswith("市委常委会会议") for p, m in edges(x, RelationKind.ATTENDED))
