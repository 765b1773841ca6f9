"""Round 55: meetings listed for relaying with a day between them (甲会议、5月29日乙会议精神,
甲会议、当天上午乙会议精神) and spirit or deployments said as 有关精神 / 有关部署; speakers
at a press conference (介绍有关情况, 回答记者提问) and one who explains a document (解读);
a quoted name whose halves a space parts (“优化营商环境 提升服务效能”专题协商会)."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

_HEAD = "6月3日上午，县委书记柯望舒主持召开县委常委会会议，"


@pytest.mark.parametrize("relayed, sources", [
    ("传达学习习近平总书记在全国科技大会上的重要讲话精神，以及省委科技委员会第三次会议、"
     "5月29日市委科技委员会会议精神，研究贯彻意见。",
     {"全国科技大会", "省委科技委员会第三次会议", "市委科技委员会会议"}),
    ("传达学习习近平总书记重要指示精神和全省汛期安全防范视频调度会、当天上午市委常委会会议精神，研究贯彻意见。",
     {"全省汛期安全防范视频调度会", "市委常委会会议"}),
    ("传达学习习近平总书记关于统计工作的重要指示精神，以及全省统计工作会议、省委常委会会议有关精神。",
     {"全省统计工作会议", "省委常委会会议"}),
    ("传达学习全国粮食安全工作电视电话会议精神，以及省委常委会会议有关部署，研究贯彻意见。",
     {"全国粮食安全工作电视电话会议", "省委常委会会议"}),
])
def test_round55_listed_meetings_with_a_day_between_or_said_as_有关_are_relayed(relayed, sources):
    x = extract_text(_HEAD + relayed, published="2024-06-03")
    got = {source for meeting, source in edges(x, RelationKind.RELAYED) if meeting == "县委常委会会议"}
    assert got == sources, got


@pytest.mark.parametrize("line, name", [
    ("市教育局党组成员、副局长温若兰介绍有关情况。", "温若兰"),
    ("市教育局基础教育科科长柏青松回答记者提问。", "柏青松"),
    ("会上，市发展改革委副主任岑立夫解读了《全市促进消费若干措施》。", "岑立夫"),
])
def test_round55_who_speaks_at_a_press_conference_or_explains_a_document_attended_it(line, name):
    x = extract_text("4月8日上午，市政府新闻办举行全市学前教育工作新闻发布会。"
                     "市政府新闻办副主任闵照主持发布会。" + line, published="2024-04-08")
    assert (name, "全市学前教育工作新闻发布会") in edges(x, RelationKind.ATTENDED), edges(x, RelationKind.ATTENDED)


def test_round55_a_quoted_name_parted_by_a_space_is_one_meeting():
    x = extract_text("6月13日，省政协召开“优化营商环境 提升服务效能”专题协商会。省政协副主席舒望主持。",
                     published="2024-06-13")
    assert set(meeting_names(x).values()) == {"省政协优化营商环境提升服务效能专题协商会"}, meeting_names(x)
    assert edges(x, RelationKind.CHAIRED) == {("舒望", "省政协优化营商环境提升服务效能专题协商会")}



def test_round55_a_speech_relayed_after_watching_was_given_at_the_meeting_watched():
    x = extract_text("4月12日下午，在收听收看全省档案工作视频会议后，市档案馆随即召开党组（扩大）会议，"
                     "传达学习会议精神和副省长蓝望在会上的讲话要求。党组书记柳岸主持会议。", published="2024-04-12")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("蓝望", "全省档案工作视频会议") in attended, attended
    assert not any(name == "蓝望" and "党组" in meeting for name, meeting in attended), attended


def test_round55_the_speaker_of_a_relayed_speech_may_hold_several_posts():
    x = extract_text("4月22日，省药监局党组书记、局长隗青主持召开党组（扩大）会议，传达学习4月19日全国药品监管工作"
                     "视频会议上国家药监局党组书记、局长郜望的讲话精神。", published="2024-04-22")
    assert ("郜望", "全国药品监管工作视频会议") in edges(x, RelationKind.ATTENDED), edges(x, RelationKind.ATTENDED)


def test_round55_roles_at_a_meeting_named_with_its_day_and_held_before():
    x = extract_text("3月14日，省生态环境厅召开党组扩大会议，传达学习全省督察整改工作推进会精神。厅长柯远主持会议。"
                     "会议指出，在3月12日召开的全省推进会上，副省长靳望对督察整改工作作了全面部署。", published="2024-03-14")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("靳望", "全省督察整改工作推进会") in attended and ("靳望", "省生态环境厅党组扩大会议") not in attended, attended


@pytest.mark.parametrize("later", [
    "会议指出，在4月8日召开的督察动员会上，督察组组长欧阳望对做好督察工作提出了明确要求。",
    "会议指出，中央生态环境保护督察动员会对做好督察工作提出了明确要求。",
])
def test_round55_a_name_with_characters_left_out_is_the_meeting_named_in_full(later):
    x = extract_text("4月10日上午，市委常委会召开会议，传达学习中央第三生态环境保护督察组督察河北省工作动员会精神。"
                     "市委书记卢望主持会议。" + later, published="2024-04-10")
    assert len(x.meetings) == 2, meeting_names(x)


def test_round55_a_corps_division_s_standing_committee_names_the_meeting_it_holds():
    x = extract_text("6月4日，第一师阿拉尔市党委常委会召开（扩大）会议，传达学习6月3日兵团党委常委会（扩大）会议精神。",
                     published="2024-06-04")
    assert "第一师阿拉尔市党委常委会(扩大)会议" in set(meeting_names(x).values()), meeting_names(x)


def test_round55_the_meeting_named_right_after_主持_is_chaired():
    x = extract_text("4月15日，根据市政府安全生产专题会议要求，市安委办对两家企业进行集中约谈。"
                     "副市长饶望主持约谈会，市应急管理局局长付望通报了有关情况。", published="2024-04-17")
    assert ("饶望", "约谈会") in edges(x, RelationKind.CHAIRED), edges(x, RelationKind.CHAIRED)


def test_round55_the_stage_of_a_sitting_chaired_is_the_sitting():
    x = extract_text("7月8日，重庆四川党政联席会议第十一次会议在成都召开。四川省省长戚望主持第一阶段会议；"
                     "重庆市市长庞望主持第二阶段会议。", published="2024-07-08")
    assert set(meeting_names(x).values()) == {"重庆四川党政联席会议第十一次会议"}, meeting_names(x)
    assert edges(x, RelationKind.CHAIRED) == {("戚望", "重庆四川党政联席会议第十一次会议"),
                                             ("庞望", "重庆四川党政联席会议第十一次会议")}


@pytest.mark.parametrize("line, names", [
    ("阳西县委书记郭望、阳东区长黎望作表态发言。", {"郭望", "黎望"}),       # 阳东 + 区: a district's head
    ("左云县县长严望、云冈区区长邬望作交流发言。", {"严望", "邬望"}),       # a district the tables lack
    ("副市长严望、邬望出席。", {"严望", "邬望"}),                          # names that share the post
])
def test_round55_a_place_with_its_own_post_goes_on_a_list_as_no_name(line, names):
    x = extract_text("3月5日，市政府召开全市海洋经济工作会议。" + line, published="2024-03-05")
    assert {o.name for o in x.officials} == names
