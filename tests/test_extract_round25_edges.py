"""Round 25 classes (meetings and edges), one table per class, with short reports written for
the test: two officials who chair one meeting together (甲与乙共同主持), a byline in brackets
before a meeting name (电（记者某某）X会议), 召开续会暨Y (Y is the follow-up held), a congress
joined to the next name by 和 (党的二十大和X全会), a document joined to a meeting noun
(工作报告和全会决议), ceremonies that are gatherings (签约仪式, 推介会, 开班式), a chair named
bare in 会议由甲某主持 (and a name closed by 反馈), and scopes run together before an
unspecific rest (中央和省州有关会议: no meeting)."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

# (class, text, the meeting (a part of its name), officials who chaired it)
CO_CHAIRS = [
    ("yu-gongtong-after-posts",
     "5月8日，两市合作会议在东湖举行。市委副书记、市长周明远与邻市市长陈国栋共同主持会议并致辞。",
     "合作会议", {"周明远", "陈国栋"}),
    ("he-lianhe-two-chairs",
     "9月3日，省际协作联席会议在南城召开。四川省省长刘建平和重庆市市长郑文斌联合主持会议。",
     "协作联席会议", {"刘建平", "郑文斌"}),
]


@pytest.mark.parametrize("case, text, meeting, chairs", CO_CHAIRS, ids=[c[0] for c in CO_CHAIRS])
def test_round25_both_co_chairs_chair(case, text, meeting, chairs):
    x = extract_text(text, published="2024-05-08")
    chaired = {o for o, m in edges(x, RelationKind.CHAIRED) if meeting in m}
    assert chaired == chairs, edges(x, RelationKind.CHAIRED)
    assert not any(n.endswith(("共同", "联合")) for n in (o.name for o in x.officials)), x.officials


def test_round25_a_chair_with_others_between_is_no_chair():
    # 甲出席，乙主持: the verb after 甲 is 出席; and a list before 出席 does not chair
    x = extract_text("6月1日，全市招商工作推进会召开。市委书记王志强、市长李文华出席，副市长赵立新主持。",
                     published="2024-06-01")
    assert {o for o, _ in edges(x, RelationKind.CHAIRED)} == {"赵立新"}, edges(x, RelationKind.CHAIRED)


# (class, text, a name that must be made (ends one), fragments no meeting name may hold)
NAME_BOUNDS = [
    ("byline-in-brackets-before-the-name",
     "新华社南城3月12日电（记者王某）全省信访工作联席会议12日在南城召开。省委副书记张德胜主持会议。",
     "全省信访工作联席会议", ("记者", "电")),
    ("congress-joined-by-he",
     "3月4日，县纪委常委会召开会议，传达学习党的二十大和二十届中央纪委三次全会精神。",
     "二十届中央纪委三次全会", ("二十大和",)),
    ("report-joined-to-the-plenum",
     "1月25日，县纪委十四届四次全会召开。全会审议通过了县纪委常委会所作的工作报告和全会决议。",
     "县纪委十四届四次全会", ("报告和",)),
]


@pytest.mark.parametrize("case, text, kept, absent", NAME_BOUNDS, ids=[c[0] for c in NAME_BOUNDS])
def test_round25_name_boundaries(case, text, kept, absent):
    found = set(meeting_names(extract_text(text, published="2024-03-12")).values())
    assert any(f.endswith(kept) for f in found), found
    assert not any(a in f for f in found for a in absent), found


def test_round25_follow_up_under_its_second_name_is_held_and_takes_the_roles():
    x = extract_text("6月18日上午，全省乡村振兴推进大会召开。我市在分会场组织收听收看。"
                     "在收听收看全省大会后，当天下午，我市随即召开续会暨全市乡村振兴工作推进会，传达学习大会精神。"
                     "市委书记刘长青出席并讲话，市长孙明杰主持。", published="2024-06-18")
    chaired = edges(x, RelationKind.CHAIRED)
    assert any(o == "孙明杰" and m.endswith("乡村振兴工作推进会") for o, m in chaired), chaired
    relays = edges(x, RelationKind.RELAYED)
    assert any(a.endswith("乡村振兴工作推进会") and b.endswith("全省乡村振兴推进大会") for a, b in relays), relays


# (class, text, the ceremony's name (a part), an official who attended it)
CEREMONIES = [
    ("signing-ceremony",
     "9月26日，全区第三季度重点项目集中签约仪式举行。市领导王建国、李明辉出席签约仪式。",
     "重点项目集中签约仪式", "王建国"),
    ("promotion-meeting",
     "9月19日，2024南城投资推介会在上海举行。副省长陈志远出席推介会并致辞。",
     "南城投资推介会", "陈志远"),
    ("class-opening",
     "9月3日，市委党校2024年秋季学期主体班开班式举行。市委书记吴海峰出席开班式并讲话。",
     "主体班开班式", "吴海峰"),
]


@pytest.mark.parametrize("case, text, meeting, present", CEREMONIES, ids=[c[0] for c in CEREMONIES])
def test_round25_ceremonies_are_gatherings(case, text, meeting, present):
    x = extract_text(text, published="2024-09-26")
    found = set(meeting_names(x).values())
    assert len([f for f in found if meeting in f]) == 1, found
    assert any(o == present and meeting in m for o, m in edges(x, RelationKind.ATTENDED)), \
        edges(x, RelationKind.ATTENDED)


# (class, text, the official who chairs)
BARE_CHAIRS = [
    ("you-name-zhuchi-never-introduced",
     "4月8日下午，县委召开巡视反馈会议。会议由郑立博主持，市委常委马国梁出席会议。", "郑立博"),
    ("post-name-then-fankui",
     "4月8日上午，巡视组组长贺振邦向县委书记周文涛反馈了巡视情况。随后召开巡视反馈会议。会议由周文涛主持。", "周文涛"),
]


@pytest.mark.parametrize("case, text, chair", BARE_CHAIRS, ids=[c[0] for c in BARE_CHAIRS])
def test_round25_chair_named_by_you_zhuchi(case, text, chair):
    x = extract_text(text, published="2024-04-08")
    assert any(o == chair and m.endswith("巡视反馈会议") for o, m in edges(x, RelationKind.CHAIRED)), \
        edges(x, RelationKind.CHAIRED)


def test_round25_an_organ_chairing_is_no_official():
    x = extract_text("1月25日，县纪委十四届四次全会召开。全会由县纪委常委会主持。", published="2024-01-25")
    assert not x.officials, x.officials


def test_round25_scopes_run_together_before_an_unspecific_rest_name_no_meeting():
    x = extract_text("3月2日，县委常委会召开扩大会议，传达学习中央和省州有关会议精神。", published="2024-03-02")
    assert not any("有关会议" in n for n in meeting_names(x).values()), meeting_names(x)


def test_round25_x_deng_huiyi_names_x_only():
    x = extract_text("3月14日，市委常委会召开会议，传达学习省安全生产委员会全体会议等会议精神。", published="2024-03-14")
    names = set(meeting_names(x).values())
    assert not any("等会议" in n for n in names), names
    assert any(a.endswith("市委常委会会议") and b.endswith("全体会议") for a, b in edges(x, RelationKind.RELAYED)), \
        edges(x, RelationKind.RELAYED)
