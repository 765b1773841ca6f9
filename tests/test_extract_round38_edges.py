"""Round 38 classes: a meeting named by the first part of a joint meeting's name (全省X推进会 over
the body's 全省X推进会暨Y会议) is that joint meeting; a topic before 有关会议/相关会议 names no one
meeting; 传达学习…某部配合开展X会议精神 relays X (开展 is no holding here); two relayed meetings of
alike names written with different days stay two; across reports an undated reference takes
the earlier meeting of a like name before the latest one that only shares its convener; the
names after an organ's leaders (局领导甲某、乙某, 厅领导, 部领导) are officials."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind, RelationKind
from kg.resolve import resolve

ATTENDED, RELAYED = RelationKind.ATTENDED, RelationKind.RELAYED


# (class, text, the joint meeting's name): one meeting, which the follow-up relays
JOINT_FIRST_PART = [
    ("headline-names-the-first-part",
     "我市召开续会贯彻落实全省物流枢纽建设推进会精神\n"
     "24日上午，全省物流枢纽建设推进会暨口岸工作专班扩大会议召开后，我市随即召开续会。"
     "市长王建国主持续会并讲话。王建国指出，全省推进会作出了全面部署。",
     "全省物流枢纽建设推进会暨口岸工作专班扩大会议"),
    ("body-names-the-first-part-again",
     "全区交通运输工作会议暨党风廉政建设工作会议召开\n"
     "1月8日，全区交通运输工作会议暨党风廉政建设工作会议召开。厅长王建国出席会议并讲话。"
     "会议要求，各地要把全区交通运输工作会议部署落到实处。",
     "全区交通运输工作会议暨党风廉政建设工作会议"),
]


@pytest.mark.parametrize("case, text, joint", JOINT_FIRST_PART, ids=[c[0] for c in JOINT_FIRST_PART])
def test_round38_first_part_of_joint_name_is_that_meeting(case, text, joint):
    x = extract_text(text, published="2024-10-25")
    names = list(meeting_names(x).values())
    first = joint.split("暨")[0]
    assert joint in names and first not in names, names


# (class, text, words no meeting name may end with)
TOPIC_UNSPECIFIC = [
    ("topic-before-you-guan",
     "市委常委会召开会议\n7月31日，市委书记王建国主持召开市委常委会会议，传达学习全省生态保护有关会议精神。",
     "有关会议"),
    ("topic-before-xiang-guan",
     "区委常委会召开会议\n6月19日，区委书记王建国主持召开区委常委会会议，传达学习全区全市创建文明城市相关会议精神。",
     "相关会议"),
]


@pytest.mark.parametrize("case, text, tail", TOPIC_UNSPECIFIC, ids=[c[0] for c in TOPIC_UNSPECIFIC])
def test_round38_topic_before_unspecific_meeting_words_is_no_meeting(case, text, tail):
    names = set(meeting_names(extract_text(text, published="2024-08-01")).values())
    assert names and not any(n.endswith(tail) for n in names), names


RELAY_OF_CARRIED_OUT = [
    ("organ-carries-out-a-relayed-meeting",
     "8月10日，某省禁毒工作领导小组第一次全体会议在昆明召开。副省长王建国出席会议并讲话。"
     "会议传达学习了7月21日全国禁毒工作视频会议和7月28日中央有关部门配合开展全国禁毒工作动员部署视频会议精神。"
     "会上，省公安厅厅长李红梅通报了有关情况。",
     "禁毒工作领导小组第一次全体会议", "全国禁毒工作动员部署视频会议"),
]


@pytest.mark.parametrize("case, text, own, relayed", RELAY_OF_CARRIED_OUT, ids=[c[0] for c in RELAY_OF_CARRIED_OUT])
def test_round38_carried_out_meeting_in_a_relay_is_relayed(case, text, own, relayed):
    x = extract_text(text, published="2023-08-11")
    found = edges(x, ATTENDED)
    assert {m for o, m in found if o == "李红梅"} and all(m.endswith(own) for o, m in found), found
    relays = edges(x, RELAYED)
    assert any(a.endswith(own) and b == relayed for a, b in relays), relays
    assert any(a.endswith(own) and b == "全国禁毒工作视频会议" for a, b in relays), relays


# (class, text, names that must be two meetings)
DAYS_APART = [
    ("organ-between-day-and-name",
     "8月10日，某省禁毒委员会全体会议召开。副省长王建国出席会议并讲话。"
     "会议传达学习了7月21日全国禁毒工作视频会议和7月28日公安部全国禁毒工作动员部署视频会议精神。",
     ("全国禁毒工作视频会议", "全国禁毒工作动员部署视频会议")),
]


@pytest.mark.parametrize("case, text, two", DAYS_APART, ids=[c[0] for c in DAYS_APART])
def test_round38_alike_relayed_meetings_of_different_days_stay_two(case, text, two):
    names = set(meeting_names(extract_text(text, published="2023-08-11")).values())
    assert set(two) <= names, names


def _meeting_reports():
    """A committee's plenary on 7-12 and its drive meeting on 7-30, each reported; a city
    relaying both the next day, neither with its day."""
    plenary = ("福建省海岸带保护委员会召开全体会议\n7月12日，福建省海岸带保护委员会全体会议召开。省长王建国主持会议并讲话。")
    drive = ("全省违建整治专项推进会召开\n7月30日，福建省海岸带保护委员会召开全省违建整治专项推进会。副省长李红梅出席会议并讲话。")
    city = ("市委常委会召开会议\n7月31日，市委书记赵海峰主持召开市委常委会会议，传达学习福建省海岸带保护委员会全体会议精神"
            "和全省违建整治专项推进会精神。")
    days = ("2024-07-13", "2024-07-31", "2024-08-01")
    return [make_report(f"r{i}.txt", text, published=day)
            for i, (text, day) in enumerate(zip((plenary, drive, city), days))]


def test_round38_undated_reference_prefers_a_like_name_to_a_shared_convener():
    corpus = resolve([extract(r) for r in _meeting_reports()])
    meetings = [n for n in corpus.nodes if n.kind is NodeKind.MEETING and "市委常委会" not in n.label]
    assert len(meetings) == 2, [(n.label, n.key) for n in meetings]


# (class, text, names of the list after an organ's 领导, all attending)
ORGAN_LEADERS = [
    ("bureau-leaders",
     "3月8日，市交通运输局召开全市交通运输工作会议。局长王建国出席会议并讲话。局领导钱立群、李红梅在主会场出席。",
     ["钱立群", "李红梅"]),
    ("department-leaders",
     "1月10日，全省交通运输工作会议召开。省交通运输厅厅长王建国作工作报告。厅领导赵海峰、石磊、田甜出席。",
     ["赵海峰", "石磊", "田甜"]),
    ("ministry-office-leaders",
     "3月14日，市委组织部召开部务会会议。部长王建国主持会议。部领导郭海涛、李静、贾二虎出席会议。",
     ["郭海涛", "李静", "贾二虎"]),
]


@pytest.mark.parametrize("case, text, who", ORGAN_LEADERS, ids=[c[0] for c in ORGAN_LEADERS])
def test_round38_names_after_an_organs_leaders_attend(case, text, who):
    x = extract_text(text, published="2024-03-15")
    found = {o for o, m in edges(x, ATTENDED)}
    assert set(who) <= found, found


@pytest.mark.parametrize("text", [
    "7月9日，巡视组向市委领导班子反馈巡视情况。组长王建国出席。",
    "会议要求，严格落实地方党委政府领导责任、部门监管责任。市长王建国出席。",
])
def test_round38_what_an_organs_leaders_are_is_no_name(text):
    x = extract_text(text, published="2024-07-10")
    assert {o.name for o in x.officials} == {"王建国"}, x.officials


# (class, text, who attends the report's meeting, not the one held before it)
HELD_BEFORE = [
    ("ci-qian-with-day",
     "9月12日，全市防控工作续会召开。市长王建国主持会议并讲话。此前，9月9日市政府召开防控专题会议，部署专项行动。\n"
     "市政府秘书长李红梅，市卫健局局长赵海峰等参加会议。",
     ["李红梅", "赵海峰"], "全市防控工作续会"),
    ("ci-qian-yi-tian",
     "1月11日，区委全会召开。区委书记王建国主持会议。此前一天，区委常委会召开会议，专题研究全会筹备工作。\n"
     "区委副书记李红梅，区人大常委会主任赵海峰出席会议。",
     ["李红梅", "赵海峰"], "区委全会"),
]


@pytest.mark.parametrize("case, text, who, own", HELD_BEFORE, ids=[c[0] for c in HELD_BEFORE])
def test_round38_meeting_held_before_is_an_aside(case, text, who, own):
    found = edges(extract_text(text, published="2024-09-13"), ATTENDED)
    for person in who:
        meetings = {m for o, m in found if o == person}
        assert meetings and all(m.endswith(own) for m in meetings), (person, found)
