"""Round 23 classes (meetings and edges): general mechanisms, one table per class, with short
reports written for the test: a page stamp whose time runs on after 日 (2023年02月07日10:15);
a year written in a meeting's name (2024年X省科普联席会议 / X联席会议2024年全体会议), which is
no part of its identity; a subject below the tables' places and organs before 召开 (a town,
a court written short), which names the meeting; a meeting named as the subject of a relay
verb (会议指出，省委常委会会议传达学习X精神), which relays X itself; a county the tables lack
written before one of its towns (X县Y镇党委召开…), which is the report's place."""
import pytest
from extraction_probe import edges as _edges, extract_text, meeting_names

from kg.extract import extract, jurisdiction
from kg.ingest import make_report
from kg.ingest.dates import date_from_page
from kg.records import NodeKind, RelationKind
from kg.resolve import resolve


# (class, page head, publication date expected)
PAGE_STAMPS = [
    ("time-run-on-after-ri", "某某网 >> 某某频道\n\n标题\n\n2023年02月07日10:15  来源:某某日报\n", "2023-02-07"),
    ("time-after-a-space", "标题\n2023年2月7日 10:15 来源:某某日报\n", "2023-02-07"),
    ("numeric-date-still-closed", "标题\n2023-02-070 来源:某某日报\n", None),
]


@pytest.mark.parametrize("case, head, expected", PAGE_STAMPS, ids=[c[0] for c in PAGE_STAMPS])
def test_round23_page_stamp_with_time_run_on(case, head, expected):
    assert date_from_page(head + "正文。\n") == expected


def _meetings(reports: list[tuple[str, str]], fragment: str):
    corpus = resolve([extract(make_report(f"r{n}.txt", text, published=day))
                      for n, (day, text) in enumerate(reports)])
    return [n for n in corpus.nodes if n.kind is NodeKind.MEETING and fragment in n.label]


# (class, reports (published, text), a fragment of the meeting's label, nodes expected)
YEAR_IN_NAME_ACROSS = [
    ("year-before-the-scope",
     [("2024-04-08", "湖北省召开科普联席会议\n4月8日，2024年湖北省科普联席会议以视频形式召开。省长甲某某出席会议并讲话。"),
      ("2024-04-10", "省科协召开党组会议\n4月10日，湖北省科协召开党组会议，传达学习省科普联席会议精神。局长乙某某主持会议。")],
     "科普联席", 1),
    ("a-year-apart-is-no-match",
     [("2024-04-08", "湖北省召开科普联席会议\n4月8日，2024年湖北省科普联席会议以视频形式召开。省长甲某某出席会议并讲话。"),
      ("2024-06-20", "省科协召开党组会议\n6月20日，湖北省科协召开党组会议，传达学习省科普联席会议精神。局长乙某某主持会议。")],
     "科普联席", 2),
]


@pytest.mark.parametrize("case, reports, fragment, count", YEAR_IN_NAME_ACROSS,
                         ids=[c[0] for c in YEAR_IN_NAME_ACROSS])
def test_round23_year_in_a_name_across_reports(case, reports, fragment, count):
    assert len(_meetings(reports, fragment)) == count


# (class, text, a fragment, how many of the report's meetings hold it)
YEAR_IN_NAME_WITHIN = [
    ("joint-meeting-and-its-plenary-sitting",
     "全省安全生产工作联席会议召开\n5月6日，浙江省安全生产工作联席会议2024年全体会议以视频会议形式召开。"
     "副省长甲某某出席会议并讲话。", "联席会议", 1),
    ("another-organ-stays-apart",
     "全省安全生产工作联席会议召开\n5月6日，浙江省安全生产工作联席会议2024年全体会议以视频会议形式召开，"
     "传达学习全省防汛工作联席会议精神。副省长甲某某出席会议并讲话。", "联席会议", 2),
]


@pytest.mark.parametrize("case, text, fragment, count", YEAR_IN_NAME_WITHIN,
                         ids=[c[0] for c in YEAR_IN_NAME_WITHIN])
def test_round23_year_in_a_name_within_a_report(case, text, fragment, count):
    names = [n for n in meeting_names(extract_text(text, published="2024-05-07")).values() if fragment in n]
    assert len(names) == count, names


# (class, text, a name that must be made, names that must not)
SUBJECT_UNITS = [
    ("town-before-zhaokai",
     "5月6日，青石镇召开党委扩大会议，传达学习县委全会精神。镇党委书记甲某某主持会议。",
     "青石镇党委扩大会议", {"党委扩大会议"}),
    ("court-written-short",
     "3月12日，某州中院召开2024年第3次审判委员会会议，院长甲某某主持会议。",
     "某州中院2024年第3次审判委员会会议", {"2024年第3次审判委员会会议"}),
    ("street-committee",
     "6月3日，东湖街道工委召开社区养老服务推进会。街道工委书记甲某某主持会议。",
     "东湖街道工委社区养老服务推进会", {"社区养老服务推进会"}),
]


@pytest.mark.parametrize("case, text, made, absent", SUBJECT_UNITS, ids=[c[0] for c in SUBJECT_UNITS])
def test_round23_subject_unit_names_its_meeting(case, text, made, absent):
    found = set(meeting_names(extract_text(text, published="2024-06-04")).values())
    assert made in found, found
    assert not found & absent, found


def test_round23_plural_subject_names_nothing_of_its_own():
    text = "5月6日，学校召开党委常委会会议。会议要求，各学院党委将召开会议传达学习。校党委书记甲某某主持会议。"
    found = set(meeting_names(extract_text(text, published="2024-05-07")).values())
    assert not any(name.startswith("各学院") for name in found), found


# (class, text, relays expected (later, earlier) by name, relays that must not be made)
SUBJECT_RELAYS = [
    ("background-standing-committee-relays-a-national-meeting",
     "日前，省文物局党组召开会议，传达学习全国水利工作会议精神。局长甲某某主持会议。"
     "会议指出，5月21日，省委常委会会议传达学习全国水利工作会议精神，省委书记乙某某作出部署。",
     {("省委常委会会议", "全国水利工作会议")}, set()),
    ("adverbs-between-subject-and-verb",
     "6月28日，省委科技委员会召开全体会议。会议指出，6月25日召开的省委常委会会议已第一时间传达学习全国统计工作会议精神。",
     {("省委常委会会议", "全国统计工作会议")}, set()),
    ("a-meeting-implements-another",
     "近日，某省人民检察院召开党组会议，传达学习全国农垦局长会议精神。"
     "会议认为，全国农垦局长会议深入贯彻全国农垦工作会议部署，对检察工作作出系统安排。",
     {("全国农垦局长会议", "全国农垦工作会议")}, set()),
    ("a-list-is-no-subject",
     "5月6日，市委常委会召开会议，传达学习全国两会精神和全省经济工作会议精神。市委书记甲某某主持会议。",
     set(), {("全国两会", "全省经济工作会议")}),
]


@pytest.mark.parametrize("case, text, made, absent", SUBJECT_RELAYS, ids=[c[0] for c in SUBJECT_RELAYS])
def test_round23_a_named_meeting_relays_another(case, text, made, absent):
    found = _edges(extract_text(text, published="2024-06-29"), RelationKind.RELAYED)
    assert made <= found, found
    assert not found & absent, found


# (class, text, the county the report speaks for)
COUNTY_BEFORE_TOWN = [
    ("town-party-committee", "5月17日，青石县白沙镇党委召开会议，传达学习县委全会精神。镇党委书记甲某某主持会议。", "青石县"),
    ("town-holds-a-meeting", "5月17日，青石县白沙镇召开党政联席会议，传达学习县委经济工作会议精神。", "青石县"),
    ("a-visit-is-no-place-of-the-report",
     "5月17日，省委书记甲某某在青石县白沙镇调研，传达学习全省防汛工作会议精神。", None),
]


@pytest.mark.parametrize("case, text, county", COUNTY_BEFORE_TOWN, ids=[c[0] for c in COUNTY_BEFORE_TOWN])
def test_round23_county_written_before_its_town(case, text, county):
    assert jurisdiction.infer(text).county == county
