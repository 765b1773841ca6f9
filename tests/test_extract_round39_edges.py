"""Round 39 classes: a post that writes another province or city (北京市委书记甲某 in a Tianjin
report) places its holder there, not in the report's region, so the same person in two
regions' reports is one official; in an autonomous region's own report 我区召开续会 is the
region's follow-up (自治区), not a district's, and is the reported meeting of the headline."""
import pytest
from extraction_probe import extract_text, meeting_names

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve

# (case, report of the person's own region, report of another region, the name)
OTHER_PLACE_POST = [
    ("province-in-a-municipality-report",
     "山西日报\n山西省委常委会召开会议\n3月5日，山西省委书记周立新主持召开省委常委会会议。",
     "天津日报\n天津市召开联席会议\n3月8日，天津市委书记包海峰，山西省委书记周立新出席会议并讲话。",
     "周立新"),
    ("city-in-another-province-report",
     "广州日报\n广州市委常委会召开会议\n4月2日，广州市委书记罗明远主持召开市委常委会会议。",
     "湖南日报\n湖南省召开合作座谈会\n4月9日，湖南省委书记王建设，广州市委书记罗明远出席座谈会。",
     "罗明远"),
]


@pytest.mark.parametrize("case, own, other, name", OTHER_PLACE_POST, ids=[c[0] for c in OTHER_PLACE_POST])
def test_round39_post_of_another_place_places_its_holder(case, own, other, name):
    reports = [make_report(f"r{i}.txt", text, published=day)
               for i, (text, day) in enumerate(((own, "2024-03-05"), (other, "2024-03-08")))]
    corpus = resolve([extract(r) for r in reports])
    people = [n for n in corpus.nodes if n.kind is NodeKind.OFFICIAL and n.label == name]
    assert len(people) == 1, [(n.label, n.jurisdiction) for n in people]


# (case, text, the follow-up's expected name start, a name that must not appear)
AUTONOMOUS_SELF = [
    ("follow-up-after-national-teleconference",
     "广西壮族自治区人民政府\n全区秋季防汛工作电视电话会议续会召开\n"
     "9月3日，全国秋季防汛工作电视电话会议召开后，我区随即召开续会，部署全区防汛工作。"
     "自治区主席黄立新出席会议并讲话，自治区副主席韦国强主持会议。",
     "区秋季防汛工作续会"),
    ("follow-up-written-alone",
     "内蒙古自治区人民政府\n我区召开续会部署安全生产工作\n"
     "10月15日，全国安全生产电视电话会议结束后，我区随即召开续会。"
     "自治区党委副书记、自治区主席巴特尔出席会议并讲话。",
     "区安全生产续会"),
]


@pytest.mark.parametrize("case, text, wrong", AUTONOMOUS_SELF, ids=[c[0] for c in AUTONOMOUS_SELF])
def test_round39_our_region_in_an_autonomous_region_report(case, text, wrong):
    x = extract_text(text, head="")
    names = list(meeting_names(x).values())
    assert not any(n.startswith(("区", wrong)) for n in names), names
    assert any("续会" in n and "自治区" in n or n.startswith("全区") for n in names), names


# (case, text, the name): a listed compound surname is the whole of a Mongolian given name
COMPOUND_AS_WHOLE_NAME = [
    ("after-a-post-before-a-verb", "会议在省里召开。省检察院检察长乌兰在主会场参加会议。", "乌兰"),
    ("after-a-post-before-a-report", "区政府召开调度会，副区长乌兰通报工作推进情况。", "乌兰"),
    ("end-of-a-leaders-list", "市政府召开工作会议。市领导程远、佟佳怡、乌兰出席会议。", "乌兰"),
]


@pytest.mark.parametrize("case, text, name", COMPOUND_AS_WHOLE_NAME, ids=[c[0] for c in COMPOUND_AS_WHOLE_NAME])
def test_round39_compound_surname_alone_is_a_name_after_a_post(case, text, name):
    x = extract_text(text, published="2024-05-06")
    assert name in {o.name for o in x.officials}, [o.name for o in x.officials]


def test_round39_compound_surname_alone_needs_a_post():
    x = extract_text("会议强调，司马光砸缸的故事人人皆知。", published="2024-05-06")
    assert not {o.name for o in x.officials} & {"司马", "司马光"}


# (case, text): 对/向 after an organ is a preposition (代表省委对会议召开表示祝贺), no part of a name
ORGAN_THEN_PREPOSITION = [
    ("congratulates-the-meeting", "省政协召开常委会会议。省委书记赵明代表省委对会议召开表示祝贺。"),
    ("addresses-the-congress", "市政协召开全体会议。市委副书记钱进代表市委向大会致辞。"),
]


@pytest.mark.parametrize("case, text", ORGAN_THEN_PREPOSITION, ids=[c[0] for c in ORGAN_THEN_PREPOSITION])
def test_round39_preposition_after_an_organ_ends_the_name(case, text):
    x = extract_text(text, published="2024-05-08")
    names = list(meeting_names(x).values())
    assert not any("代表" in n for n in names), names
