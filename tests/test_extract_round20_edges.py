"""Round 20 (meetings and edges) classes: general mechanisms, one table per class, with short
reports written for the test: meetings listed and then said to be held one after the other
(X和Y相继召开); a unit's party organ written short before 召开（扩大）会议 (局党组, 高新区党工委);
an organ, not a gathering, after 人民代表大会 (人民代表大会常务委员会); a page widget's 今天是:
that dates nothing; a meeting named by its kind alone after its full name; verbs and 工作 read
as names (学习贯彻总书记, 书记抓基层党建工作); 现场述职 at a meeting."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

ATTENDED = RelationKind.ATTENDED
CHAIRED = RelationKind.CHAIRED


def _dated(x) -> dict[str, str | None]:
    return {m.name: m.date for m in x.meetings}


# (class, text, published, meeting names that must be dated, the date, who watched them)
HELD_ONE_AFTER_ANOTHER = [
    ("xiangji-two-levels",
     "昨天下午，全省安全生产电视电话会议和全市安全生产推进会相继召开。县长王某某在县分会场收听收看会议。",
     "2024-06-14", ("全省安全生产电视电话会议", "全市安全生产推进会"), "2024-06-13", "王某某"),
    ("xianhou-nation-and-province",
     "本周三下午，全国防汛工作电视电话会议和全省防汛工作电视电话会议先后召开。副县长李某某在县分会场收听收看会议。",
     "2024-11-22", ("全国防汛工作电视电话会议", "全省防汛工作电视电话会议"), "2024-11-20", "李某某"),
]


@pytest.mark.parametrize("case, text, published, names, day, person", HELD_ONE_AFTER_ANOTHER,
                         ids=[c[0] for c in HELD_ONE_AFTER_ANOTHER])
def test_round20_listed_meetings_held_one_after_another(case, text, published, names, day, person):
    x = extract_text(text, published=published)
    dated = _dated(x)
    assert all(dated.get(n) == day for n in names), dated
    assert {(person, n) for n in names} <= edges(x, ATTENDED), edges(x, ATTENDED)


# (class, text, published, the one meeting's name must contain, its chair)
SHORT_UNIT_ORGAN = [
    ("bureau-party-group-after-headline",
     "市统计局党组召开会议传达学习全省统计工作会议精神\n昨天，局党组召开会议，传达学习全省统计工作会议精神。"
     "局长赵某某主持会议。副局长钱某某参加会议。",
     "2024-06-14", "统计局党组", "赵某某"),
    ("zone-working-committee-enlarged",
     "日前，开发区党工委召开（扩大）会议，传达学习全市招商工作会议精神。党工委书记孙某某主持会议。",
     "2024-06-14", "开发区党工委", "孙某某"),
]


@pytest.mark.parametrize("case, text, published, organ, chair", SHORT_UNIT_ORGAN,
                         ids=[c[0] for c in SHORT_UNIT_ORGAN])
def test_round20_short_unit_organ_holds_one_meeting(case, text, published, organ, chair):
    x = extract_text(text, published=published)
    held = [n for n in meeting_names(x).values() if organ in n]
    assert len(held) == 1, meeting_names(x)
    assert (chair, held[0]) in edges(x, CHAIRED), edges(x, CHAIRED)
    assert "会议" not in meeting_names(x).values() and "(扩大)会议" not in meeting_names(x).values()


def test_round20_standing_committee_of_a_congress_is_no_meeting():
    x = extract_text("某省人民代表大会常务委员会  人大网\n\n省人大常委会党组召开扩大会议\n"
                     "7月22日，省人大常委会党组书记周某某主持召开党组扩大会议，传达学习党的二十届三中全会精神。"
                     "党组成员吴某某出席会议。", published="2024-07-23", head="")
    names = set(meeting_names(x).values())
    assert not any(n.endswith("人民代表大会") for n in names), names
    assert any("党组扩大会议" in n for n in edges_objects(x, ATTENDED)), names


def edges_objects(x, kind) -> set[str]:
    return {meeting for _, meeting in edges(x, kind)}


@pytest.mark.parametrize("widget", ["欢迎您!今天是:", "欢迎您！今天是："])
def test_round20_page_widget_today_dates_nothing(widget):
    x = extract_text(f"某县人民政府网站{widget}\n\n我县组织收听收看全省安全生产电视电话会议并召开续会\n"
                     "本周一上午，全省安全生产电视电话会议召开。会后，我县随即召开续会。县长郑某某主持续会。",
                     published="2024-11-22", head="")
    assert _dated(x).get("全省安全生产电视电话会议") == "2024-11-18", _dated(x)


# (class, text, the meeting named in full, the short kind that names it again)
KIND_ALONE = [
    ("review-meeting-said-again",
     "1月25日，旗委书记冯某某主持召开旗委常委会会议，传达学习全盟旗县党委书记抓基层党建工作述职评议会精神。"
     "会议指出，在1月23日的述职评议会上，冯某某代表旗委作了述职。",
     "全盟旗县党委书记抓基层党建工作述职评议会", "述职评议会"),
]


@pytest.mark.parametrize("case, text, full, short", KIND_ALONE, ids=[c[0] for c in KIND_ALONE])
def test_round20_kind_alone_is_the_meeting_named_before(case, text, full, short):
    names = list(meeting_names(extract_text(text, published="2024-01-26")).values())
    assert short not in names and any(full in n for n in names), names


def test_round20_own_meeting_does_not_absorb_a_relayed_one_of_its_kind():
    x = extract_text("7月5日，市委理论学习中心组召开专题学习会。会上，市委常委陈某某传达了省委理论学习中心组专题学习会精神。",
                     published="2024-07-06")
    assert len(x.meetings) == 2, meeting_names(x)


# (class, text, a string that must not be an official)
NOT_A_NAME = [
    ("xue-xi-guan-che-before-a-title",
     "王某某强调，要把学习贯彻总书记重要讲话精神作为首要政治任务。", "习贯彻"),
    ("work-after-a-post",
     "3月19日，县委书记陈某某主持召开县委常委会会议，听取乡镇党委书记抓基层党建工作述职评议情况汇报。", "抓基层党建工"),
    ("duty-work-after-a-post",
     "会议由党组书记卫某某主持，委员履职工作情况由秘书长通报。", "履职工"),
]


@pytest.mark.parametrize("case, text, absent", NOT_A_NAME, ids=[c[0] for c in NOT_A_NAME])
def test_round20_verbs_and_work_are_no_names(case, text, absent):
    x = extract_text(text, published="2024-03-20")
    assert absent not in {o.name for o in x.officials}, [o.name for o in x.officials]


def test_round20_reporting_on_the_spot_is_attendance():
    x = extract_text("1月18日，市委召开县委书记抓基层党建工作述职评议会。会上，甲县县委书记蒋某某、乙县县委书记沈某某现场述职，"
                     "其他县委书记书面述职。", published="2024-01-19")
    who = {p for p, _ in edges(x, ATTENDED)}
    assert {"蒋某某", "沈某某"} <= who, who
