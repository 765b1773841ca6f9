"""Round 14 extraction classes: general mechanisms, one row per class, with short reports
written for the test (a county-level city's own page, post titles running into place names,
national organs that hold a meeting, abridged names, dated sittings of an organ, datelines,
verb phrases before a meeting noun, stop words inside campaign names, a meeting whose topic
is another's spirit, quotes between the verb and the name, follow-ups watched at a venue)."""
import pytest
from extraction_probe import check_edge, edges, extract_text
from extraction_probe import meeting_names as names

from kg.extract import jurisdiction
from kg.records import RelationKind

CHAIRED, ATTENDED, RELAYED = RelationKind.CHAIRED, RelationKind.ATTENDED, RelationKind.RELAYED


def ex(text, published="2024-07-03", head="某某日报\n"):
    return extract_text(text, published, head)


# (class, report text, field of the Region, value)
REGIONS = [
    ("county-level-city-owns-the-page",      # its 市 is itself, not the prefecture it belongs to
     "义乌市人民政府门户网站\n市委常委会召开会议\n6月18日，金华市委常委、义乌市委书记钱一鸣主持召开市委常委会会议，"
     "传达学习金华市委全会精神。市委副书记、市长孙二强出席。", "prefecture", "义乌市"),
    ("county-level-city-holds-the-meeting",  # a prefecture's paper on one of its cities
     "金华新闻网\n义乌召开防汛工作推进会\n昨天，义乌市防汛工作推进会召开。义乌市委书记钱一鸣出席并讲话，"
     "市委副书记、市长孙二强主持会议。", "prefecture", "义乌市"),
    ("post-title-runs-into-a-place",         # 县长治某: 县长 + a name, not the city 长治
     "某县召开防汛工作会议。县委书记钱一鸣，县委副书记、县长治文远出席会议。县长治文远主持。",
     "prefecture", None),
    ("one-character-county-after-a-joiner",  # 精神和县委书记: 和 joins, it is no county 和县
     "镇党委召开会议，传达学习全省会议精神和县委书记钱一鸣的讲话精神。县委、县政府高度重视。",
     "county", None),
    ("level-word-continues-a-named-place",   # 某某市委副书记、市长: not the report's own 市
     "全省防汛工作视频会议召开。省长钱一鸣出席并讲话。会上，成都市委副书记、市长孙二强作交流发言。",
     "level", "省"),
]


@pytest.mark.parametrize("case, text, field, value", REGIONS, ids=[c[0] for c in REGIONS])
def test_round14_regions(case, text, field, value):
    assert getattr(jurisdiction.infer(text), field) == value, jurisdiction.infer(text)


_NATIONAL = ("7月2日上午，国家防总召开防汛抗旱视频会商调度会，副省长钱一鸣在分会场参加。"
             "会后，省防汛抗旱指挥部随即召开全省防汛工作视频会议，贯彻落实国家防总会商调度会部署。"
             "钱一鸣出席会议并讲话，孙二强主持会议。")


def test_national_organ_names_its_meeting_and_its_abridged_form_is_the_same():
    found = sorted(names(ex(_NATIONAL)).values())
    assert [n for n in found if "防总" in n] == ["国家防总防汛抗旱视频会商调度会"], found


def test_dated_sitting_of_an_organ_keeps_the_organ():
    x = ex("7月10日，省防指召开全省防汛工作视频调度会议，落实国家防总7月9日防汛视频调度会议部署。")
    assert "国家防总防汛视频调度会议" in names(x).values(), names(x)


# (class, text, kind, edge that must be there)
EDGES = [
    ("national-organ-relayed", _NATIONAL, RELAYED, ("全省防汛工作视频会议", "国家防总防汛抗旱视频会商调度会")),
    ("campaign-name-holds-a-stop-word",      # 党纪学习教育推进会议: 学习 does not start the name
     "5月16日，县委理论学习中心组举行专题学习会议，传达学习全省、全市党纪学习教育推进会议精神。"
     "县委书记钱一鸣主持会议。", RELAYED, ("县委理论学习中心组专题学习会议", "全市党纪学习教育推进会议")),
    ("topic-is-another-meetings-spirit",     # 召开学习贯彻X全会精神视频会议: one name, relaying X
     "7月22日，自治区党委召开全区学习贯彻党的二十届三中全会精神视频会议。自治区党委书记钱一鸣出席并讲话。",
     RELAYED, ("全区学习贯彻党的二十届三中全会精神视频会议", "党的二十届三中全会")),
    ("follow-up-after-watching-at-a-venue",  # 在我县分会场参加Y。会后，我县随即召开会议: relays Y
     "某县召开“三夏”生产工作推进会\n5月27日下午，全省“三夏”生产电视电话会议召开。县委书记钱一鸣在我县分会场参加会议。"
     "会后，我县随即召开会议，对全县工作进行再部署。钱一鸣主持会议并讲话。",
     RELAYED, ("三夏生产工作推进会", "全省三夏生产电视电话会议")),
]


@pytest.mark.parametrize("case, text, kind, edge", EDGES, ids=[c[0] for c in EDGES])
def test_round14_edges(case, text, kind, edge):
    found = edges(ex(text), kind)
    assert any(a.endswith(edge[0]) and b.endswith(edge[1]) for a, b in found), found


def test_a_cited_official_did_not_attend():
    x = ex("7月2日，省防指随即召开全省防汛工作视频调度会，贯彻落实省委书记钱一鸣对防汛工作所作批示要求。"
           "孙二强主持会议。")
    assert not any(who == "钱一鸣" for who, _ in edges(x, ATTENDED)), edges(x, ATTENDED)


def test_a_dateline_does_not_date_the_meeting_held_right_after_another():
    x = ex("新华网某地5月23日电　5月22日下午，国务院安委会召开全国安全生产电视电话会议。"
           "全国会议结束后，我省随即召开全省安全生产电视电话会议，传达学习全国会议精神。", "2024-05-23")
    held = [m for m in x.meetings if m.name.endswith("全省安全生产电视电话会议")]
    assert held and held[0].date == "2024-05-22", x.meetings


# (class, text, name ends that must not be meeting names)
NO_MEETING = [
    ("verb-before-a-bare-noun",        # 确保会议精神落实: the current meeting's spirit
     "6月18日，市委召开常委会会议。会议要求，确保会议精神落实到基层。", ("确保会议",)),
    ("verb-phrase-before-a-plenum",    # 把思想统一到全会精神上来 / 围绕全会作辅导
     "6月18日，市委召开常委会会议，传达学习党的二十届三中全会精神。会议要求，把思想和行动统一到全会精神上来，"
     "邀请专家围绕全会作辅导。", ("统一到全会", "围绕全会")),
    ("scope-kind-is-not-an-organs-sitting",   # 全省视频会议 is not the 省委常委会扩大会议
     "市委召开常委会会议 传达学习省委常委会扩大会议和全省视频会议精神\n"
     "7月20日，省委召开全省学习贯彻党的二十届三中全会精神视频会议。"
     "7月22日，市委召开常委会会议，传达学习省委常委会扩大会议精神。", ()),
    ("cited-instruction-before-a-joined-name",  # 落实X所作批示要求和国家X会精神: two things
     "7月2日，省防指随即召开全省防汛工作视频调度会，贯彻落实省委书记钱一鸣对防汛工作所作批示要求"
     "和国家防总会商调度会精神。", ("批示要求和国家防总会商调度会",)),
]


@pytest.mark.parametrize("case, text, absent", NO_MEETING, ids=[c[0] for c in NO_MEETING])
def test_round14_no_meeting(case, text, absent):
    x = ex(text)
    found = set(names(x).values())
    assert not any(n.endswith(a) for n in found for a in absent), found
    organ = [m for m in x.meetings if m.name.endswith("委常委会扩大会议")]
    assert all(not a.endswith("视频会议") for m in organ for a in m.aliases), organ


def test_follow_up_is_labelled_by_what_it_is_about():
    x = ex("某县人民政府\n我县召开全县春季农业生产工作会议\n2月26日下午，全省春季农业生产电视电话会议召开。"
           "县委书记钱一鸣在我县分会场收听收看。全省会议结束后，我县紧接着召开续会。县长孙二强主持续会。")
    chaired = edges(x, CHAIRED)
    assert any(who == "孙二强" and m.endswith("春季农业生产工作会议") for who, m in chaired), chaired


def test_quote_between_verb_and_name_is_still_held():
    x = ex("某县召开“三夏”生产工作推进会\n5月27日，县委书记钱一鸣主持会议并讲话。")
    check_edge(x, CHAIRED, ("钱一鸣", next(n for n in names(x).values() if n.endswith("三夏生产工作推进会"))))
