"""Round 13 extraction classes: general mechanisms, one row per class, with short reports
written for the test (rosters set one attendee per line, county-level units of the county
table in posts, vague days, unnumbered plenums, scoped phrases that name no meeting, meeting
kinds mentioned before their full name, joint sittings, weekdays, 在会上对…)."""
import pytest
from extraction_probe import check_edge, edges, extract_text
from extraction_probe import meeting_names as names

from kg.extract.dates import Anchor, find as find_dates
from kg.ingest import normalise, strip_boilerplate
from kg.records import RelationKind

CHAIRED, ATTENDED, RELAYED = RelationKind.CHAIRED, RelationKind.ATTENDED, RelationKind.RELAYED


def ex(text, published="2024-06-20", head="某某日报\n"):
    return extract_text(text, published, head)


_HELD = "6月18日上午，市长钱一鸣主持召开市政府第12次常务会议，研究防汛工作。\n"

# (class, page text, official and meeting name end that must be linked by attended)
ROSTERS = [
    ("one-attendee-per-line",       # 出席会议的有： then POST NAME lines, dropped as a headline list before
     _HELD + "会议审议通过了有关事项。\n出席会议的有：\n市委常委、常务副市长孙二强\n副市长　赵　敏、周向东\n"
     "市政府秘书长　吴　刚\n市直有关部门主要负责同志列席会议。\n相关阅读：\n其他新闻一\n其他新闻二\n",
     ("赵敏", "第12次常务会议")),
    ("post-apart-from-names",       # 副市长      甲 乙: alignment gaps between a post and its names
     _HELD + "出席会议的还有：\n　　副市长　　　　　郑　蓓　　冯国安\n　　市政府秘书长　吴　刚\n",
     ("冯国安", "第12次常务会议")),
    ("grid-of-names-then-verb",     # X中心组成员： / 甲 乙 丙 / 参加学习。
     "6月18日，县委理论学习中心组开展2024年第6次集体学习，县委书记钱一鸣主持。\n"
     "县委理论学习中心组成员：\n　　钱一鸣　孙二强　李　军　王　敏\n　　周向东　吴　刚\n参加学习。\n",
     ("王敏", "集体学习")),
]


@pytest.mark.parametrize("case, text, edge", ROSTERS, ids=[c[0] for c in ROSTERS])
def test_rosters_are_read(case, text, edge):
    x = ex(text)
    found = {(who, names(x)[m]) for who, m in
             ((r.subject, r.object) for r in x.relations if r.kind is ATTENDED)}
    assert any(who == edge[0] and name.endswith(edge[1]) for who, name in found), found


def test_roster_lines_become_one_sentence():
    page = normalise("会议审议通过了有关事项。\n出席会议的有：\n副市长　赵　敏\n市政府秘书长　吴　刚\n")
    assert "出席会议的有:副市长赵敏,市政府秘书长吴刚。" in strip_boilerplate(page)


def test_a_list_of_tasks_after_a_colon_is_no_roster():
    page = normalise("会议要求:\n压实责任\n强化督查\n")
    assert "压实责任" not in strip_boilerplate(page).split("\n")[0]


# (class, text, official names that must be there)
OFFICIALS = [
    ("county-of-the-table-in-a-post",   # 华坪县委书记: a listed county the report names only there
     "6月18日，云南省召开座谈会。华坪县委书记周向东、瑞丽市委书记孙二强先后发言。",
     {"周向东", "孙二强"}),
    ("one-after-another",               # 甲、乙先后发言 / 相继发言
     "6月18日，市委召开座谈会。县委书记周向东、区委书记吴刚相继发言。", {"周向东", "吴刚"}),
]


@pytest.mark.parametrize("case, text, present", OFFICIALS, ids=[c[0] for c in OFFICIALS])
def test_round13_official_classes(case, text, present):
    found = {o.name for o in ex(text).officials}
    assert present <= found, found


# (class, text, edge kind, edge that must be there)
EDGES = [
    ("at-that-meeting-on-a-topic",      # X会议听取…，NAME在会上对…作出部署: at X, not the current one
     "6月18日，县委书记钱一鸣主持召开县委常委会会议，传达学习省委常委会会议精神。"
     "会议指出，省委常委会会议听取了有关汇报，省委书记孙二强在会上对防汛工作作出部署。",
     ATTENDED, ("孙二强", "省委常委会会议")),
    ("kind-word-before-the-full-name",  # 反馈会前，… then 在随后召开的巡视反馈会议上
     "6月18日，巡视组向县委反馈巡视情况。反馈会前，巡视组组长钱一鸣向县委书记孙二强反馈了情况。"
     "在随后召开的巡视反馈会议上，钱一鸣通报了巡视情况。",
     ATTENDED, ("钱一鸣", "巡视反馈会议")),
    ("held-by-video-on-the-way",        # X以视频会议形式召开: held (and dated) as X召开
     "昨天下午，全市防汛工作调度会以视频会议形式召开。市长钱一鸣出席并讲话。",
     ATTENDED, ("钱一鸣", "全市防汛工作调度会")),
]


@pytest.mark.parametrize("case, text, kind, edge", EDGES, ids=[c[0] for c in EDGES])
def test_round13_edges(case, text, kind, edge):
    check_edge(ex(text), kind, edge)


def test_feedback_meeting_is_a_meeting():
    x = ex("6月18日，省委第三巡视组巡视情况反馈会在某市召开。巡视组组长钱一鸣出席会议并讲话。")
    check_edge(x, ATTENDED, ("钱一鸣", "省委第三巡视组巡视情况反馈会"))


def test_kind_word_before_the_full_name_is_one_meeting():
    x = ex("6月18日，座谈会前，市长钱一鸣察看了企业生产线。随后，钱一鸣主持召开民营企业发展座谈会，听取意见。")
    assert sorted(names(x).values()) == ["民营企业发展座谈会"], names(x)


# (class, text, meeting names that must not be there)
NO_MEETING = [
    ("scoped-unspecific-meetings",      # 中央和省有关会议精神: no one meeting
     "6月18日，县委常委会召开会议，传达学习中央和省有关会议精神。", ("有关会议",)),
    ("scoped-list-of-meetings",
     "6月18日，县委常委会召开会议，传达学习中央、省、市相关会议精神。", ("相关会议",)),
]


@pytest.mark.parametrize("case, text, absent", NO_MEETING, ids=[c[0] for c in NO_MEETING])
def test_round13_no_meeting(case, text, absent):
    found = set(names(ex(text)).values())
    assert not any(n.endswith(a) for n in found for a in absent), found
    assert any(n.endswith("会议") for n in found), found     # the county meeting is still there


def test_unnumbered_plenum_is_the_numbered_one():
    x = ex("区政府召开常务会议 传达学习市委全会精神\n日前，区长钱一鸣主持召开区政府常务会议，"
           "传达学习6月15日召开的市委十三届六次全会精神。会议指出，市委全会作出全面部署。")
    plenums = [n for n in names(x).values() if "全会" in n]
    assert len(plenums) == 1 and "十三届六次全会" in plenums[0], names(x)


def test_joint_sitting_is_named_by_its_first_part_too():
    x = ex("6月18日，市委常委会召开扩大会议，传达学习省委十四届八次全会暨省委经济工作会议精神。")
    joint = [m for m in x.meetings if "暨" in m.name]
    assert joint and any(a.endswith("省委十四届八次全会") for a in joint[0].aliases), joint


def test_vague_day_is_not_the_dateline_day():
    x = ex("新华社某地6月20日电 日前，省委书记钱一鸣主持召开省委常委会会议，研究防汛工作。")
    held = [m for m in x.meetings if m.name.endswith("省委常委会会议")]
    assert held and held[0].date is None, held


# (text, publication day, date found)
WEEKDAYS = [
    ("上周五，省政协党组召开扩大会议。", "2025-01-06", "2025-01-03"),
    ("上星期天召开", "2025-01-06", "2025-01-05"),
    ("本周一召开", "2025-01-08", "2025-01-06"),
]


@pytest.mark.parametrize("text, published, day", WEEKDAYS)
def test_weekday_relative_to_the_page_date(text, published, day):
    spans = find_dates(text, Anchor.of(text, published))
    assert [s.day.iso() for s in spans] == [day]


def test_relays_survive_the_merges():
    x = ex("6月18日，县委常委会召开会议，传达学习省委十四届八次全会暨省委经济工作会议精神。")
    assert any("暨" in later or "暨" in earlier for later, earlier in edges(x, RELAYED)), edges(x, RELAYED)
