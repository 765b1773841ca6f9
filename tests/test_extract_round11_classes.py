"""Round 11 extraction classes: general mechanisms (names padded for alignment, lists of
watched meetings, short topical references, a headline that runs ahead of the body, study
sessions 开展-ed, plenum sittings...), one row per class, with short reports written for the test."""
import pytest
from extraction_probe import check_edge, edges, extract_text
from extraction_probe import meeting_names as names

from kg.ingest import normalise
from kg.records import RelationKind

CHAIRED, ATTENDED, RELAYED = RelationKind.CHAIRED, RelationKind.ATTENDED, RelationKind.RELAYED


def ex(text, published="2024-06-20", head="某某日报\n"):
    return extract_text(text, published, head)


# (class, raw text, what normalise must give)
PADDED = [
    ("two-spaces",            "副县长王  敏、符  强出席会议。", "副县长王敏、符强出席会议。"),
    ("ideographic-space",     "市领导李　军参加。", "市领导李军参加。"),
    ("after-a-post",          "副市长谭 勇、钱多多在分会场参加会议。", "副市长谭勇、钱多多在分会场参加会议。"),
    ("before-a-verb",         "省政协主席冯 薇出席。", "省政协主席冯薇出席。"),
    ("standing-alone",        "市长 刘 焕在分会场汇报。", "市长 刘焕在分会场汇报。"),
    ("headline-gap-kept",     "全市会议召开 甲某讲话 乙某主持", "全市会议召开 甲某讲话 乙某主持"),
]


@pytest.mark.parametrize("case, raw, clean", PADDED, ids=[c[0] for c in PADDED])
def test_padded_names_are_closed_up(case, raw, clean):
    assert normalise(raw) == clean


# (class, text, official names that must be there, names that must not)
OFFICIALS = [
    ("padded-name-in-a-list",       # 副县长王  敏、符  强、陈志坚(黎族)出席
     "9月2日，县长甲某主持召开县政府常务会议。副县长王  敏、符  强、陈志坚(黎族)出席会议。",
     {"王敏", "符强", "陈志坚"}, {"敏", "强"}),
    ("gap-between-post-and-name",   # 市长 刘 焕在分会场…
     "6月13日，省政府召开全省防汛工作视频会议。梅州市委副书记、市长 刘 焕在分会场汇报了工作。",
     {"刘焕"}, set()),
    ("rostrum-is-no-name",          # 主席台就座: 主席 + 台 is the rostrum
     "7月30日，市委全会召开。市领导甲某、乙某等在主席台就座。",
     set(), {"台就座", "台就"}),
]


@pytest.mark.parametrize("case, text, present, absent", OFFICIALS, ids=[c[0] for c in OFFICIALS])
def test_round11_official_classes(case, text, present, absent):
    found = {o.name for o in ex(text).officials}
    assert present <= found, found
    assert not found & absent, found


# (class, text, edge kind, edge that must be there)
EDGES = [
    ("watched-list-shares-the-verb",    # 收听收看X和Y: both watched at the branch venue
     "6月13日下午，我县在县分会场组织收听收看全省防汛工作视频会议和全市防汛工作续会。"
     "县委书记钱一鸣在县分会场参加会议。",
     ATTENDED, ("钱一鸣", "全市防汛工作续会")),
    ("headline-runs-ahead",             # headline 收看X后 我市随即召开Y; body: watched X, then Y
     "收听收看全省安全生产电视电话会议后 我市随即召开安全生产专题会议\n"
     "7月31日下午，我市在市分会场组织收听收看全省安全生产电视电话会议。市长孙二强在分会场参加会议。"
     "会后，孙二强随即主持召开全市安全生产专题会议，传达贯彻全省安全生产电视电话会议精神。",
     ATTENDED, ("孙二强", "全省安全生产电视电话会议")),
    ("study-session-carried-out",       # X中心组开展2024年第4次集体学习
     "4月16日，县委理论学习中心组开展2024年第4次集体学习。县委书记钱一鸣主持并讲话，县长孙二强参加学习。",
     CHAIRED, ("钱一鸣", "县委理论学习中心组2024年第4次集体学习")),
    ("sitting-of-a-plenum",             # 在第二次全体会议上: at the plenum itself
     "中共某市委十三届八次全会召开\n中国共产党某市第十三届委员会第八次全体会议7月30日召开。"
     "市长孙二强在第二次全体会议上就下半年经济工作作了部署。",
     ATTENDED, ("孙二强", "中国共产党某市第十三届委员会第八次全体会议")),
]


@pytest.mark.parametrize("case, text, kind, edge", EDGES, ids=[c[0] for c in EDGES])
def test_round11_edges(case, text, kind, edge):
    check_edge(ex(text), kind, edge)


def test_short_topical_references_are_the_meetings_named_before():
    x = ex("6月13日下午，我县在县分会场组织收听收看全省防汛防旱工作视频会议。会后，我县召开全县防汛防旱工作会议。"
           "当晚，某镇党委召开专题会议，传达学习省、县防汛会议精神。")
    relayed = {b for a, b in edges(x, RELAYED) if a.endswith("专题会议")}
    assert relayed == {"全省防汛防旱工作视频会议", "全县防汛防旱工作会议"}, edges(x, RELAYED)
    assert not any(n.endswith("防汛会议") for n in names(x).values()), names(x)


def test_a_plenum_written_in_full_and_short_is_one_meeting_dated_after_its_name():
    x = ex("中共某市委十三届八次全会召开\n中国共产党某市第十三届委员会第八次全体会议7月30日召开。"
           "在第一次全体会议上，市委书记钱一鸣作讲话。")
    assert len(x.meetings) == 1, names(x)
    assert x.meetings[0].date.endswith("07-30"), x.meetings[0]
    assert not any("第一次全体会议" in a for a in x.meetings[0].aliases), x.meetings[0]
