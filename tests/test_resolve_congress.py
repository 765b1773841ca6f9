"""A numbered congress is one meeting whatever day a report gives it, and a mass organisation's
congress (中国妇女十三大, 中国工会第十八次全国代表大会) is never the party's of that ordinal."""
import pytest

from kg.extract import extract
from kg.extract.meeting_names import find
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve
from kg.resolve.meeting_congress import congress


@pytest.mark.parametrize("name,key", [
    ("党的二十大", "二十大"),
    ("中国共产党第二十次全国代表大会", "二十大"),
    ("二十届三中全会", "二十届三中全会"),
    ("中国妇女十三大", "妇女十三大"),
    ("中国妇女第十三次全国代表大会", "妇女十三大"),
    ("共青团第十九次全国代表大会", "共青团十九大"),
    ("全省经济工作会议", None),
    ("省委宣讲团党的二十届三中全会精神海伦市宣讲报告会", None),
])
def test_congress_keys(name, key):
    assert congress(name) == key


@pytest.mark.parametrize("sentence,names", [
    ("深入学习贯彻中国妇女十三大精神和党的二十大精神。", ["中国妇女十三大", "党的二十大"]),
    ("贯彻落实中国工会十八大精神。", ["中国工会十八大"]),
])
def test_organisation_congress_names(sentence, names):
    assert [s.name for s in find(sentence)] == names


def test_union_congress_is_not_the_party_congress():
    texts = ["某市总工会召开会议\n3月5日,某市总工会党组书记甲某主持召开党组会议,传达学习中国工会十八大精神。",
             "某市委召开会议\n3月6日,某市委书记乙某主持召开市委常委会会议,传达学习党的十八大精神。"]
    corpus = resolve([extract(make_report(f"r{i}.txt", t, published="2024-03-06")) for i, t in enumerate(texts)])
    labels = sorted(n.label for n in corpus.nodes if n.kind is NodeKind.MEETING and "十八大" in n.label)
    assert labels == ["中国工会十八大", "党的十八大"]


def test_talks_about_a_plenum_in_two_provinces_stay_apart():
    # each report's talk carries the plenum in its name; neither is the plenum, nor the other's talk
    texts = ["省委宣讲团报告会在我市举行\n8月12日上午,省委宣讲团党的二十届三中全会精神宣讲报告会在海伦市举行。"
             "黑龙江省委书记甲某出席。海伦市委书记单某主持报告会。",
             "省委宣讲团报告会在我州举行\n8月6日上午,省委宣讲团党的二十届三中全会精神宣讲报告会在凯里市举行。"
             "贵州省委书记乙某出席。黔东南州委书记龙某主持报告会。"]
    corpus = resolve([extract(make_report(f"r{i}.txt", t, published=f"2024-08-1{i}")) for i, t in enumerate(texts)])
    labels = sorted(n.label for n in corpus.nodes if n.kind is NodeKind.MEETING)
    assert len([n for n in labels if n.endswith("报告会")]) == 2 and "党的二十届三中全会" in labels, labels
