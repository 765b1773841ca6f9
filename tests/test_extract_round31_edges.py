"""Round 31 classes (meetings and edges): general mechanisms, one table per class, with short
reports written for the test: the first part of an interpunct name never swallows the post
before it (旗政协主席包·额尔敦), and a one-character first part is a name only after a post;
a post chain that goes on past 、 with a long unlisted title naming its unit (援建工作队领队,
原X委副主任) before the name; a study group's sitting "carried out" with 进行 as with 开展;
an organ that 召开会议暨X names the sitting before 暨 though X names an organ of its own."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

ATTENDED = RelationKind.ATTENDED
CHAIRED = RelationKind.CHAIRED


def _officials(text: str) -> set[str]:
    return {o.name for o in extract_text(text).officials}


# (class, text, officials that must be found, strings that must not be an official)
INTERPUNCT_AFTER_POST = [
    ("post-before-a-two-part-name-in-a-list",
     "县委书记甲乙丙主持会议。县委常委巴特·朝鲁、孙明出席会议。",
     {"巴特·朝鲁", "孙明"}, {"县委常委巴特·朝鲁"}),
    ("post-before-a-one-character-first-part",
     "县人大常委会主任王海、县政协主席包·宝音列席会议。",
     {"王海", "包·宝音"}, {"县政协主席包·宝音", "县政协主席包"}),
    ("organ-word-before-the-name",
     "近日，县委书记、县委审计委员会主任阿旺·平措主持召开县委审计委员会会议。",
     {"阿旺·平措"}, {"会主任阿旺·平措"}),
]


@pytest.mark.parametrize("case, text, found, absent", INTERPUNCT_AFTER_POST,
                         ids=[c[0] for c in INTERPUNCT_AFTER_POST])
def test_round31_interpunct_name_keeps_out_the_post(case, text, found, absent):
    names = _officials(text)
    assert found <= names, names
    assert not names & absent, names


# (class, text, official expected, attended meeting name fragment)
LONG_CHAIN_TITLE = [
    ("aid-team-leader",
     "5月20日，市委常委会召开会议。市委书记甲乙丙主持会议。市委常委、常务副市长、浙江省第十批援建工作队领队司徒明远，"
     "副市长、江苏省第十批援建工作队领队郑文彬出席会议。",
     {"司徒明远", "郑文彬"}),
    ("former-post-in-another-city",
     "6月3日，县委常委会召开会议。县委书记甲乙丙主持会议。县委常委、挂职副县长、原苏州市吴江区农业农村局副局长胡俊出席会议。",
     {"胡俊"}),
    ("work-group-head",
     "6月3日，县委常委会召开会议。县委书记甲乙丙主持会议。县委常委、常务副县长、广东省援建工作队某某工作组组长欧阳文韬出席会议。",
     {"欧阳文韬"}),
]


@pytest.mark.parametrize("case, text, found", LONG_CHAIN_TITLE, ids=[c[0] for c in LONG_CHAIN_TITLE])
def test_round31_long_title_after_a_post_chain(case, text, found):
    x = extract_text(text, published="2024-06-05")
    assert found <= {o.name for o in x.officials}
    attended = {who for who, _ in edges(x, ATTENDED)}
    assert found <= attended, attended


def test_round31_a_title_with_function_words_is_no_post():
    # past six characters a run holding 的/在/和 is a clause, not a title
    names = _officials("副市长、负责在全市范围内推进的和平同志讲话。")
    assert "和平" not in names and "平同" not in names, names


# (class, text, meeting name expected, chair)
STUDY_CARRIED_OUT = [
    ("jinxing",
     "近日，市政府党组理论学习中心组进行集体学习，专题学习《条例》。市长甲乙丙主持学习。",
     "市政府党组理论学习中心组集体学习", "甲乙丙"),
    ("jinxing-le",
     "会后，厅党委理论学习中心组进行了专题学习，厅党委书记王立新主持学习并讲话。",
     "厅党委理论学习中心组专题学习", "王立新"),
    ("kaizhan-still",
     "近日，市政府党组理论学习中心组开展集体学习。市长甲乙丙主持学习。",
     "市政府党组理论学习中心组集体学习", "甲乙丙"),
]


@pytest.mark.parametrize("case, text, name, chair", STUDY_CARRIED_OUT, ids=[c[0] for c in STUDY_CARRIED_OUT])
def test_round31_study_sitting_carried_out(case, text, name, chair):
    x = extract_text(text, published="2024-06-05")
    assert any(n.endswith(name) for n in meeting_names(x).values()), meeting_names(x)
    assert any(who == chair and m.endswith(name) for who, m in edges(x, CHAIRED)), edges(x, CHAIRED)


# (class, text, meeting name expected, a name no meeting may have)
HOLDER_BEFORE_JI = [
    ("standing-committee-and-study-group",
     "5月7日，区委常委会召开会议暨区委理论学习中心组专题学习，传达学习省委全会精神。",
     "区委常委会会议暨区委理论学习中心组专题学习", "会议暨区委理论学习中心组专题学习"),
    ("prefecture-numbered-study",
     "5月7日，州委常委会召开会议暨州委理论学习中心组2024年第8次集体学习。",
     "州委常委会会议暨州委理论学习中心组2024年第8次集体学习", "会议暨州委理论学习中心组2024年第8次集体学习"),
]


@pytest.mark.parametrize("case, text, name, absent", HOLDER_BEFORE_JI, ids=[c[0] for c in HOLDER_BEFORE_JI])
def test_round31_holder_names_the_sitting_before_ji(case, text, name, absent):
    found = set(meeting_names(extract_text(text, published="2024-05-08")).values())
    assert any(f.endswith(name) for f in found), found
    assert absent not in found, found


# (class, text, (official, meeting name fragment) expected, that must not be)
BEFORE_THE_MEETING = [
    ("new-paragraph-goes-back-to-the-meeting",
     "1月17日，市海关召开2024年工作会议。关长甲乙丙主持会议。\n会前，关党委理论学习中心组进行了集体学习。\n"
     "副关长王立平、孙明出席会议。",
     ("孙明", "工作会议"), ("孙明", "集体学习")),
    ("same-paragraph-stays-with-the-sitting",
     "1月17日，市委常委会召开会议。市委书记甲乙丙主持会议。\n会前，市委理论学习中心组举行集体学习。市委常委、秘书长王立平作交流发言。",
     ("王立平", "集体学习"), ("王立平", "常委会会议")),
]


@pytest.mark.parametrize("case, text, edge, wrong", BEFORE_THE_MEETING, ids=[c[0] for c in BEFORE_THE_MEETING])
def test_round31_a_sitting_told_before_the_meeting(case, text, edge, wrong):
    found = edges(extract_text(text, published="2024-01-18"), ATTENDED)
    assert any(who == edge[0] and m.endswith(edge[1]) for who, m in found), found
    assert not any(who == wrong[0] and m.endswith(wrong[1]) for who, m in found), found
