"""Scope words at the start of a meeting name: a prefecture (地区) names its own meetings, so a
地区经济工作会议 is not the 中央经济工作会议 it relays; a title inside a name (三江源国家公园,
全国文明城市) is no national scope."""
import pytest

from extraction_probe import edges, extract_text
from kg.extract.meeting_names import find
from kg.extract.name_scope import scope_of, split_scope
from kg.records import RelationKind


@pytest.mark.parametrize("name,scopes,rest", [
    ("地区经济工作会议", ["地区"], "经济工作会议"),
    ("全地区安全生产会议", ["全地区"], "安全生产会议"),
    ("全区经济工作会议", ["全区"], "经济工作会议"),
    ("中央经济工作会议", ["中央"], "经济工作会议"),
    # a level word that begins a word (市场, 县域, 区域) is no scope of its own
    ("全省市场监管工作会议", ["全省"], "市场监管工作会议"),
    ("市场监管工作会议", [], "市场监管工作会议"),
    ("全县县域经济发展推进会", ["全县"], "县域经济发展推进会"),
    ("省部级主要领导干部推动金融高质量发展专题研讨班开班式", [], "省部级主要领导干部推动金融高质量发展专题研讨班开班式"),
    ("全市区域协调发展大会", ["全市"], "区域协调发展大会"),
    ("市政府常务会议", ["市"], "政府常务会议"),            # 市政府: 市 is the scope
    ("全省、市、县安全生产会议", ["全省", "市", "县"], "安全生产会议"),
    # a year before one level word: the word is the scope (2024年省总林长会议); several run
    # together are the name's own (2023年度旗县市(区)X会)
    ("2024年省总林长会议", ["省"], "总林长会议"),
    ("2023年度旗县市(区)党委书记述职评议会", [], "2023年度旗县市(区)党委书记述职评议会"),
])
def test_split_scope(name, scopes, rest):
    assert split_scope(name) == (scopes, rest)


@pytest.mark.parametrize("sentence,name,level", [
    # 国家公园, 全国文明城市: a title the name holds, not the scope of a national meeting
    ("日前，玉树州以视频会议形式召开三江源国家公园生态管护工作推进会。", "三江源国家公园生态管护工作推进会", None),
    ("会后，曹县召开创建全国文明城市工作续会。", "创建全国文明城市工作续会", None),
    ("市委召开创建全国禁毒示范城市推进会。", "创建全国禁毒示范城市推进会", None),
    ("传达学习国家防总会议精神。", "国家防总会议", "国"),
    ("传达学习全国双拥工作领导小组全体会议精神。", "全国双拥工作领导小组全体会议", "国"),
])
def test_titles_are_no_national_scope(sentence, name, level):
    [span] = find(sentence)
    assert (span.name, span.level) == (name, level)


@pytest.mark.parametrize("word,level", [("地区", "市"), ("全地区", "市"), ("全区", "县"), ("中央", "国")])
def test_scope_levels(word, level):
    assert scope_of(word)[0] == level


def test_a_provincial_market_meeting_relayed_keeps_its_name():
    x = extract_text("3月1日，市市场监管局召开党组会议，传达学习全省市场监管工作会议精神。局长甲某主持会议。",
                     published="2024-03-02")
    assert any(m.name.endswith("全省市场监管工作会议") or m.name.endswith("省市场监管工作会议")
               for m in x.meetings), [m.name for m in x.meetings]
    assert not any("场监管工作会议" in m.name and "市场" not in m.name for m in x.meetings)


def test_a_prefecture_meeting_relays_the_central_one_it_names():
    x = extract_text("地区经济工作会议召开\n12月16日，地区经济工作会议在喀什市召开。会议全面贯彻落实"
                     "中央经济工作会议精神，部署明年经济工作。地委书记甲某出席会议并讲话。",
                     published="2023-12-17")
    relays = edges(x, RelationKind.RELAYED)
    assert any(a.endswith("地区经济工作会议") and b == "中央经济工作会议" for a, b in relays), relays



@pytest.mark.parametrize("article,label", [
    # the report writes the short form (积石山县) beside its header's full name: its meetings take it
    ("5月31日，我县召开防汛调度会，部署防汛工作。县委书记甲某主持会议。按照《积石山县防汛预案》抓好落实。",
     "积石山县防汛调度会"),
    # only the full name is written: the meetings keep it
    ("5月31日，我县召开防汛调度会，部署防汛工作。县委书记甲某主持会议。", "积石山保安族东乡族撒拉族自治县防汛调度会"),
])
def test_an_autonomous_county_names_its_meetings_as_its_report_writes_it(article, label):
    x = extract_text(article, published="2024-06-01", head="积石山保安族东乡族撒拉族自治县人民政府\n")
    assert label in [m.name for m in x.meetings], [m.name for m in x.meetings]


def test_an_autonomous_county_names_its_bodies_as_its_report_writes_it():
    x = extract_text("5月31日，县委召开常委会会议。县委书记甲某主持会议。按照《积石山县防汛预案》抓好落实。",
                     published="2024-06-01", head="积石山保安族东乡族撒拉族自治县人民政府\n")
    names = {b.name for b in x.bodies}
    assert "中共积石山县委" in names and not any("保安族" in n for n in names), names
