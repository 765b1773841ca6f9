"""Round 41: 学习运用 begins a campaign's meeting name (全省学习运用“千万工程”经验现场推进会), not
a verb before it; a headline of two lines (县委常委会召开会议 / 会后随即召开全县X会议) names two
meetings, and the second is the body's held meeting whose name holds it, not the first."""
import pytest
from extraction_probe import extract_text, meeting_names

from kg.records import RelationKind

# (case, text, the whole name kept, the relay: (relaying name ends, relayed name))
CAMPAIGN_NAMES = [
    ("held",
     "8月17日，全省学习运用“千万工程”经验现场推进会在黄山市召开。省委书记王明出席并讲话。",
     "全省学习运用千万工程经验现场推进会", None),
    ("relayed",
     "8月18日，市委常委会召开会议，传达学习全省学习运用“千万工程”经验现场推进会精神。市委书记李强主持会议。",
     "全省学习运用千万工程经验现场推进会", "市委常委会会议"),
]


@pytest.mark.parametrize("case, text, name, relaying", CAMPAIGN_NAMES, ids=[c[0] for c in CAMPAIGN_NAMES])
def test_round41_study_and_apply_stays_in_the_name(case, text, name, relaying):
    x = extract_text(text, published="2023-08-19")
    names = {n.replace("“", "").replace("”", "") for n in meeting_names(x).values()}
    assert name in names and not any(n.startswith("运用") for n in names), names
    if relaying:
        relays = {(meeting_names(x)[r.subject], meeting_names(x)[r.object].replace("“", "").replace("”", ""))
                  for r in x.relations if r.kind is RelationKind.RELAYED}
        assert any(a.endswith(relaying) and b == name for a, b in relays), relays


TWO_LINE_HEADLINE = (
    "县委常委会召开会议 传达学习全省总田长会议精神\n会后随即召开全县总田长会议\n"
    "3月18日上午，县委常委会召开会议，传达学习全省总田长会议精神。县委书记焦明主持会议。\n"
    "会后，随即召开全县总田长会议暨耕地保护工作调度会。县长聂蓉主持会议。")


def test_round41_second_headline_line_is_the_later_meeting():
    x = extract_text(TWO_LINE_HEADLINE, published="2024-03-19")
    by_name = {m.name: m for m in x.meetings}
    standing = [m for m in x.meetings if m.name.endswith("常委会会议")]
    field = [m for m in x.meetings if "总田长会议暨" in m.name]
    assert len(standing) == 1 and len(field) == 1, list(by_name)
    assert "全县总田长会议" in field[0].aliases and "全县总田长会议" not in standing[0].aliases, list(by_name)
