"""Round 7: a county report that never names its province or city is linked to the meetings
and officials named in full elsewhere in the corpus when exactly one candidate fits, and
left alone when two do."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve

PROVINCE_A = ("省委常委会召开会议\n3月6日下午，省委书记甲立松主持召开省委常委会会议，研究春耕生产工作。"
              "省委副书记乙明出席会议。（福建日报记者 某某）")
PROVINCE_B = ("省委常委会召开会议\n3月6日上午，省委书记丙国华主持召开省委常委会会议，研究春耕生产工作。"
              "省委副书记丁强出席会议。（河北日报记者 某某）")
CITY_A = ("市委常委会召开扩大会议\n3月8日上午，市委常委会召开扩大会议，传达学习省委常委会会议精神。"
          "市委书记戊文涛主持会议。（三明日报记者 某某）")
COUNTY_DATED = ("县委常委会召开会议\n3月10日，县委书记己某主持召开县委常委会会议，传达学习3月6日省委常委会会议"
                "和3月8日市委常委会扩大会议精神。会议指出，甲立松书记在省委常委会会议上的讲话和戊文涛书记"
                "在市委常委会扩大会议上的讲话提出了明确要求。")
COUNTY_UNDATED = ("县委常委会召开会议\n3月9日，县委书记庚某主持召开县委常委会会议，传达学习省委常委会会议精神。")


def build(*texts):
    return resolve([extract(make_report(f"r{i}.txt", t, published=day))
                    for i, (t, day) in enumerate(texts)])


def files(corpus, node) -> set[str]:
    by_id = {r.report_id: r.source_file for r in corpus.reports}
    return {by_id[r] for r in node.reports}


def meetings(corpus, word):
    return [n for n in corpus.nodes if n.kind is NodeKind.MEETING and word in n.label]


def people(corpus, name):
    return [n for n in corpus.nodes if n.kind is NodeKind.OFFICIAL and n.label == name]


@pytest.mark.parametrize("word, day", [
    ("省委常委会会议", "2023-03-06"),       # dated reference, the province's meeting that day
    ("市委常委会扩大会议", "2023-03-08"),   # the city's meeting, two days before the county's
])
def test_placeless_dated_reference_joins_the_one_placed_meeting(word, day):
    c = build((PROVINCE_A, "2023-03-07"), (CITY_A, "2023-03-09"), (COUNTY_DATED, "2023-03-11"))
    found = [n for n in meetings(c, word) if "县" not in n.label]
    assert len(found) == 1 and found[0].date == day
    assert "r2.txt" in files(c, found[0])


def test_placeless_officials_join_through_the_linked_meetings():
    c = build((PROVINCE_A, "2023-03-07"), (CITY_A, "2023-03-09"), (COUNTY_DATED, "2023-03-11"))
    assert len(people(c, "甲立松")) == 1
    assert len(people(c, "戊文涛")) == 1


def test_two_provinces_meeting_that_day_leave_the_reference_alone():
    c = build((PROVINCE_A, "2023-03-07"), (PROVINCE_B, "2023-03-07"), (COUNTY_DATED, "2023-03-11"))
    county = [n for n in meetings(c, "省委常委会会议") if "r2.txt" in files(c, n)]
    assert len(county) == 1 and files(c, county[0]) == {"r2.txt"}


def test_undated_reference_in_the_window_joins_the_one_candidate():
    c = build((PROVINCE_A, "2023-03-07"), (COUNTY_UNDATED, "2023-03-10"))
    found = meetings(c, "省委常委会会议")
    found = [n for n in found if "县" not in n.label]
    assert len(found) == 1 and files(c, found[0]) == {"r0.txt", "r1.txt"}


def test_a_province_word_never_borrows_an_autonomous_region():
    region = ("自治区党委常委会召开会议\n3月6日，自治区党委常委会召开会议，研究春耕生产工作。"
              "自治区党委书记辛某主持会议。（内蒙古日报记者 某某）")
    county = "3月9日，区委召开常委会会议，传达学习全省春耕生产工作会议精神。区委书记壬某主持会议。"
    c = build((region, "2023-03-07"), (county, "2023-03-10"))
    assert all(n.jurisdiction != "内蒙古自治区" for n in meetings(c, "全省"))


# borrowed_places gives a placeless 省委书记 the one place the corpus shows for that name
@pytest.mark.parametrize("others, expected", [
    ((PROVINCE_A,), 1),                                                        # one placed 省委书记
    ((PROVINCE_A, PROVINCE_A.replace("福建", "河北").replace("3月6日", "3月1日")), 2),  # two: refuse
])
def test_placeless_post_joins_only_one_placed_holder(others, expected):
    county = "县委常委会召开会议\n4月20日，县委书记癸某主持召开县委常委会会议。省委书记甲立松来县调研时提出要求。"
    texts = [(t, "2023-03-07") for t in others] + [(county, "2023-04-21")]
    c = build(*texts)
    assert len(people(c, "甲立松")) == expected
