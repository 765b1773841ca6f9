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
