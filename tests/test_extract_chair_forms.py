"""Chairs written in lists and at a venue: 甲市委书记甲，乙市委书记乙共同主持 (each chairs),
甲在主会场主持会议 (the chair, not an attendee)."""
import pytest

from kg.records import RelationKind
from tests.extraction_probe import edges, extract_text


def chairs(text: str) -> set[str]:
    return {name for name, _ in edges(extract_text(text, published="2024-12-19"), RelationKind.CHAIRED)}


@pytest.mark.parametrize("text,expected", [
    ("12月18日，甲乙两地党政联席会议第四次会议召开。甲区委书记周远航，乙市委书记吴青松，"
     "丙区委书记郑雨桐共同主持会议。", {"周远航", "吴青松", "郑雨桐"}),
    ("12月18日，市交通运输委召开重点项目建设调度会。市交通运输委主任孟庆林在主会场主持会议并讲话。",
     {"孟庆林"}),
    ("12月18日，市政府召开防汛工作会议。市长周远航出席，副市长吴青松主持会议。", {"吴青松"}),
])
def test_chairs(text, expected):
    assert chairs(text) == expected
