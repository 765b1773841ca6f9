"""Round 47: a county whose name is one character and 县 keeps its 县 before 委 (蔚县县委常委会
会议, not 蔚县委常委会会议); a meeting name that starts with the report's own county and its
organ (于都县委常委会(扩大)会议) is scoped to that county, so a headline's 县委常委会会议 and the
body's full name are one meeting."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind


@pytest.mark.parametrize("page, place", [("蔚县人民政府", "蔚县县委"), ("沛县人民政府", "沛县县委"),
                                         ("于都县人民政府", "于都县委")])
def test_round47_a_county_s_committee_meeting_carries_its_name_as_written(page, place):
    x = extract_text(f"{page}\n县委常委会召开会议 研究冬季供暖工作\n11月10日上午，县委书记訾宏远主持召开"
                     "县委常委会会议，传达学习全省冬季供暖保障工作电视电话会议精神。", published="2023-11-11", head="")
    chaired = edges(x, RelationKind.CHAIRED)
    assert ("訾宏远", f"{place}常委会会议") in chaired, chaired


@pytest.mark.parametrize("county, town", [("于都县", "罗坳镇"), ("蔚县", "暖泉镇")])
def test_round47_a_headline_s_short_name_and_the_county_s_full_one_are_one_meeting(county, town):
    x = extract_text(f"{county}人民政府\n{town}召开党委扩大会议 传达学习县委常委会会议精神\n11月13日，{town}"
                     f"召开党委扩大会议，传达学习{county}{'县' * (len(county) == 2)}委常委会（扩大）会议精神。"
                     f"镇党委书记岑晓光主持会议。", published="2023-11-14", head="")
    relayed = edges(x, RelationKind.RELAYED)
    assert len(relayed) == 1, relayed
    names = set(meeting_names(x).values())
    assert not any(n.startswith("县委") for n in names), names


def test_round47_a_county_s_government_meeting_is_scoped_to_it_too():
    x = extract_text("于都县人民政府\n11月13日，罗坳镇召开党委扩大会议，传达学习于都县政府第十二次常务会议精神。",
                     published="2023-11-14", head="")
    relayed = edges(x, RelationKind.RELAYED)
    assert ("罗坳镇党委扩大会议", "于都县政府第十二次常务会议") in relayed, relayed


@pytest.mark.parametrize("short, full", [
    ("省委编委会议", "省委机构编制委员会2024年第一次会议"),
    ("省委深改委会议", "省委全面深化改革委员会2024年第一次会议"),
])
def test_round47_a_headline_s_short_committee_name_is_the_body_s_numbered_sitting(short, full):
    x = extract_text(f"市委常委会召开会议 传达学习{short}精神\n3月18日上午，市委书记焦振华主持召开市委常委会"
                     f"会议，传达学习{full}精神。会议指出，{short}作出的部署政治性很强。", published="2024-03-19")
    relayed = edges(x, RelationKind.RELAYED)
    assert len(relayed) == 1, relayed


@pytest.mark.parametrize("name, core", [
    ("省委编委会议", "委机构编制委员会会"), ("中央深改委第四次会议", "全面深化改革委员会第四次会"),
    ("市委政法委员会全体会议", "委政法委员会全体会"), ("省委编办主任会议", "委编办主任会"),
])
def test_round47_committee_short_forms_compare_as_their_full_forms(name, core):
    from kg.extract.name_scope import core as core_of, split_scope
    assert core_of(split_scope(name)[1]) == core


def test_round47_a_working_commission_s_short_and_full_names_are_one_meeting_across_reports():
    from kg.extract import extract
    from kg.ingest import make_report
    from kg.records import NodeKind
    from kg.resolve import resolve
    texts = ("安徽省政府妇儿工委全体会议召开\n3月19日，安徽省政府妇儿工委全体会议在合肥召开。副省长柯慧敏出席会议并讲话。",
             "省政府妇女儿童工作委员会召开全体会议\n3月19日，安徽省政府妇女儿童工作委员会全体会议在合肥召开。"
             "副省长柯慧敏主持会议。")
    corpus = resolve([extract(make_report(f"r{i}.txt", t, published="2024-03-20")) for i, t in enumerate(texts)])
    meetings = [n for n in corpus.nodes if n.kind is NodeKind.MEETING]
    assert len(meetings) == 1, [(n.label, n.key) for n in meetings]


@pytest.mark.parametrize("page, day", [
    ("四川日报数字报  2024年03月21日  星期四\n第01版：要闻\n", "2024-03-20"),   # a paper's masthead row
    ("", None),         # no page date: 昨天 says no day, and the relayed meeting's is not its
])
def test_round47_yesterday_counts_from_a_masthead_s_date_or_gives_no_day(page, day):
    x = extract_text(f"{page}省政府召开第46次常务会议\n本报讯（记者 曾洁）昨天，省长戴明舟主持召开省政府第46次常务会议，"
                     "传达学习3月19日全国防震减灾工作电视电话会议精神。", head="")
    held = [m for m in x.meetings if "常务会议" in m.name]
    assert [m.date for m in held] == [day], [(m.name, m.date) for m in x.meetings]


@pytest.mark.parametrize("text, published", [
    ("四川日报数字报  2024年03月21日  星期四\n第01版：要闻\n\n正文。", "2024-03-21"),
    ("某市日报  2024年5月8日\n\n正文。", "2024-05-08"),
    ("冠县人民政府 欢迎您！ 2024年10月9日 星期三\n\n正文。", None),    # the day the page was seen
])
def test_round47_a_paper_s_masthead_row_with_its_weekday_dates_the_report(text, published):
    from kg.ingest.dates import date_from_page
    assert date_from_page(text) == published


@pytest.mark.parametrize("posts, expected", [
    ("省委书记、省委科技委员会主任", ("四川省委书记", "四川省委科技委员会主任")),
    ("省委书记、省委全面深化改革委员会主任", ("四川省委书记", "四川省委全面深化改革委员会主任")),
    ("省委书记、省科技领导小组组长", ("四川省委书记", "四川省科技领导小组组长")),
    ("省委常委、省委办公厅主任", ("四川省委常委", "四川省委办公厅主任")),
])
def test_round47_a_committee_s_post_after_another_keeps_both(posts, expected):
    x = extract_text(f"四川省召开全省科技创新大会\n7月5日，全省科技创新大会在成都召开。{posts}梁仲谦出席并讲话。",
                     published="2024-07-06")
    assert [o.posts for o in x.officials] == [expected]


def test_round47_a_place_name_ending_in_a_level_word_starts_no_commission_post():
    x = extract_text("6月18日，峨眉山市委常委会召开扩大会议。峨眉山风景名胜区管理委员会主任但立平应邀列席会议并发言。",
                     published="2024-06-19")
    assert "但立平" in {o.name for o in x.officials}


def test_round47_a_group_s_numbered_sitting_takes_the_chair_s_group_not_his_committee():
    x = extract_text("9月15日，市委书记、市生态环境保护督察整改工作领导小组组长刘振华主持召开领导小组第三次会议，"
                     "传达学习9月10日全省生态环境保护督察整改工作推进会精神。", published="2023-09-16")
    names = set(meeting_names(x).values())
    assert any(n.endswith("市生态环境保护督察整改工作领导小组第三次会议") for n in names), names
    assert not any("市委领导小组" in n for n in names), names


@pytest.mark.parametrize("canonical, merged", [
    ("浙江省政府残疾人工作委员会", True), ("浙江省人民政府残疾人工作委员会", True),
    ("浙江省残疾人工作委员会", True), ("浙江省政府办公厅", False), ("浙江省政府残疾人工作委员会办公室", False),
])
def test_round47_a_government_s_working_commission_is_one_body_with_or_without_it(canonical, merged):
    from kg.resolve import keys
    same = keys.body(canonical, "浙江省", "r1") == keys.body("浙江省残疾人工作委员会", "浙江省", "r2")
    assert same is merged


@pytest.mark.parametrize("text", ["与会人员先后来到随官屯镇驻地社区红白理事会议事厅、镇农村公益性公墓实地察看。",
                                  "会议审议了《村红白理事会议事规则》。"])
def test_round47_a_council_s_meeting_hall_or_rules_are_no_meeting(text):
    x = extract_text("4月2日，全县红白理事会规范化建设现场推进会召开。" + text, published="2024-04-03")
    assert not any("理事会议" in n for n in meeting_names(x).values()), meeting_names(x)


@pytest.mark.parametrize("item, official", [
    ("种粮大户李长顺", None), ("村民李长顺", None),
    ("敖登格日勒", "敖登格日勒"), ("额尔敦毕力格", "额尔敦毕力格"),     # Mongolian names are no such words
])
def test_round47_a_word_for_who_one_is_before_a_name_is_no_long_name(item, official):
    x = extract_text(f"6月6日上午，镇党委书记甄少华主持召开镇党委会议。会上，村党支部书记刘庆丰、{item}作表态发言。",
                     published="2024-06-07")
    names = {o.name for o in x.officials}
    assert "刘庆丰" in names and (official in names if official else not names & {item}), names
