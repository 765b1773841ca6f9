"""Meetings of one report: the reported one, the ones it refers to, dates, relays."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import RelationKind


def run(text: str, published: str | None = None):
    ex = extract(make_report("t.txt", text, published=published))
    by_key = {m.key: m for m in ex.meetings}
    labels = {m.key: m.name for m in ex.meetings}
    relays = {(labels[r.subject], labels[r.object]) for r in ex.relations if r.kind is RelationKind.RELAYED}
    return ex, {m.name: m for m in by_key.values()}, relays


def test_relay_by_chuanda_xuexi_with_dated_reference():
    _, meetings, relays = run("11月12日上午，省委常委会召开会议，传达学习11月10日中央政治局常务委员会会议精神。"
                              "省委书记赵立新主持会议。")
    assert set(meetings) == {"省委常委会会议", "中央政治局常务委员会会议"}
    assert meetings["省委常委会会议"].date == "--11-12" and meetings["省委常委会会议"].reported
    assert meetings["中央政治局常务委员会会议"].date == "--11-10"
    assert relays == {("省委常委会会议", "中央政治局常务委员会会议")}


def test_year_comes_from_the_publication_date():
    _, meetings, _ = run("3月2日，市委常委会召开会议。市委书记王建国主持会议。", published="2022-03-04")
    assert meetings["市委常委会会议"].date == "2022-03-02"


def test_held_after_watching_relays_the_watched_meeting():
    _, meetings, relays = run("3月2日下午，在收听收看全省疫情防控工作电视电话会议后，我市立即召开全市疫情防控工作会议。"
                              "市委书记王建国主持会议。")
    assert relays == {("全市疫情防控工作会议", "全省疫情防控工作电视电话会议")}
    assert meetings["全省疫情防控工作电视电话会议"].format == "teleconference"
    assert meetings["全市疫情防控工作会议"].reported


def test_xuhui_after_the_meeting_relays_it():
    _, meetings, relays = run("4月8日，全省安全生产电视电话会议召开。我县设分会场组织收听收看。"
                              "会后，我县立即召开续会，部署贯彻落实工作。")
    assert ("县续会", "全省安全生产电视电话会议") in relays
    assert meetings["县续会"].date == "--04-08"


def test_coordinated_scopes_are_separate_meetings():
    _, meetings, relays = run("5月6日，区委召开常委会会议，传达学习全国、全省、全市安全生产工作会议精神。")
    assert {"全国安全生产工作会议", "全省安全生产工作会议", "全市安全生产工作会议"} <= set(meetings)
    assert len(relays) == 3


def test_short_references_are_the_meeting_already_named():
    _, meetings, relays = run("1月4日，在收听收看省委疫情防控工作第五次专题会议后，我市立即召开会议。"
                              "市委书记甲乙主持会议。会议要求，要认真落实省委专题会议精神和省会议部署。")
    assert len(meetings) == 2
    assert len(relays) == 1


def test_meeting_named_inside_a_speech_reference():
    ex, meetings, relays = run("6月3日，区委常委会召开会议，传达学习习近平总书记在中央全面深化改革委员会"
                               "第二次会议上的重要讲话精神。")
    assert ("区委常委会会议", "中央全面深化改革委员会第二次会议") in relays
    attended = {(r.subject, r.object) for r in ex.relations if r.kind is RelationKind.ATTENDED}
    xi = [m.key for m in ex.meetings if m.name == "中央全面深化改革委员会第二次会议"][0]
    assert ("习近平", xi) in attended


@pytest.mark.parametrize("text", [
    "要组织召开针对学校疫情防控的专题会议。",        # a directive, not a held meeting
    "以实际行动迎接党的二十大胜利召开。",            # a wish
    "会议指出，各类会议要精简。",                    # generic words
])
def test_no_meeting_from_plans_and_generic_words(text):
    _, meetings, _ = run("3月1日，市政府召开常务会议。" + text)
    assert set(meetings) == {"市政府常务会议"}


def test_headline_meeting_is_the_reported_one():
    _, meetings, _ = run("刘某在全国安全生产电视电话会议上强调 压实责任\n"
                         "新华社北京3月19日电 国务院安全生产委员会19日召开电视电话会议，国务院副总理刘一明出席会议并讲话。")
    assert len(meetings) == 1
    only = next(iter(meetings.values()))
    assert only.date == "--03-19" and only.format == "teleconference"


def test_dateline_is_not_the_meeting_date():
    _, meetings, _ = run("东安网5月10日讯 5月9日，东安县组织收看收听全省防汛工作电视电话会议。县长李强参加。")
    assert meetings["全省防汛工作电视电话会议"].date == "--05-09"


def test_chair_organ_names_a_bare_numbered_meeting():
    _, meetings, _ = run("3月17日，县委书记张成功主持召开七届常委会第6次会议。")
    assert set(meetings) == {"县委七届常委会第6次会议"}


def test_congress_mentions_are_one_meeting():
    _, meetings, _ = run("3月1日，县委常委会召开会议，传达学习党的二十大精神。会议要求，要把学习贯彻党的二十大精神作为首要任务。")
    assert sum("二十大" in name for name in meetings) == 1


def test_a_meeting_held_afterwards_is_another_meeting():
    ex, _, _ = run("6月1日，省委常委会召开会议，传达学习中央政治局会议精神。随后，省委常委会召开会议，研究人事事项。")
    held = [m for m in ex.meetings if m.name == "省委常委会会议"]
    assert len(held) == 2 and all(m.reported for m in held)
    relays = {(r.subject, r.object) for r in ex.relations if r.kind is RelationKind.RELAYED}
    assert (held[1].key, held[0].key) not in relays      # nothing says the second relays the first


def test_collective_study_is_a_meeting_with_a_speech_at_it():
    ex, meetings, relays = run("6月3日，市委理论学习中心组举行集体学习，市委书记何明亮主持并讲话。"
                               "会议传达学习了习近平总书记在中央政治局第五次集体学习时的重要讲话精神。")
    assert {"市委理论学习中心组集体学习", "中央政治局第五次集体学习"} <= set(meetings)
    assert ("市委理论学习中心组集体学习", "中央政治局第五次集体学习") in relays
    study = meetings["中央政治局第五次集体学习"].key
    assert any(r.subject == "习近平" and r.object == study for r in ex.relations)


def test_coordinated_short_forms_borrow_the_named_kind():
    _, meetings, relays = run("11月11日，全省防汛工作电视电话会议召开后，我县紧接着召开全县防汛工作会议，"
                              "传达学习全国、全省会议精神。")
    assert "全国防汛工作电视电话会议" in meetings
    assert meetings["全国防汛工作电视电话会议"].format == "teleconference"
    assert ("全县防汛工作会议", "全国防汛工作电视电话会议") in relays


def test_a_relayed_meeting_is_not_the_unnamed_one_held():
    _, meetings, relays = run("3月2日，我市立即召开会议，部署春耕工作。会议要求，认真落实全市春耕工作会议部署。")
    assert {"市会议", "全市春耕工作会议"} <= set(meetings)
    assert ("市会议", "全市春耕工作会议") in relays


def test_a_meeting_watched_before_another_named_one_is_not_dated_by_the_sentence():
    # 昨天 dates the township's own meeting; the provincial meeting came before the district's
    # 续会, days before
    _, meetings, _ = run("昨天上午，甲镇党委召开扩大会议，传达学习全省自由贸易港建设工作推进会、"
                         "乙区在收听收看全省推进会后召开的续会精神。", published="2025-04-18")
    assert meetings["甲镇党委扩大会议"].date == "2025-04-17"
    assert meetings["全省自由贸易港建设工作推进会"].date is None
