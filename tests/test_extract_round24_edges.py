"""Round 24 classes (meetings and edges), one table per class, with short reports written for
the test: a session's 开幕会/闭幕会 is a sitting of the session the report names, not a
meeting of its own, and "X在某地闭幕" tells X was held; a task verb before a meeting
(精心做好X各项筹备 / 完成X精神的传达 / 保证X质量 / 将草案提请X表决 / 对X精神细化落实) is not part of its name."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

# (class, text, a name that must be made (ends one), name fragments no meeting may hold)
TASK_VERBS = [
    ("zuohao-before-a-plenary",
     "5月6日，市政协党组召开会议。会议要求，要精心做好全省统战工作会议精神的贯彻落实。",
     "全省统战工作会议", ("做好",)),
    ("wancheng-before-a-relay",
     "6月3日，县委统战部召开部务会议。会议要求，各乡镇要在6月底前完成会议精神的传达学习。",
     "县委统战部部务会议", ("完成",)),
    ("tiqing-before-a-session",
     "11月2日，市人大常委会召开主任会议。会议同意将草案修改稿提请市十五届人大常委会第九次会议表决。",
     "市十五届人大常委会第九次会议", ("提请", "同意")),
    ("dui-before-the-spirit",
     "会后，县防汛指挥部随即召开调度会，对会议精神逐项细化落实。",
     "调度会", ("对会议",)),
    ("baozheng-before-a-meeting",
     "3月8日，区人大常委会召开党组会议。会议强调，要保证会议审议质量。",
     "区人大常委会党组会议", ("保证",)),
]


@pytest.mark.parametrize("case, text, kept, absent", TASK_VERBS, ids=[c[0] for c in TASK_VERBS])
def test_round24_task_verb_is_not_the_name(case, text, kept, absent):
    found = set(meeting_names(extract_text(text, published="2024-06-03")).values())
    assert any(f.endswith(kept) for f in found), found
    assert not any(a in f for f in found for a in absent), found


# (class, text, the session's name (a part), official who chaired it, one who attended)
SESSION_SITTINGS = [
    ("closing-sitting-chaired",
     "12月20日下午，市十七届人大常委会第八次会议在市行政中心闭幕。市人大常委会主任张建华主持闭幕会。"
     "市人大常委会副主任李文、王小青出席。",
     "人大常委会第八次会议", "张建华", "李文"),
    ("opening-sitting-chaired",
     "3月15日，县政协十一届三次会议在县会议中心开幕。县政协主席赵德明出席并讲话，县政协副主席陈立主持开幕会。",
     "政协十一届三次会议", "陈立", "赵德明"),
]


@pytest.mark.parametrize("case, text, session, chair, present", SESSION_SITTINGS,
                         ids=[c[0] for c in SESSION_SITTINGS])
def test_round24_opening_and_closing_sittings_are_the_session(case, text, session, chair, present):
    x = extract_text(text, published="2024-12-20")
    found = set(meeting_names(x).values())
    assert not found & {"闭幕会", "开幕会"}, found
    assert any(session in f for f in found), found
    assert any(o == chair and session in m for o, m in edges(x, RelationKind.CHAIRED)), edges(x, RelationKind.CHAIRED)
    assert any(o == present and session in m for o, m in edges(x, RelationKind.ATTENDED)), \
        edges(x, RelationKind.ATTENDED)


def test_round24_meeting_after_the_closing_sitting_relays_the_session():
    x = extract_text("11月28日下午，省十四届人大常委会第九次会议在省城闭幕。省人大常委会主任刘明主持闭幕会。"
                     "闭幕会后，省人大常委会党组随即召开会议，研究部署贯彻落实本次常委会会议精神。"
                     "刘明主持党组会议。", published="2024-11-28")
    relays = edges(x, RelationKind.RELAYED)
    assert any("党组" in a and "第九次会议" in b for a, b in relays), relays


# (class, text, a name that must be made (ends one), names that must not be made)
KIND_WORDS = [
    ("buwuhui-held-after-the-meeting",
     "5月9日，市委常委会召开会议，传达学习全省组织工作会议精神。会后，市委组织部随即召开部务会，传达学习市委常委会会议精神。",
     "组织部部务会", set()),
    ("buwuhui-with-bracketed-kuoda-is-one-name",
     "6月2日，县委常委、宣传部部长王海主持召开部务会（扩大）会议，传达学习全省宣传部长会议精神。部务会后，随即召开全县宣传系统视频调度会。",
     "部务会(扩大)会议", {"部务会"}),
    ("study-verb-with-le-is-no-meeting",
     "会前，与会人员集体学习了全省双拥工作领导小组全体会议精神。",
     "全省双拥工作领导小组全体会议", {"会人员集体学习"}),
]


@pytest.mark.parametrize("case, text, kept, absent", KIND_WORDS, ids=[c[0] for c in KIND_WORDS])
def test_round24_kind_words(case, text, kept, absent):
    found = set(meeting_names(extract_text(text, published="2024-06-02")).values())
    assert any(f.endswith(kept) for f in found), found
    assert not found & absent, found
    assert not any("集体学习" in f for f in found), found


def test_round24_buwuhui_relays_the_meeting_before_it():
    x = extract_text("5月9日，市委常委会召开会议，传达学习全省组织工作会议精神。"
                     "会后，市委组织部随即召开部务会，传达学习市委常委会会议精神。", published="2024-05-09")
    relays = edges(x, RelationKind.RELAYED)
    assert any(a.endswith("部务会") and "常委会" in b for a, b in relays), relays


@pytest.mark.parametrize("text, planned", [
    ("4月2日，市人大常委会党组召开会议。会议要求，要认真做好市委人大工作会议的筹备工作。", "市委人大工作会议"),
    ("4月2日，市政协党组召开会议。会议强调，要精心做好市政协十届五次常委会议各项准备。", "十届五次常委会议"),
])
def test_round24_a_meeting_being_prepared_is_not_held_or_named(text, planned):
    found = set(meeting_names(extract_text(text, published="2024-04-02")).values())
    assert not any(planned in f for f in found), found
