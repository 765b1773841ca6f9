"""Round 19 classes: general mechanisms, one table per class, with short reports written for
the test: 与 inside one meeting's name after its scope (全省X与Y推进会) against 与 joining what
came before to a meeting; a level with no topic (全省大会, 省、市两级会议) naming the meeting of
that level the report named before; an organ's party group (省政协党组) and courts and
procuratorates (省法院 -> 高级人民法院) as bodies; 和 after what is relayed beside a meeting
(重要论述和X会议) or between two forums of one speech; a joint-meeting organ named for its role;
a list of those present written after its verb (在主席台就座的还有：); 市 in a municipality's report."""
import pytest
from extraction_probe import body_names, edges as _edges, extract_text, meeting_names

from kg.records import RelationKind

ATTENDED = RelationKind.ATTENDED


# (class, text, a part of the name that must be kept, names that must not be made)
JOINED_TOPICS = [
    ("scope-led-name-keeps-its-first-topic",
     "3月28日下午，全市推进产业升级与城乡融合发展推进会召开。市长张某某主持会议。",
     "产业升级与城乡融合发展推进会", {"城乡融合发展推进会"}),
    ("headline-of-a-video-meeting",
     "4月18日，全省深化国企改革与提质增效推进会以视频形式召开，各市设分会场。",
     "深化国企改革与提质增效推进会", {"提质增效推进会"}),
    ("spirit-before-yu-is-no-name",
     "会议要求，把学习贯彻全省精神文明建设成果与全国两会精神结合起来。",
     "全国两会", {"全省精神文明建设成果与全国两会"}),
    ("two-meetings-joined-by-yu",
     "会议传达学习了全省农村工作会议与全省宣传部长会议精神。",
     "全省宣传部长会议", {"全省农村工作会议与全省宣传部长会议"}),
]


@pytest.mark.parametrize("case, text, kept, absent", JOINED_TOPICS, ids=[c[0] for c in JOINED_TOPICS])
def test_round19_yu_inside_a_scoped_name(case, text, kept, absent):
    found = set(meeting_names(extract_text(text)).values())
    assert any(kept in f for f in found), found
    assert not found & absent, found


# (class, text, meetings expected, a name fragment no meeting may have)
LEVEL_ONLY = [
    ("province-and-city-assemblies",
     "3月3日，区委常委会召开会议，传达学习全省优化营商环境大会和全市优化营商环境大会精神。"
     "会议指出，全省、全市大会对优化营商环境作出系统部署。", 3, "省大会"),
    ("assembly-watched-then-follow-up",
     "2月10日，全省高质量发展大会召开。收听收看全省大会后，我县随即召开续会。", 2, "省大会"),
    ("two-levels-watched-at-a-branch-venue",
     "3月12日下午，全省春耕生产视频调度会召开。省会结束后，市里随即召开全市春耕生产调度会议。"
     "我县在分会场组织收听收看了省、市两级会议，县长李某某参加。", 2, "两级"),
]


@pytest.mark.parametrize("case, text, count, fragment", LEVEL_ONLY, ids=[c[0] for c in LEVEL_ONLY])
def test_round19_level_without_topic_is_the_meeting_of_that_level(case, text, count, fragment):
    x = extract_text(text)
    found = list(meeting_names(x).values())
    assert len(found) == count and not any(fragment in f for f in found), found


def test_round19_two_levels_attendance_goes_to_the_named_meetings():
    x = extract_text(LEVEL_ONLY[2][1])
    names = meeting_names(x)
    attended = {names[r.object] for r in x.relations if r.kind is RelationKind.ATTENDED}
    assert attended and all("春耕生产" in a for a in attended), attended


# (class, text, bodies expected, bodies that must not be made)
PARTY_GROUPS = [
    ("congress-standing-committee-group",
     "江西日报\n会后，省人大常委会党组随即召开扩大会议。", {"江西省人大常委会党组"}, set()),
    ("cppcc-group-place-first",
     "陕西日报\n会议强调，省政协党组要发挥好把方向作用。", {"陕西省政协党组"}, {"政协陕西省委员会党组"}),
    ("department-group-convenes",
     "江苏日报\n9月12日，省教育厅党组召开会议。", {"江苏省教育厅党组"}, set()),
    ("group-secretary-is-a-post-only",
     "江苏日报\n省教育厅党组书记、厅长王某某主持会议。", set(), {"江苏省教育厅党组"}),
]


@pytest.mark.parametrize("case, text, present, absent", PARTY_GROUPS, ids=[c[0] for c in PARTY_GROUPS])
def test_round19_an_organs_party_group_is_a_body(case, text, present, absent):
    found = body_names(text)
    assert present <= found and not found & absent, found


# (class, text, bodies expected): courts by the grade of their place, procuratorates
COURTS = [
    ("provincial-high-court", "辽宁日报\n省法院、省检察院负责同志参加会议。", {"辽宁省高级人民法院", "辽宁省人民检察院"}),
    ("prefecture-intermediate-court", "某日报\n大连市中级法院、大连市检察院负责同志参加会议。",
     {"大连市中级人民法院", "大连市人民检察院"}),
    ("county-court", "睢宁县融媒\n睢宁县召开会议。县法院、县检察院负责同志列席会议。",
     {"睢宁县人民法院", "睢宁县人民检察院"}),
    ("full-name-kept", "某日报\n大连市人民法院负责同志参加会议。", {"大连市中级人民法院"}),
]


@pytest.mark.parametrize("case, text, present", COURTS, ids=[c[0] for c in COURTS])
def test_round19_courts_and_procuratorates_are_bodies(case, text, present):
    found = body_names(text)
    assert present <= found, found


# (class, text, names expected, names that must not be made): 和 after what is relayed beside a
# meeting (重要论述和, 指示批示和), or after a meeting noun in 在X和Y上, ends the name before it
JOINED_AFTER = [
    ("discourse-and-a-meeting",
     "会议学习贯彻总书记关于审计工作的重要论述和二十届中央审计委员会第一次会议精神。",
     {"二十届中央审计委员会第一次会议"}, {"重要论述和二十届中央审计委员会第一次会议"}),
    ("instructions-and-a-meeting", "会议传达学习了重要指示批示和全国防汛抗旱工作会议精神。",
     {"全国防汛抗旱工作会议"}, {"重要指示批示和全国防汛抗旱工作会议"}),
    ("two-forums-in-one-speech",
     "会议学习贯彻总书记在推动西部大开发座谈会和推动东北振兴座谈会上的重要讲话精神。",
     {"推动西部大开发座谈会", "推动东北振兴座谈会"}, {"推动西部大开发座谈会和推动东北振兴座谈会"}),
]


@pytest.mark.parametrize("case, text, present, absent", JOINED_AFTER, ids=[c[0] for c in JOINED_AFTER])
def test_round19_and_ends_the_name_before_it(case, text, present, absent):
    found = set(meeting_names(extract_text("3月1日，市委常委会召开会议。" + text)).values())
    assert present <= found and not found & absent, found


# (class, text, meetings expected): a joint-meeting organ (联席会议) named for its role, its
# platform or its work is the organ, not a gathering; its sitting still is one
ORGAN_NOT_SITTING = [
    ("role-of-the-organ", "要充分发挥市信访工作联席会议统筹协调作用，各成员单位要各司其职。", 0),
    ("organ-as-a-platform", "要用好统一战线工作联席会议等平台，凝聚各方力量。", 0),
    ("organ-recent-work", "副召集人通报了全市信访形势和联席会议近期工作。", 0),
    ("its-plenary-still-is-a-meeting", "3月12日，全省信访工作联席会议全体会议召开。", 1),
]


@pytest.mark.parametrize("case, text, count", ORGAN_NOT_SITTING, ids=[c[0] for c in ORGAN_NOT_SITTING])
def test_round19_joint_meeting_organ_is_no_sitting(case, text, count):
    found = list(meeting_names(extract_text(text)).values())
    assert len(found) == count, found


# a list of those present written after its verb (在主席台就座的还有：甲，乙): every name attends
def test_round19_fronted_rostrum_list_attends():
    x = extract_text("4月18日，全州旅游发展大会在某县召开。州长张某某主持会议。"
                     "在主席台就座的还有：州人大常委会主任李某某，州政协主席王某某。")
    attended = {(s, m) for s, m in _edges(x, ATTENDED)}
    assert {"李某某", "王某某"} <= {s for s, _ in attended}, attended


# (class, text, name the referred meeting gets): in a municipality's report (or one of its
# districts') 市 is the municipality; in a province's report it stays unknown
MUNICIPALITY_CITY = [
    ("municipality-government-sitting",
     "天津日报\n天津市交通运输委召开调度会。会上传达了市政府第五十三次常务会议精神。", "天津市政府第五十三次常务会议"),
    ("municipality-district",
     "重庆日报\n3月1日，渝北区委常委会召开会议，传达学习市委常委会会议精神。区委书记王某某主持。", "重庆市委常委会会议"),
    ("province-city-stays-unknown",
     "辽宁日报\n辽宁省交通运输厅召开调度会。会上传达了市政府第五十三次常务会议精神。", "市政府第五十三次常务会议"),
]


@pytest.mark.parametrize("case, text, name", MUNICIPALITY_CITY, ids=[c[0] for c in MUNICIPALITY_CITY])
def test_round19_city_word_in_a_municipality(case, text, name):
    found = set(meeting_names(extract_text(text, head="")).values())
    assert name in found, found
