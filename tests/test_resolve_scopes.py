"""A county-level place written short or without its prefecture is one scope: a township
report's 尚志市委常委会扩大会议 is the one the city's own report dates (meeting_scopes.py)."""
import pytest

from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve
from kg.resolve.meeting_scopes import full_scope


@pytest.mark.parametrize("scope,full", [
    ("尚志市", "黑龙江省哈尔滨市尚志市"),
    ("黑龙江省尚志市", "黑龙江省哈尔滨市尚志市"),
    ("黑龙江省哈尔滨市尚志市", "黑龙江省哈尔滨市尚志市"),
    ("德清县", "浙江省湖州市德清县"),
    ("广东省尚志市", "广东省尚志市"),          # the province disagrees: kept as written
    ("江苏省南京市", "江苏省南京市"),          # no county-level unit
    ("全国", "全国"),
])
def test_full_scope(scope, full):
    assert full_scope(scope) == full


def test_a_township_report_joins_the_city_meeting():
    city = ("尚志市委常委会召开扩大会议\n11月13日，市委书记周某某主持召开市委常委会（扩大）会议，"
            "传达学习黑龙江省旅游发展大会精神。", "2024-11-14")      # placed as 黑龙江省尚志市
    town = ("亚布力镇召开党委扩大会议\n11月15日，镇党委书记殷某某主持召开镇党委（扩大）会议，"
            "传达学习尚志市委常委会（扩大）会议精神。", "2024-11-15")
    corpus = resolve([extract(make_report(f"r{i}.txt", t, published=d)) for i, (t, d) in enumerate((city, town))])
    assert len([n for n in corpus.nodes if n.kind is NodeKind.MEETING and "尚志市委常委会" in n.label]) == 1


@pytest.mark.parametrize("name,place,expected", [
    ("德清县续会", "浙江省湖州市德清县", {"续会"}),
    ("湖州市德清县续会", "浙江省湖州市德清县", {"续会"}),
    ("德清县委常委会会议", "浙江省湖州市德清县", {"委常委会会"}),
    ("德清县续会", "浙江省湖州市安吉县", {"德清县续会"}),     # another county's name: its own
    ("全县续会", "浙江省湖州市德清县", {"续会"}),
    ("县续会", None, {"续会"}),
])
def test_a_name_is_compared_without_its_own_place(name, place, expected):
    from types import SimpleNamespace
    from kg.resolve.meeting_match import cores
    assert cores(SimpleNamespace(name=name, aliases=(), jurisdiction=place)) == expected


def test_a_township_report_joins_the_county_follow_up():
    county = ("德清县召开数字经济推进会续会\n4月16日上午，全省数字经济发展大会召开。会后，我县随即召开续会，"
              "县委书记甲某某主持会议，传达学习大会精神。", "2024-04-16")
    town = ("德清县莫干山镇召开党委扩大会议\n昨天上午，莫干山镇党委召开扩大会议，传达学习全省数字经济发展大会、"
            "全县续会精神，镇党委书记乙某某主持会议。", "2024-04-19")
    corpus = resolve([extract(make_report(f"r{i}.txt", t, published=d)) for i, (t, d) in enumerate((county, town))])
    follow_ups = [n for n in corpus.nodes if n.kind is NodeKind.MEETING and n.label.endswith("续会")]
    assert len(follow_ups) == 1 and len(follow_ups[0].reports) == 2
