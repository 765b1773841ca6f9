"""Round 73: one part of a joint meeting's name (X全体会议暨全省Y电视电话会议), written whole in a
headline, is that meeting; 全省会议 is the joint one too; a bare 续会 after it takes the work topic
of the part that has one (not an organ's 工作委员会, nor a part with no scope of its own), also
when the meetings it follows share that topic; a headline's short name joins the one meeting of
its level the body relays, not one it only mentions; 联席会议副召集人 + a transliterated name; a
残联's 理事长 is an official, a cooperative's or an association's is not; 与会人员…随后召开座谈会 and
a 现场会's 在随后召开的座谈会上 are sittings of the meeting told; 发挥X联席会议的作用 and 筹备…召开的X
name no sitting; a chief system's chiefs (县级林长, 镇总林长) are posts, though their class vouches for
no name (市级林长包区县, 总林长令); a transliterated name's part may end in 和 (阿拉坦·苏和主持); 股长 is a post; 来 starts a three-character
name after a post (秘书长来冬梅), never a verb's words (市长来我县调研)."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

_JOINT = "省政府残疾人工作委员会全体（扩大）会议暨全省残疾人就业帮扶工作电视电话会议"


def test_round73_a_headline_naming_one_part_of_a_joint_meeting_is_that_meeting():
    x = extract_text("我区收听收看全省残疾人就业帮扶工作电视电话会议并召开续会\n"
                     f"16日下午，{_JOINT}召开。会后，我区随即召开续会。区长谭耀华主持续会并讲话。\n"
                     "副区长龚晓玲在分会场收听收看全省会议并参加续会。", published="2024-05-17",
                     head="宜昌市夷陵区人民政府\n")
    names = set(meeting_names(x).values())
    assert len(names) == 2, names
    assert ("夷陵区残疾人就业帮扶工作续会", "湖北" + _JOINT.replace("（", "(").replace("）", ")")) \
        in edges(x, RelationKind.RELAYED), edges(x, RelationKind.RELAYED)


def test_round73_a_follow_up_of_two_meetings_of_one_topic_takes_it():
    x = extract_text("我县组织收听收看全省老龄工作电视电话会议并召开续会\n"
                     "昨天下午，河南省老龄工作委员会全体会议暨全省老龄工作电视电话会议召开。\n"
                     "省会议结束后，洛阳市紧接着召开全市老龄工作续会。\n"
                     "市续会结束后，我县随即召开续会。县长常立峰主持续会并讲话。",
                     published="2024-10-10", head="新安县人民政府\n")
    assert ("常立峰", "新安县老龄工作续会") in edges(x, RelationKind.CHAIRED), edges(x, RelationKind.CHAIRED)


@pytest.mark.parametrize("source, follow_up", [
    # one meeting on two topics joined by 暨: no part is a meeting of its own
    ("全省煤矿安全生产暨矿产资源开发秩序整治工作电视电话会议", "县续会"),
    # a later part with no scope of its own, an organ's 工作专班: no topic taken from it
    ("全省中欧班列高质量发展推进会暨国际陆港建设工作专班扩大会议", "县续会"),
    # a leading group's 工作 still names the topic
    ("省海洋督察整改工作领导小组会议", "县海洋督察整改工作续会"),
])
def test_round73_what_a_bare_follow_up_is_named_after(source, follow_up):
    x = extract_text(f"3月12日下午，{source}召开。会后，我县随即召开续会。县长冯晋生主持续会。",
                     published="2024-03-13")
    assert set(meeting_names(x).values()) >= {follow_up}, meeting_names(x)


def test_round73_a_headline_short_name_joins_the_relayed_meeting_not_the_mentioned_one():
    x = extract_text("市委常委会召开会议\n传达学习全省老龄工作会议精神\n\n"
                     "10月10日，市委书记邵鸿儒主持召开市委常委会会议，传达学习全省老龄工作电视电话会议精神。\n"
                     "会议指出，省老龄委全体会议对全省老龄工作作出了全面部署。", published="2024-10-11", head="")
    assert "全省老龄工作会议" not in set(meeting_names(x).values()), meeting_names(x)


@pytest.mark.parametrize("text, name", [
    ("挂职副县长、联席会议副召集人古丽米热·艾山参加会议。", "古丽米热·艾山"),
    ("县残联理事长胡雪峰通报了全县残疾人就业情况。", "胡雪峰"),
    ("州残联副理事长（挂职）古丽娜尔·吐尔逊出席会议。", "古丽娜尔·吐尔逊"),
    ("县委组织部干部监督股股长贺思雨列席会议。", "贺思雨"),
    ("市政府秘书长来冬梅参加会议。", "来冬梅"),
])
def test_round73_officials_after_these_posts(text, name):
    assert name in {o.name for o in extract_text("4月2日，县政府召开会议。" + text, published="2024-04-03").officials}


@pytest.mark.parametrize("text, name", [
    ("一家种植专业合作社的理事长李满仓作为代表发言。", "李满仓"),
    ("市马拉松协会主席贺天佑就承办群众赛事提出建议。", "贺天佑"),
])
def test_round73_an_association_s_head_is_no_official(text, name):
    assert name not in {o.name for o in extract_text("4月2日，县政府召开会议。" + text, published="2024-04-03").officials}


@pytest.mark.parametrize("sitting", [
    "与会人员实地察看了赛道和救援点位，随后召开座谈会。座谈会上，镇党委书记胡一鸣介绍了做法。",
    "与会人员先后来到社区议事厅和公墓，实地察看建设情况。在随后召开的座谈会上，镇党委书记胡一鸣介绍了做法。",
])
def test_round73_a_site_meeting_s_seated_session_is_the_same_meeting(sitting):
    x = extract_text(f"6月5日，全县户外运动赛事安全保障现场推进会在天荒坪镇召开。副县长蒋晓雯主持会议。{sitting}",
                     published="2024-06-06")
    assert set(meeting_names(x).values()) == {"全县户外运动赛事安全保障现场推进会"}, meeting_names(x)
    assert ("胡一鸣", "全县户外运动赛事安全保障现场推进会") in edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("text", [
    "要健全部门协同机制，充分发挥省打击欺诈骗保专项整治工作联席会议的统筹作用，强化行刑衔接。",
    "要高质量组织招聘专项行动，精心筹备6月中旬召开的全省推进会。",
])
def test_round73_an_institution_or_a_planned_meeting_is_no_sitting(text):
    x = extract_text(f"5月29日，厅长庹振华主持召开厅党组（扩大）会议。会议强调，{text}", published="2024-05-30")
    assert len(x.meetings) == 1, meeting_names(x)


def test_round73_a_joint_meeting_s_first_part_named_short_and_unnumbered():
    x = extract_text("全国安全生产电视电话会议召开 我省随即召开省安委会全体会议（第三次）\n"
                     "4月9日下午，全国安全生产电视电话会议召开。全国会议结束后，我省随即召开省安全生产委员会全体会议"
                     "（第三次）暨全省安全生产大检查动员部署会。省长岳振川出席并讲话，副省长郜建平主持。",
                     published="2025-04-10", head="山西省人民政府\n")
    assert len(x.meetings) == 2, meeting_names(x)


def test_round73_a_meeting_held_after_a_joint_one_named_with_it_is_another():
    x = extract_text("中共某县委十四届六次全会暨县委经济工作会议召开\n"
                     "日前，中国共产党某县第十四届委员会第六次全体会议召开。县委书记上官文杰作工作报告。\n"
                     "全会结束后，随即召开县委经济工作会议。县长任晓东对全县经济工作作具体部署。",
                     published="2024-01-03")
    assert any(name.endswith("县委经济工作会议") and "暨" not in name for name in meeting_names(x).values()), \
        meeting_names(x)


def test_round73_a_joint_meeting_s_later_part_mentioned_again():
    x = extract_text("6月16日上午，市委常委会召开会议，传达学习全市民营经济高质量发展大会暨政企恳谈会精神。\n"
                     "会议强调，政企恳谈会提出的问题要逐项办理。", published="2025-06-17")
    assert sorted(meeting_names(x).values()) == ["全市民营经济高质量发展大会暨政企恳谈会", "市委常委会会议"], \
        meeting_names(x)


@pytest.mark.parametrize("text, names", [
    ("县委书记董海川出席。县级林长叶舟、向晴参加会议。", {"董海川", "叶舟", "向晴"}),
    ("镇总林长王玺主持会议。", {"王玺"}),
    ("县委书记、县级总田长热合曼·艾力主持会议。", {"热合曼·艾力"}),
    ("实行市级林长包区县、区县级林长包乡镇的责任制。县长骆平主持会议。", {"骆平"}),
    ("市长骆平主持会议，会上宣读了市总林长令。", {"骆平"}),
])
def test_round73_a_chief_system_s_chiefs(text, names):
    x = extract_text("8月5日，全县林长制工作调度会召开。" + text, published="2024-08-06")
    assert {o.name for o in x.officials} == names


@pytest.mark.parametrize("text, name", [
    ("市委书记阿拉坦·苏和主持会议并讲话。", "阿拉坦·苏和"),
    ("副市长巴特尔·苏和、王明出席会议。", "巴特尔·苏和"),
])
def test_round73_a_transliterated_name_ending_in_he(text, name):
    x = extract_text("3月29日，巴彦淖尔市召开市总河湖长会议。" + text, published="2024-03-30")
    assert name in {o.name for o in x.officials}, {o.name for o in x.officials}


@pytest.mark.parametrize("text", ["市长来我县调研指导工作。", "省长来到现场察看。"])
def test_round73_lai_after_a_post_as_a_verb(text):
    x = extract_text("3月5日，县委召开会议。" + text, published="2024-03-06")
    assert not x.officials, {o.name for o in x.officials}
