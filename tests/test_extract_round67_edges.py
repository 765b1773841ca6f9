"""Round 67: 全国和全省X及Y会议 is one topic in two scopes (及 ends a name only after 精神 or before a
scope); 全国、全省两个会议 points back at both meetings; a short place written before its own 全市
(安庆全市X会议) is that place; a place inside a person's name after a post (支部书记常德顺) places no
report; a seat on an advisory panel makes no official; a list after an official stops at places
(合肥、芜湖、宿州市政府); while a follow-up is current, those 在分会场参加会议 sat at the meeting it
carries on, and 在大会上的讲话 is at the 大会 told before."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.extract.meeting_names import find
from kg.records import RelationKind

ATTENDED = RelationKind.ATTENDED


@pytest.mark.parametrize("text, names", [
    ("局党组传达学习全国和全省文化及旅游工作会议精神。", ["全国文化及旅游工作会议", "全省文化及旅游工作会议"]),
    ("传达学习了重要讲话精神及全省文化旅游工作会议精神。", ["全省文化旅游工作会议"]),
    ("传达学习了省委常委会会议及全市文化旅游工作会议精神。", ["全市文化旅游工作会议"]),
], ids=["joint-scopes", "after-spirit", "before-scope"])
def test_round67_ji_inside_a_topic_and_between_meetings(text, names):
    assert [s.name for s in find(text) if not s.name.startswith("省委")] == names


def test_round67_two_scopes_and_two_meetings_point_back_at_both():
    x = extract_text("11月2日，文化和旅游部召开全国文旅市场工作电视电话会议。随后，全省文旅市场工作推进会召开。"
                     "当天，副市长林若溪和局领导在市分会场收听收看了全国、全省两个会议。", published="2024-11-03")
    assert {m for o, m in edges(x, ATTENDED) if o == "林若溪"} == {"全国文旅市场工作电视电话会议", "全省文旅市场工作推进会"}


@pytest.mark.parametrize("text, name, place", [
    ("传达学习全省档案工作会议、安庆全市档案工作会议精神。", "安庆市档案工作会议", "安庆市"),
    ("传达学习安徽全省档案工作会议精神。", "安徽省档案工作会议", "安徽省"),
    ("认真梳理全市档案工作会议精神。", "全市档案工作会议", None),
], ids=["prefecture", "province", "verb-before-scope"])
def test_round67_a_short_place_before_its_own_whole(text, name, place):
    last = find(text)[-1]
    assert (last.name, last.place) == (name, place)


def test_round67_a_place_inside_a_name_after_a_post_places_no_report():
    x = extract_text("9月9日，镇党委书记邰远山主持召开镇党委会议，传达学习市政府第十次常务会议和县委常委会扩大会议精神。县委要求，全镇要抓好落实。"
                     "会上，前进村党支部书记常德顺作了发言。", published="2024-09-10", head="迎春镇人民政府\n")
    assert not any("常德" in (m.jurisdiction or "") for m in x.meetings), meeting_names(x)


@pytest.mark.parametrize("text, absent, present", [
    ("会议由市长顾明远主持。师范学院教授、市地方志专家咨询委员会委员文嘉应邀列席。", "文嘉", "顾明远"),
    ("会议由市长顾明远主持。省决策咨询委员会委员韩松参加会议。", "韩松", "顾明远"),
    ("镇党委书记亓明霞主持会议，市地方志办公室主任江海应邀到会指导。", None, "江海"),
], ids=["expert-panel", "decision-panel", "office-head-after-field"])
def test_round67_who_is_an_official(text, absent, present):
    names = {o.name for o in extract_text(text).officials}
    assert present in names and absent not in names


def test_round67_a_list_after_an_official_stops_at_places():
    x = extract_text("5月20日，副省长卞立新主持召开全省空天信息产业座谈会。省政府副秘书长苗青，"
                     "合肥、芜湖、宿州市政府及省直有关部门负责同志参加座谈。", published="2024-05-21")
    names = {o.name for o in x.officials}
    assert "苗青" in names and not names & {"合肥", "芜湖"}


_FOLLOW_UP = ("5月16日下午，全省北斗应用推进大会召开。市委书记单立群等市领导在市分会场收听收看。"
              "在收听收看全省会议后，我市随即召开续会。市长谷振宇主持续会，单立群讲话。")


@pytest.mark.parametrize("tail, official, meeting", [
    ("市人大常委会主任易国栋、市政协主席孔令娴等在分会场参加会议。各乡镇负责人参加续会。", "易国栋", "全省北斗应用推进大会"),
    ("市领导甘露在主会场参加会议，县长何斌等在分会场参加会议。", "何斌", "市续会"),
    ("县长何斌在分会场参加会议并作交流发言。", "何斌", "市续会"),
    ("单立群指出，省委书记晏朝东在大会上的讲话，为做好工作提供了重要遵循。", "晏朝东", "全省北斗应用推进大会"),
], ids=["branch-venue-watched", "follow-up-own-halls", "speaker-at-follow-up", "speech-at-the-bare-daohui"])
def test_round67_who_sat_where_while_a_follow_up_is_current(tail, official, meeting):
    x = extract_text(_FOLLOW_UP + tail, published="2024-05-17")
    assert {m for o, m in edges(x, ATTENDED) if o == official} == {meeting}, edges(x, ATTENDED)


def test_round67_arranged_the_work_is_a_role():
    x = extract_text("11月13日，县政府召开管道保护工作推进会。县长祁连山出席。会上，县发展改革局局长宗海平安排了具体工作。",
                     published="2024-11-14")
    assert ("宗海平", "县政府管道保护工作推进会") in edges(x, ATTENDED)


def test_round67_a_follow_up_carries_on_the_higher_meetings_current_before_it():
    x = extract_text("1月22日下午，省政府召开全省春节安全生产电视电话会议。市长白鸿飞等在市分会场收听收看。"
                     "当晚，我市召开全市春节安全生产工作续会，白鸿飞讲话。", published="2025-01-23")
    follow_up = next(m.name for m in x.meetings if m.name.endswith("续会"))
    assert (follow_up, "全省春节安全生产电视电话会议") in edges(x, RelationKind.RELAYED), meeting_names(x)


def test_round67_a_county_level_city_s_follow_up_carries_on_its_prefecture_s_meeting():
    x = extract_text("3月12日下午，全省春耕生产视频调度会召开。省会结束后，佳木斯市随即召开全市春耕生产调度会议。"
                     "我市在分会场组织收听收看了省、市两级会议。收听收看结束后，我市紧接着召开续会。会议由市长卢倩主持。",
                     published="2025-03-14", head="富锦市人民政府\n")
    prefecture = next(m for m in x.meetings if m.name.startswith("全市"))
    assert prefecture.jurisdiction == "黑龙江省佳木斯市", meeting_names(x)
    relayed = {e for l, e in edges(x, RelationKind.RELAYED) if l.endswith("续会")}
    assert relayed == {"全省春耕生产视频调度会", prefecture.name}


def test_round67_a_follow_up_asked_for_is_not_held():
    x = extract_text("昨天，全市接诉即办改革推进会召开。市长霍远主持，要求各区迅速传达会议精神，抓紧召开续会，把部署落到社区。",
                     published="2024-04-09")
    assert not any(m.name.endswith("续会") for m in x.meetings), meeting_names(x)
