"""Round 30 (edges): a meeting whose name says no scope (座谈会, 现场办公会) is the scope of the
official who chaired it or spoke at it, so a city's report relaying 省委书记某某在座谈会上的讲话
the next day finds the meeting held in the leader's own report; with no such official the
reference stays its report's own. A speech given on a tour (某某在某市调研时的讲话) is relayed,
not given at the meeting relaying it."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind, RelationKind
from kg.resolve import resolve
from extraction_probe import edges, extract_text

HELD = ("江西省委书记赵建国到东川市调研\n8月2日,江西省委书记赵建国到东川市调研。"
        "当天下午,赵建国在东川主持召开民营企业座谈会。")
RELAY_SPEAKER = ("东川市委常委会召开会议\n8月3日,东川市委书记钱立主持召开东川市委常委会会议,"
                 "传达学习江西省委书记赵建国在民营企业座谈会上的讲话精神。")
RELAY_NOBODY = ("东川市委常委会召开会议\n8月3日,东川市委书记钱立主持召开东川市委常委会会议,"
                "传达学习民营企业座谈会精神。")


def _forums(*texts: str) -> list:
    reports = [make_report(f"r{i}.txt", t, published=day)
               for i, (t, day) in enumerate(zip(texts, ("2024-08-03", "2024-08-04")))]
    corpus = resolve([extract(r) for r in reports])
    return [n for n in corpus.nodes if n.kind is NodeKind.MEETING and n.label.endswith("座谈会")]


@pytest.mark.parametrize("held, relay, count", [
    (HELD, RELAY_SPEAKER, 1),       # the speaker's province on both sides: one meeting
    (HELD, RELAY_NOBODY, 2),        # nobody says whose: the reference stays its report's
])
def test_unscoped_meeting_joins_through_its_chairs_scope(held, relay, count):
    assert len(_forums(held, relay)) == count


CITY_MEETING = "8月3日,东川市委书记钱立主持召开市委常委会会议,传达学习江西省委书记赵建国在东川调研时的讲话精神。"


@pytest.mark.parametrize("said, present", [
    ("会议指出,赵建国书记在东川调研时的重要讲话,为我们指明了方向。", False),    # said on the tour
    ("会议指出,赵建国书记在东川调研时对民营经济提出了明确要求。", False),
    ("赵建国出席会议并讲话。", True),                                           # at this meeting
])
def test_a_speech_on_a_tour_is_not_presence_at_the_meeting_relaying_it(said, present):
    x = extract_text(CITY_MEETING + said, published="2024-08-04")
    found = {m for who, m in edges(x, RelationKind.ATTENDED) if who == "赵建国"}
    assert any(m.endswith("常委会会议") for m in found) is present, found


def _town(town: str) -> str:
    return (f"{town}镇召开党委会议\n8月3日,江西省东川县{town}镇党委书记{town[0]}明主持召开镇党委会议,"
            "研究部署防汛工作。")


def test_organs_meetings_of_two_towns_stay_apart():
    """镇党委会议 names an organ whose place is finer than its chairs' posts show: no join."""
    reports = [make_report(f"r{i}.txt", _town(t), published="2024-08-04") for i, t in enumerate(("甲山", "乙水"))]
    corpus = resolve([extract(r) for r in reports])
    assert len([n for n in corpus.nodes if n.kind is NodeKind.MEETING and n.label.endswith("党委会议")]) == 2
