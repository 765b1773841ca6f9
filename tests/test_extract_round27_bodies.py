"""Round 27 classes (bodies): local units of vertically managed central agencies written short,
place + unit word without the agency (X金融监管局, X金融监管分局, X证监局, X调查总队, X调查队),
are that agency's unit under its full name (国家金融监督管理总局X监管局), not a province's
department (X省金融监管局); a unit's second grade written long (国家金融监督管理总局X监管分局,
国家统计局X调查队); a bare 局党委 in a report that names such a unit short is that unit's."""
import pytest
from extraction_probe import body_names

# (class, text, bodies that must be found, bodies that must not)
SHORT_UNITS = [
    ("regulator-bureau-written-short",
     "2月1日，江西金融监管局召开2024年工作会议，总结去年工作。",
     {"国家金融监督管理总局江西监管局"}, {"江西省金融监管局"}),
    ("regulator-subbureau-written-short",
     "九江金融监管分局近日部署全年重点任务。",
     {"国家金融监督管理总局九江监管分局"}, {"九江市金融监管分局"}),
    ("securities-regulator-written-short",
     "江西证监局召开辖区上市公司座谈会。",
     {"中国证券监督管理委员会江西监管局"}, {"江西省证监局"}),
    ("survey-corps-and-teams-written-short",
     "会上，赣州调查队、九江调查队作交流发言。",
     {"国家统计局赣州调查队", "国家统计局九江调查队"}, set()),
    ("short-unit-keeps-its-party-committee",
     "江西金融监管局党委召开理论学习中心组学习会。",
     {"国家金融监督管理总局江西监管局党委"}, {"江西省金融监管局党委"}),
    ("survey-corps-long-form-keeps-its-party-group",
     "国家统计局江西调查总队党组召开会议，传达学习有关精神。",
     {"国家统计局江西调查总队党组"}, set()),
    ("second-grade-unit-written-long",
     "国家金融监督管理总局九江监管分局召开全面从严治党工作会议。",
     {"国家金融监督管理总局九江监管分局"}, set()),
    ("survey-team-written-long",
     "国家统计局赣州调查队召开2024年工作会议。",
     {"国家统计局赣州调查队"}, set()),
    ("bare-bureau-committee-is-the-short-units",
     "江西金融监管局召开2024年工作会议。会议要求，局党委要履行主体责任。",
     {"国家金融监督管理总局江西监管局", "国家金融监督管理总局江西监管局党委"}, set()),
    ("provincial-department-still-one",
     "江西省地方金融管理局召开2024年工作会议。",
     {"江西省地方金融管理局"}, {"国家金融监督管理总局江西监管局"}),
]


@pytest.mark.parametrize("case, text, present, absent", SHORT_UNITS, ids=[c[0] for c in SHORT_UNITS])
def test_round27_short_agency_units(case, text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not found & absent, found


# a party committee's education working committee (省委教育工委): its own organ, named in full
EDUCATION_COMMITTEES = [
    ("provincial-written-short", "日前，江西省委教育工委召开全省高校工作会议。",
     {"中共江西省委教育工作委员会"}, {"中共江西省委"}),
    ("city-level-word-filled-in", "南昌市教育系统大会召开。会议要求，市委教育工委要压实责任。",
     {"中共南昌市委教育工作委员会"}, {"中共南昌市委"}),
]


@pytest.mark.parametrize("case, text, present, absent", EDUCATION_COMMITTEES, ids=[c[0] for c in EDUCATION_COMMITTEES])
def test_round27_education_working_committees(case, text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not found & absent, found


# 市党委 / 县党委: a city's or county's committee is its 市委, so a level word before 党委 ends a
# name that was not read (师市党委, an unlisted X市党委): no body, rather than a place-less one
LEVEL_PARTY_COMMITTEES = [
    ("division-city-committee", "师市党委书记主持召开师市党委常委（扩大）会议。", {"市党委", "市党委常委会"}),
    ("unlisted-city-committee", "各设区市、某某市党委和政府主要负责同志参加会议。", {"市党委"}),
]


@pytest.mark.parametrize("case, text, absent", LEVEL_PARTY_COMMITTEES, ids=[c[0] for c in LEVEL_PARTY_COMMITTEES])
def test_round27_no_placeless_city_party_committee(case, text, absent):
    found = body_names(text)
    assert not found & absent, found


def test_round27_region_party_committee_still_read():
    assert body_names("自治区党委召开常委会会议。") & {"自治区党委"}
