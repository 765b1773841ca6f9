"""What a meeting says of another (会议指出，省委召开X，…) tells of a meeting held before it: X is
not the meeting reported, nor dated by the report's day, but who the sentence says was at X
was there."""
from kg.records import RelationKind
from tests.extraction_probe import check_edge, edges, extract_text

_TOLD = ("市委常委会召开会议 传达学习全省民营经济发展大会精神\n"
         "2月27日，市委书记周某某主持召开市委常委会会议，传达学习全省民营经济发展大会精神。\n"
         "会议指出，省委、省政府召开全省民营经济发展大会，充分体现了对民营经济的高度重视。")


def test_the_meeting_told_of_is_not_the_one_held():
    x = extract_text(_TOLD, published="2025-02-28")
    told = [m for m in x.meetings if m.name.endswith("全省民营经济发展大会")]
    assert told and not any(m.reported or m.date == "2025-02-27" for m in told), told
    assert ("市委常委会会议", "全省民营经济发展大会") in {(a[-7:], b[-10:]) for a, b in edges(x, RelationKind.RELAYED)}


def test_who_was_at_the_meeting_told_of():
    x = extract_text("州委常委会召开扩大会议\n6月16日，州委书记周某某主持召开州委常委会扩大会议。\n"
                     "会议指出，6月14日，第十九届全省旅游产业发展大会在凯里开幕，省委书记郑某某出席大会并宣布开幕。",
                     published="2024-06-17")
    check_edge(x, RelationKind.ATTENDED, ("郑某某", "第十九届全省旅游产业发展大会"))
    assert not any(who == "郑某某" and "常委会" in m for who, m in edges(x, RelationKind.ATTENDED))


def test_a_meeting_a_speaker_tells_of_is_not_held_here():
    x = extract_text("4月25日上午，全县和美乡村建设推进会召开。县委书记甲某出席会议并讲话。\n"
                     "甲某强调，全省现场会在湘潭召开，全县上下要增强紧迫感。", published="2024-04-26")
    held = [m for m in x.meetings if m.date]
    assert [m.name for m in held] == ["全县和美乡村建设推进会"], [(m.name, m.date) for m in x.meetings]
    attended = {(r.subject, r.object) for r in x.relations if r.kind.value == "attended"}
    assert attended == {("甲某", held[0].key)}
