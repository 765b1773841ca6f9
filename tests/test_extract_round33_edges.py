"""Round 33: a headline names a meeting without the year the body writes (X座谈会 vs
2024年度X座谈会); the two are one meeting, so the headline's name is not taken for the
meeting reported."""
import pytest

from extraction_probe import edges, extract_text, meeting_names
from kg.records import RelationKind

HEAD = "某某日报\n\n{}\n\n"

CASES = [
    ("市委常委会举行会议 传达学习东部地区主要领导座谈会精神",
     "市委常委会6日上午举行会议，传达学习2024年度东部地区主要领导座谈会精神。市委书记李明华主持会议。",
     ("李明华", "市委常委会会议"), "2024年度东部地区主要领导座谈会"),
    ("县委常委会召开会议 传达学习全市乡村振兴推进会精神",
     "县委常委会8日召开会议，传达学习2024年全市乡村振兴推进会精神。县委书记王建国主持会议。",
     ("王建国", "县委常委会会议"), "2024年全市乡村振兴推进会"),
]


@pytest.mark.parametrize("head,body,chair,relayed", CASES)
def test_headline_without_year_is_the_relayed_meeting(head, body, chair, relayed):
    x = extract_text(body, published="2024-06-10", head=HEAD.format(head))
    chairs = edges(x, RelationKind.CHAIRED)
    assert any(o == chair[0] and m.endswith(chair[1]) for o, m in chairs), chairs
    relays = edges(x, RelationKind.RELAYED)
    assert any(a.endswith(chair[1]) and b.endswith(relayed[-8:]) for a, b in relays), relays
    assert len([n for n in meeting_names(x).values() if n.endswith(relayed[-8:])]) == 1


# a year-led name of no scope is not the same-named meeting of a province (2024年X会议 is
# the national one, 全省X会议 the province's): both stay
def test_year_led_name_is_not_another_levels_meeting():
    x = extract_text("日前，市委办召开会议，传达学习2024年对台工作会议和全省对台工作会议精神。",
                     published="2024-03-01")
    names = set(meeting_names(x).values())
    assert any(n.endswith("2024年对台工作会议") for n in names), names
    assert any(n.endswith("省对台工作会议") for n in names), names
