"""Round 65: words after a meeting noun that make it no sitting (会议日程, 民主生活会成效, 召开座谈会、
设置意见箱等方式, 套开会议37次, 深化“亲清直通车·政企恳谈会”机制), 各代表团审议 (every delegation's), a meeting that is a longer name's topic
(全省民主生活会督导工作部署会), and 通报了X召开情况 (a report on X, which the sentence does not hold:
X takes the day a later sentence gives it, 1月22日，县委常委班子召开X)."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.extract.meeting_events import clause_start, kind
from kg.extract.meeting_names import find
from kg.records import RelationKind


@pytest.mark.parametrize("text, absent", [
    ("随后举行的大会主席团第一次会议，推选了主席团常务主席，决定了大会副秘书长和会议日程。", "和会议"),
    ("会议听取了大会秘书长冯国祥关于各代表团审议政府工作报告情况的汇报。", "各代表团审议"),
    ("要把整改作为检验民主生活会成效的重要标尺。", "民主生活会"),
    ("会前，县委常委班子采取发放征求意见表、召开座谈会等方式广泛征求意见建议。", "座谈会"),
    ("会前，县委常委班子通过召开座谈会、设置意见箱、个别访谈等方式广泛征求意见建议。", "座谈会"),
    ("会前，市委常委班子按照全省民主生活会督导工作部署会要求，集中学习研讨。", "全省民主生活会"),
    ("去年以来，县级会议减少19%，以“一会多议”方式套开会议37次。", "套开会议"),
    ("要深化“亲清直通车·政企恳谈会”机制，常态化收集企业诉求。", "政企恳谈会"),
], ids=["agenda", "every-delegation", "outcome", "means", "means-listed", "topic-of-a-longer-name", "counted",
        "institution"])
def test_round65_no_sitting(text, absent):
    x = extract_text("1月20日，县委常委会召开会议。\n" + text, published="2025-01-21", head="平遥县人民政府\n")
    assert not any(n.endswith(absent) for n in meeting_names(x).values()), meeting_names(x)


@pytest.mark.parametrize("text, expected", [
    ("县委书记武志强通报了县委常委班子2024年度民主生活会召开情况。", "mention"),
    ("1月22日，县委常委班子2024年度民主生活会召开。", "held"),
], ids=["report-on-it", "held"])
def test_round65_a_report_on_a_meeting_held_does_not_hold_it(text, expected):
    span = next(sp for sp in find(text) if sp.name.endswith("民主生活会"))
    assert kind(text, span, clause_start(text, span.start)) == expected


def test_round65_a_meeting_held_next_is_the_one_told():
    x = extract_text("2月20日，省教育厅在西安召开全省教育工作会议。厅长褚文海作工作报告。\n20日下午，全省高校安全稳定工作"
                     "会议接续召开。省教育厅副厅长庞青通报了全省高校安全稳定工作考核结果。",
                     published="2024-02-21", head="陕西省教育厅\n")
    assert {m for n, m in edges(x, RelationKind.ATTENDED) if n == "庞青"} == {"全省高校安全稳定工作会议"}, \
        edges(x, RelationKind.ATTENDED)
