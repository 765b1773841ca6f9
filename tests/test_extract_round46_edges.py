"""Round 46: 全省推进会温州分会场，甲、乙收听收看了会议 seats them at the meeting whose venue it is;
X召开后，甲、乙在分会场收听收看了大会实况 at X, not at the meeting the report holds; a headline's
联席会议第七次会议 is the X联席会议第七次会议 the body names; a bracketed or quoted word
(村(社区)“两委”换届) stays inside a leading group's name, and the group that holds a numbered
sitting names it (市村(社区)“两委”换届工作领导小组召开第一次会议); games (十五运会和残特奥会) and their
筹备工作 stay inside a meeting's name; 反馈会议由甲主持 is held, and chaired by 甲; 甲进行了 ends a name; a listed county whose name starts
with a function word (于都县召开X) places the report."""
import pytest
from extraction_probe import body_names, edges, extract_text, meeting_names

from kg.records import RelationKind


def test_round46_names_at_a_named_meeting_s_venue_attend_that_meeting():
    x = extract_text("22日下午，在收听收看全省医药领域腐败问题集中整治工作推进会后，我市紧接着召开续会。"
                     "副市长张弛主持会议并讲话，市领导卓一鸣出席。\n全省推进会温州分会场，张弛、潘立群、卓一鸣等收听收看了会议。",
                     published="2023-08-23")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("卓一鸣", "全省医药领域腐败问题集中整治工作推进会") in attended, attended
    assert ("卓一鸣", "温州市续会") not in attended and ("卓一鸣", "市续会") not in attended, attended


def test_round46_watching_the_meeting_named_before_is_attending_it():
    x = extract_text("我市召开营商环境优化提升推进会\n2月12日上午，浙江省营商环境优化提升大会召开后，"
                     "阮曙光、柯宁等市领导在温州分会场收听收看了大会实况。当天下午，我市随即召开全市营商环境"
                     "优化提升推进会，传达学习全省大会精神。", published="2025-02-13")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("柯宁", "浙江省营商环境优化提升大会") in attended, attended


def test_round46_watching_with_no_other_meeting_named_stays_at_the_current_one():
    x = extract_text("3月5日，全省森林防火电视电话会议召开。县委书记王雪松、县长李强在县分会场收听收看。",
                     published="2024-03-06")
    assert ("李强", "全省森林防火电视电话会议") in edges(x, RelationKind.ATTENDED)


def test_round46_a_headline_s_numbered_sitting_is_the_one_the_body_names_in_full():
    x = extract_text("市口岸物流办党组召开扩大会议 传达学习联席会议第七次会议精神\n"
                     "6月14日，市口岸物流办党组召开扩大会议，传达学习西部陆海新通道省际协商合作联席会议"
                     "第七次会议精神。", published="2024-06-15")
    names = set(meeting_names(x).values())
    assert "联席会议第七次会议" not in names, names
    assert any(n.endswith("联席会议第七次会议") for n in names), names


@pytest.mark.parametrize("text, body", [
    ("市村（社区）“两委”换届工作领导小组组长阮国栋主持会议。", "村(社区)两委换届工作领导小组"),
    ("县换届工作领导小组办公室负责同志参加会议。", "换届工作领导小组办公室"),
])
def test_round46_a_bracketed_or_quoted_word_stays_in_a_group_s_name(text, body):
    assert any(n.endswith(body) for n in body_names(text)), body_names(text)


@pytest.mark.parametrize("text", ["各县（市、区）政府主要负责同志参加会议。",
                                  "会议传达了崇左市边境县（市）禁毒工作联席会议精神。",
                                  "各级“三夏”生产指挥部要实行值班，市、区、镇（街道）三级登革热防控指挥部要值守。"])
def test_round46_levels_in_brackets_make_no_body(text):
    assert not any("(" in n or "县市" in n or "镇街道" in n for n in body_names(text)), body_names(text)


def test_round46_the_group_that_holds_a_numbered_sitting_names_it():
    x = extract_text("12月18日上午，市村（社区）“两委”换届工作领导小组召开第一次会议，传达学习全省村（社区）"
                     "“两委”换届工作电视电话会议精神。市委副书记阮国栋主持会议并讲话。", published="2025-12-19")
    names = set(meeting_names(x).values())
    assert any(n.endswith("村(社区)两委换届工作领导小组第一次会议") for n in names), names
    assert ("阮国栋", next(n for n in names if n.endswith("领导小组第一次会议"))) in edges(x, RelationKind.CHAIRED)


def test_round46_a_bracket_closing_the_holder_is_no_name_of_it():
    x = extract_text("会议指出，各地要抓好落实。会后，各县（市）随即召开续会，传达会议精神。", published="2024-01-05")
    assert not any("续会" in n and n != "续会" for n in meeting_names(x).values()), meeting_names(x)


def test_round46_a_quoted_task_is_one_body_named_without_the_marks():
    names = body_names("2月26日，市“一件事一次办”改革工作专班召开第三次会议，调度改革推进情况。")
    assert not any("“" in n for n in names), names
    assert any(n.endswith("市一件事一次办改革工作专班") for n in names), names


@pytest.mark.parametrize("text, name", [
    ("9月8日上午，省十五运会和残特奥会筹备工作专题会议以视频形式召开。", "省十五运会和残特奥会筹备工作专题会议"),
    ("7月11日，省世运会筹备工作领导小组第六次会议召开。", "省世运会筹备工作领导小组第六次会议"),
])
def test_round46_games_and_their_preparation_stay_in_the_name(text, name):
    assert name in meeting_names(extract_text(text, published="2025-09-09")).values()


@pytest.mark.parametrize("text, absent", [
    ("会议要求，要精心做好省运会各项筹备，确保办成一届精彩的盛会。", "省运会"),
    ("12月20日，市委常委会会议和市政府常务会议先后召开。", "市委常委会会议和市政府常务会议"),
])
def test_round46_the_verb_prepare_and_two_meetings_still_split(text, absent):
    assert absent not in meeting_names(extract_text(text, published="2025-12-21")).values()


def test_round46_a_meeting_chaired_by_a_named_official_is_held_and_chaired():
    x = extract_text("2023年12月19日，省委第二巡视组向邯郸市委书记樊毅进行了个别反馈。\n反馈会议由樊毅主持。"
                     "市委副书记、市长郝建清出席会议。", published="2023-12-20")
    assert ("樊毅", "反馈会议") in edges(x, RelationKind.CHAIRED), edges(x, RelationKind.CHAIRED)
    assert ("郝建清", "反馈会议") in edges(x, RelationKind.ATTENDED), edges(x, RelationKind.ATTENDED)


def test_round46_a_name_before_the_verb_carry_out_keeps_its_post():
    x = extract_text("省委第二巡视组向邯郸市委书记樊毅进行了个别反馈。", published="2023-12-20")
    assert [(o.name, o.posts) for o in x.officials] == [("樊毅", ("邯郸市委书记",))]



def test_round46_a_listed_county_starting_with_a_function_word_places_the_report():
    x = extract_text("3月14日，于都县召开全县驻村帮扶工作调度会，贯彻落实上周召开的县委农村工作领导小组会议部署。"
                     "县委常委、组织部部长曾慧主持会议并讲话。", published="2024-03-15")
    places = {m.name: m.jurisdiction for m in x.meetings}
    assert places.get("县委农村工作领导小组会议", "").endswith("于都县") or \
        any(n.startswith("于都县委农村工作领导小组") for n in places), places


def test_round46_a_function_word_before_a_county_organ_is_no_county():
    x = extract_text("会议传达学习了全市会议精神和县委书记王强的讲话要求。县委常委会召开会议。", published="2024-03-15")
    assert not any((m.jurisdiction or "").endswith("和县") for m in x.meetings), [(m.name, m.jurisdiction) for m in x.meetings]
