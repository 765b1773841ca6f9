"""Round 33 (bodies): a township's party committee named with its town (X镇党委召开…, X镇召开党委
扩大会议), the report's bare 镇党委 read as that committee; verbs before a bare 镇党委, posts and
a committee's study group are not a town committee."""
import pytest

from extraction_probe import body_names, extract_text


@pytest.mark.parametrize("text, present, absent", [
    ("东岭镇党委召开专题会议，传达学习县委会议精神。东岭镇各村参加。", {"东岭镇党委"}, {"镇党委"}),
    ("石坝乡召开党委扩大会议，传达学习全县会议精神。乡党委书记李某主持会议。会议要求，乡党委要带头落实。",
     {"石坝乡党委"}, {"乡党委"}),
    ("北川县青河镇召开党委（扩大）会议。青河镇党委书记王某主持。", {"青河镇党委"}, set()),
    ("会议研究了议程，提请镇党委研究。镇党委书记张某主持。", set(), {"提请镇党委"}),
    ("南岗镇各村参加。南岗镇党委理论学习中心组召开学习会。", set(), {"南岗镇党委"}),
    ("会议指出，全县乡镇党委要抓好落实。", set(), {"全县乡镇党委", "县乡镇党委"}),
])
def test_town_committees(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


def test_convener_is_the_same_committee():
    x = extract_text("东岭镇召开党委扩大会议，传达学习全县会议精神。镇党委书记王某主持会议。", head="")
    assert [b.name for b in x.bodies if "镇" in b.name] == ["东岭镇党委"], x.bodies
