"""A page stamp that leaves the year out (发布时间:05-17 10:22) still dates the report to a
month and day: 昨天 and 19日 count from it, nothing invents a year, and the graph types it
xsd:gMonthDay, which the shapes accept."""
import pytest
from rdflib import XSD

from extraction_probe import extract_text
from kg.extract.dates import Anchor, find
from kg.graph.rdf import to_rdf
from kg.graph.validate import validate
from kg.graph.vocab import KG
from kg.ingest import make_report
from kg.ingest.dates import month_day_from_page
from kg.resolve import resolve


@pytest.mark.parametrize("page, expected", [
    ("发布时间：05-17 10:22　　来源：某州日报　　【字号：大 中 小】", "--05-17"),
    ("03-28 07:55　来源：某某特区报", "--03-28"),
    ("更新时间:03-06 09:12  |  来源:县融媒体中心  |  点击:", "--03-06"),
    ("发布日期：02-29 08:00", "--02-29"),                     # stands: some year is a leap year
    ("会议于05-17 10:22召开，要求各地抓好落实。", None),       # inside an article sentence
    ("咨询电话 0571-8888 12:00前", None),
    ("发布时间：02-30 10:00", None),                          # no such day
    ("05-17", None),                                          # no label, no time: could be anything
])
def test_month_day_stamp(page, expected):
    assert month_day_from_page(page) == expected


@pytest.mark.parametrize("page, published", [
    ("发布时间：05-17 10:22　来源：某某日报\n昨天，县委召开常委会会议。", "--05-17"),
    ("发布时间：2024-05-17 10:22　来源：某某日报\n昨天，县委召开常委会会议。", "2024-05-17"),
])
def test_a_stamp_without_a_year_is_the_last_resort(page, published):
    assert make_report("t.txt", page).published == published


@pytest.mark.parametrize("sentence, published, expected", [
    ("昨天，会议召开。", "--05-17", ["--05-16"]),
    ("今天上午，会议召开。", "--05-17", ["--05-17"]),
    ("15日，会议召开。", "--05-17", ["--05-15"]),
    ("11月10日，会议召开。", "--05-17", ["--11-10"]),           # no year is made up
    ("2023年工作会议于11月10日召开。", "--05-17", ["2023-11-10"]),  # the one year written, as unstamped
    ("上周五，会议召开。", "--05-17", []),                        # the weekday needs the year
    ("昨天，会议召开。", "--03-01", []),                          # 02-28 or 02-29: the year decides
    ("前天，会议召开。", "--03-02", []),
    ("昨天，会议召开。", "--02-29", ["--02-28"]),                 # only a leap year has the stamp
    ("2月28日召开甲会，次日召开乙会。", None, ["--02-28"]),       # 次日: 02-29 or 03-01
])
def test_dates_counted_from_a_day_without_a_year(sentence, published, expected):
    assert [d.day.iso() for d in find(sentence, Anchor.of(sentence, published))] == expected


PAGE = ("发布时间：05-17 10:22　　来源：某某日报\n"
        "昨天，东海市召开全市安全生产工作会议。市委书记甲乙丙主持会议。")


def test_the_reported_meeting_takes_the_month_and_day():
    x = extract_text(PAGE, head="")
    assert [m.date for m in x.meetings if m.reported] == ["--05-16"]


def test_the_graph_types_the_stamp_as_gmonthday_and_conforms():
    graph = to_rdf(resolve([extract_text(PAGE, head="")]))
    (value,) = graph.objects(None, KG.published)
    assert (str(value), value.datatype) == ("--05-17", XSD.gMonthDay)
    assert validate(graph) == []
