"""Round 30 body classes, with short reports written for the test: a unit written after its
department (市公安局交警支队) is a body of its own, and the department alone is not read from it;
a department's short form (市政数局) in a report that names it in full is that department, and so
is the short form's party group; department kinds whose remit holds a stop character
(政务服务数据管理局, 城市管理综合行政执法局), a city's management committee (市城管委), a
government's inspection office (市政府督查室) and a work-safety committee's office (市安委办)."""
import pytest
from extraction_probe import body_names

# (class, text, names that must be found, names that must not be)
CASES = [
    ("police-unit-after-its-bureau",
     "柳州市召开全市道路交通安全工作会议。市公安局交警支队负责同志作了发言。",
     {"柳州市公安局交警支队"}, {"柳州市公安局"}),
    ("county-police-brigade-in-a-list",
     "兴安县召开会议。县发展改革局、县公安局交警大队、县自然资源局负责同志参加。",
     {"兴安县公安局交警大队"}, {"兴安县公安局"}),
    ("enforcement-corps-of-a-bureau",
     "威海市召开会议。市海洋发展局执法支队负责同志汇报了情况。",
     {"威海市海洋发展局执法支队"}, {"威海市海洋发展局"}),
    ("unit-named-only-in-its-heads-post-stays-a-post",
     "柳州市召开会议。市公安局交警支队支队长王某某通报了情况。",
     set(), {"柳州市公安局交警支队", "柳州市公安局"}),
    ("short-form-of-a-bureau-named-in-full",
     "广州市政务服务和数据管理局召开局党组会议。会后，市政数局负责同志赴各区督导。",
     {"广州市政务服务和数据管理局", "广州市政务服务和数据管理局党组"}, {"广州市政数局", "市政数局"}),
    ("short-form-party-group-of-a-bureau-named-in-full",
     "泉州市城市管理综合行政执法局召开会议。\n市城管执法局党组理论学习中心组开展学习。",
     {"泉州市城市管理综合行政执法局", "泉州市城市管理综合行政执法局党组"}, {"泉州市城管执法局党组"}),
    ("a-branch-is-not-the-short-form-of-its-bureau",
     "广州市公安局天河区分局召开会议。市公安局负责同志出席。",
     {"广州市公安局"}, set()),
    ("two-bureaus-with-one-remit-start-stay-apart",
     "广州市商务局召开会议。广州市商务和投资促进局、市公安局负责同志出席。",
     {"广州市商务局", "广州市商务和投资促进局"}, set()),
    ("data-bureau-without-he",
     "乳源瑶族自治县委召开常委会会议。会议要求，县政务服务数据管理局要当好前哨。",
     {"乳源瑶族自治县政务服务数据管理局"}, set()),
    ("city-management-committee-short-form",
     "成都市召开会议。市交通运输局、市城管委负责同志参加。",
     {"成都市城市管理委员会"}, set()),
    ("work-safety-committee-office",
     "石家庄市召开全市安全生产电视电话会议。市安委会办公室通报了上半年情况。",
     {"石家庄市安全生产委员会办公室"}, {"石家庄市安全生产委员会"}),
    ("government-inspection-office",
     "柳州市召开全市道路交通安全工作会议。市政府督查室、市交通运输局负责同志参加。",
     {"柳州市人民政府督查室"}, {"柳州市人民政府"}),
]


@pytest.mark.parametrize("case, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_round30_body_classes(case, text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not found & absent, found
