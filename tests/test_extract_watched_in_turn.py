"""Meetings held one after another (X、Y相继以视频形式召开) are each held, and the officials who
watch them at the branch venue attend both, not the meeting the report holds afterwards."""
from kg.records import RelationKind
from tests.extraction_probe import check_edge, edges, extract_text

REPORT = ("我县召开防汛工作续会\n"
          "昨天下午，全省防汛工作推进会、宜宾市续会相继以视频形式召开。县委书记周立新，县委副书记、"
          "县长赵明等在县分会场收听收看。\n"
          "会后，我县随即召开续会，传达学习全省会议和全市续会精神。赵明主持会议并讲话。")


def test_both_watched_meetings_are_attended():
    x = extract_text(REPORT, published="2024-07-12")
    for meeting in ("全省防汛工作推进会", "宜宾市防汛工作续会"):     # (the follow-up borrows the topic)
        check_edge(x, RelationKind.ATTENDED, ("周立新", meeting))
    assert ("周立新", "县防汛工作续会") not in edges(x, RelationKind.ATTENDED)


def test_the_watched_meetings_take_the_day():
    x = extract_text(REPORT, published="2024-07-12")
    dates = {m.name: m.date for m in x.meetings}
    assert dates["全省防汛工作推进会"] == "2024-07-11", dates
