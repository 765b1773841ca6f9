"""Round 6 classes: a numbered (or dated) sitting and the headline's plain name of it are one
meeting; a short kind of sitting (调度视频会, 学习会) is the meeting named in full; a 专题会 held
after the reported meeting is its own meeting, named by what it studies; 中共 before a
province's organ is the party, not the nation; a county report whose posts say 自治区 is in
an autonomous region; department names that end a leading group's task are departments.

Every sentence here is written for the test; names and places are invented.
"""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import RelationKind


def run(text: str, published: str | None = "2023-03-14"):
    return extract(make_report("t.txt", text, published=published))


def names_of(ex) -> dict[str, str]:
    return {m.key: m.name for m in ex.meetings}


def edges(ex, kind: RelationKind) -> set[tuple[str, str]]:
    names = names_of(ex)
    people = {o.key: o.name for o in ex.officials}
    return {(people.get(r.subject, names.get(r.subject)), names.get(r.object))
            for r in ex.relations if r.kind is kind}


# ---------------------------------------------------------------- one sitting, two names
@pytest.mark.parametrize("text", [
    "市城乡融合发展工作领导小组召开会议。\n3月2日，市城乡融合发展工作领导小组召开2023年第一次会议，"
    "市委书记林远主持会议。市领导郑和平出席会议。",
    "县河湖治理指挥部召开会议。\n3月2日，县河湖治理指挥部召开第3次会议，县长林远主持会议。县领导郑和平出席会议。",
])
def test_headline_and_numbered_sitting_are_one_meeting(text):
    ex = run(text)
    assert len(ex.meetings) == 1
    assert {p for p, _ in edges(ex, RelationKind.ATTENDED)} == {"郑和平"}


# ---------------------------------------------------------------- short kinds of sitting
def test_short_kind_of_a_watched_meeting_keeps_the_roles_at_home():
    # 全省调度视频会议 is the 全省…调度视频会议 watched before; the people listed afterwards
    # attend the county's own meeting
    ex = run("3月5日晚，在收听收看全省春耕生产工作调度视频会议后，县里召开春耕生产工作会议，"
             "县委书记林远主持会议。当天下午，林远等在县分会场收听收看了全省调度视频会议。\n"
             "会上，县长郑和平通报了全县春耕情况。\n县领导高明、孔立参加会议。")
    assert len(ex.meetings) == 2
    attended = edges(ex, RelationKind.ATTENDED)
    own = next(m.name for m in ex.meetings if "全省" not in m.name)
    assert {("高明", own), ("孔立", own)} <= attended
    assert not any(p in ("高明", "孔立") and "全省" in m for p, m in attended)


def test_study_session_word_is_the_current_session():
    ex = run("3月9日，市委理论学习中心组举行2023年第2次集体学习会，市委书记林远主持。"
             "学习会上，教授陈远作辅导报告。市委常委郑和平作交流发言。")
    assert len(ex.meetings) == 1


# ---------------------------------------------------------------- 专题会 after the meeting
@pytest.mark.parametrize("after", ["会后", "调度会后"])
def test_topic_session_after_the_meeting_is_its_own_meeting(after):
    ex = run(f"3月13日，市政府召开重点项目调度会，市长林远主持会议。{after}，林远主持召开专题会，"
             "研究南湖片区改造推进工作。市政府秘书长郑和平参加专题会。")
    topic = [m.name for m in ex.meetings if m.name.endswith("南湖片区改造推进专题会")]
    assert topic
    assert ("林远", topic[0]) in edges(ex, RelationKind.CHAIRED)
    assert ("郑和平", topic[0]) in edges(ex, RelationKind.ATTENDED)


# ---------------------------------------------------------------- 中共 + a place's organ
@pytest.mark.parametrize("text, jurisdiction", [
    ("5月10日，中共四川省委常委会召开会议，省委书记林远主持会议。", "四川省"),
    ("5月10日，中共中央政治局常务委员会召开会议。", "全国"),
])
def test_party_prefix_before_a_place_is_not_national(text, jurisdiction):
    ex = run(text)
    assert [m.jurisdiction for m in ex.meetings if m.reported] == [jurisdiction]


def test_party_prefix_before_an_unlisted_county_keeps_the_organ():
    ex = run("5月10日，中共青禾县委常委会召开会议，县委书记林远主持会议。")
    assert [m.name for m in ex.meetings] == ["中共青禾县委常委会会议"]
    assert ex.meetings[0].jurisdiction != "全国"


# ---------------------------------------------------------------- autonomous region by its posts
def test_region_meeting_in_a_county_report_of_an_autonomous_region():
    ex = run("1月9日下午，全区冬春安全生产电视电话会议召开。自治区党委副书记、自治区主席林远出席会议并讲话。"
             "县委书记郑和平等在青禾分会场收听收看会议。\n在收听收看全区电视电话会议后，我县立即召开续会。"
             "郑和平主持续会并讲话，要求认真贯彻落实自治区会议精神。")
    assert len(ex.meetings) == 2
    relayed = edges(ex, RelationKind.RELAYED)
    assert len(relayed) == 1


# ---------------------------------------------------------------- bodies
@pytest.mark.parametrize("text, body, not_body", [
    ("会议听取了县城乡融合发展工作领导小组办公室的汇报。", "县城乡融合发展工作领导小组办公室", None),
    ("市发改委、市经信局要牵头建立工作专班。", "市经信局", "市经信局要牵头建立工作专班"),
    ("市水利局、市应急管理局等市防汛抗旱指挥部成员单位负责人参加会议。", "市应急管理局",
     "市应急管理局等市防汛抗旱指挥部"),
    ("会议要求市人力资源社会保障局加强监管。", "市人力资源社会保障局", None),
    ("市住房城乡建设局负责同志参加会议。", "市住房城乡建设局", None),
])
def test_department_and_office_bodies(text, body, not_body):
    ex = run("3月2日，市政府召开常务会议，市长林远主持会议。" + text)
    written = {a for b in ex.bodies for a in (b.name, *b.aliases)}
    assert body in written
    if not_body:
        assert not any(not_body in w for w in written)


# ---------------------------------------------------------------- speeches cited, speeches given
def test_speech_at_a_dated_meeting_is_attendance():
    ex = run("3月5日，县委常委会召开会议，学习贯彻总书记林远在3月2日全国春耕工作会议上的重要讲话精神。"
             "县委书记郑和平主持会议。")
    assert ("林远", "全国春耕工作会议") in edges(ex, RelationKind.ATTENDED)


@pytest.mark.parametrize("text, person, present", [
    # what a superior said elsewhere, quoted as a task: no role at this meeting
    ("会议要求，认真落实市委书记林远提出的各项要求。", "林远", False),
    # the speech made at this meeting (所作的讲话) is attendance
    ("全会听取了县委书记林远受县委常委会委托所作的讲话。", "林远", True),
])
def test_cited_statement_is_no_role(text, person, present):
    ex = run("3月5日，县委常委会召开扩大会议，县委副书记郑和平主持会议。" + text)
    attended = {p for p, _ in edges(ex, RelationKind.ATTENDED)}
    assert (person in attended) is present


# ---------------------------------------------------------------- labels carry the place
@pytest.mark.parametrize("text, label", [
    ("8月9日，省委常委会召开会议，省委书记林远主持会议。（四川日报记者 郑和平）", "四川省委常委会会议"),
    # a place the report never names: the level word stays
    ("8月9日，县委常委会召开会议，县委书记林远主持会议。", "县委常委会会议"),
])
def test_label_with_a_bare_level_word_carries_the_reports_place(text, label):
    assert [m.name for m in run(text).meetings] == [label]


# ---------------------------------------------------------------- a plan named with its years
@pytest.mark.parametrize("text, policies", [
    ("会议要求，全面落实城乡供水保障三年行动方案（2024—2026年），确保按期完成。",
     ["城乡供水保障三年行动方案(2024—2026年)"]),
    ("会议要求，全面落实《城乡供水保障三年行动方案（2024—2026年）》，确保按期完成。",
     ["城乡供水保障三年行动方案(2024—2026年)"]),
    # without its years an unquoted plan is not read as a title
    ("会议要求，全面落实城乡供水保障方案，确保按期完成。", []),
])
def test_unquoted_plan_with_its_years_is_a_policy(text, policies):
    ex = run("1月9日，县政府召开常务会议，县长林远主持会议。" + text)
    assert [p.name for p in ex.policies] == policies
