"""One graph across reports: one node per real meeting, person and body; stable keys."""
import random

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind, RelationKind
from kg.resolve import resolve

NATIONAL = ("新华社北京11月10日电 中共中央政治局常务委员会11月10日召开会议，听取疫情防控工作汇报。"
            "中共中央总书记习近平主持会议。")
PROVINCE = ("省委常委会召开会议\n11月11日，省委常委会召开会议，传达学习11月10日中央政治局常务委员会会议精神。"
            "省委书记张三主持会议。（江西日报记者 李某）")
CITY = ("11月11日下午，市委常委会召开会议，传达学习习近平总书记在中共中央政治局常委会会议上的重要讲话精神。"
        "市委书记王五主持会议。（江西日报记者 赵某）")
SPRING = ("3月18日，县委常委会召开会议，传达学习3月17日中央政治局常务委员会会议精神。县委书记钱七主持会议。")
GANSU = "5月6日，省政府召开常务会议。省长张三主持会议。（甘肃日报记者 孙某）"


def corpus(*texts, published="2022-11-12"):
    return [extract(make_report(f"r{i}.txt", t, published=published)) for i, t in enumerate(texts)]


def nodes(c, kind):
    return [n for n in c.nodes if n.kind is kind]


def test_one_meeting_described_three_ways_is_one_node():
    c = resolve(corpus(NATIONAL, PROVINCE, CITY))
    psc = [n for n in nodes(c, NodeKind.MEETING) if "政治局" in n.label]
    assert len(psc) == 1
    assert len(psc[0].reports) == 3 and psc[0].date == "2022-11-10"
    xi = [n for n in nodes(c, NodeKind.OFFICIAL) if n.label == "习近平"]
    assert len(xi) == 1
    edges = {(a.kind, a.subject, a.object) for a in c.assertions}
    assert (RelationKind.CHAIRED, xi[0].key, psc[0].key) in edges
    assert (RelationKind.ATTENDED, xi[0].key, psc[0].key) in edges
    relaying = {a.subject for a in c.assertions if a.kind is RelationKind.RELAYED and a.object == psc[0].key}
    assert len(relaying) == 2


def test_same_body_on_different_dates_is_two_meetings():
    c = resolve(corpus(PROVINCE) + [extract(make_report("s.txt", SPRING, published="2022-03-19"))])
    psc = [n for n in nodes(c, NodeKind.MEETING) if "政治局" in n.label]
    assert sorted(n.date for n in psc) == ["2022-03-17", "2022-11-10"]


def test_undated_references_months_apart_stay_apart():
    a = "3月21日，县政府召开常务会议，传达学习全国两会精神。县长甲某主持会议。"
    b = "3月18日，区政府召开常务会议，传达学习全国两会精神。区长乙某主持会议。"
    c = resolve([extract(make_report("a.txt", a, published="2022-03-22")),
                 extract(make_report("b.txt", b, published="2023-03-19"))])
    assert len([n for n in nodes(c, NodeKind.MEETING) if "两会" in n.label]) == 2


def test_same_name_in_two_provinces_is_two_people():
    c = resolve(corpus(PROVINCE, GANSU))
    zhang = [n for n in nodes(c, NodeKind.OFFICIAL) if n.label == "张三"]
    assert len(zhang) == 2
    assert {n.jurisdiction for n in zhang} == {"江西省", "甘肃省"}


def test_same_name_linked_by_a_meeting_is_one_person():
    a = "5月6日，全国防汛工作电视电话会议召开。某县县长吴六在分会场参加会议。"
    b = "新华社北京5月6日电 国家防汛抗旱总指挥部6日召开全国防汛工作电视电话会议。会上，县长吴六作了发言。"
    c = resolve(corpus(a, b, published="2022-05-07"))
    assert len([n for n in nodes(c, NodeKind.OFFICIAL) if n.label == "吴六"]) == 1


def test_short_form_and_full_form_of_a_body_are_one_node():
    a = "11月11日，会议要求认真落实省委部署。（江西日报记者 李某）"
    b = "11月12日，江西省委召开会议。（新华社记者 周某）"
    c = resolve(corpus(a, b))
    assert [n.key for n in nodes(c, NodeKind.BODY)] == ["body/中共江西省委"]
    assert len(nodes(c, NodeKind.BODY)[0].reports) == 2


def test_two_provinces_short_forms_never_share_a_node():
    a = "11月11日，会议要求认真落实省委部署。"
    b = "11月12日，会议要求认真落实省委部署。"
    c = resolve(corpus(a, b))
    assert len(nodes(c, NodeKind.BODY)) == 2


def test_any_order_gives_identical_nodes_and_keys():
    exs = corpus(NATIONAL, PROVINCE, CITY, SPRING, GANSU)
    first = resolve(exs)
    for seed in range(4):
        shuffled = list(exs)
        random.Random(seed).shuffle(shuffled)
        assert resolve(shuffled) == first


def test_keys_survive_adding_an_unrelated_report():
    before = {n.key for n in resolve(corpus(NATIONAL, PROVINCE)).nodes}
    after = {n.key for n in resolve(corpus(NATIONAL, PROVINCE) + [
        extract(make_report("x.txt", GANSU, published="2022-05-07"))]).nodes}
    assert before <= after
