"""Round 61: another city's follow-up held (邯郸市随即召开续会 on a county-level city's page) is
not the page's own 全市 meeting; a township's site line (X区Y街道 before the menu), a county-level
city's paper (X日报) and a paper's row opening with the date (2024年04月11日 星期四 A02版) place and
date a report; 召开续会——X names the follow-up X, no second meeting; 第32次市政府常务会议 is the
市政府第32次常务会议; 副主任甲和乙 are both officials; an expert pool's 成员 is no official, nor
is 分组 after 镇领导 a name; a village (沿江村) before a post is no name, and 告诉 follows one;
创建全国文明城区 is the topic of a local meeting; X以视频会议形式在北京召开 makes X the meeting
told; 乙列席会议 after 甲出席常务会议 is at that sitting; the 作 of 工作 is no role verb; 并参加续会
reaches back to the follow-up held; 收听收看全省会议的还有甲 / 收听收看了省委召开的X / 代表我区在X上
作了交流发言 are at X; a bare head after a role noun (监督员关长海) starts a name."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.ingest.dates import date_from_page
from kg.records import RelationKind


def _attended(x) -> set[tuple[str, str]]:
    return edges(x, RelationKind.ATTENDED)


def test_round61_another_city_s_follow_up_is_not_the_page_s_own_meeting():
    x = extract_text("我市召开全市农业机械化推进会\n\n5月9日下午，我市组织收听收看全省农业机械化推进会。市委书记"
                     "甘立群等市领导在我市分会场收听收看会议。省会议结束后，保定市随即召开续会，我市继续在分会场收听收看。\n"
                     "5月10日上午，我市召开全市农业机械化推进会，传达学习全省会议和保定市续会精神。市长司空岳主持会议。",
                     published="2024-05-11", head="涿州市人民政府\n")
    assert len(x.meetings) == 3, meeting_names(x)
    own = next(m for m in x.meetings if m.name.endswith("全市农业机械化推进会"))
    assert (own.date, own.jurisdiction) == ("2024-05-10", "河北省涿州市"), own
    follow_up = next(m.name for m in x.meetings if m.name.endswith("续会"))
    assert (follow_up, "全省农业机械化推进会") in edges(x, RelationKind.RELAYED), edges(x, RelationKind.RELAYED)


@pytest.mark.parametrize("head, scope, place", [
    ("萧山区瓜沥镇　　网站首页　|　镇情概况　|　政务动态\n", "全区", "萧山区"),
    ("乐清日报　数字报\n", "全市", "乐清市"),
], ids=["township-site", "city-paper"])
def test_round61_the_site_line_places_the_report(head, scope, place):
    x = extract_text(f"3月25日，镇党委召开扩大会议，传达学习{scope}渔业安全生产推进会精神。镇党委书记闻人杰主持会议。",
                     published="2024-03-26", head=head)
    relayed = next(m for m in x.meetings if "渔业" in m.name)
    assert relayed.jurisdiction.endswith(place), relayed


@pytest.mark.parametrize("page, day", [
    ("乐清日报　数字报刊平台\n2024年04月11日　星期四　　A02版：要闻\n\n我市召开座谈会\n", "2024-04-11"),
    ("某某日报数字报\n2024年04月19日 星期五 第A2版:综合新闻 上一版 下一版 PDF下载\n\n标题\n", "2024-04-19"),
], ids=["page-without-di", "links-after"])
def test_round61_a_paper_row_opening_with_the_date_dates_the_page(page, day):
    assert date_from_page(page) == day


def test_round61_a_follow_up_named_after_a_dash_is_one_meeting():
    x = extract_text("3月19日上午，全省林长制工作推进会召开，区委书记邬向前等区领导在分会场收听收看。全省会议结束后，"
                     "我区随即召开续会——全区林长制工作推进会，传达学习全省会议精神。区长冷雪松主持续会。",
                     published="2024-03-20", head="湖州市吴兴区人民政府\n")
    assert len(meeting_names(x)) == 2, meeting_names(x)
    assert {n for n, _ in edges(x, RelationKind.CHAIRED)} == {"冷雪松"}


def test_round61_a_numbered_sitting_written_number_first_is_one_meeting():
    x = extract_text("市政府召开第18次常务会议\n\n6月3日，市长费明远主持召开第18次市政府常务会议，研究部署防汛工作。",
                     published="2024-06-04", head="义乌市人民政府\n")
    assert list(meeting_names(x).values()) == ["义乌市政府第18次常务会议"], meeting_names(x)


@pytest.mark.parametrize("text, names", [
    ("会上，镇党委委员、副镇长戚明和濮阳春分别就安全生产、环境整治作了部署。", ["戚明", "濮阳春"]),
    ("会上，大学教授、市交通安全专家库成员仲立言作交流发言。", []),
    ("会后，镇领导分组来到东岗村、西岗村开展督查。", []),
    ("会后，镇领导来到东岗村。东岗村党总支书记屠金宝告诉记者，村里已组织签订承诺书。", ["屠金宝"]),
    ("会上，消费维权义务监督员关长海结合亲身经历谈了感受。", []),
], ids=["joined-by-he", "expert-pool", "fenzu", "village", "role-noun-then-head"])
def test_round61_who_is_an_official(text, names):
    x = extract_text("5月8日，镇党委召开扩大会议。\n" + text, published="2024-05-09", head="如东县人民政府\n")
    assert [o.name for o in x.officials if o.posts] == names, [(o.name, o.posts) for o in x.officials]


def test_round61_contending_for_a_national_honour_is_a_local_meeting_s_topic():
    x = extract_text("4月8日，我区召开创建全国文明城区动员大会。区委书记濮存义出席并讲话，区长危志鹏主持。",
                     published="2024-04-09", head="重庆市大足区人民政府\n")
    assert list(meeting_names(x).values()) == ["大足区创建全国文明城区动员大会"], meeting_names(x)


def test_round61_a_meeting_held_in_a_form_somewhere_is_the_one_told():
    x = extract_text("1月18日，全国海关工作会议以视频会议形式在北京召开。海关总署署长贝承宇作工作报告。副省长居少华在"
                     "江苏分会场参加会议。\n当日下午，南京海关党委随即召开扩大会议，传达学习全国海关工作会议精神。关长"
                     "幸德明主持会议。", published="2024-01-19", head="南京海关\n")
    national = next(n for n in meeting_names(x).values() if n.startswith("全国"))
    assert {("贝承宇", national), ("居少华", national)} <= _attended(x), _attended(x)


def test_round61_a_bare_meeting_after_a_named_sitting_is_that_sitting():
    x = extract_text("4月21日，市长柴維康主持召开市政府第47次常务会议，研究防汛工作。\n会议结束后，柴維康随即主持召开"
                     "续会，专题听取水文站建设汇报。\n副市长晏东、秘书长訾明出席常务会议，市水利局局长华一舟列席会议。",
                     published="2024-04-22", head="亳州市人民政府\n")
    sitting = next(n for n in meeting_names(x).values() if n.endswith("常务会议"))
    assert ("华一舟", sitting) in _attended(x), _attended(x)


@pytest.mark.parametrize("text, who, meeting", [
    ("11月20日，国务院召开全国冬季专项行动电视电话会议。会后，省里随即召开全省冬季专项行动电视电话会议。"
     "副省长芮振华出席会议并讲话。\n芮振华及省冬季专项行动工作领导小组成员单位负责同志在分会场参加了全国会议。",
     "芮振华", "全国冬季专项行动电视电话会议"),
    ("4月16日，全省快递进村工作电视电话会议召开。在天水分会场收听收看全省会议的还有市公安局副局长仉涛、"
     "市商务局局长查冰等。", "查冰", "全省快递进村工作电视电话会议"),
    ("4月12日，市委召开全市警示教育大会。\n当天上午，市委书记段崇礼等市级领导在分会场收听收看了省委召开的全省警示"
     "教育大会。", "段崇礼", "全省警示教育大会"),
], ids=["gongzuo-is-no-verb", "watchers-listed", "held-by-before-the-name"])
def test_round61_present_at_the_meeting_named(text, who, meeting):
    x = extract_text(text, published="2024-11-21", head="河北省人民政府\n")
    assert any(n == who and m.endswith(meeting) for n, m in _attended(x)), _attended(x)


def test_round61_joining_the_follow_up_reaches_back_to_it():
    x = extract_text("4月19日下午，在收听收看全市生态环境保护推进会后，我县随即召开续会，传达学习全市推进会精神。"
                     "县委书记宓元主持会议。\n会议指出，要扛牢责任。\n宓元强调，要抓好整改。\n会议要求，各乡镇要落实。\n"
                     "副县长、县级河长罗兰芝等县领导在县分会场收听收看了市推进会，并参加续会。",
                     published="2024-04-20", head="叙永县人民政府\n")
    follow_up = next(n for n in meeting_names(x).values() if n.endswith("续会"))
    assert ("罗兰芝", follow_up) in _attended(x), _attended(x)


@pytest.mark.parametrize("text, who, meeting", [
    ("会议指出，3月18日，区长滕立言代表我区在市绿化委员会全体会议上作了交流发言。", "滕立言", "市绿化委员会全体会议"),
    ("会上，区委编办主任骆雪松逐条说明了方案修改情况。", "骆雪松", "区委常委会会议"),
], ids=["on-behalf-of", "explained"])
def test_round61_speaking_at_a_meeting(text, who, meeting):
    x = extract_text("3月20日，区委召开常委会会议。区委书记蒲天成主持会议。\n" + text,
                     published="2024-03-21", head="天水市麦积区人民政府\n")
    assert {m for n, m in _attended(x) if n == who} == {m for m in meeting_names(x).values() if m.endswith(meeting)}, \
        (_attended(x), meeting_names(x))
