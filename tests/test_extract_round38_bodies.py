"""Round 38 (bodies): customs and other port units are named by their bare place (郑州海关), so a
level or bare 海关 names no local department (区海关, 海关监管作业场所), and a county-named unit
written after 所属 is still read; a place's patriotic health committee and its office written
short (市爱卫会, 区爱卫办) take their full names."""
import pytest

from extraction_probe import body_names


@pytest.mark.parametrize("text, present, absent", [
    ("郑州市政府召开会议。会议要求加快海关监管作业场所建设。", {"郑州市人民政府"}, {"郑州市海关"}),
    ("江津区政府召开会议。重庆海关所属江津海关关长出席会议。", {"重庆海关", "江津海关"}, {"江津区海关"}),
    ("江津区政府召开会议。会议要求区海关加强协作。", {"江津区人民政府"}, {"江津区海关", "区海关"}),
    # a verb's characters that spell a county stay unread before a unit
    ("怀化市政府召开会议。会议要求市商务局要会同海关加强协作。", set(), {"会同海关"}),
])
def test_port_units_by_bare_place(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present", [
    ("福州市委常委会召开会议，市委书记王强主持。会议要求，市爱卫会各成员单位要加强协作。", {"福州市爱国卫生运动委员会"}),
    ("福州市委常委会召开会议，市委书记王强主持。会议要求，市爱卫办要组织暗访检查。", {"福州市爱国卫生运动委员会办公室"}),
    ("勐腊县爱国卫生运动委员会办公室召开会议。", {"勐腊县爱国卫生运动委员会办公室"}),
])
def test_patriotic_health_committee_short(text, present):
    found = body_names(text)
    assert present <= found, found


@pytest.mark.parametrize("text, present, absent", [
    # 城管局 is 城市管理局 in one city, 城市管理和综合执法局 in another: the written form stays
    ("济南市委常委会召开会议，市委书记王强主持。会议要求，市城管局要加强巡查。", {"济南市城管局"}, {"济南市城市管理局"}),
    ("济南市委常委会召开会议，市委书记王强主持。会议要求，市城市管理局要加强巡查。", {"济南市城市管理局"}, set()),
])
def test_city_management_bureau_kept_as_written(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found
