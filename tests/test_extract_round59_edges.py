"""Round 59: a meeting held at a long-named venue (a building site) is held; a level's leaders
as a class, a law firm's head and a hotline-like 市长负责制 make no officials, while a police
station's and a prison's heads do; 重要 inside a leading group's task is no directive's 要;
省、市相继召开推进会议 names no third meeting; a speaker's 重要讲话 ends the name before it; the
second object of a relay verb (X精神和省委书记甲讲话要求) is cited, not present; 的 ends no name;
X召开时，… tells of X in passing; 在X上作交流发言 is a speech at X, no relay of it; a visit
after the meeting (会后，甲带领…走访) puts no one at it; X会暨Y论坛 is one name; those present at
an organ's sitting and its own follow-up (出席会议, not 续会) sat through both."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind


def test_round59_a_meeting_held_at_a_long_named_venue_is_the_body_s_meeting():
    x = extract_text("我县召开根治欠薪冬季攻坚现场推进会\n12月16日，全县根治拖欠农民工工资冬季攻坚现场推进会"
                     "在兴国镇城北安置小区建设项目工地召开。副县长、县公安局局长党晓军主持会议。",
                     published="2024-12-17", head="秦安县人民政府\n")
    chaired = edges(x, RelationKind.CHAIRED)
    assert len(chaired) == 1 and "根治拖欠农民工工资" in chaired.pop()[1], chaired


@pytest.mark.parametrize("text", [
    "会议要求，县根治欠薪领导小组要实行县级领导包保重点项目制度，每名县级领导至少包保两个在建项目。",
    "龚立民要求，要以欠薪动态清零为目标，对政府投资项目欠薪问题实行市级领导包案、限期清偿。",
    "会上，浙江钱江律师事务所主任陶一鸣作为特邀代表发言。",
    "会议指出，要落实好“菜篮子”市长负责制，加强蔬菜、猪肉、鸡蛋等重要民生商品产销衔接。",
    "会议要求，成立镇新能源项目服务保障专班，由镇长牵头，实行“一企一专员”。",
    "会议传达了习近平总书记看望参加政协会议的民革、科技界委员时的重要讲话精神。",
    "会议指出，全省文艺工作座谈会在习近平总书记文艺工作座谈会重要讲话发表十周年之际召开，意义重大。",
], ids=["level-leaders", "level-leaders-listed", "law-firm", "responsibility-system", "leads-the-task",
        "de-ends-no-name", "work-is-one-word"])
def test_round59_no_official_is_read(text):
    x = extract_text(text, published="2024-12-17", head="阜阳市人民政府\n")
    assert [o.name for o in x.officials if o.name != "习近平"] == []


def test_round59_important_in_a_group_s_task_is_no_directive():
    x = extract_text("1月7日，市重要民生商品保供稳价工作领导小组召开2025年第一次全体会议，深入贯彻全省保供稳价"
                     "工作会议部署。市委常委、常务副市长邝志远主持会议并讲话。",
                     published="2025-01-08", head="成都市人民政府\n")
    chaired = edges(x, RelationKind.CHAIRED)
    assert chaired == {("邝志远", "成都市重要民生商品保供稳价工作领导小组2025年第一次全体会议")}, chaired


def test_round59_several_holders_kind_word_names_no_meeting_of_its_own():
    x = extract_text("民勤县委常委会召开会议 传达学习全省全市新能源产业发展推进会议精神\n"
                     "4月22日，县委书记宁志远主持召开县委常委会会议，传达学习全省新能源和氢能产业高质量发展推进大会精神"
                     "和全市新能源产业发展推进会议精神。\n会议指出，省、市相继召开推进会议，对新能源产业发展作出部署，"
                     "市委书记华思齐在全市推进会议上明确要求我县走在前。",
                     published="2024-04-23", head="民勤县人民政府\n")
    names = set(meeting_names(x).values())
    assert not any(n.endswith("市推进会议") or n == "推进会议" for n in names), names
    attended = {m for n, m in edges(x, RelationKind.ATTENDED) if n == "华思齐"}
    assert len(attended) == 1 and "新能源产业发展推进会议" in attended.pop(), edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("cited", ["省委书记贺启明讲话要求", "省委书记贺启明重要讲话精神"])
def test_round59_a_speech_relayed_after_a_meeting_s_spirit_is_cited(cited):
    x = extract_text(f"4月18日，市委常委会召开会议，传达学习全省新能源和氢能产业高质量发展推进大会精神和{cited}，"
                     "研究我市贯彻落实措施。市委书记邢立辉主持会议并讲话。",
                     published="2024-04-19", head="酒泉市人民政府\n")
    assert "贺启明" in [o.name for o in x.officials]
    assert {n for n, _ in edges(x, RelationKind.ATTENDED)} == set(), edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("text, name, post", [
    ("会上，永兴派出所所长吴涛分析了辖区涉毒违法犯罪特点。", "吴涛", "永兴派出所所长"),
    ("兰州监狱监狱长刘振东、甘肃省女子监狱监狱长石岚作交流发言。", "石岚", "甘肃省女子监狱监狱长"),
], ids=["police-station", "prison"])
def test_round59_a_police_station_s_or_a_prison_s_head_is_an_official(text, name, post):
    x = extract_text(text, published="2024-06-29", head="兰州市人民政府\n")
    found = {o.name: o.posts for o in x.officials}
    assert name in found and found[name][0] == post, found


def test_round59_watching_while_a_higher_meeting_is_held_leaves_the_report_s_meeting_current():
    x = extract_text("4月17日，在收听收看全国和全省知识产权保护工作电视电话会议后，我市随即召开市知识产权保护工作"
                     "领导小组会议。副市长戚明远出席并讲话，市政府副秘书长夏静主持。全国和全省会议召开时，戚明远、夏静等"
                     "在芜湖分会场收听收看。\n会上，市公安局副局长苗新作交流发言。",
                     published="2024-04-18", head="芜湖市人民政府\n")
    attended = {m for n, m in edges(x, RelationKind.ATTENDED) if n == "苗新"}
    assert attended == {"芜湖市知识产权保护工作领导小组会议"}, edges(x, RelationKind.ATTENDED)


def test_round59_an_exchange_speech_at_a_meeting_is_no_relay_of_it():
    x = extract_text("5月20日下午，全国中医药传承创新发展电视电话会议和全省中医药传承创新发展推进会议相继召开。"
                     "市委书记晁振江等市领导在庆阳分会场收听收看。市长邬雨桐代表我市在全省会议上作交流发言。",
                     published="2024-05-21", head="庆阳市人民政府\n")
    assert edges(x, RelationKind.RELAYED) == set(), edges(x, RelationKind.RELAYED)
    assert ("邬雨桐", "全省中医药传承创新发展推进会议") in edges(x, RelationKind.ATTENDED)


def test_round59_a_visit_after_the_meeting_puts_no_one_at_it():
    x = extract_text("6月18日，陬市镇党委召开会议，传达学习全市无偿献血工作推进会精神。镇党委书记骆春燕主持会议。\n"
                     "会后，骆春燕带领镇卫生院医务人员走访了部分村（社区）。陪同走访的村党总支书记黄建华表示，村里已有"
                     "20多名党员报名参加献血。",
                     published="2024-06-19", head="桃源县人民政府\n")
    assert "黄建华" not in {n for n, _ in edges(x, RelationKind.ATTENDED)}, edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("forum", ["第五届“天府智库论坛”", "第五届天府智库论坛"])
def test_round59_a_forum_joined_to_a_meeting_ends_its_name(forum):
    x = extract_text(f"10月26日，全省新型智库建设推进会暨{forum}在成都举行。省委宣传部副部长仲秋实主持。",
                     published="2024-10-27", head="四川省人民政府\n")
    chaired = edges(x, RelationKind.CHAIRED)
    assert len(chaired) == 1 and chaired.pop()[1].endswith("新型智库建设推进会暨第五届天府智库论坛"), chaired


def test_round59_those_present_at_an_organ_s_sitting_and_its_follow_up_sat_through_both():
    x = extract_text("4月9日，市委书记邴天佑主持召开市委常委会（扩大）会议，传达学习省委常委会会议精神。会后，邴天佑"
                     "主持召开市委常委会续会，专题研究玉米制种基地建设工作。\n续会上，市农业农村局局长况兆岳作了汇报。\n"
                     "市委副书记桂振邦，市委常委汪晓东、石嘉树等出席会议。",
                     published="2024-04-10", head="张掖市人民政府\n")
    attended = edges(x, RelationKind.ATTENDED)
    assert {m for n, m in attended if n == "石嘉树"} == {"张掖市委常委会(扩大)会议", "张掖市委常委会续会"}, attended
    assert {m for n, m in attended if n == "况兆岳"} == {"张掖市委常委会续会"}, attended
