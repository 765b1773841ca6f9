"""How far an undated reference reaches for the meeting it means: a short form of the name
(全国林草工作会议), a report announcing a meeting held weeks later, a numbered sitting relayed for
weeks, and a reference whose report names no scope (meeting_short_names.py, meeting_reach.py)."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve
from kg.resolve.meeting_short_names import shortens


def _meetings(*reports: tuple[str, str]) -> list:
    corpus = resolve([extract(make_report(f"r{i}.txt", text, published=day))
                      for i, (text, day) in enumerate(reports)])
    return [n for n in corpus.nodes if n.kind is NodeKind.MEETING]


def _of(nodes, ending: str) -> list:
    return [n for n in nodes if n.label.endswith(ending)]


@pytest.mark.parametrize("short,full,expected", [
    ("林草工作会", "林业和草原工作会", True),           # 林草 for 林业和草原
    ("委编委2024年第一次会", "委机构编制委员会2024年第一次会", True),
    ("主题教育工作会", "学习贯彻习近平新时代中国特色社会主义思想主题教育工作会", True),
    ("整改推进会", "耕地保护督察整改推进会", True),
    ("推进会", "整改推进会", False),                   # the kind of meeting alone names none
    ("委常委会会", "国资委党委理论学习中心组学习扩大会", False),   # another kind (扩大会)
    ("林草工作会", "林草工作会", False),                 # the same name: Dice's, not this
    ("第三督察组反馈会", "中央第七生态环境保护督察组反馈会", False),   # ordinals differ
])
def test_short_forms(short, full, expected):
    assert shortens(frozenset([short]), frozenset([full])) is expected


_FULL = ("全国林业和草原工作会议召开\n1月9日，全国林业和草原工作会议在京召开。国家林草局局长甲某出席会议并讲话。",
         "2025-01-09")


@pytest.mark.parametrize("reference,count", [
    ("全国林草工作会议", 1),           # its short form, the next day: the same meeting
    ("全国林业和草原工作会议", 1),
    ("全国湿地工作会议", 2),           # not a short form of it
])
def test_short_form_joins_the_meeting_days_before(reference, count):
    relay = (f"青海省林草局召开党组会议\n1月10日，青海省林草局党组书记乙某主持召开党组会议，传达学习{reference}精神。",
             "2025-01-10")
    assert len(_of(_meetings(_FULL, relay), "工作会议")) == count


def _announcing(meeting: str, day: str):
    return (f"江苏省委常委会召开会议\n{day[5:7].lstrip('0')}月{day[8:].lstrip('0')}日，江苏省委书记甲某主持召开"
            f"省委常委会会议。会议研究了{meeting}筹备工作。", day)


def _held(meeting: str, day: str):
    return (f"江苏{meeting[2:]}召开\n{day[5:7].lstrip('0')}月{day[8:].lstrip('0')}日，江苏{meeting[2:]}在南京召开。"
            f"省委书记甲某出席会议并讲话。", day)


@pytest.mark.parametrize("meeting,announced,held,count", [
    ("全省教育大会", "2024-09-12", "2024-11-05", 1),     # announced 54 days before: the same
    ("全省教育大会", "2024-09-12", "2024-12-20", 2),     # over two months before: not
    ("全省政府常务会议", "2024-09-12", "2024-09-20", 2),  # held again and again: not the next one
])
def test_a_report_announcing_a_meeting(meeting, announced, held, count):
    nodes = _meetings(_announcing(meeting, announced), _held(meeting, held))
    assert len(_of(nodes, meeting[-4:])) == count


def _relay(city: str, meeting: str, day: str):
    return (f"{city}市委常委会召开会议\n{city}市委书记甲某主持召开{city}市委常委会会议，传达学习{meeting}精神。", day)


@pytest.mark.parametrize("meeting,count", [
    ("中央财经委员会第四次会议", 1),     # a numbered sitting, relayed 8 days apart: one
    ("中央财经委员会会议", 2),           # unnumbered: days apart only
])
def test_numbered_sitting_relayed_for_weeks(meeting, count):
    nodes = _meetings(_relay("三明", meeting, "2024-02-26"), _relay("南平", meeting, "2024-03-05"))
    assert len(_of(nodes, meeting[-6:])) == count


def _unplaced(meeting: str):
    """A county report that names neither its place nor the meeting's."""
    return (f"县委常委会召开会议\n3月14日，县委书记丙某主持召开县委常委会会议，传达学习{meeting}精神。", "2024-03-14")


def _sitting(place: str, meeting: str):
    return (f"{place}召开会议\n3月11日，{place}{meeting}召开。{place}委书记丁某出席会议并讲话。", "2024-03-11")


@pytest.mark.parametrize("held,reference,count", [
    # one meeting of the name in the weeks before: it
    (("北京市",), "推进京津冀协同发展领导小组会议", 1),
    # two of them: neither
    (("北京市", "天津市"), "推进京津冀协同发展领导小组会议", 3),
    # a name held again and again (常委会会议) is no one meeting, however few the corpus holds
    (("杭州市",), "市委常委会会议", 2),
    # a level the reference writes (市委) must be the meeting's
    (("杭州市",), "市委全面深化改革委员会第五次会议", 1),
    (("浙江省",), "市委全面深化改革委员会第五次会议", 2),
])
def test_unplaced_reference_joins_the_one_meeting_of_its_name(held, reference, count):
    own = reference[1:] if reference.startswith("市委") else reference    # 市委X: 杭州市委X
    sittings = [_sitting(place, own) for place in held]
    nodes = _meetings(*sittings, _unplaced(reference))
    assert len(_of(nodes, reference[-6:])) == count


def _watched(meeting: str):
    """A county report, naming no place, that watched a meeting held that day."""
    return (f"县领导参加会议\n3月11日，{meeting}以视频形式召开，县委书记丙某在县分会场参加会议。", "2024-03-11")


@pytest.mark.parametrize("held,count", [
    (("北京市",), 1),            # the one meeting of the name that day: it, keyed by its place
    (("北京市", "天津市"), 3),   # two that day: neither
])
def test_unplaced_mention_held_the_same_day(held, count):
    meeting = "推进京津冀协同发展领导小组会议"
    nodes = _of(_meetings(*[_sitting(place, meeting) for place in held], _watched(meeting)), "领导小组会议")
    assert len(nodes) == count
    assert count > 1 or not nodes[0].key.startswith("meeting/local@")


@pytest.mark.parametrize("reference,count", [
    ("全国高级法院院长会议", 1),        # an annual conference of heads: one, ten days on
    ("全国司法厅(局)长会议", 1),
    ("国务院常务会议", 2),             # held again and again: ten days apart are two
])
def test_conferences_of_heads_are_held_once(reference, count):
    reports = [(f"{organ}召开党组会议\n近日，{organ}党组书记{who}主持召开党组会议，传达学习{reference}精神。", day)
               for organ, who, day in (("江西省高级人民法院", "甲某", "2024-01-17"),
                                       ("江西省司法厅", "乙某", "2024-01-27"))]
    assert len(_of(_meetings(*reports), reference[-4:])) == count


@pytest.mark.parametrize("reference,count", [
    ("民营企业座谈会", 1),              # a national meeting named by its topic: relayed for weeks
    ("国务院常务会议", 2),              # held every week or two: three weeks apart are two
    ("中央财经委员会会议", 2),          # an organ's sitting, unnumbered: which one is not said
])
def test_national_topic_meetings_reach_weeks(reference, count):
    reports = [(f"{organ}召开会议\n近日，{organ}党组书记{who}主持召开会议，传达学习习近平总书记在{reference}上的重要讲话精神。", day)
               if "座谈" in reference else
               (f"{organ}召开会议\n近日，{organ}党组书记{who}主持召开会议，传达学习{reference}精神。", day)
               for organ, who, day in (("江西省工商联", "甲某", "2025-02-20"), ("福建省工商联", "乙某", "2025-03-13"))]
    assert len(_of(_meetings(*reports), reference[-3:])) == count
