"""Round 37 (bodies, policies): a bureau's branch office named by its area (市生态环境局X分局);
the admissions commission written 招委; a responsibility system named by a quoted phrase and its
holder (“米袋子”省长责任制); more verbs whose whole object is a quoted programme (加快“X”，)."""
import pytest

from extraction_probe import body_names, policy_names


@pytest.mark.parametrize("text, present, absent", [
    ("昭通市生态环境局镇雄分局召开会议，研究部署整改工作。", {"昭通市生态环境局镇雄分局"}, set()),
    ("成都市公安局武侯区分局召开会议，研究部署安保工作。", {"成都市公安局武侯区分局"}, set()),
    ("白沙县公安局森林分局召开会议，研究部署防火工作。", {"白沙黎族自治县公安局森林分局"}, set()),
    # a function word after the bureau is no branch's name
    ("成都市公安局召开会议。会议要求市公安局要求各分局加强巡查。", {"成都市公安局"},
     {"成都市公安局要求各分局"}),
    ("成都市公安局和各分局负责同志参加会议。", {"成都市公安局"}, {"成都市公安局和各分局"}),
])
def test_branch_office_after_bureau(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present, absent", [
    ("徐州市委常委会召开会议，市委书记王强主持。会议要求，市招委要加强督导。", {"徐州市招生委员会"}, {"市招委"}),
    ("徐州市委常委会召开会议，市委书记王强主持。会议要求，市招委办要加强督导。",
     {"徐州市招生委员会办公室"}, set()),
])
def test_admissions_commission_short(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present, absent", [
    ("会议要求，要落实“谁执法谁普法”普法责任制，推动全社会守法。", {"谁执法谁普法普法责任制"}, set()),
    ("会议要求，要落实“米袋子”省长责任制和“菜篮子”市长负责制，保障供应。",
     {"米袋子省长责任制", "菜篮子市长负责制"}, set()),
    # the system word right after the quotes adds nothing to the name
    ("会议要求，要落实“门前三包”责任制，整治环境。", {"门前三包"}, {"门前三包责任制"}),
    # a system word inside the quotes does not cut the name short
    ("会议要求，要落实“首接负责”要求和“首接负责制”。", {"首接负责要求"}, {"首接负责制"}),
    ("会议要求，加快“智改数转网联”，培育新兴产业。", {"智改数转网联"}, set()),
    ("会议要求，深入实施“智改数转网联”，年内完成改造。", {"智改数转网联"}, set()),
    ("会议要求，加快“智改数转网联”工作。", set(), {"智改数转网联"}),
])
def test_quoted_systems_and_programmes(text, present, absent):
    found = policy_names(text)
    assert present <= found, found
    assert not absent & found, found
