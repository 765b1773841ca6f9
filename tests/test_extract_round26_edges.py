"""Round 26 classes (meetings and edges): a vertically managed organ's branch (税务局, 统计局,
调查队 under 国家税务总局 / 国家统计局) as the report's own place and level, so its 全市
meetings and 续会 keep their place; the national agency's name heading a branch is not the
nation; a year written before an annual meeting's name (召开2024年全市X会议) does not hide
that the meeting is held, nor its day; a printed paper's date row (来源:X日报 2023年11月11日
第01版) dates the report; a meeting held 会后…随即 takes the day of the latest one held."""
import pytest
from extraction_probe import extract_text

from kg.extract.jurisdiction import infer
from kg.ingest.dates import date_from_page

# (case, page text, the report's region, the held meeting's jurisdiction)
BRANCH_PAGES = [
    ("city-bureau-calls-itself-shiju",
     "嘉兴市税务局\n全市税务工作会议召开\n3月4日，国家税务总局嘉兴市税务局召开全市税务工作会议。"
     "市局党委书记、局长王某某主持会议，市局领导赵某、钱某参加会议。",
     "浙江省嘉兴市", "浙江省嘉兴市"),
    ("bare-city-statistics-bureau-in-the-text",
     "绍兴市统计局党组理论学习中心组召开学习会\n3月4日，绍兴市统计局党组理论学习中心组召开学习会，"
     "传达学习全省统计工作会议精神。局党组书记、局长李某某主持会议，市统计局各处室主要负责人列席。",
     "浙江省绍兴市", None),
    ("county-level-city-bureau-holds-the-meeting",
     "江阴市税务局召开全市税务工作会议\n2月5日，江阴市税务局召开全市税务工作会议。"
     "市政府副市长孙某出席并讲话，市局党委书记、局长周某某主持会议。",
     "江阴市", "江阴市"),
]


@pytest.mark.parametrize("case, text, region, held", BRANCH_PAGES, ids=[c[0] for c in BRANCH_PAGES])
def test_round26_branch_organ_places_the_report(case, text, region, held):
    x = extract_text(text, head="")
    assert x.jurisdiction and x.jurisdiction.endswith(region), x.jurisdiction
    if held:
        reported = [m for m in x.meetings if m.reported]
        assert reported and all((m.jurisdiction or "").endswith(held) for m in reported), reported


# (case, text, the level word the report must not take for its own)
NOT_OWN_LEVEL = [
    ("listed-district-bureaus-are-not-the-report",
     "嘉兴市召开经济普查工作推进会\n3月4日，嘉兴市召开经济普查工作推进会。市委常委、副市长王某某出席。"
     "各区分管领导、区统计局主要负责同志参加会议。", "区"),
]


@pytest.mark.parametrize("case, text, wrong_end", NOT_OWN_LEVEL, ids=[c[0] for c in NOT_OWN_LEVEL])
def test_round26_listed_branches_do_not_lower_the_level(case, text, wrong_end):
    region = infer(text)
    assert region.name == "浙江省嘉兴市", region
    assert region.level == "市", region


# (case, text, meeting name fragment, its day, its jurisdiction must not be)
NATIONAL_HEAD = [
    ("tax-branch-under-national-administration",
     "2024年1月22日，国家税务总局浙江省税务局召开2024年全省税务工作会议。省局党委书记、局长王某某作工作报告。",
     "税务工作会议", "2024-01-22", "全国"),
    ("statistics-team-under-national-bureau",
     "2024年2月2日，国家统计局嘉兴调查队召开全队工作会议。队党组书记、队长李某某主持会议。",
     "工作会议", "2024-02-02", "全国"),
    ("year-with-du-before-the-name",
     "2024年1月10日，绍兴市召开2023年度全市经济运行分析会，市长赵某某出席并讲话。",
     "经济运行分析会", "2024-01-10", "全国"),
]


@pytest.mark.parametrize("case, text, fragment, day, not_scope", NATIONAL_HEAD, ids=[c[0] for c in NATIONAL_HEAD])
def test_round26_branch_meeting_keeps_its_day_and_scope(case, text, fragment, day, not_scope):
    x = extract_text(text)
    found = [m for m in x.meetings if fragment in m.name]
    assert found, [m.name for m in x.meetings]
    assert found[0].date == day, found
    assert found[0].jurisdiction != not_scope, found
    assert "国家" not in found[0].name, found


# (case, page rows, publication date): a printed paper's date row names the paper before the date
PRINTED_ROWS = [
    ("source-label-then-paper-and-page",
     "标题\n\n来源:某州日报 2023年11月11日 第01版     作者:某某\n\n正文。", "2023-11-11"),
    ("e-edition-masthead-with-weekday",
     "某市日报数字版   2025年07月16日  星期三   第02版:要闻\n\n正文。", "2025-07-16"),
    ("short-date-label-before-the-source",
     "标题\n\n发布日期:01-20    来源:某城晚报 2024年1月20日 第A01版    浏览量:5\n\n正文。", "2024-01-20"),
    ("source-label-of-an-organ",
     "标题\n\n来源:团某市委 2025年3月5日    阅读量:2317\n\n正文。", "2025-03-05"),
    ("a-sentence-date-is-no-stamp",
     "标题\n\n2024年6月20日,市长某某主持召开专题会议。\n", None),
]


@pytest.mark.parametrize("case, text, published", PRINTED_ROWS, ids=[c[0] for c in PRINTED_ROWS])
def test_round26_printed_page_rows_date_the_report(case, text, published):
    assert date_from_page(text) == published


FOLLOWING_DAY = [
    ("held-right-after-the-closing-sitting",
     "为期4天的某市第九届人民代表大会第二次会议于16日开幕。19日上午，大会举行第三次全体会议，选举产生市长。"
     "此前，18日下午，大会主席团举行第三次会议。闭幕会后，市长王某某随即主持召开市政府第5次常务会议，"
     "传达学习大会精神。", "2024-01-20", "常务会议", "2024-01-19"),
]


@pytest.mark.parametrize("case, text, published, fragment, day", FOLLOWING_DAY, ids=[c[0] for c in FOLLOWING_DAY])
def test_round26_meeting_held_right_after_takes_that_day(case, text, published, fragment, day):
    x = extract_text(text, published=published)
    found = [m for m in x.meetings if m.name.endswith(fragment)]
    assert found and found[0].date == day, [(m.name, m.date) for m in x.meetings]
