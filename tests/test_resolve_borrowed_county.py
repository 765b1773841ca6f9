"""A township report that never names its county relays "县委常委会会议" held days before: the
corpus holds the one county that held such a meeting that day, and the township's reference
joins it (a district's report stands only for a district)."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve

COUNTY = ("于都县委常委会召开会议\n4月12日上午，于都县委书记甲立松主持召开县委常委会会议，研究革命老区振兴发展工作。"
          "县委副书记乙明出席会议。")
# the township names neither its county nor its province; its county's meeting is dated
TOWNSHIP = ("梓山镇召开党委会议传达学习上级会议精神\n4月15日上午，梓山镇党委召开会议，传达学习4月12日县委常委会会议精神，"
            "研究部署全镇贯彻落实工作。镇党委书记丙文主持会议。")
OTHER_COUNTY = ("宁都县委常委会召开会议\n4月12日上午，宁都县委书记丁国华主持召开县委常委会会议，研究春耕生产工作。")
DISTRICT = ("章贡区委常委会召开会议\n4月12日上午，章贡区委书记戊文涛主持召开区委常委会会议，研究城市更新工作。")


def build(*texts):
    return resolve([extract(make_report(f"r{i}.txt", t, published=day)) for i, (t, day) in enumerate(texts)])


def files(corpus, node) -> set[str]:
    by_id = {r.report_id: r.source_file for r in corpus.reports}
    return {by_id[r] for r in node.reports}


def standing(corpus):
    return [n for n in corpus.nodes if n.kind is NodeKind.MEETING and "常委会会议" in n.label]


@pytest.mark.parametrize("others", [(), (DISTRICT,)])
def test_a_township_s_county_meeting_joins_the_one_county_that_held_it(others):
    c = build((COUNTY, "2024-04-12"), (TOWNSHIP, "2024-04-16"), *[(t, "2024-04-12") for t in others])
    joined = [n for n in standing(c) if "r1.txt" in files(c, n)]
    assert len(joined) == 1 and files(c, joined[0]) == {"r0.txt", "r1.txt"}, [n.label for n in standing(c)]
    assert joined[0].label == "于都县委常委会会议"


def test_two_counties_that_held_one_that_day_lend_none():
    c = build((COUNTY, "2024-04-12"), (TOWNSHIP, "2024-04-16"), (OTHER_COUNTY, "2024-04-12"))
    joined = [n for n in standing(c) if "r1.txt" in files(c, n)]
    assert [files(c, n) for n in joined] == [{"r1.txt"}], [n.label for n in standing(c)]


@pytest.mark.parametrize("text, place", [
    ("西城区召开区委常委会会议\n2月26日上午，区委书记甲主持会议。", "北京市西城区"),
    ("老城区改造提速\n老城区改造项目2月26日开工。", None),       # an old town twice, no district
])
def test_a_district_that_ends_like_a_town_s_area(text, place):
    x = extract(make_report("r.txt", text, published="2024-02-27"))
    assert x.jurisdiction == place
