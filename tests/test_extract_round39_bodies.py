"""Round 39 (bodies): a working organ whose task is written in quotation marks (市“三夏”生产指挥部)
is read whole, without the marks, and so is its office; the forest-fire headquarters' office
written short (森防指办) takes its full name; a city's or county's 党委 is its 市委/县委 (an
autonomous region's or prefecture's keeps 党委), and a bare 自治区党委 is no province's."""
import pytest

from extraction_probe import body_names


@pytest.mark.parametrize("text, present, absent", [
    ("周口市委召开会议。会议宣布成立周口市“三夏”生产指挥部，由市长任指挥长。",
     {"周口市三夏生产指挥部"}, {"生产指挥部"}),
    ("黄岩区委召开会议。区“五水共治”工作领导小组要加强调度。", {"黄岩区五水共治工作领导小组"}, set()),
    ("河北省政府召开会议。省“三夏”生产工作专班办公室设在省农业农村厅。", {"河北省三夏生产工作专班"}, set()),
    ("吉林省政府召开会议。省“两防”指挥部办公室要加强值守。", {"吉林省两防指挥部办公室"}, {"吉林省两防指挥部"}),
    # every level's, no one organ
    ("某县召开会议。会议要求各级“三夏”生产指挥部要实行24小时值班。", set(), {"三夏生产指挥部"}),
])
def test_quoted_task_in_working_organ(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present, absent", [
    ("吉林省政府召开会议。省应急管理厅、省森林草原防灭火指挥部办公室(林草)参加会议。",
     {"吉林省森林草原防灭火指挥部办公室"}, {"吉林省森林草原防灭火指挥部"}),
    ("塔河县政府召开会议。县森防指办要加强值守。", {"塔河县森林草原防灭火指挥部办公室"}, set()),
])
def test_forest_fire_headquarters_office(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present, absent", [
    ("韩城市委召开会议。会议要求韩城市党委和政府扛起责任。", {"中共韩城市委"}, {"中共韩城市党委"}),
    ("伊犁州党委召开会议。", {"中共伊犁州党委"}, {"中共伊犁州委"}),
    ("宁夏回族自治区党委召开会议。", {"中共宁夏回族自治区党委"}, set()),
    # a province's report: 自治区党委 is another region's, not 中共上海市党委
    ("上海市委召开会议，传达学习自治区党委农村工作会议精神。", {"中共上海市委"}, {"中共上海市党委"}),
])
def test_party_committee_named_by_place_kind(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found
