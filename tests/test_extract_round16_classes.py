"""Round 16 extraction classes: general mechanisms, one table per class, with short reports
written for the test (a byline bracket before the lead's meeting name, 今天/当日 counted from
the dateline, an organ's sitting numbered by term and session written in full and short, a
light verb 作 after a two-character name, attendance at the meeting a presence verb takes,
two meetings of one organ on one day)."""
import pytest
from extraction_probe import edges, extract_text
from extraction_probe import meeting_names as names

from kg.extract import extract
from kg.extract.meeting_plenum import same_sitting, sitting
from kg.extract.name_scope import core
from kg.ingest import make_report
from kg.records import NodeKind, RelationKind
from kg.resolve import resolve

ATTENDED, CHAIRED = RelationKind.ATTENDED, RelationKind.CHAIRED


def ex(text, published="2024-01-25"):
    return extract_text(text, published)


def meeting(x, ending):
    return next(m for m in x.meetings if m.name.endswith(ending) or any(a.endswith(ending) for a in m.aliases))


# byline bracket: (class, lead) — the meeting's name starts after the bracket the name never opened
BYLINE = [
    ("half-width", "某某日报1月24日讯(记者 甲乙 丙丁)中国共产党某某市第九届委员会第三次全体会议今天召开。"),
    ("full-width", "某某网1月24日电（记者 甲乙 丙丁）中国共产党某某市第九届委员会第三次全体会议当日召开。"),
]


@pytest.mark.parametrize("case, lead", BYLINE, ids=[c[0] for c in BYLINE])
def test_round16_byline_bracket_is_not_in_the_name(case, lead):
    x = ex(lead + "市委书记钱一鸣出席会议并讲话。")
    assert all(not n.startswith(("丙丁", "(", "）", ")")) for n in names(x).values()), names(x)


# day words: (class, lead, published, date of the held meeting)
DAY_WORDS = [
    ("today-from-dateline", "某某日报1月24日讯 全市工作会议今天在某地召开。", "2024-01-25", "2024-01-24"),
    ("same-day-from-dateline", "某某网1月24日电 全市工作会议当日在某地召开。", "2024-01-25", "2024-01-24"),
    ("today-without-dateline", "本报讯 全市工作会议今天召开。", "2024-01-25", "2024-01-25"),
    ("range-before-verb", "本报讯 全市工作会议1月18日至19日在某地召开。", "2024-01-25", "2024-01-18"),
    ("same-day-is-the-sentences-own",    # 当天 is the day that opens the sentence, not one cited
     "2月5日晚，在收听收看全省调度会后，某区召开区指挥部第6次会议，贯彻习近平总书记在2月3日"
     "中央政治局常委会会议上的重要讲话精神，传达学习当天下午全市调度会议精神。", "2024-02-06", "2024-02-05"),
]


@pytest.mark.parametrize("case, lead, published, day", DAY_WORDS, ids=[c[0] for c in DAY_WORDS])
def test_round16_day_words(case, lead, published, day):
    x = ex(lead + "市委书记钱一鸣出席会议并讲话。", published)
    dates = {m.date for m in x.meetings if m.reported}
    if case == "same-day-is-the-sentences-own":
        dates = {meeting(x, "全市调度会议").date}
    assert dates == {day}, [(m.name, m.date) for m in x.meetings]


# one numbered sitting written two ways: (class, first, second, same)
SITTINGS = [
    ("term-before-place", "十二届某某省纪委三次全会", "中国共产党某某省第十二届纪律检查委员会第三次全体会议", True),
    ("party-committee", "中共太原市委十三届八次全会", "中国共产党太原市第十三届委员会第八次全体会议", True),
    ("county-heading-the-organ", "中共某某县委十五届九次全会", "中国共产党某某县第十五届委员会第九次全体会议", True),
    ("prefecture-and-county", "中共某某区委九届七次全会", "中国共产党宜昌市某某区第九届委员会第七次全体会议", True),
    ("congress-standing-committee", "十四届全国人大常委会第十一次会议", "第十四届全国人民代表大会常务委员会第十一次会议", True),
    ("political-consultative", "江西省政协十三届常委会第九次会议", "政协第十三届江西省委员会常务委员会第九次会议", True),
    ("other-term", "八届省纪委三次全会", "十二届省纪委三次全会", False),
    ("other-session", "十四届全国人大常委会第十一次会议", "十四届全国人大常委会第十二次会议", False),
    ("other-organ", "江西省政协十三届常委会第九次会议", "江西省十三届人大常委会第九次会议", False),
    ("other-province", "十二届湖南省纪委三次全会", "十二届四川省纪委三次全会", False),
]


@pytest.mark.parametrize("case, a, b, same", SITTINGS, ids=[c[0] for c in SITTINGS])
def test_round16_numbered_sitting_written_two_ways(case, a, b, same):
    assert same_sitting(core(a), core(b)) is same, (sitting(core(a)), sitting(core(b)))


def test_round16_headline_and_lead_of_a_numbered_sitting_are_one_meeting():
    x = ex("十二届某某省纪委三次全会在某地召开\n1月24日，中国共产党某某省第十二届纪律检查委员会第三次全体会议"
           "在某地召开。省委书记钱一鸣出席会议并讲话。全会审议通过了十二届省纪委三次全会决议。")
    held = [m for m in x.meetings if m.reported]
    assert len(held) == 1 and held[0].date == "2024-01-24", [(m.name, m.date) for m in x.meetings]


def test_round16_unnumbered_plenum_is_the_numbered_one_of_its_organ():
    x = ex("1月30日，市委常委会召开会议，传达学习八届省纪委三次全会精神和省委书记钱一鸣在省纪委全会上的讲话要求。"
           "市委书记孙二强主持会议。")
    assert not any(n == "省纪委全会" for n in names(x).values()), names(x)



@pytest.mark.parametrize("first, second, count", [
    ("二十届中央纪委三次全会", "二十届中央纪委三次全会", 1),       # two months apart, one numbered sitting
    ("十四届全国人大常委会第十一次会议", "十四届全国人大常委会第十一次会议", 1),
    ("二十届中央纪委三次全会", "二十届中央纪委二次全会", 2),
])
def test_round16_numbered_sitting_joins_across_reports(first, second, count):
    reports = [make_report(f"r{i}.txt", f"{city}市委常委会召开会议\n{city}市委书记甲某主持召开{city}市委常委会会议，"
                           f"传达学习{m}精神。", published=day)
               for i, (city, m, day) in enumerate(zip(("三明", "南平"), (first, second), ("2024-01-20", "2024-03-28")))]
    corpus = resolve([extract(r) for r in reports])
    found = [n for n in corpus.nodes if n.kind is NodeKind.MEETING and "市委常委会" not in n.label]
    assert len(found) == count, [n.label for n in found]


# 作 after a two-character name: (class, text, name)
LIGHT_VERB = [
    ("summary-speech", "市委副书记、市长钱一作总结讲话。", "钱一"),
    ("explanation", "省生态环境厅厅长孙力作关于条例草案的说明。", "孙力"),
    ("study-lead", "市委常委、市纪委书记陈莹作领学发言。", "陈莹"),
]


@pytest.mark.parametrize("case, text, who", LIGHT_VERB, ids=[c[0] for c in LIGHT_VERB])
def test_round16_light_verb_after_a_name(case, text, who):
    x = ex("1月24日，全市工作会议召开。市委书记赵大海出席会议并讲话。" + text)
    found = {o.name for o in x.officials}
    assert who in found and who + "作" not in found, found


# a presence verb that takes a meeting: (class, text, official, meeting ending)
TAKEN = [
    ("branch-venue-before-a-follow-up",
     "7月22日晚，省长钱一鸣、副省长孙二强在某省分会场参加国家防总防汛会商调度视频会后，省防指随即召开全省防汛工作视频调度会。"
     "钱一鸣主持并讲话。", "孙二强", "国家防总防汛会商调度视频会"),
    ("watched-before-the-held",
     "8月7日晚，市委书记钱一鸣，市长孙二强在分会场收听收看全省防汛会商调度会后，市委、市政府连夜召开全市防汛紧急会议。"
     "钱一鸣主持会议并讲话。", "孙二强", "全省防汛会商调度会"),
]


@pytest.mark.parametrize("case, text, who, ending", TAKEN, ids=[c[0] for c in TAKEN])
def test_round16_presence_verb_takes_its_meeting(case, text, who, ending):
    found = edges(ex(text, "2025-08-08"), ATTENDED)
    assert any(w == who and m.endswith(ending) for w, m in found), found


def test_round16_two_meetings_of_one_organ_on_one_day_stay_two():
    report = make_report("r.txt", "市人大常委会党组召开会议\n9月29日下午，市人大常委会党组书记、主任钱一鸣主持召开党组会议，"
                         "传达学习全省会议精神。党组副书记孙二强出席。\n会后，市人大常委会随即召开第三十一次主任会议，"
                         "研究有关准备工作。副市长李三多列席主任会议。", published="2024-09-30")
    corpus = resolve([extract(report)])
    held = [n for n in corpus.nodes if n.kind is NodeKind.MEETING and n.label.endswith(("党组会议", "主任会议"))]
    assert len(held) == 2, [n.label for n in held]
