"""Round 15 extraction classes: general mechanisms, one row per class, with short reports
written for the test (a plenum referred to as 全会 after it was named, transliterated names
with and without their interpunct, prefecture commissioner posts, sentences cut by a hard
line break, HTML left in a text page, seats on the rostrum, a bare 全会 after a preposition)."""
import pytest
from extraction_probe import edges, extract_text
from extraction_probe import meeting_names as names

from kg.ingest import normalise
from kg.records import RelationKind

ATTENDED = RelationKind.ATTENDED


def ex(text, published="2024-07-25"):
    return extract_text(text, published)


def officials(x):
    return {o.name for o in x.officials}


# (class, text, official, meeting name ending) — the official attended that meeting
PLENUM_SPEECH = [
    ("same-sentence",
     "7月22日，省委常委会召开会议，传达学习党的二十届三中全会精神和习近平总书记在全会上的重要讲话精神。"
     "省委书记钱一鸣主持会议。", "习近平", "三中全会"),
    ("sentences-before",
     "7月22日，省委常委会召开会议，传达学习党的二十届三中全会精神。会议指出，党的二十届三中全会是一次十分重要的会议。"
     "习近平总书记在全会上的重要讲话，高屋建瓴。", "习近平", "三中全会"),
    ("assembly",
     "9月13日，市委召开领导小组会议，传达学习全国教育大会精神。会议指出，习近平总书记在大会上的重要讲话，"
     "为做好教育工作指明了方向。", "习近平", "全国教育大会"),
]


@pytest.mark.parametrize("case, text, who, meeting", PLENUM_SPEECH, ids=[c[0] for c in PLENUM_SPEECH])
def test_round15_speech_at_the_plenum_named_before(case, text, who, meeting):
    found = edges(ex(text), ATTENDED)
    assert any(w == who and m.endswith(meeting) for w, m in found), found


# (class, text, names that must be found, names that must not)
NAMES = [
    ("interpunct-part-closed-for-sure",      # 都 may follow a name, but 、 closes this one
     "县领导钱一鸣、热合曼·阿布都拉、孙二强出席续会。", {"热合曼·阿布都拉", "孙二强"}, {"热合曼·阿布"}),
    ("interpunct-part-before-a-comma",
     "自治区人大常委会主任帕尔哈提·阿不都热依木，自治区政协主席钱一鸣出席会议。",
     {"帕尔哈提·阿不都热依木"}, {"帕尔哈提·阿不"}),
    ("long-name-without-interpunct-verb",    # a Mongolian name after a post, closed by a role verb
     "盟委书记钱一鸣出席会议并讲话，盟委副书记、盟长额尔敦巴特尔主持会议。", {"额尔敦巴特尔"}, set()),
    ("long-name-without-interpunct-list",
     "自治区党委常委钱一鸣、孙二强、帕尔哈提艾力、上官振华出席会议。", {"帕尔哈提艾力", "上官振华"}, set()),
    ("long-phrase-after-a-post-is-no-name",  # a duty after a post, closed by a comma
     "会议指出，市政府党组成员要带头学深悟透，坚持人民至上。市长钱一鸣主持会议。", {"钱一鸣"}, {"要带头学深悟透"}),
    ("organ-after-a-list-is-no-name",
     "副区长钱一鸣，区政府办公室、区应急管理局、区水利局负责同志出席会议。", {"钱一鸣"}, {"区政府办公室"}),
    ("prefecture-commissioner",              # 行署专员 / 行署副专员 are posts
     "地委副书记、行署专员次仁旺堆，地委委员、行署副专员阿依古丽·沙吾提在分会场参加会议。",
     {"次仁旺堆", "阿依古丽·沙吾提"}, set()),
]


@pytest.mark.parametrize("case, text, present, absent", NAMES, ids=[c[0] for c in NAMES])
def test_round15_names(case, text, present, absent):
    found = officials(ex("7月20日，全市工作会议召开。" + text))
    assert present <= found and not found & absent, found


def test_round15_hard_line_break_inside_a_sentence_is_joined():
    x = ex("7月23日，市政协党组召开学习会，传达学习全省会议精神。\n"
           "会上，市政协副主席钱一鸣，市政协委员会主任孙二强，市司法局局长\n"
           "李三多作交流发言，分别谈了学习体会。")
    assert {"钱一鸣", "孙二强", "李三多"} <= {w for w, _ in edges(x, ATTENDED)}, edges(x, ATTENDED)


def test_round15_headline_with_a_comma_stays_its_own_line():
    x = ex("市委常委会召开会议，传达学习全省会议精神\n7月23日，市委常委会召开会议。市委书记钱一鸣主持会议。")
    assert x.report.text.split("\n")[1].startswith("市委常委会召开会议"), x.report.text


@pytest.mark.parametrize("raw, clean", [
    ("<p>&nbsp;&nbsp;9月13日，市委召开会议。</p>", "9月13日,市委召开会议。"),
    ("甲<br>乙", "甲\n乙"),
    ("当前位置:首页 &gt; 时政", "当前位置:首页 > 时政"),
    ("比例<5%，且a<b", "比例<5%,且a<b"),           # no tag: left alone
])
def test_round15_markup_left_in_a_text_page(raw, clean):
    assert normalise(raw) == clean


def test_round15_seated_on_the_rostrum_is_presence():
    # a national leader gets a role from presence verbs only: 就座 is one (not 就, "about")
    x = ex("8月2日，全国工作会议在北京召开。国务院副总理钱一鸣在主席台就座。")
    assert "钱一鸣" in {w for w, _ in edges(x, ATTENDED)}, edges(x, ATTENDED)


def test_round15_bare_plenum_after_a_preposition_is_no_meeting():
    x = ex("8月2日，中国共产党某某市第十三届委员会第九次全体会议召开。市委书记钱一鸣就《意见》起草情况向全会作了说明。"
           "全会前，市委常委会召开会议，对提交全会审议的文件进行了讨论。")
    found = set(names(x).values())
    assert not any(n.endswith("向全会") or n.endswith("提交全会") for n in found), found
