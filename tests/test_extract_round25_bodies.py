"""Round 25 class (bodies): a party committee's deliberative commissions and their offices
(省委深改委 / 市委改革办, 省委依法治省办, 省委外办, 市委台办, 省委巡视办, 市委网信委) are bodies,
also where they are named only with their head's post (改革办主任X), as a bureau is in 局长; the
short forms share one canonical name with the full forms, and the committee itself is not read
out of them (省委改革办 is no mention of 省委)."""
import pytest
from extraction_probe import body_names, policy_names


# (class, text, bodies expected, bodies that must not be made)
BODIES = [
    ("reform-office-named-with-its-head",
     "3月5日，青海省召开会议。省委改革办主任王立新汇报工作。",
     {"中共青海省委全面深化改革委员会办公室"}, {"中共青海省委"}),
    ("reform-office-as-subject",
     "3月5日，青海省召开会议。会议要求，省委改革办要加强统筹协调。",
     {"中共青海省委全面深化改革委员会办公室"}, {"中共青海省委"}),
    ("rule-of-law-office-of-a-city",
     "4月2日，西宁市召开会议。市委依法治市办主任李红梅作说明。",
     {"中共西宁市委全面依法治市委员会办公室"}, {"中共西宁市委"}),
    ("foreign-affairs-office-of-the-committee",
     "5月8日，青海省召开会议。省委外办主任赵明出席会议。",
     {"中共青海省委外事工作委员会办公室"}, {"中共青海省委"}),
    ("taiwan-affairs-office",
     "6月1日，西宁市召开会议。市委台办主任周海作交流发言。",
     {"中共西宁市委台湾工作办公室"}, {"中共西宁市委"}),
    ("inspection-office-short-and-full-share-a-name",
     "7月3日，青海省召开会议。省委巡视办副主任孙平，省委巡视工作领导小组办公室有关同志参加。",
     {"青海省委巡视工作领导小组办公室"}, {"中共青海省委巡视工作领导小组办公室"}),
    ("cyberspace-commission-short-form-is-the-full-commission",
     "8月9日，西宁市委网络安全和信息化委员会召开会议。市委网信委副主任钱进出席。",
     {"西宁市委网络安全和信息化委员会"}, {"中共西宁市委网络安全和信息化委员会"}),
    ("reform-commission-short-form",
     "9月1日，青海省召开会议。会议传达了省委深改委会议精神。",
     {"青海省委全面深化改革委员会"}, set()),
]


@pytest.mark.parametrize("case,text,present,absent", BODIES, ids=[c[0] for c in BODIES])
def test_commission_offices(case, text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not found & absent, found


# a bare 领导小组办公室 (联席会议办公室) is the office of the one group of that kind the report names,
# also where the group is named only inside a meeting's name
OFFICES = [
    ("bare-office-of-the-named-group",
     "3月5日，吉林省对口支援工作领导小组召开会议。会议要求，领导小组办公室要发挥统筹作用。",
     {"吉林省对口支援工作领导小组办公室"}),
    ("group-named-in-a-meeting-name",
     "3月5日，江苏省召开省制造强省建设领导小组第五次全体会议。会议要求，当好领导小组办公室的参谋部。",
     {"江苏省制造强省建设领导小组办公室"}),
    ("joint-conference-office",
     "7月3日，西宁市科技人才工作联席会议召开。市科技局局长代表联席会议办公室汇报工作。",
     {"西宁市科技人才工作联席会议办公室"}),
]


@pytest.mark.parametrize("case,text,present", OFFICES, ids=[c[0] for c in OFFICES])
def test_bare_group_office(case, text, present):
    found = body_names(text)
    assert present <= found, found


def test_bare_office_with_two_groups_is_not_guessed():
    found = body_names("3月5日，吉林省对口支援工作领导小组和吉林省乡村振兴工作领导小组召开会议。"
                    "领导小组办公室要加强调度。")
    assert not any(b.endswith("领导小组办公室") for b in found), found


# a special administrative region's government is X特别行政区政府, however it is written
@pytest.mark.parametrize("text,name", [
    ("6月1日，广东省召开会议。会上，与会人员介绍了与香港特区政府的合作情况。", "香港特别行政区政府"),
    ("6月1日，广东省召开会议。会上，与会人员介绍了与澳门特别行政区政府的合作情况。", "澳门特别行政区政府"),
])
def test_special_region_government(text, name):
    found = body_names(text)
    assert name in found, found
    assert not any(b.endswith("特区人民政府") or b.endswith("行政区人民政府") for b in found), found


# a framework named by a quoted number code may end with 部署 (“1310”具体部署), but where a
# framework noun comes first the framework is the policy (“1650”产业体系部署 -> 1650产业体系)
@pytest.mark.parametrize("text,name,not_name", [
    ("5月6日，某县召开会议。会议要求，深入落实省委“1310”具体部署。", "1310具体部署", None),
    ("5月6日，某县召开会议。会议要求，对标省委“1650”产业体系部署。", "1650产业体系", "1650产业体系部署"),
])
def test_code_named_deployment_is_a_policy(text, name, not_name):
    found = policy_names(text)
    assert name in found and not_name not in found, found


# a free trade zone's area (片区) is a zone; 中国（省）leads the full name, though 自由 holds 由
@pytest.mark.parametrize("text,name", [
    ("6月1日，中国（广西）自由贸易试验区钦州港片区管委会召开会议。", "中国(广西)自由贸易试验区钦州港片区管委会"),
    ("6月1日，临港新片区党工委召开会议，研究部署工作。", "临港新片区党工委"),
])
def test_free_trade_zone_area(text, name):
    found = body_names(text)
    assert name in found, found
