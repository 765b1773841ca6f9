"""A meeting noun in a requirement, a plan or a campaign's name is no meeting
(meeting_non_names.py, kg/data/meeting_name_not_first.txt), and a deployment before 和 is no
part of the next meeting's name (meeting_left_stops.txt); the meetings beside them still are."""
import pytest

from extraction_probe import extract_text
from kg.extract.meeting_names import find


@pytest.mark.parametrize("sentence,names", [
    ("要加强联席会议统筹调度,联席会议办公室要抓好落实。", []),
    ("领导小组办公室要加强统筹,健全例会、督办、通报制度。", []),
    ("要召开续会,逐级传达部署,绝不能以会议落实会议。", ["续会", "会议"]),     # not 绝不能以会议
    ("县直各部门严控发文数量、压减会议规模。", []),
    ("建议会议于3月中旬召开,会期半天。", []),
    ("用好世界泉州青年大会等平台,引导新生代华裔。", []),
    ("全力打好项目大会战。", []),
    ("全市节后收心暨项目大会战动员大会召开。", ["全市节后收心暨项目大会战动员大会"]),    # one name, not 项目大会
    ("会议传达学习了全省联席会议精神。", ["会议", "全省联席会议"]),
    ("市纪委召开以案促改警示教育大会。", ["以案促改警示教育大会"]),
    ("认真落实总局2024年工作会议部署和湖北省委经济工作会议精神。", ["总局2024年工作会议", "湖北省委经济工作会议"]),
    ("深入贯彻党中央决策部署和全国禁毒净边专项行动推进会精神。", ["全国禁毒净边专项行动推进会"]),
    # a week or year said relative to the report, and 通报, end the text before the name
    ("会议贯彻落实上周市委常委会会议部署。", ["会议", "市委常委会会议"]),
    ("会议深入贯彻落实今年长三角地区主要领导座谈会精神。", ["会议", "长三角地区主要领导座谈会"]),
    ("传达去年全省经济工作会议精神。", ["全省经济工作会议"]),
    ("会议通报县委常委班子2024年度民主生活会召开情况。", ["会议", "县委常委班子2024年度民主生活会"]),
    # a decimal point between digits is inside the name; a full stop after a number is not
    ("省政府召开泸定6.8级地震灾后恢复重建推进会。", ["泸定6.8级地震灾后恢复重建推进会"]),
    ("完成率达98.5。全县防汛工作会议召开。", ["全县防汛工作会议"]),
    ("我县召开“9·5”地震灾后重建推进会。", ["9·5”地震灾后重建推进会"]),    # the label drops the quotes
    # 灾后, 汛后 (kg/data/meeting_name_compounds.txt) hold 后 but do not end the text before the name
    ("传达学习全市灾后恢复重建工作调度会议精神。", ["全市灾后恢复重建工作调度会议"]),
    ("全省汛后工作会议召开后，我县召开续会。", ["全省汛后工作会议", "续会"]),
    ("传达学习全省就业工作推进会精神。", ["全省就业工作推进会"]),      # 就业 holds the stop 就
    ("传达学习市委理论学习中心组集体学习精神。", ["市委理论学习中心组集体学习"]),
    ("传达学习全国自然资源系统全面从严治党工作会议精神。", ["全国自然资源系统全面从严治党工作会议"]),
    ("传达学习全省组织部长会议精神。", ["全省组织部长会议"]),
    ("传达学习全省全面振兴新突破三年行动推进会精神。", ["全省全面振兴新突破三年行动推进会"]),
    ("传达学习福建省海洋与渔业局党组会议精神。", ["福建省海洋与渔业局党组会议"]),
    ("会议就全市经济工作会议精神进行了学习。", ["会议", "全市经济工作会议"]),
    ("明确建立联席会议轮值、联合巡河等机制。", []),      # the rotating chair, no meeting
    ("加强联席会议统筹调度。", []),
    # a requirement's verb opening a long topic is a name's first word (a symposium named for it)
    ("在加强荒漠化综合防治和推进重点生态工程建设座谈会上的讲话。", ["加强荒漠化综合防治和推进重点生态工程建设座谈会"]),
    ("全省三北工程攻坚战暨河西走廊—塔克拉玛干沙漠边缘阻击战现场推进会召开。",
     ["全省三北工程攻坚战暨河西走廊—塔克拉玛干沙漠边缘阻击战现场推进会"]),    # a dash between places
    ("传承弘扬古田会议精神，奋力推进示范区建设。", ["古田会议"]),
    ("介绍了市委书记在全市会议上的讲话要点和区里续会的部署。", ["全市会议", "区里续会"]),
])
def test_names(sentence, names):
    assert [span.name for span in find(sentence)] == names


def test_the_next_sitting_agreed_on_is_no_meeting_held():
    x = extract_text("3月5日，两县召开联防联控联席会议。会上，两县约定下一次联席会议由平山县承办。",
                     published="2024-03-06")
    assert [m.name for m in x.meetings] == ["两县联防联控联席会议"]


def test_a_meeting_a_place_is_famous_for_is_not_held_now():
    x = extract_text("3月27日，市委常委会召开会议，传达学习座谈会精神。市委书记甲某主持会议。\n"
                     "会议指出，要抓好落实。龙岩是著名革命老区，古田会议在这里召开，红色资源富集。\n"
                     "市委副书记、市长乙某出席会议。", published="2024-03-28")
    attended = {(r.subject, r.object) for r in x.relations if r.kind.value == "attended"}
    [current] = [m.key for m in x.meetings if m.name == "龙岩市委常委会会议"]
    assert attended == {("乙某", current)}
    assert all(m.date is None for m in x.meetings if m.name == "古田会议")
