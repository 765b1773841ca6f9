"""Round 23 classes (bodies and policies), with short reports written for the test: organs named
inside a stationed discipline group's name (省纪委监委驻省政府办公厅纪检监察组); the short form
防指 of a flood-control headquarters; departments whose remits are joined by 和; the 中办、国办
pair; national administrations; 文明办 kept short (its full name varies by place); a local
政协 named place-first (陕西省政协: the form every annotator accepts); leading groups whose task
joins two works by 和; a generic
"every county's" organ; and quoted responsibility systems (“党政同责、一岗双责”, “田长制”)."""

import pytest
from extraction_probe import body_names, policy_names



# (class, text, bodies expected, bodies that must not be made)
BODIES = [
    ("stationed-group-names-no-commission-or-host",
     "吉林省人民政府召开会议。省纪委监委驻省政府办公厅纪检监察组组长刘某通报了情况。",
     {"吉林省人民政府"}, {"吉林省纪委监委", "吉林省人民政府办公厅"}),
    ("stationed-group-in-a-department",
     "福建省商务厅召开会议。省纪委监委驻省商务厅纪检监察组组长张某出席。",
     {"福建省商务厅"}, {"福建省纪委监委"}),
    ("commission-written-alone-is-still-a-body",
     "海南省纪委监委召开会议，部署工作。", {"海南省纪委监委"}, set()),
    ("flood-control-headquarters-short-form",
     "江西省委召开会议。7月12日，省防指召开全省防汛会商会。", {"江西省防汛抗旱指挥部"}, {"省防指"}),
    ("three-defence-headquarters-not-cut-by-the-short-form",
     "广东省委召开会议。省三防指挥部召开会议。", {"广东省三防指挥部"}, set()),
    ("forest-fire-headquarters-short-form",
     "云南省委召开会议。省森防指各成员单位参加。", {"云南省森林草原防灭火指挥部"}, set()),
    ("department-with-two-remits-joined-by-and",
     "渑池县委召开会议。县文化广电和旅游局、县公安局负责同志参加。",
     {"渑池县文化广电和旅游局", "渑池县公安局"}, set()),
    ("government-and-bureau-are-two-organs",
     "渑池县委召开会议。县政府和县公安局负责同志参加。", {"渑池县人民政府", "渑池县公安局"},
     {"渑池县政府和县公安局"}),
    ("general-offices-written-as-a-pair",
     "会议要求认真落实中办、国办印发的《关于加强基层治理的意见》。",
     {"中共中央办公厅", "国务院办公厅"}, set()),
    ("pair-short-forms-inside-other-words-are-not-offices",
     "要集中办理群众诉求，按国办发〔2023〕3号文件执行。", set(), {"中共中央办公厅", "国务院办公厅"}),
    ("national-administration-named-with-its-head",
     "会上，中国气象局副局长韦某介绍了天气趋势。国家文物局、公安部联合召开会议。",
     {"中国气象局", "国家文物局", "公安部"}, set()),
    ("civilisation-office-keeps-its-short-name",
     "安阳市委召开会议。安阳市文明办要加强督导。", {"安阳市文明办"},
     {"安阳市精神文明建设委员会办公室"}),
    ("political-consultative-conference-named-place-first",
     "陕西省委召开会议。省政协主要负责同志出席。", {"陕西省政协"}, {"政协陕西省委员会"}),
    ("leading-group-whose-task-joins-two-works",
     "四川省委召开会议。省推动大规模设备更新和消费品以旧换新工作领导小组要强化统筹。",
     {"四川省推动大规模设备更新和消费品以旧换新工作领导小组"}, set()),
    ("joint-meeting-whose-task-joins-two-works",
     "杭州市委召开会议。杭州市防范和处置非法集资工作联席会议各成员单位参加。",
     {"杭州市防范和处置非法集资工作联席会议"}, set()),
    ("two-organs-joined-by-and-are-no-group",
     "市政府和各部门领导小组要加强统筹。", set(), {"市政府和各部门领导小组"}),
    ("counted-places-are-no-scope",
     "长三角三省一市工业和信息化部门联席会议召开。", set(), {"市工业和信息化部门联席会议"}),
    ("every-provinces-headquarters-is-no-body",
     "各省（自治区、直辖市）防指负责同志在分会场参加会议。会议开到县(市、区)司法局。",
     set(), {"防指", "司法局"}),
]


@pytest.mark.parametrize("case, text, present, absent", BODIES, ids=[c[0] for c in BODIES])
def test_round23_bodies(case, text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not found & absent, found


# (class, text, policies expected, policies that must not be made)
POLICIES = [
    ("responsibility-system-pair",
     "会议要求，严格落实“党政同责、一岗双责”，推动工作。", {"党政同责、一岗双责"}, set()),
    ("responsibility-system-alone", "要压紧压实“一岗双责”，认真执行规定。", {"一岗双责"}, set()),
    ("responsibility-system-of-four-duties",
     "坚持“党政同责、一岗双责、齐抓共管、失职追责”，把安全责任落到实处。",
     {"党政同责、一岗双责、齐抓共管、失职追责"}, set()),
    ("chief-system-quoted", "全面推行耕地保护“田长制”，推动“链长制”落地。", {"田长制", "链长制"}, set()),
    ("quoted-word-without-such-an-ending-stays-out", "要坚持“打早、打小、打了”，严防火灾。",
     set(), {"打早、打小、打了"}),
]


@pytest.mark.parametrize("case, text, present, absent", POLICIES, ids=[c[0] for c in POLICIES])
def test_round23_policies(case, text, present, absent):
    found = policy_names(text)
    assert present <= found, found
    assert not found & absent, found
