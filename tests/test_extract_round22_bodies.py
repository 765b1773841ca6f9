"""Round 22 classes (bodies and policies), with short reports written for the test: units of
central agencies at ports and borders named by a bare place (昆明海关, 云南出入境边防检查总站);
local units of vertically managed agencies (人民银行某省分行, 国家税务总局某市税务局); the party
committee's commissions and their offices (省委金融委员会办公室, 州委编办); unquoted strategies
carried out (深入实施科教兴国战略、人才强国战略)."""
import pytest
from extraction_probe import body_names, policy_names


# (class, text, bodies expected, bodies that must not be made)
PORT_UNITS = [
    ("customs-after-a-verb",
     "5月6日，云南省政府召开口岸工作会议。会议要求，各有关部门要会同昆明海关抓紧制定清单。",
     {"昆明海关"}, {"明海关"}),
    ("customs-whose-place-holds-a-level-character",
     "会议听取了杭州海关、福州海关工作情况汇报。", {"杭州海关", "福州海关"}, {"州海关"}),
    ("border-inspection-station-of-a-province-and-of-a-county",
     "云南出入境边防检查总站、河口出入境边防检查站负责同志参加会议。",
     {"云南出入境边防检查总站", "河口出入境边防检查站"}, set()),
    ("maritime-bureau", "市交通运输局、三亚海事局作交流发言。", {"三亚海事局"}, set()),
    ("county-name-that-is-also-a-verb-needs-a-phrase-start",
     "会议要求，口岸管理部门要会同海关、边检提前制定应急预案。", set(), {"会同海关"}),
    ("customs-ministry-stays-central", "会议传达了海关总署有关文件精神。", set(), {"海关"}),
]


BRANCHES = [
    ("central-bank-branch-named-after-the-bank",
     "浙江省委召开会议。人民银行浙江省分行、省财政厅负责同志参加。",
     {"中国人民银行浙江省分行"}, {"浙江省分行"}),
    ("tax-bureau-and-its-party-committee",
     "近日，国家税务总局上海市税务局党委召开扩大会议。",
     {"国家税务总局上海市税务局党委"}, {"国家税务总局"}),
    ("regulator-office-is-not-a-provincial-department",
     "四川省委召开会议。国家金融监督管理总局四川监管局负责同志参加。",
     {"国家金融监督管理总局四川监管局"}, {"四川省监管局"}),
    ("inspectorate-of-a-city", "国家自然资源督察广州局有关负责同志参加会议。",
     {"国家自然资源督察广州局"}, set()),
]


# port and border units, and units of vertically managed agencies: each read whole
UNITS = PORT_UNITS + BRANCHES


@pytest.mark.parametrize("case, text, present, absent", UNITS, ids=[c[0] for c in UNITS])
def test_round22_units_named_whole_are_bodies(case, text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not found & absent, found


COMMISSIONS = [
    ("finance-commission-office-short-form",
     "湖南省委召开会议。会议强调，省委金融办要切实担负起职责。", {"中共湖南省委金融委员会办公室"}),
    ("establishment-office-short-form",
     "大理州委召开会议。州委编办负责同志参加。", {"中共大理州委机构编制委员会办公室"}),
    ("office-written-in-full-keeps-its-office",
     "湖北省委召开会议。省委机构编制委员会办公室负责同志参加。", {"中共湖北省委机构编制委员会办公室"}),
]


@pytest.mark.parametrize("case, text, present", COMMISSIONS, ids=[c[0] for c in COMMISSIONS])
def test_round22_party_committee_commissions_and_offices(case, text, present):
    assert present <= body_names(text), body_names(text)


# (class, text, policies expected, policies that must not be made)
STRATEGIES = [
    ("list-after-one-verb",
     "会议要求，深入实施科教兴国战略、人才强国战略、创新驱动发展战略，加快建设科技强省。",
     {"科教兴国战略", "人才强国战略", "创新驱动发展战略"}, set()),
    ("era-word-left-out", "全市上下要深入贯彻新时代人才强国战略，坚持党管人才。",
     {"人才强国战略"}, {"新时代人才强国战略"}),
    ("regional-strategy", "要主动对接区域协同发展战略，高标准推进项目建设。", {"区域协同发展战略"}, set()),
    ("kind-of-strategy-is-no-name", "要服务国家战略，作出战略部署，把握民族复兴的战略全局。",
     set(), {"国家战略", "战略部署"}),
]


@pytest.mark.parametrize("case, text, present, absent", STRATEGIES, ids=[c[0] for c in STRATEGIES])
def test_round22_unquoted_strategies_carried_out(case, text, present, absent):
    found = policy_names(text)
    assert present <= found, found
    assert not found & absent, found
