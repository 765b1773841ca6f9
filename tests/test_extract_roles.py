"""Who chaired and who attended: one kind of statement per case."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import RelationKind


def edges(text: str) -> set[tuple[str, str, str]]:
    ex = extract(make_report("t.txt", text))
    labels = {m.key: m.name for m in ex.meetings}
    return {(r.kind.value, r.subject, labels[r.object]) for r in ex.relations
            if r.kind in (RelationKind.CHAIRED, RelationKind.ATTENDED)}


LEAD = "3月5日，市委常委会召开会议。"
M = "市委常委会会议"


@pytest.mark.parametrize("statement, expected", [
    ("市委书记韩立主持会议并讲话。", {("chaired", "韩立", M)}),
    ("会议由市委副书记邓华主持。", {("chaired", "邓华", M)}),
    ("市长朱红出席会议。", {("attended", "朱红", M)}),
    ("副市长何军列席会议。", {("attended", "何军", M)}),
    ("市长朱红讲话。", {("attended", "朱红", M)}),
    ("市委副书记林涛作工作部署。", {("attended", "林涛", M)}),
    # a list shares the verb that closes it
    ("市长朱红，市委副书记林涛，副市长何军、高原出席会议。",
     {("attended", n, M) for n in ("朱红", "林涛", "何军", "高原")}),
    # a speaker named again later: 强调 at the current meeting
    ("市委书记韩立主持会议。韩立强调，要抓好落实。", {("chaired", "韩立", M)}),
    # a speaker who tells the meeting how things stand
    ("会上，市发展改革委主任王强介绍了全市重点项目进展情况。", {("attended", "王强", M)}),
    ("“要抓紧推进。”市发展改革委主任王强介绍，今年新开工项目20个。", set()),     # an interview's words
])
def test_role_statements(statement, expected):
    assert edges(LEAD + statement) == expected


def test_branch_venue_attendance():
    found = edges("4月8日，全省防汛工作电视电话会议召开。我县在县政府设分会场收听收看。"
                  "县委书记张卫东，县委副书记、县长马晓光在分会场参加会议。")
    assert found == {("attended", "张卫东", "全省防汛工作电视电话会议"),
                     ("attended", "马晓光", "全省防汛工作电视电话会议")}


def test_watching_together_is_attending():
    found = edges("5月12日晚，我县组织收听收看全省防汛工作视频调度会议，县委书记吕一青等县领导在我县分会场收听收看了会议实况。")
    assert found == {("attended", "吕一青", "全省防汛工作视频调度会议")}


def test_the_quoted_leader_is_not_at_the_local_meeting():
    found = edges(LEAD + "市委书记韩立主持会议。会议指出，习近平总书记强调，要统筹发展和安全。")
    assert found == {("chaired", "韩立", M)}


def test_chair_of_the_next_meeting():
    found = edges("4月8日，全省防汛工作电视电话会议召开。县委书记张卫东在分会场参加会议。"
                  "会后，我县立即召开续会。张卫东强调，要压实责任。副县长宋佳出席续会。")
    assert ("attended", "张卫东", "全省防汛工作电视电话会议") in found
    assert ("attended", "张卫东", "县防汛工作续会") in found
    assert ("attended", "宋佳", "县防汛工作续会") in found
    assert ("attended", "宋佳", "全省防汛工作电视电话会议") not in found


def test_a_sure_chair_is_not_also_attending():
    found = edges(LEAD + "市委书记韩立主持会议并讲话。韩立指出，要抓好落实。")
    assert ("attended", "韩立", M) not in found


def test_national_leader_quoted_with_posts_gets_no_role_from_speech_verbs():
    found = edges("中共中央总书记、国家主席、中央军委主席习近平近日作出重要指示。"
                  "7月1日，县委常委会召开会议，学习贯彻重要指示精神。县委书记王一平主持会议。")
    assert found == {("chaired", "王一平", "县委常委会会议")}


def test_national_leader_present_is_attending():
    found = edges("5月6日，省委召开全省防汛工作会议。中共中央政治局委员、国务院副总理胡一鸣出席会议并讲话。")
    assert found == {("attended", "胡一鸣", "全省防汛工作会议")}


def test_chair_with_date_between_name_and_verb():
    found = edges("新华社北京5月23日电 国务院总理甘一平5月23日主持召开国务院常务会议。")
    assert found == {("chaired", "甘一平", "国务院常务会议")}


def test_qualifiers_say_how_someone_attended():
    ex = extract(make_report("t.txt", "4月8日，全省防汛工作电视电话会议召开。县委书记张卫东在分会场参加会议。"
                             "会后，我县召开续会。县长马晓光强调，要压实责任。"))
    q = {r.subject: r.qualifier for r in ex.relations if r.kind is RelationKind.ATTENDED}
    assert q == {"张卫东": "branch-venue", "马晓光": "speaker"}
