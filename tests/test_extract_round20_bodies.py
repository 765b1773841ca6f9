"""Round 20 body classes, one table per class, with short reports written for the test: the
party committee's own departments (省委组织部, 自治区党委办公厅); ministries and other national
organs (工信部, 不是 教育部门); a bare 厅党组 / 委党组 as the party group of the report's own
department, and an organ's 党委 (市公安局党委); a department's short form named by its full
name (县住建局 -> X县住房和城乡建设局), a district's kept as written; the committee of a county
whose name is one character (宾县县委); development zones' and streets' organs (郑东新区管委会);
organs named by a page-footer label (主办：X) are no bodies."""
import pytest
from extraction_probe import body_names, policy_names


def _check(text: str, present: set[str], absent: set[str]) -> None:
    found = body_names(text)
    assert present <= found and not found & absent, found


# (class, text, bodies expected, bodies that must not be made)
COMMITTEE_DEPARTMENTS = [
    ("propaganda-and-organisation",
     "江西日报\n会上，省委宣传部、省委组织部作交流发言。", {"中共江西省委宣传部", "中共江西省委组织部"}, set()),
    ("united-front-full-name",
     "青海日报\n会议要求，省委统战部要牵头抓总。", {"中共青海省委统一战线工作部"}, set()),
    ("political-legal-committee",
     "安徽日报\n会议要求，省委政法委、省司法局会同相关部门推进。", {"中共安徽省委政法委员会"}, set()),
    ("cyberspace-office",
     "甘肃日报\n会上，省委网信办作交流发言。", {"中共甘肃省委网络安全和信息化委员会办公室"}, set()),
    ("regional-committee-general-office",
     "宁夏日报\n自治区党委办公厅印发通知。", {"中共宁夏回族自治区委员会办公厅"}, set()),
]


@pytest.mark.parametrize("case, text, present, absent", COMMITTEE_DEPARTMENTS,
                         ids=[c[0] for c in COMMITTEE_DEPARTMENTS])
def test_round20_party_committee_departments(case, text, present, absent):
    _check(text, present, absent)


MINISTRIES = [
    ("short-form", "某日报\n工信部规划司有关负责同志到会指导。", {"工业和信息化部"}, set()),
    ("full-form", "某日报\n会议传达了应急管理部视频会议精神。", {"应急管理部"}, set()),
    ("department-word-is-generic", "某日报\n会议要求，各级教育部门要抓好落实。", set(), {"教育部"}),
    ("deployment-is-no-ministry", "某日报\n会议对应急管理部署作出安排。", set(), {"应急管理部"}),
]


@pytest.mark.parametrize("case, text, present, absent", MINISTRIES, ids=[c[0] for c in MINISTRIES])
def test_round20_ministries(case, text, present, absent):
    _check(text, present, absent)


PARTY_GROUPS = [
    ("bare-group-is-the-sites-department",
     "河北省交通运输厅\n厅党组召开(扩大)会议\n8月1日，厅党组召开会议，传达学习有关精神。",
     {"河北省交通运输厅党组"}, set()),
    ("bare-commission-group",
     "山东省发展和改革委员会\n委党组召开会议\n日前，委党组召开会议。", {"山东省发展和改革委员会党组"}, set()),
    ("bare-group-with-no-department-is-left", "某日报\n厅党组召开会议。", set(), {"厅党组"}),
    ("bare-group-secretary-is-a-post",
     "河北省交通运输厅\n厅党组书记、厅长王某某主持会议。", set(), {"河北省交通运输厅党组"}),
    ("department-convenes-its-group",
     "安徽日报\n省卫生健康委召开党组会议。", {"安徽省卫生健康委员会党组"}, set()),
    ("bureau-party-committee",
     "青岛日报\n青岛市公安局党委召开会议，传达学习会议精神。", {"青岛市公安局党委"}, set()),
    ("party-organisation-is-no-group", "某日报\n县委党组织书记参加培训。", set(), {"县委党组"}),
]


@pytest.mark.parametrize("case, text, present, absent", PARTY_GROUPS, ids=[c[0] for c in PARTY_GROUPS])
def test_round20_party_groups_and_committees(case, text, present, absent):
    _check(text, present, absent)


FULL_FORMS = [
    ("county-bureau", "兰陵县融媒\n兰陵县召开会议。县住建局、县应急局负责同志参加。",
     {"兰陵县住房和城乡建设局", "兰陵县应急管理局"}, {"兰陵县住建局"}),
    ("provincial-department", "山东日报\n省应急厅、省人社厅负责同志发言。",
     {"山东省应急管理厅", "山东省人力资源和社会保障厅"}, set()),
    ("government-office", "宝应县融媒\n宝应县召开会议。县政府办负责同志参加。", {"宝应县人民政府办公室"}, set()),
    ("district-kept-as-written", "天津日报\n西青区召开会议。区发展改革委负责同志参加。",
     {"西青区发展改革委"}, {"西青区发展和改革委员会"}),
]


@pytest.mark.parametrize("case, text, present, absent", FULL_FORMS, ids=[c[0] for c in FULL_FORMS])
def test_round20_department_full_names(case, text, present, absent):
    _check(text, present, absent)


ONE_CHARACTER_PLACES = [
    ("county-committee", "宾县融媒\n宾县召开会议。县委理论学习中心组举行学习。县委组织部负责同志参加。",
     {"中共宾县县委组织部"}, {"中共宾县委组织部"}),
    ("two-character-county-unchanged", "睢宁县融媒\n睢宁县召开会议。县委组织部负责同志参加。",
     {"中共睢宁县委组织部"}, set()),
]


@pytest.mark.parametrize("case, text, present, absent", ONE_CHARACTER_PLACES, ids=[c[0] for c in ONE_CHARACTER_PLACES])
def test_round20_committee_of_a_one_character_county(case, text, present, absent):
    _check(text, present, absent)


ZONES = [
    ("zone-committee-after-a-list", "郑州日报\n会上，金水区、郑东新区管委会作表态发言。", {"郑东新区管委会"}, set()),
    ("zone-committee-after-a-verb", "福州日报\n会议听取了福州新区管委会关于工作的汇报。", {"福州新区管委会"}, set()),
    ("street-office", "北京日报\n会上，民政局和西城区德胜街道办事处分别发言。", {"西城区德胜街道办事处"}, set()),
    ("bare-zone-is-left", "某日报\n高新区管委会主任张某某出席。", set(), {"高新区管委会"}),
    ("every-street-is-no-body", "某日报\n会议要求，各相关街道办事处抓好落实。", set(), {"各相关街道办事处"}),
    ("full-name-no-level-split", "合肥日报\n合肥高新技术产业开发区管理委员会召开会议。",
     {"合肥高新技术产业开发区管理委员会"}, {"区管理委员会"}),
]


@pytest.mark.parametrize("case, text, present, absent", ZONES, ids=[c[0] for c in ZONES])
def test_round20_zone_and_street_organs(case, text, present, absent):
    _check(text, present, absent)


PAGE_LABELS = [
    ("footer-host", "廊坊日报\n会议召开。\n主办：廊坊市人民政府办公室　承办：廊坊市政务服务和数据管理局",
     set(), {"廊坊市人民政府办公室", "廊坊市政务服务和数据管理局"}),
    ("organ-in-text-kept", "廊坊日报\n会上，市政府办公室负责同志发言。", {"廊坊市人民政府办公室"}, set()),
]


@pytest.mark.parametrize("case, text, present, absent", PAGE_LABELS, ids=[c[0] for c in PAGE_LABELS])
def test_round20_page_footer_organs(case, text, present, absent):
    _check(text, present, absent)


# (class, text, policies expected, policies that must not be made): a framework named by a
# quoted number code runs to the last noun of its phrase
CODED_FRAMEWORKS = [
    ("code-and-system", "某日报\n会议要求，聚焦“2468”产业体系建设。", {"2468产业体系"}, set()),
    ("strategy-inside-the-phrase", "某日报\n加快“31313”战略性新兴产业集群发展。",
     {"31313战略性新兴产业集群"}, {"31313战略"}),
    ("two-codes-joined", "某日报\n围绕“3+3+2”现代产业体系和“729”科技布局推进。",
     {"3+3+2现代产业体系", "729科技布局"}, set()),
    ("code-with-no-noun-is-left", "某日报\n拨打“12345”热线反映问题。", set(), {"12345热线"}),
]


@pytest.mark.parametrize("case, text, present, absent", CODED_FRAMEWORKS, ids=[c[0] for c in CODED_FRAMEWORKS])
def test_round20_frameworks_named_by_a_code(case, text, present, absent):
    found = policy_names(text)
    assert present <= found and not found & absent, found


# Round 21: an autonomous region's or prefecture's 党委 (常委会) is named as written with 党委,
# the form every reader accepts (中共X自治区党委常委会); an autonomous prefecture's short form
# is its own name (红河州), not its name with an ethnonym.
REGION_COMMITTEES = [
    ("region-standing-committee", "广西日报\n自治区党委常委会召开会议。",
     {"中共广西壮族自治区党委常委会"}, {"中共广西壮族自治区委员会常委会"}),
    ("region-committee", "宁夏日报\n会议传达了自治区党委的部署。", {"中共宁夏回族自治区党委"},
     {"中共宁夏回族自治区委员会"}),
    ("prefecture-ethnonym-dropped", "红河日报\n会上，红河哈尼族彝族自治州委常委会召开会议。", {"中共红河州委常委会"},
     {"中共红河哈尼族州委常委会"}),
]


@pytest.mark.parametrize("case, text, present, absent", REGION_COMMITTEES, ids=[c[0] for c in REGION_COMMITTEES])
def test_round21_region_committees(case, text, present, absent):
    _check(text, present, absent)


# Round 21 policies: a quoted number-word pair (“三管三必须”) names itself before its cue word;
# 新时代党的治疆方略 is a named strategy without quotes.
POLICIES = [
    ("pair-before-cue", "某日报\n要严格落实“三管三必须”要求。", {"三管三必须"}, {"三管三必须要求"}),
    ("pair-alone", "某日报\n要持续巩固“两不愁三保障”成果。", {"两不愁三保障"}, set()),
    ("governing-strategy", "某日报\n全面贯彻新时代党的治藏方略。", {"新时代党的治藏方略"}, set()),
    ("plain-number-is-no-pair", "某日报\n要抓好“三农”工作。", set(), {"三农"}),
]


@pytest.mark.parametrize("case, text, present, absent", POLICIES, ids=[c[0] for c in POLICIES])
def test_round21_policies(case, text, present, absent):
    found = policy_names(text)
    assert present <= found and not found & absent, found
