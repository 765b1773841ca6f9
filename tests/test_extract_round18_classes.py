"""Round 18 classes: general mechanisms, one table per class, with short reports written for
the test: a year of account (2023年度) is no hint of the report's year; references to one
meeting across reports join where the meeting is held once for a purpose (months later), where
its name writes no scope (reports of several provinces), and where a report's year is unknown;
a title no table lists that continues a chain of posts, and heads of units no table had; the
meeting held here when a meeting it relays is told as background after it."""
import pytest
from extraction_probe import edges, extract_text

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind, RelationKind
from kg.resolve import resolve

ATTENDED, CHAIRED = RelationKind.ATTENDED, RelationKind.CHAIRED


# (class, text with no publication date, date of the reported meeting)
YEAR_OF_ACCOUNT = [
    ("account-year-is-no-hint", "3月28日，市委常委会召开会议，听取2023年度全市河湖长制工作情况汇报。", "--03-28"),
    ("awards-of-a-year", "2月28日，全市科技创新大会召开，表彰2024年度科学技术奖获奖单位。", "--02-28"),
    ("plain-year-still-is", "3月28日，市委常委会召开会议，研究2024年重点工作。", "2024-03-28"),
]


@pytest.mark.parametrize("case, text, day", YEAR_OF_ACCOUNT, ids=[c[0] for c in YEAR_OF_ACCOUNT])
def test_round18_year_of_account_is_no_year_hint(case, text, day):
    x = extract_text(text, published=None)
    reported = [m for m in x.meetings if m.reported]
    assert reported and reported[0].date == day, [(m.name, m.date) for m in x.meetings]


def _meeting_nodes(reports, word):
    corpus = resolve([extract(make_report(f"r{n}.txt", text, published=day))
                      for n, (text, day) in enumerate(reports)])
    return [n for n in corpus.nodes if n.kind is NodeKind.MEETING and word in n.label]


# (class, reports as (text, published), a word of the referred meeting's name, nodes expected)
ACROSS_REPORTS = [
    ("one-off-relayed-months-later",
     [("12月17日至18日，中央农村工作会议在北京召开。", "2024-12-19"),
      ("某省日报\n3月12日，全省春耕生产视频调度会议召开，传达学习中央农村工作会议精神。", "2025-03-13")],
     "农村工作", 1),
    ("routine-meeting-stays-apart",
     [("12月17日，国务院常务会议召开，研究部署有关工作。", "2024-12-19"),
      ("某省日报\n3月12日，全省春耕生产视频调度会议召开，传达学习国务院常务会议精神。", "2025-03-13")],
     "常务会议", 2),
    ("one-off-references-months-apart",
     [("某省日报\n3月18日，省委常委会召开会议，传达学习全国生态环境保护大会精神。", "2024-03-19"),
      ("某省日报\n6月11日，省政府召开常务会议，贯彻落实全国生态环境保护大会精神。", "2024-06-12")],
     "生态环境保护大会", 1),
    ("scope-less-name-in-two-provinces",
     [("江苏日报\n5月9日，长三角生态绿色一体化发展联席会议召开。江苏省副省长钱立出席会议。", "2024-05-10"),
      ("浙江日报\n5月9日，长三角生态绿色一体化发展联席会议召开。浙江省副省长孙一鸣出席会议。", "2024-05-10")],
     "联席会议", 1),
    ("scope-less-organ-meeting-stays-apart",
     [("江苏日报\n5月9日，厅党组理论学习中心组专题学习会召开。厅长钱立主持会议。", "2024-05-10"),
      ("浙江日报\n5月9日，厅党组理论学习中心组专题学习会召开。厅长孙一鸣主持会议。", "2024-05-10")],
     "学习会", 2),
    ("annual-sessions-days-apart",
     [("某省日报\n3月14日，省委常委会召开会议，传达学习全国两会精神。", "2024-03-15"),
      ("某省日报\n3月18日，省政府召开常务会议，传达学习全国两会精神。", "2024-03-19")],
     "两会", 1),
]


@pytest.mark.parametrize("case, reports, word, count", ACROSS_REPORTS, ids=[c[0] for c in ACROSS_REPORTS])
def test_round18_references_to_one_meeting_across_reports(case, reports, word, count):
    found = _meeting_nodes(reports, word)
    assert len(found) == count, [(n.key, n.label, n.reports) for n in found]


# a report whose year is unknown: (class, its month-day, the dated report's day, nodes expected)
UNKNOWN_YEAR = [
    ("same-winter-days-apart", "12月27日", "2023-12-23", 1),
    ("across-new-year", "12月18日", "2021-01-05", 2),
]


@pytest.mark.parametrize("case, day, other, count", UNKNOWN_YEAR, ids=[c[0] for c in UNKNOWN_YEAR])
def test_round18_unknown_year_reference_joins_within_its_calendar_year(case, day, other, count):
    month, rest = other[5:7].lstrip("0"), other[8:].lstrip("0")
    reports = [(f"某市日报\n{day}，市委常委会召开会议，传达学习中央经济工作会议精神。", None),
               (f"某市日报\n{month}月{rest}日，市政府召开常务会议，传达学习中央经济工作会议精神。", other)]
    assert len(_meeting_nodes(reports, "经济工作")) == count


# POST、TITLE NAME with TITLE in no table: (class, sentence, official, last post, or None)
CHAIN_TAILS = [
    ("river-chief-after-secretary", "市委书记、市总河湖长钱一鸣主持会议并讲话。", "钱一鸣", "市总河湖长"),
    ("deputy-chief-after-vice-governor", "副省长、省副总河长孙立通报考核情况。", "孙立", "省副总河长"),
    ("engineer-after-member", "厅党委委员、总工程师赵大海出席会议。", "赵大海", "总工程师"),
    ("assistant-after-member", "区政府党组成员、区长助理周海涛出席会议。", "周海涛", "区长助理"),
    ("no-listed-post-before", "各位代表、工程师赵大海出席会议。", None, None),
    ("firm-title-before", "集团董事长、总工程师赵大海出席会议。", None, None),
]


@pytest.mark.parametrize("case, text, who, post", CHAIN_TAILS, ids=[c[0] for c in CHAIN_TAILS])
def test_round18_unlisted_title_continuing_a_post_chain(case, text, who, post):
    x = extract_text("5月9日，全市工作推进会召开。" + text, "2024-05-10")
    found = {o.name: o.posts for o in x.officials}
    if who is None:
        assert "赵大海" not in found, found
    else:
        assert found.get(who, ("",))[-1].endswith(post), found


# the meeting held here and what sentences after it are about:
# (class, text, the meeting the chair is at, the meeting he must not be at)
HELD_HERE = [
    ("relayed-meeting-told-as-background",
     "6月3日，我市召开整改推进会，传达学习省整改工作领导小组第一次会议精神。5月27日，省委书记孙一鸣主持召开省整改工作领导小组第一次会议。"
     "市领导钱立出席会议。",
     "市整改推进会", "省整改工作领导小组第一次会议"),
]


@pytest.mark.parametrize("case, text, here, there", HELD_HERE, ids=[c[0] for c in HELD_HERE])
def test_round18_meeting_held_here(case, text, here, there):
    x = extract_text("某市日报\n" + text, "2024-06-04")
    met = {n for who, n in edges(x, CHAIRED) | edges(x, ATTENDED) if who == "钱立"}
    assert any(n.endswith(here) for n in met), met
    assert not any(n.endswith(there) for n in met), met


# heads of units no post table had: (class, sentence, official)
UNIT_HEADS = [
    ("ministry-department-deputy", "交通运输部综合规划司副司长钱一鸣到会指导。", "钱一鸣"),
    ("fire-rescue-corps", "省消防救援总队总队长孙立在主会场参加。", "孙立"),
]


@pytest.mark.parametrize("case, text, who", UNIT_HEADS, ids=[c[0] for c in UNIT_HEADS])
def test_round18_heads_of_departments_and_corps(case, text, who):
    x = extract_text("3月14日，全省工作推进会召开。" + text, "2024-03-15")
    assert who in {o.name for o in x.officials}, [o.name for o in x.officials]
