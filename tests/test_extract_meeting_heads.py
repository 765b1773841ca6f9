"""Kinds of sitting that end a meeting's name (kg/data/meeting_heads.txt): an 约谈会 or a
警示教育会 is a meeting that someone chairs, a 团拜会, 协商会 or 茶话会 one that is attended;
交办会, 研判会, 谈话会, 听证会, 论证会 and 评审会 are sittings too."""
import pytest

from kg.extract.meeting_names import find
from kg.records import RelationKind
from tests.extraction_probe import check_edge, extract_text


@pytest.mark.parametrize("sentence,names", [
    ("市安委会办公室召开危险化学品安全约谈会。", ["危险化学品安全约谈会"]),
    ("开发区召开危险化学品安全专题会议暨约谈会。", ["危险化学品安全专题会议暨约谈会"]),
    ("区委召开安全生产警示教育会。", ["安全生产警示教育会"]),
    ("省委、省政府举行2024年春节团拜会。", ["2024年春节团拜会"]),
    ("市政协召开重点提案办理协商会。", ["重点提案办理协商会"]),
    ("全国政协举行新年茶话会。", ["新年茶话会"]),
    ("市政府召开生态环境问题交办会。", ["生态环境问题交办会"]),
    ("市公安局召开社会治安形势研判会。", ["社会治安形势研判会"]),
    ("市纪委召开新任职干部集体廉政谈话会。", ["新任职干部集体廉政谈话会"]),
    ("市发展改革委召开水价调整听证会。", ["水价调整听证会"]),
    ("约谈企业负责人3名。", []),                    # the verb alone names no meeting
])
def test_names(sentence, names):
    assert [span.name for span in find(sentence)] == names


def test_the_chair_of_an_interview_meeting():
    x = extract_text("3月5日,市安委会办公室召开危险化学品安全约谈会。副市长王建国出席并讲话,"
                     "市应急管理局局长李明主持。", published="2024-03-06")
    check_edge(x, RelationKind.CHAIRED, ("李明", "市安委会办公室危险化学品安全约谈会"))


@pytest.mark.parametrize("sentence,names", [
    # a 、 inside quoted words is part of the name; outside quotes it joins scopes or ends it
    ("县委、县政府召开全县党建引领基层治理暨“县乡一体、条抓块统”改革推进会。",
     ["全县党建引领基层治理暨“县乡一体、条抓块统”改革推进会"]),
    ("传达学习全省“县乡一体、条抓块统”改革工作推进会精神。", ["全省“县乡一体、条抓块统”改革工作推进会"]),
    ("传达学习全国、省、市安全生产会议精神。", ["全国安全生产会议", "省安全生产会议", "市安全生产会议"]),
    ("传达学习全省经济工作会议、全市“三农”工作会议精神。", ["全省经济工作会议", "全市“三农”工作会议"]),
])
def test_a_quoted_list_stays_in_the_name(sentence, names):
    assert [span.name for span in find(sentence)] == names
