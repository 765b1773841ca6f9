"""Round 8 resolution classes: an undated reference weeks after the meeting it relays, and a
placeless county report that can still borrow its province when two cities fit."""
from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve

PROVINCE = ("省委常委会召开会议\n3月6日下午，省委书记甲立松主持召开省委常委会会议，研究春耕生产工作。"
            "省委副书记乙明出席会议。（福建日报记者 某某）")
CITY_A = ("市委常委会召开会议\n3月8日上午，市委书记戊文涛主持召开市委常委会会议，传达学习省委常委会会议精神。"
          "（三明日报记者 某某）")
CITY_B = ("市委常委会召开会议\n3月9日上午，市委书记庚明主持召开市委常委会会议，传达学习省委常委会会议精神。"
          "（南平日报记者 某某）")
# a people's congress party group relays the province's meeting 16 days later, undated
CONGRESS = ("省人大常委会党组召开会议\n3月22日上午，省人大常委会主任丙国华主持召开省人大常委会党组会议，"
            "传达学习省委常委会会议精神。（福建日报记者 某某）")
# a county report naming neither its province nor its city
COUNTY = ("县委常委会召开会议\n3月10日，县委书记己某主持召开县委常委会会议，传达学习省委常委会会议精神和"
          "市委常委会会议精神。")


def build(*texts):
    return resolve([extract(make_report(f"r{i}.txt", t, published=day)) for i, (t, day) in enumerate(texts)])


def files(corpus, node) -> set[str]:
    by_id = {r.report_id: r.source_file for r in corpus.reports}
    return {by_id[r] for r in node.reports}


def meetings(corpus, word):
    return [n for n in corpus.nodes if n.kind is NodeKind.MEETING and word in n.label and "县" not in n.label]


def test_undated_reference_weeks_later_joins_the_most_recent_meeting():
    c = build((PROVINCE, "2023-03-07"), (CONGRESS, "2023-03-23"))
    found = [n for n in meetings(c, "省委常委会会议") if "党组" not in n.label]
    assert len(found) == 1 and files(c, found[0]) == {"r0.txt", "r1.txt"}


def test_two_fitting_cities_still_leave_the_one_province():
    c = build((PROVINCE, "2023-03-07"), (CITY_A, "2023-03-09"), (CITY_B, "2023-03-10"), (COUNTY, "2023-03-11"))
    province = [n for n in meetings(c, "省委常委会会议") if "r0.txt" in files(c, n)]
    assert len(province) == 1 and "r3.txt" in files(c, province[0])
    county_city = [n for n in meetings(c, "市委常委会会议") if "r3.txt" in files(c, n)]
    assert all(files(c, n) == {"r3.txt"} for n in county_city)      # neither city is borrowed
