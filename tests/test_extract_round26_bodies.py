"""Round 26 (bodies): classes of body errors seen in reports by several writers.

- coastal places' ocean, fishery and maritime organs and the X长制 offices are departments
  (省海洋与渔业局, 市海洋发展局, 县海上搜救中心, 县湾长制办公室);
- a tax bureau written short after its place is the national agency's unit (广东省税务局 ->
  国家税务总局广东省税务局), one name whichever form a report writes;
- the one organ that opens a 《title》 right before 关于 issued it and is a body of the report;
  joint issuers and organs inside the title's subject are not;
- a people's congress standing committee written in full is the same organ as its short form.
"""
import pytest
from extraction_probe import body_names

CASES = [
    ("ocean and fishery bureau",
     "　　3月1日，福建省海洋与渔业局召开会议。会议要求，省海洋与渔业局加强值守。",
     {"福建省海洋与渔业局"}, set()),
    ("ocean development bureau and bay chief office",
     "　　5月8日，宁德市委召开会议。会上，市海洋发展局、市湾长制办公室作发言。",
     {"宁德市海洋发展局", "宁德市湾长制办公室"}, set()),
    ("maritime search and rescue centre",
     "　　7月2日，宁德市委召开会议。会上，市海上搜救中心作发言。",
     {"宁德市海上搜救中心"}, set()),
    ("tax bureau short form",
     "　　1月5日，广东省税务局召开全省税务工作会议。",
     {"国家税务总局广东省税务局"}, {"广东省税务局"}),
    ("tax bureau long form",
     "　　1月5日，国家税务总局广东省税务局召开全省税务工作会议。",
     {"国家税务总局广东省税务局"}, {"广东省税务局"}),
    ("local tax bureau is another kind",
     "　　1月5日，海口市地方税务局召开会议。",
     set(), {"国家税务总局海口市地方税务局"}),
    ("single issuer of a title",
     "　　会议学习了《农业农村部关于调整海洋伏季休渔制度的通告》。",
     {"农业农村部"}, set()),
    ("party committee issuer with 中共",
     "　　宁德市委召开会议，学习《中共宁德市委关于加强作风建设的决定》。",
     {"中共宁德市委"}, set()),
    ("joint issuers are left",
     "　　会议学习了《中共中央 国务院关于加强生态保护的意见》。",
     set(), {"国务院", "中共中央"}),
    ("organ inside the subject is no issuer",
     "　　会议学习了《关于支持农业农村部推进改革的意见》。",
     set(), {"农业农村部"}),
    ("congress standing committee in full",
     "　　会议审议《江西省人民代表大会常务委员会关于修改某条例的决定》，江西省人大常委会秘书长出席。",
     {"江西省人大常委会"}, {"江西省人民代表大会常务委员会"}),
    ("a committee's commission keeps its reading",
     "　　会议听取了南京市委网络安全和信息化委员会办公室的汇报。",
     {"中共南京市委网络安全和信息化委员会办公室"}, set()),
]


@pytest.mark.parametrize("case, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_round26_body_kinds(case, text, present, absent):
    names = body_names(text)
    assert present <= names, names
    assert not absent & names, names
