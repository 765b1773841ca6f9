"""Round 17 extraction classes: general mechanisms, one table per class, with short reports
written for the test (posts in units outside the party and government tables, a name whose
report never says its place joining the one placed person of that title, a relative day
word before a meeting name or after its holder, and two meetings named in one clause)."""
import pytest
from extraction_probe import edges, extract_text
from extraction_probe import meeting_names as names

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind, RelationKind
from kg.resolve import resolve

ATTENDED, CHAIRED, RELAYED = RelationKind.ATTENDED, RelationKind.CHAIRED, RelationKind.RELAYED


def ex(text, published="2024-05-10"):
    return extract_text(text, published)


# posts in a named unit (customs, border inspection, a state firm's party committee):
# (class, sentence, official or None where no official is meant)
# (class, sentence, official or None where no official is meant, the first post as written)
UNIT_POSTS = [
    ("customs-head", "某某海关关长甲乙丙出席会议并发言。", "甲乙丙", "某某海关关长"),
    ("customs-deputy", "某某海关副关长钱立列席会议。", "钱立", "某某海关副关长"),
    ("border-station-chief", "某某出入境边防检查总站总站长孙一鸣出席会议。", "孙一鸣", "某某出入境边防检查总站总站长"),
    ("firm-party-secretary-and-chair", "会上，某某港集团党委书记、董事长周海涛作交流发言。", "周海涛", "某某港集团党委书记"),
    ("firm-deputy-secretary-and-president", "会上，某某建工集团党委副书记、总裁吴立作交流发言。", "吴立",
     "某某建工集团党委副书记"),
    ("firm-chair-alone", "会上，某某纺织集团董事长郑一凡作交流发言。", None, None),
]


@pytest.mark.parametrize("case, text, who, post", UNIT_POSTS, ids=[c[0] for c in UNIT_POSTS])
def test_round17_posts_in_named_units(case, text, who, post):
    x = ex("5月9日，全市口岸工作推进会召开。市委书记赵大海出席会议并讲话。" + text)
    found = {o.name: o.posts for o in x.officials}
    if who is None:
        assert set(found) == {"赵大海"}, found
    else:
        assert found.get(who, ("",))[0] == post, found
        assert (who, next(iter(names(x).values()))) in edges(x, ATTENDED), edges(x, ATTENDED)


# a name whose report never names its place: (class, unplaced post, placed post, one person?)
UNPLACED = [
    ("county-secretary", "县委书记", "泗洪县委书记", True),
    ("deputy-mayor", "副市长", "宿迁市副市长", True),
    ("town-secretary-equal", "镇党委书记", "镇党委书记", True),
    ("bare-head-says-too-little", "主任", "宿迁市发展改革委主任", False),
    ("other-title", "县委书记", "宿迁市副市长", False),
]


@pytest.mark.parametrize("case, bare, placed, one", UNPLACED, ids=[c[0] for c in UNPLACED])
def test_round17_unplaced_name_joins_the_placed_one(case, bare, placed, one):
    place_line = "江苏省宿迁市泗洪县召开会议\n" if "县" in placed else "江苏省宿迁市召开会议\n"
    reports = [
        make_report("r0.txt", place_line + f"5月9日，{placed}钱一鸣主持召开专题会议。", published="2024-05-10"),
        make_report("r1.txt", f"工作简报\n5月12日，{bare}钱一鸣出席调度会议并讲话。", published="2024-05-13"),
    ]
    xs = [extract(r) for r in reports]
    assert all(any(o.name == "钱一鸣" for o in x.officials) for x in xs)
    if one:     # the placed report must say where it is, or the case tests nothing
        assert xs[0].officials[0].jurisdiction and not xs[1].officials[0].jurisdiction
    corpus = resolve(xs)
    found = [n for n in corpus.nodes if n.kind is NodeKind.OFFICIAL and n.label == "钱一鸣"]
    assert len(found) == (1 if one else 2), [(n.key, n.reports) for n in found]


# a day said relative to the report, before a meeting's name or after its holder:
# (class, text, meeting name expected, word that must not be in any name)
DAY_WORDS = [
    ("holder-then-yesterday", "市委常委会昨天举行会议，传达学习全省经济工作会议精神。市委书记赵大海主持会议。",
     "市委常委会会议", "昨天"),
    ("morning-before-cited-name", "当天下午，全市工作推进会召开。赵大海主持并传达了上午省政府常务会议精神。",
     "省政府常务会议", "上午"),
    ("same-day-holder", "市委常委会当天召开会议，研究部署防汛工作。市委书记赵大海主持会议。",
     "市委常委会会议", "当天"),
]


@pytest.mark.parametrize("case, text, name, word", DAY_WORDS, ids=[c[0] for c in DAY_WORDS])
def test_round17_day_words_are_not_in_meeting_names(case, text, name, word):
    x = ex(text)
    found = set(names(x).values())
    assert any(n.endswith(name) for n in found), found
    assert not any(word in n for n in found), found


# two meetings in one clause: (class, text, meetings that must be named, the merged name absent)
TWO_IN_ONE = [
    ("watched-then-held", "市国资委组织收听收看全国国资工作会议并随即召开党委扩大会议。主任钱立主持会议。",
     ("全国国资工作会议", "市国资委党委扩大会议"), "会议并"),
    ("plenum-and-standing", "5月9日，街道党工委召开专题学习会，传达学习省委全会、市委全会和区委常委会扩大会议精神。",
     ("市委全会", "区委常委会扩大会议"), "全会和"),
]


@pytest.mark.parametrize("case, text, present, joint", TWO_IN_ONE, ids=[c[0] for c in TWO_IN_ONE])
def test_round17_two_meetings_in_one_clause(case, text, present, joint):
    x = ex(text)
    found = set(names(x).values())
    assert all(any(n.endswith(p) for n in found) for p in present), found
    assert not any(joint in n for n in found), found
