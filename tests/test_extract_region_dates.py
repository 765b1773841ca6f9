"""The report's own region, completed dates, and Traditional + pinyin input."""
import pytest

from kg.extract import extract, jurisdiction
from kg.extract.dates import Anchor, find
from kg.ingest import make_report


@pytest.mark.parametrize("text, level, province, prefecture, county", [
    ("省委书记甲某主持会议。（江西日报记者 乙某）", "省", "江西省", None, None),
    ("在收听收看会议后，宿迁市召开会议。市委书记甲某讲话。区委书记乙某参加。宿豫区立即召开续会。",
     "县", "江苏省", "宿迁市", "宿豫区"),
    ("自治区党委书记甲某主持召开全区会议。（内蒙古日报记者 乙某）", "省", "内蒙古自治区", None, None),
    ("市委书记刘南昌主持会议。", "市", None, None, None),          # 南昌 inside a name is no city
    ("东安县组织收看全省会议。", "县", "湖南省", "永州市", "东安县"),   # listed in counties.tsv
])
def test_region(text, level, province, prefecture, county):
    r = jurisdiction.infer(text)
    assert (r.level, r.province, r.prefecture, r.county) == (level, province, prefecture, county)


@pytest.mark.parametrize("sentence, published, expected", [
    ("11月10日，会议召开。", "2022-11-12", ["2022-11-10"]),
    ("12月30日，会议召开。", "2021-01-06", ["2020-12-30"]),       # late December, published in January
    ("新华社北京3月19日电 机制19日召开会议。", None, ["--03-19", "--03-19"]),
    ("国务院联防联控机制9日召开会议。", "2022-05-10", ["2022-05-09"]),
    ("今天上午，会议召开。", "2022-03-20", ["2022-03-20"]),
    ("2023年3月17日，会议召开。", None, ["2023-03-17"]),
])
def test_dates_completed_from_the_report(sentence, published, expected):
    anchor = Anchor.of(sentence, published)
    assert [d.day.iso() for d in find(sentence, anchor)] == expected


def test_year_written_once_in_the_text_completes_dates():
    ex = extract(make_report("t.txt", "3月17日，县委常委会召开会议，听取全县2023年一季度经济运行情况汇报。"))
    assert ex.meetings[0].date == "2023-03-17"


def test_a_year_whose_work_is_reported_does_not_date_the_report():
    ex = extract(make_report("t.txt", "3月19日下午，县委召开会议，通报2023年全县防范和处置非法集资工作情况。"))
    assert ex.meetings[0].date == "--03-19"


def test_traditional_with_inline_pinyin():
    raw = ("省委常委會(huì)召開(kāi)會(huì)議(yì)\n"
           "11月11日，省委常委會(huì)召開(kāi)會(huì)議(yì)，傳(chuán)達(dá)學(xué)習(xí)中央政治局常務(wù)委員會(huì)會(huì)議(yì)精神。"
           "省委書(shū)記(jì)易某紅主持會(huì)議(yì)。副省長(zhǎng)劉某、陳某某出席會(huì)議(yì)。（江西日報(bào)記者 魏某）")
    ex = extract(make_report("t.txt", raw))
    names = {o.name: o.posts for o in ex.officials}
    assert names["易某红"] == ("江西省委书记",)
    assert {"刘某", "陈某某"} <= set(names)
    assert {m.name for m in ex.meetings} == {"江西省委常委会会议", "中央政治局常务委员会会议"}
    labels = {m.key: m.name for m in ex.meetings}
    relays = {(labels[r.subject], labels[r.object]) for r in ex.relations if r.kind.value == "relayedDirectiveFrom"}
    assert relays == {("江西省委常委会会议", "中央政治局常务委员会会议")}
