"""Round 29 classes: general mechanisms, one table per class, with short reports written for
the test: a meeting relayed in the sentence that holds another (X召开会议，传达学习Y和全市续会
精神) is not the meeting held there; 次日 / 翌日 dates a meeting to the day after the one told
(at the head of a sentence: the last held meeting's day; inside it: the date written before)."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

RELAYED = RelationKind.RELAYED

# (class, text, (relaying meeting, relayed meeting) that must be an edge)
RELAYED_BESIDE_HELD = [
    ("follow-up-after-he",
     "7月16日，市招商工作领导小组召开2024年第二次会议，传达学习全省经济运行调度会议和全市续会精神。"
     "市长张某某主持会议。",
     ("市招商工作领导小组2024年第二次会议", "全市续会")),
    ("follow-up-after-dun",
     "5月8日，市安委会召开2024年第一次全体会议，传达学习全省安全生产电视电话会议、全市续会精神。"
     "市长王某某主持会议。",
     ("市安委会2024年第一次全体会议", "全市续会")),
]


@pytest.mark.parametrize("case, text, edge", RELAYED_BESIDE_HELD, ids=[c[0] for c in RELAYED_BESIDE_HELD])
def test_round29_relayed_meeting_is_not_the_one_held(case, text, edge):
    x = extract_text(text, published="2024-07-18")
    found = edges(x, RELAYED)
    assert any(a.endswith(edge[0]) and b == edge[1] for a, b in found), found
    assert len(meeting_names(x)) == 3


# (class, text, publication day, meeting name ending, its day)
NEXT_DAY = [
    ("next-day-at-sentence-head",
     "6月12日下午，全市防汛工作会议召开。市长张某某出席会议并讲话。\n"
     "次日，县委书记李某某主持召开县委专题会议，听取防汛工作汇报。",
     "2024-06-15", "县委专题会议", "2024-06-13"),
    ("next-day-across-a-month",
     "6月30日，县委常委会召开会议。县委书记张某某主持会议。\n"
     "翌日，县长李某某主持召开县政府第5次常务会议。",
     "2024-07-02", "县政府第5次常务会议", "2024-07-01"),
    ("next-day-inside-a-sentence",
     "1月9日晚，州指挥部召开第一次会议后，次日上午，州抗震救灾指挥部召开第二次会议。州长张某某主持会议。",
     "2024-01-12", "州抗震救灾指挥部第二次会议", "2024-01-10"),
    ("same-day-stays-the-day",
     "6月12日，县委常委会召开会议。县委书记张某某主持会议。\n"
     "同日，县长李某某主持召开县政府第7次常务会议。",
     "2024-06-14", "县政府第7次常务会议", "2024-06-12"),
]


@pytest.mark.parametrize("case, text, published, name, day", NEXT_DAY, ids=[c[0] for c in NEXT_DAY])
def test_round29_next_day(case, text, published, name, day):
    x = extract_text(text, published=published)
    dated = {m.name: m.date for m in x.meetings}
    assert any(n.endswith(name) and d == day for n, d in dated.items()), dated


def test_round29_ordinal_ci_ri_is_no_next_day():
    """第三次日常巡查 / 本次日程: 次 of a count before 日 is no 次日."""
    x = extract_text("5月6日，县政府召开第三次日常工作调度会。县长张某某主持会议。", published="2024-05-08")
    assert all(m.date in (None, "2024-05-06") for m in x.meetings), [(m.name, m.date) for m in x.meetings]


# (class, the header of a related-article list, as pages decorate it)
LIST_HEADERS = [("corner-brackets", "〖相关链接〗"), ("bar-mark", "▍相关新闻"), ("plain", "相关链接")]


@pytest.mark.parametrize("case, header", LIST_HEADERS, ids=[c[0] for c in LIST_HEADERS])
def test_round29_related_list_behind_a_mark_ends_the_article(case, header):
    """A related-article list is page furniture, whatever mark its header wears: its items
    name no meeting of the report (and do not lend their name to the one held)."""
    text = ("4月15日，省委书记张某某主持召开省委常委会会议，传达学习中央有关会议精神。\n"
            "会议还研究了其他事项。\n\n" + header + "\n>> 李某某主持召开省政府常务会议\n"
            ">> 全省春耕生产暨防汛工作会议召开\n")
    found = set(meeting_names(extract_text(text, published="2024-04-16")).values())
    assert not any("春耕" in f or "省政府常务会议" in f for f in found), found


# (class, text): 在主持会议时 is the chair speaking at the meeting held, not a meeting "主持会议"
CHAIRING_IS_NO_NAME = [
    ("chair-speaking-while-chairing",
     "4月10日，省委召开全省纪律教育动员会议。省委书记张某某出席并讲话。\n"
     "省委副书记李某某在主持会议时要求，各地要迅速传达学习会议精神。"),
    ("chair-having-chaired",
     "5月6日，县委召开全县农村工作会议，县委书记王某某出席。\n"
     "县长赵某某在主持了会议后强调，要抓好春耕生产。"),
]


@pytest.mark.parametrize("case, text", CHAIRING_IS_NO_NAME, ids=[c[0] for c in CHAIRING_IS_NO_NAME])
def test_round29_chairing_is_no_meeting_name(case, text):
    found = set(meeting_names(extract_text(text, published="2024-05-08")).values())
    assert len(found) == 1 and not any(f.startswith("主持") for f in found), found


# (class, text, the number of meetings): a bare kind word naming again the meeting the report
# holds, when a relayed meeting's name ends the same way, is the held one (no meeting of its own)
KIND_WORD_OF_THE_HELD = [
    ("sitting-attended-by-observers",
     "9月2日上午，县长张某某主持召开县政府第52次常务会议，传达学习8月29日省政府常务会议精神。\n"
     "县人大常委会、县政协有关领导列席常务会议。", 2),
    ("review-meeting-after-it-ends",
     "1月30日，全县乡镇党委书记抓基层党建工作述职评议会议召开。县委书记张某某出席会议并讲话。\n"
     "会议传达了全市县委书记抓基层党建工作述职评议会议精神。\n"
     "述职评议会议结束后，县委随即召开常委会续会。", 3),
]


@pytest.mark.parametrize("case, text, count", KIND_WORD_OF_THE_HELD, ids=[c[0] for c in KIND_WORD_OF_THE_HELD])
def test_round29_kind_word_names_the_held_meeting(case, text, count):
    found = meeting_names(extract_text(text, published="2024-09-03"))
    assert len(found) == count, found


def test_round29_follow_up_relays_its_own_levels_meeting():
    """述职评议会议结束后，县委随即召开常委会续会: a 续会 carries on the meeting before it, even one
    the report's own level held (another sitting after it is followed, not relayed)."""
    text = ("1月30日，全县乡镇党委书记抓基层党建工作述职评议会议召开。县委书记张某某出席会议并讲话。\n"
            "述职评议会议结束后，县委随即召开常委会续会，研究述职评议结果。")
    found = edges(extract_text(text, published="2024-01-31"), RELAYED)
    assert any(a.endswith("续会") and b.endswith("述职评议会议") for a, b in found), found
