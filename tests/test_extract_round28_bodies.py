"""Round 28 (bodies): organs of counties the report lists but never names as actors, organs
shared by a list of places, the short form of an autonomous prefecture before an organ, an organ
named in its party-group post, and the social-policy commissions' short forms."""
import pytest

from extraction_probe import body_names


@pytest.mark.parametrize("text, present, absent", [
    # a county of the report's province, listed once (not an actor of the report)
    ("合肥市召开质量大会。市市场监管局、肥西县政府和蜀山区政府作交流发言。",
     {"肥西县人民政府", "蜀山区人民政府"}, {"县政府", "区政府"}),
    ("常德市召开会议。澧县市场监管局、桃源县市场监管局作交流发言。",
     {"澧县市场监督管理局", "桃源县市场监督管理局"}, {"县市场监管局"}),
    # a district name two provinces share is the one in the report's province
    ("北京市召开会议。朝阳区民政局作交流发言。", {"朝阳区民政局"}, {"区民政局"}),
    # a county of another province is no place of this report
    ("江苏省召开会议。肥西县政府作交流发言。", set(), {"肥西县人民政府"}),
])
def test_listed_county_organs(text, present, absent):
    found = body_names(text)
    assert present <= found and not found & absent, found


@pytest.mark.parametrize("text, present, absent", [
    ("湖南省召开会议。株洲市、常德市市场监管局和长沙县市场监管局作交流发言。",
     {"株洲市市场监督管理局", "常德市市场监督管理局", "长沙县市场监督管理局"}, set()),
    ("贵州省召开会议。贵阳市、遵义市、黔东南州医保局作交流发言。",
     {"贵阳市医疗保障局", "遵义市医疗保障局", "黔东南苗族侗族自治州医疗保障局"}, {"州医保局"}),
    # the count names how many places share the organ; the counted level word is no body
    ("安徽省召开会议。合肥、阜阳、六安三市市场监管局在分会场作交流发言。",
     {"合肥市市场监督管理局", "阜阳市市场监督管理局", "六安市市场监督管理局"}, {"市市场监管局"}),
    ("浙江省召开会议。宁波市、舟山市防汛防台抗旱指挥部作交流发言。",
     {"宁波市防汛防台抗旱指挥部", "舟山市防汛防台抗旱指挥部"}, set()),
    # a body before the join is no place: each keeps its own name
    ("西藏召开会议。北京市援藏指挥部、江苏省援藏前方指挥部要统筹用好资金。",
     {"北京市援藏指挥部", "江苏省援藏前方指挥部"}, {"北京市援藏指挥部援藏前方指挥部"}),
    # a level word before the join is the report's own organ, not a list of places
    ("郑州市召开会议。市委、市政府高度重视。", set(), {"市委市政府"}),
])
def test_organ_shared_by_listed_places(text, present, absent):
    found = body_names(text)
    assert present <= found and not found & absent, found


@pytest.mark.parametrize("text, present", [
    ("郑州市召开会议。市民政局党组书记、局长牛建国就工作作说明。", "郑州市民政局"),
    ("安徽省召开会议。省应急管理厅党委委员、副厅长阮志刚应邀出席。", "安徽省应急管理厅"),
    ("重庆市召开会议。国家医保局党组书记、局长汪际平在会上讲话。", "国家医疗保障局"),
])
def test_department_named_in_its_party_group_post(text, present):
    assert present in body_names(text)


def test_government_in_its_party_group_post_is_still_a_post():
    assert "郑州市人民政府" not in body_names("郑州市召开会议。市政府党组成员、副市长牛建国作说明。")


@pytest.mark.parametrize("text, present", [
    ("兰考县召开会议。县老龄委、县残工委召开全体会议。", {"兰考县老龄工作委员会", "兰考县残疾人工作委员会"}),
    ("陕西省召开会议。省食安办主任郑海川汇报了工作。", {"陕西省食品安全委员会办公室"}),
])
def test_social_policy_commissions_in_full(text, present):
    assert present <= body_names(text)


@pytest.mark.parametrize("text, present, absent", [
    ("今年是安全生产治本攻坚三年行动的开局之年。", {"安全生产治本攻坚三年行动"}, set()),
    ("要紧紧围绕辽宁全面振兴新突破三年行动，推进我区安全生产治本攻坚三年行动。",
     {"辽宁全面振兴新突破三年行动", "安全生产治本攻坚三年行动"}, {"我区安全生产治本攻坚三年行动"}),
    # the campaign's meeting or plan is no campaign of its own
    ("传达全省全面振兴新突破三年行动推进会精神。", set(), {"全面振兴新突破三年行动"}),
    ("要抓好三年行动。", set(), {"三年行动"}),
])
def test_unquoted_campaigns_of_some_years(text, present, absent):
    from extraction_probe import policy_names
    found = policy_names(text)
    assert present <= found and not found & absent, found
