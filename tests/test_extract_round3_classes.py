"""Round 3 classes: bodies (terms, departments and working organs with their heads, generic
organs of every place), policies (numbered documents, characterisations, periods), meetings
(periods, tails of a numbered sitting) and branch venues watching two meetings in one sitting.

Every sentence here is written for the test; names and county names are invented.
"""
import pytest

from kg.extract import bodies, extract
from kg.extract.jurisdiction import Region, infer
from kg.ingest import make_report
from kg.records import RelationKind

COUNTY = Region("县", "吉林省", "延边朝鲜族自治州", "青禾县", frozenset({"吉林省", "延边朝鲜族自治州", "青禾县"}))
CITY = Region("市", "湖南省", "长沙市", None, frozenset({"湖南省", "长沙市"}))


def run(text: str, published: str | None = "2023-08-12"):
    return extract(make_report("t.txt", text, published=published))


def body_names(ex) -> set[str]:
    return {b.name for b in ex.bodies}


def policy_names(ex) -> set[str]:
    return {p.name for p in ex.policies}


def meeting_names(ex) -> set[str]:
    return {m.name for m in ex.meetings}


def edges(ex, kind) -> set[tuple[str, str]]:
    labels = {m.key: m.name for m in ex.meetings}
    return {(labels.get(r.subject, r.subject), labels[r.object]) for r in ex.relations if r.kind is kind}


# ---------------------------------------------------------------- jurisdiction
def test_the_party_prefix_is_not_part_of_a_county_name():
    text = "中共青禾区委九届三次全会召开。青禾区召开会议，区委书记孙明主持。青禾区立即召开续会。"
    region = infer(text)
    assert region.county == "青禾区"
    assert "中共青禾区" not in region.places


# ---------------------------------------------------------------- bodies: canonical forms
@pytest.mark.parametrize("written, region, canonical", [
    # a party committee written with its term is the committee (中共X委), one name per organ
    ("中国共产党青禾县第六届委员会", COUNTY, "中共青禾县委"),
    ("中国共产党延边朝鲜族自治州青禾县第六届委员会", COUNTY, "中共青禾县委"),
    ("县第六届委员会", COUNTY, "中共青禾县委"),
    ("中共长沙市第十二届委员会", CITY, "中共长沙市委"),
    # an autonomous prefecture's bodies carry its short name (X州), as it writes them itself
    ("州委常委会", COUNTY, "中共延边州委常委会"),
    ("州乡村振兴工作领导小组", COUNTY, "延边州乡村振兴工作领导小组"),
    # a study group of a party committee is a body of its own
    ("市委理论学习中心组", CITY, "中共长沙市委理论学习中心组"),
    # inspection groups are working organs
    ("省委第二巡视组", CITY, "湖南省委第二巡视组"),
    # a department not listed, found by its ending after a level word
    ("县水务局", COUNTY, "青禾县水务局"),
    ("市投资促进局", CITY, "长沙市投资促进局"),
])
def test_canonical_body_names(written, region, canonical):
    ref = bodies.canonical(written, region)
    assert ref is not None and ref.canonical == canonical


@pytest.mark.parametrize("written", ["县发展大局", "市政务服务大厅"])
def test_words_ending_like_a_department_are_not_bodies(written):
    assert bodies.canonical(written, COUNTY) is None


@pytest.mark.parametrize("text, present, absent", [
    # the department a named head leads is a body of the report; a government in a post is not
    ("8月1日，长沙市召开会议，市长吴刚主持。会上，市卫健委主任孙明通报了情况，市水务局局长周丽作了发言。",
     {"长沙市卫生健康委员会", "长沙市水务局"}, {"长沙市人民政府"}),
    # a leading group written in its leader's post
    ("8月1日，长沙市召开会议。市委书记、市乡村振兴工作领导小组组长孙明主持会议并讲话。",
     {"长沙市乡村振兴工作领导小组"}, set()),
    # an organ of every place of a level is a generic group
    ("8月1日，长沙市召开会议。各县（市）区政府主要负责同志在分会场参加会议。", set(), {"区政府"}),
    ("8月1日，长沙市召开会议。各区县政府负责同志参加会议。", set(), {"县政府", "长沙市人民政府"}),
    # an assembly named in its numbered session is the session, not a standalone organ
    ("8月1日，长沙市委召开会议，传达学习十四届全国人大二次会议和全国政协十四届二次会议精神。", set(),
     {"全国人民代表大会", "中国人民政治协商会议全国委员会"}),
])
def test_body_mentions(text, present, absent):
    found = body_names(run(text))
    assert present <= found
    assert not absent & found


def test_a_session_of_an_assembly_has_no_convener():
    ex = run("8月1日，长沙市委召开会议，传达学习十四届全国人大二次会议精神。")
    session = next(m for m in ex.meetings if "人大" in m.name)
    assert session.convener is None


def test_a_plenum_written_with_its_term_is_convened_by_the_committee():
    ex = run("2023年8月1日，中国共产党长沙市第十二届委员会第三次全体会议召开。市委常委会主持会议。")
    plenum = next(m for m in ex.meetings if "全体会议" in m.name)
    assert plenum.convener == "中共长沙市委"


# ---------------------------------------------------------------- policies
@pytest.mark.parametrize("text, present, absent", [
    # documents named by their number
    ("8月1日，县委召开会议，要求严格落实中央八项规定及其实施细则精神。", {"中央八项规定"}, set()),
    ("8月1日，县委召开会议，传达学习了2023年中央一号文件。", {"2023年中央一号文件"}, set()),
    # a characterisation (作为…工程) and an idea (理念) are not named policies
    ("8月1日，县委召开会议，要求把项目建设作为“一把手”工程来抓，树牢“项目为王”理念。", set(),
     {"一把手工程", "项目为王理念"}),
    # a quoted period of the year is not a policy
    ("8月1日，县委召开会议，指出当前已进入“七下八上”前的主汛期。", set(), {"七下八上"}),
    # a draft referred to by its kind only points at a document named in full elsewhere
    ("8月1日，县委召开全会。县长孙明就《实施意见（讨论稿）》作了说明。", set(), {"实施意见讨论稿", "实施意见（讨论稿）"}),
    # corner quotes, and requirements that name themselves (an enumeration, a counted formula)
    ("8月1日，县委召开会议，要求严格落实「早发现、早报告、早隔离」要求。", {"早发现、早报告、早隔离"}, set()),
    ("8月1日，县委召开会议，要求严格落实“两个必须”要求。", {"两个必须"}, {"两个必须要求"}),
])
def test_policies(text, present, absent):
    found = policy_names(run(text))
    assert present <= found
    assert not absent & found


# ---------------------------------------------------------------- meetings
def test_a_meeting_followed_by_period_is_a_time_not_a_meeting():
    ex = run("8月1日，县委召开会议，要求扎实做好国庆和全国两会期间信访维稳工作。")
    assert not any("两会" in name for name in meeting_names(ex))


def test_the_tail_of_a_numbered_sitting_is_the_same_meeting():
    ex = run("长沙市乡村振兴工作领导小组召开第二次会议\n"
             "8月3日，市委书记、领导小组组长孙明主持召开领导小组第二次会议。副市长周丽出席会议。")
    sittings = [m for m in ex.meetings if "第二次会议" in m.name]
    assert len(sittings) == 1 and sittings[0].date == "2023-08-03"


def test_a_branch_venue_watches_a_province_and_a_city_meeting_in_one_sitting():
    ex = run("青禾县组织收听收看全省全市防汛工作视频会议并召开续会\n"
             "8月3日下午，全省防汛工作视频会议召开。会后，长沙市接续召开全市防汛工作调度会。"
             "县委书记孙明，县委副书记、县长周丽等县领导在青禾分会场收听收看会议。"
             "会后，青禾县立即召开续会。孙明主持续会并讲话。")
    attended = edges(ex, RelationKind.ATTENDED)
    watched = {m for who, m in attended if who == "周丽"}
    assert any("全省" in m for m in watched) and any("全市" in m for m in watched)
    relayed = edges(ex, RelationKind.RELAYED)
    city = next(m for m in meeting_names(ex) if "调度会" in m)
    province = next(m for m in meeting_names(ex) if m.startswith("全省"))
    follow_up = next(m for m in meeting_names(ex) if m.endswith("续会"))
    assert {(city, province), (follow_up, province), (follow_up, city)} <= relayed


def test_a_name_before_shou_weituo():
    ex = run("8月1日，县委召开全会。全会听取了县委书记孙明受县委常委会委托所作的工作报告。")
    assert "孙明" in {o.name for o in ex.officials}
