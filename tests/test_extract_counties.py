"""County reports that never name their prefecture or province: kg/data/counties.tsv lends
them, so 省委 and 全省 meetings are placed; ambiguous names (城关区) place nothing."""
import pytest
from extraction_probe import extract_text

from kg.extract import jurisdiction
from kg.extract import resources as R

OWN = "6月18日，{place}委常委会召开会议，传达学习全省经济工作会议精神。{level}委书记张三主持会议。会议要求，认真贯彻落实省委部署。"


@pytest.mark.parametrize("written, expected", [
    ("乳源", ("乳源瑶族自治县", "韶关市", "广东省")),              # ethnic part dropped in the short name
    ("乳源瑶族自治县", ("乳源瑶族自治县", "韶关市", "广东省")),
    ("琼中", ("琼中黎族苗族自治县", "", "海南省")),                 # province-direct: no prefecture
    ("城关区", None),                                            # in many provinces
    ("那曲", None),                                              # also a prefecture's short name
])
def test_county_table_forms(written, expected):
    assert R.counties().get(written) == expected


@pytest.mark.parametrize("place, level, jurisdiction_, province_body", [
    ("乳源县", "县", "广东省韶关市乳源瑶族自治县", "中共广东省委"),
    ("乳源瑶族自治县", "县", "广东省韶关市乳源瑶族自治县", "中共广东省委"),
    ("宿豫区", "区", "江苏省宿迁市宿豫区", "中共江苏省委"),
    ("城关区", "区", None, None),                                  # ambiguous: nothing placed
    ("湖南省乳源县", "县", "湖南省", "中共湖南省委"),                 # names its province: unchanged
])
def test_county_report_places_its_province(place, level, jurisdiction_, province_body):
    x = extract_text(OWN.format(place=place, level=level), "2024-06-20")
    assert x.jurisdiction == jurisdiction_
    bodies = {b.name for b in x.bodies}
    if province_body:
        assert province_body in bodies
    else:
        assert "省委" in bodies and not any(b.startswith("中共") and "省委" in b for b in bodies)
    provincial = [m for m in x.meetings if m.name == "全省经济工作会议"]
    assert [m.jurisdiction for m in provincial] == [province_body and province_body[2:-1]]


@pytest.mark.parametrize("text, expected", [
    ("乳源县委常委会召开会议。县委书记张三主持会议。", ("县", "广东省", "韶关市", "乳源瑶族自治县")),
    ("乳源县委常委会召开会议。湖南省委部署。县委书记张三主持。", ("县", "湖南省", None, None)),
    ("省委书记张三到乳源县委调研。", ("省", None, None, None)),        # a provincial report visiting
    ("新华区委常委会召开会议。区委书记张三主持会议。", ("县", None, None, None)),
])
def test_region_from_a_listed_county(text, expected):
    r = jurisdiction.infer(text)
    assert (r.level, r.province, r.prefecture, r.county) == expected
