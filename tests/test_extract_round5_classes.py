"""Round 5 classes: meetings listed with 、/以及 share the list's relay, and a county report
that never names its city or province borrows them through the undated 省委常委会会议 /
市委常委会会议 it relays, when the corpus holds exactly one of each in the window and the
city lies in the province.

Every sentence here is written for the test; names and places are invented.
"""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import RelationKind
from kg.resolve import resolve


def run(text: str, published: str | None = "2023-08-12", path: str = "t.txt"):
    return extract(make_report(path, text, published=published))


def relayed_names(ex) -> set[str]:
    names = {m.key: m.name for m in ex.meetings}
    return {names[r.object] for r in ex.relations if r.kind is RelationKind.RELAYED}


# ---------------------------------------------------------------- listed relays
@pytest.mark.parametrize("text, relayed", [
    # 以及甲、乙精神: the first of the list is relayed too, not only the one before 精神
    ("8月12日，青禾县委常委会召开会议，传达学习全国防汛工作会议精神，以及省委常委会会议、"
     "市委常委会会议精神。县委书记周敏主持会议。", {"省委常委会会议", "市委常委会会议"}),
    ("8月12日，青禾县委常委会召开会议，传达省委常委会会议和市委常委会会议精神。县委书记周敏主持会议。",
     {"省委常委会会议", "市委常委会会议"}),
])
def test_listed_meetings_share_the_relay(text, relayed):
    assert relayed <= relayed_names(run(text))


# ---------------------------------------------------------------- borrowed through meetings
PROVINCE = "本报讯 8月9日，四川省委常委会召开会议，省委书记孙一帆主持会议。"
CITY = "本报讯 8月10日，绵阳市委常委会召开会议，市委书记钱立本主持会议。"
OTHER_PROVINCE = "本报讯 8月8日，云南省委常委会召开会议，省委书记赵明远主持会议。"
COUNTY = ("8月12日上午，青禾县委书记周敏主持召开县委常委会会议，传达学习全国防汛工作会议精神，"
          "以及省委常委会会议、市委常委会会议精神。县长吴立新出席会议。")


def _meeting_labels(corpus) -> list[str]:
    return sorted(n.label for n in corpus.nodes if n.kind.value == "Meeting")


def test_a_county_report_borrows_its_city_and_province_through_its_meetings():
    exs = [run(PROVINCE, "2023-08-09", "prov.txt"), run(CITY, "2023-08-10", "city.txt"),
           run(COUNTY, None, "county.txt")]
    corpus = resolve(exs)
    labels = _meeting_labels(corpus)
    assert sum("省委常委会" in lab for lab in labels) == 1, labels
    assert sum("市委常委会" in lab for lab in labels) == 1, labels
    bodies = sorted(n.label for n in corpus.nodes if n.kind.value == "Body")
    assert "省委常委会" not in bodies and "市委常委会" not in bodies, bodies


@pytest.mark.parametrize("others", [
    # (one level with one candidate now links: round 7, tests/test_resolve_round7.py)
    # two provinces' meetings in the window: no one candidate
    [(PROVINCE, "2023-08-09", "prov.txt"), (OTHER_PROVINCE, "2023-08-08", "other.txt"),
     (CITY, "2023-08-10", "city.txt")],
])
def test_no_borrowing_without_one_candidate_for_each_level(others):
    exs = [run(t, d, p) for t, d, p in others] + [run(COUNTY, None, "county.txt")]
    labels = _meeting_labels(resolve(exs))
    assert sum("省委常委会" in lab for lab in labels) >= 2, labels
