"""Round 37 classes: a venue written between an organ and its verb (X主席团在某地举行第三次会议) is
no part of the meeting's name; a headline naming the meeting in full (with its scope) and a body
naming it by the tail of that name are one meeting; a speaker telling what was held earlier
(某某指出，4月3日，党中央召开X) does not make X the report's current meeting; alike names of
meetings that write different ordinals or provinces (中央第三督察组督察甲省… / 中央第七督察组督察
乙省…) are never joined across reports."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind
from kg.resolve.meeting_match import similarity

ATTENDED = RelationKind.ATTENDED


# (class, text, name that must be found, words no name may hold)
VENUE_INSIDE = [
    ("presidium-at-a-city",
     "1月26日下午，某省第十四届人民代表大会第二次会议主席团在广州举行第三次会议。常务主席王建国主持会议。",
     "主席团第三次会议", "在广州"),
    ("standing-committee-sitting-at-a-city",
     "3月2日，湖南省十四届人大常委会第十一次会议在长沙举行第一次全体会议。王建国主持会议。",
     "第十一次会议第一次全体会议", "在长沙"),
    ("commission-at-a-building",
     "3月2日，市委全面深化改革委员会在市行政中心召开第八次会议。市委书记王建国主持会议。",
     "委员会第八次会议", "行政中心"),
]


@pytest.mark.parametrize("case, text, found, absent", VENUE_INSIDE, ids=[c[0] for c in VENUE_INSIDE])
def test_round37_venue_between_organ_and_verb_is_no_name(case, text, found, absent):
    names = set(meeting_names(extract_text(text, published="2024-03-03")).values())
    assert any(n.endswith(found) for n in names), names
    assert not any(absent in n for n in names), names


# (class, text, the long name, the short name): one meeting, named in full
HEADLINE_TAILS = [
    ("inspection-team-mobilisation",
     "中央第三生态环境保护督察组督察甲省工作动员会在某市召开\n"
     "4月8日上午，督察甲省工作动员会在某市召开。督察组组长王建国作动员讲话，省委书记李红梅讲话。",
     "中央第三生态环境保护督察组督察甲省工作动员会", "督察甲省工作动员会"),
    ("guidance-group-deployment",
     "中央第六巡回指导组指导某省主题教育工作部署会召开\n"
     "5月6日，指导某省主题教育工作部署会召开。指导组组长王建国讲话，省委书记李红梅主持。",
     "中央第六巡回指导组指导某省主题教育工作部署会", "指导某省主题教育工作部署会"),
]


@pytest.mark.parametrize("case, text, full, short", HEADLINE_TAILS, ids=[c[0] for c in HEADLINE_TAILS])
def test_round37_body_tail_of_headline_name_is_one_meeting(case, text, full, short):
    x = extract_text(text, head="", published="2025-04-09")
    held = [m for m in x.meetings if full in (m.name, *m.aliases) or short in (m.name, *m.aliases)]
    assert len(held) == 1, meeting_names(x)
    assert held[0].jurisdiction == "全国", held[0]
    assert any("王建国" == o for o, m in edges(x, ATTENDED)), edges(x, ATTENDED)


# (class, text, who must attend the report's meeting, not the one told of)
TOLD_EARLIER = [
    ("speaker-recalls-central-meeting",
     "4月11日，湖南省主题教育工作会议在长沙召开。省委书记王建国出席会议并讲话。"
     "王建国指出，4月3日，党中央召开主题教育工作会议，总书记出席会议并发表重要讲话。"
     "省委副书记李红梅，省政协主席赵海峰等省领导出席会议。",
     ["李红梅", "赵海峰"], "湖南省主题教育工作会议"),
    ("speaker-recalls-provincial-meeting",
     "5月12日，全市安全生产工作会议召开。市委书记王建国出席会议并讲话。"
     "王建国强调，5月8日，省委召开全省安全生产工作会议，对做好工作作出部署。"
     "市领导李红梅、赵海峰出席会议。",
     ["李红梅", "赵海峰"], "全市安全生产工作会议"),
]


@pytest.mark.parametrize("case, text, who, own", TOLD_EARLIER, ids=[c[0] for c in TOLD_EARLIER])
def test_round37_meeting_told_by_a_speaker_is_not_current(case, text, who, own):
    x = extract_text(text, published="2024-05-13")
    found = edges(x, ATTENDED)
    for person in who:
        meetings = {m for o, m in found if o == person}
        assert meetings and all(m.endswith(own) for m in meetings), (person, found)


# (a, b): alike words, different meetings
APART = [
    ("中央第三生态环境保护督察组督察河北省工作动员会", "中央第七生态环境保护督察组督察新疆维吾尔自治区工作动员会"),
    ("中央第三生态环境保护督察组督察河北省工作动员会", "中央第三生态环境保护督察组督察山西省工作动员会"),
    ("领导小组第一次会议", "领导小组第二次会议"),
]
# (a, b): the same meeting, written two ways
TOGETHER = [
    ("中央第三生态环境保护督察组督察河北省工作动员会", "中央生态环境保护督察河北省工作动员会"),
    ("领导小组第3次会议", "领导小组第三次会议"),
]


@pytest.mark.parametrize("a, b", APART)
def test_round37_ordinals_and_provinces_keep_alike_names_apart(a, b):
    assert similarity(frozenset([a]), frozenset([b])) == 0.0


@pytest.mark.parametrize("a, b", TOGETHER)
def test_round37_alike_names_without_contrast_still_join(a, b):
    assert similarity(frozenset([a]), frozenset([b])) >= 0.6


def test_round37_prefecture_organ_sitting_is_not_the_province_meeting():
    text = ("9日上午，四川省抗震救灾指挥部召开会议，研究部署抗震救灾工作。省长王建国主持会议。"
            "9日晚，甘孜州抗震救灾指挥部在康定召开第一次会议，贯彻落实省抗震救灾指挥部会议部署。州委书记李红梅主持会议。")
    x = extract_text(text, published="2024-01-10")
    chaired = {o: m for o, m in edges(x, RelationKind.CHAIRED)}
    assert chaired.get("李红梅", "").endswith("甘孜州抗震救灾指挥部第一次会议"), (chaired, meeting_names(x))
    assert chaired.get("王建国", "").startswith("四川省"), chaired
