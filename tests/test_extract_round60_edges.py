"""Round 60: a session's joint sitting (X常委会第二十次会议举行联组会议 … 主持联组会议) is the
session itself; an organ listed after a named official (副主任甲，区科技局、区工业和信息化局负责
同志), or a role noun (书记甲，退役军人、…), is no name sharing the post; 报告会上 while
X报告会暨Y推进会 is held is that meeting; 会议移师X召开全体会议 names no holder; 领题 follows a name;
参加学习和推进会: 和 after a sitting begins no meeting name; a speech relayed after a list of
spirits is cited, as is the object of 贯彻 whose posts are joined by 、; 省委书记甲的讲话 right
after the sentence naming the meeting is at that meeting; a research institute's 院长 is no official;
今天现场会 is the meeting told; 对标对表, and an activity joined by 和 (演练和讲评会), end before a
meeting's name, and so does 收看; what a post holder does or is given (抓X, 每月, 信箱, 履职, 包水库…) is no
name; 都 after a post starts a three-character name (市委书记都兴邦); a sentence told from a higher
meeting's main hall (省主会场上，…) while a follow-up is current is at that meeting."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind


def test_round60_a_session_s_joint_sitting_is_the_session():
    x = extract_text("6月27日上午，县十八届人大常委会第二十次会议举行联组会议，围绕全县农家书屋建设开展专题询问。"
                     "县人大常委会主任颜廷玉主持联组会议。县人大常委会副主任孔繁星、王立华出席。",
                     published="2024-06-28", head="兰陵县人民政府\n")
    names = set(meeting_names(x).values())
    assert len(names) == 1 and names.pop().endswith("县十八届人大常委会第二十次会议"), meeting_names(x)
    assert {n for n, _ in edges(x, RelationKind.CHAIRED)} == {"颜廷玉"}
    assert {n for n, _ in edges(x, RelationKind.ATTENDED)} == {"孔繁星", "王立华"}


@pytest.mark.parametrize("text, names", [
    ("会上，区国家保密局局长祁海峰通报了自查自评情况。江宁开发区管委会副主任廖志诚，区科技局、区工业和信息化局"
     "负责同志作交流发言。", ["廖志诚", "祁海峰"]),
    ("5月8日，市长郑剑主持召开市政府第五十五次常务会议。\n副市长欧阳瑾出席会议，市政府秘书长林佳鹏，汕头海关、"
     "市商务局有关负责同志列席会议。", ["林佳鹏", "欧阳瑾", "郑剑"]),
], ids=["departments", "customs"])
def test_round60_an_organ_listed_after_an_official_shares_no_post(text, names):
    x = extract_text(text, published="2024-06-28", head="南京市江宁区人民政府\n")
    assert sorted(o.name for o in x.officials) == names, [o.name for o in x.officials]


def test_round60_a_kind_word_names_the_first_part_of_the_joint_meeting_held():
    x = extract_text("4月26日下午，市委保密委员会举行新修订保密法宣讲报告会暨全市保密工作推进会。市委副秘书长濮宏伟"
                     "主持。\n报告会上，市人大常委会副主任钱琳作辅导报告。",
                     published="2024-04-27", head="宁波市人民政府\n")
    assert len(meeting_names(x)) == 1, meeting_names(x)
    assert {n for n, _ in edges(x, RelationKind.ATTENDED)} == {"钱琳"}, edges(x, RelationKind.ATTENDED)


def test_round60_a_role_noun_after_a_named_official_is_no_name():
    x = extract_text("昨天上午，我县召开退役军人代表座谈会。县委书记邝培元主持座谈会并讲话。\n退役军人代表、段集镇柳树村"
                     "党支部书记汪德贵，退役军人、县“老兵创业联盟”发起人刘福顺等6名代表先后发言。",
                     published="2024-07-31", head="固始县人民政府\n")
    assert [o.name for o in x.officials] == ["邝培元", "汪德贵"], [o.name for o in x.officials]


def test_round60_the_meeting_reported_moving_elsewhere_holds_nothing_of_its_own():
    x = extract_text("11月6日，市委、市政府召开全市坚持和发展新时代“枫桥经验”现场推进会。上午，与会人员来到枫桥镇"
                     "现场观摩；下午，会议移师柯桥区召开全体会议。市委书记温伯钧出席并讲话。",
                     published="2024-11-07", head="绍兴市人民政府\n")
    assert not any("移师" in n for n in meeting_names(x).values()), meeting_names(x)


def test_round60_a_task_given_follows_a_name():
    x = extract_text("会议确定，5月份“每月一题”聚焦老旧小区供水管网改造问题，由副市长孙珂领题，市城乡水务局牵头。",
                     published="2024-05-08", head="济南市人民政府\n")
    assert [o.name for o in x.officials] == ["孙珂"], [o.name for o in x.officials]


def test_round60_and_after_a_sitting_begins_no_meeting_name():
    x = extract_text("会后，随即召开全市推进京津冀协同发展工作推进会。许文博主持推进会。\n市领导卞红、郗建国参加学习和推进会。",
                     published="2024-05-08", head="廊坊市人民政府\n")
    assert not any(n.startswith("和") for n in meeting_names(x).values()), meeting_names(x)


@pytest.mark.parametrize("text, head, cited", [
    ("5月8日，市委常委会召开会议，传达学习4月30日中共中央政治局会议精神，以及5月6日省委常委会会议精神和省委书记"
     "庞振岳讲话要求。市委书记鲁文斌主持会议并讲话。", "天水市人民政府\n", "庞振岳"),
    ("3月16日，县委书记穆青山主持召开县级总田长会议。\n穆青山指出，全县上下要认真贯彻省委书记、省级总田长韦正阳"
     "的讲话要求，严格落实耕地保护党政同责。", "临泉县人民政府\n", "韦正阳"),
], ids=["after-a-list-of-spirits", "posts-joined-by-a-comma-mark"])
def test_round60_a_speech_relayed_is_cited_not_present(text, head, cited):
    x = extract_text(text, published="2024-05-09", head=head)
    assert cited in [o.name for o in x.officials]
    assert cited not in {n for n, _ in edges(x, RelationKind.ATTENDED)}, edges(x, RelationKind.ATTENDED)


def test_round60_a_leader_s_speech_told_after_the_meeting_it_was_given_at_is_there():
    x = extract_text("8月29日，市委书记杨柏松主持召开市委常委会会议。\n会议指出，8月27日召开的全省制造强省建设推进大会，"
                     "是省委作出的重要部署。省委书记钟瑞霖的讲话，对推动新型工业化提出了明确要求。",
                     published="2024-08-30", head="宁乡市人民政府\n")
    attended = {m for n, m in edges(x, RelationKind.ATTENDED) if n == "钟瑞霖"}
    assert attended == {"全省制造强省建设推进大会"}, edges(x, RelationKind.ATTENDED)


def test_round60_an_institute_s_head_is_no_official_a_state_institution_s_is():
    x = extract_text("座谈会上，中山大学粤港澳发展研究院院长柳江南作发言。省教育考试院院长梁启航在会上作交流发言。",
                     published="2024-06-13", head="广东省人民政府\n")
    assert [o.name for o in x.officials] == ["梁启航"], [o.name for o in x.officials]


def test_round60_today_s_kind_word_is_the_meeting_told():
    x = extract_text("6月5日，全区两旧改造暨老旧小区改造现场推进会召开。区长蔡慕出席并讲话。\n蔡慕要求，各街道、各部门要把"
                     "今天现场会部署的各项任务逐条落实到位。", published="2024-06-05", head="南宁市西乡塘区人民政府\n")
    assert len(meeting_names(x)) == 1 and edges(x, RelationKind.RELAYED) == set(), meeting_names(x)


def test_round60_a_set_phrase_before_a_meeting_is_no_part_of_its_name():
    x = extract_text("8月12日，区应急管理局党委召开会议。会议要求，要对标对表省、市会议部署，把专项整治各项任务落实到位。",
                     published="2024-08-13", head="唐山市曹妃甸区人民政府\n")
    assert not any("表" in n for n in meeting_names(x).values()), meeting_names(x)


def test_round60_an_activity_joined_by_and_is_no_part_of_the_meeting_s_name():
    x = extract_text("6月3日，全县组织防汛应急演练和讲评会。县长甲某某出席并讲话。", published="2024-06-04",
                     head="平江县人民政府\n")
    assert set(meeting_names(x).values()) == {"讲评会"}, meeting_names(x)


@pytest.mark.parametrize("text, names", [
    ("会议要求，支持企业开拓“一带一路”沿线和RCEP成员国市场。", []),
    ("镇人大主席周晓林主持会议，镇人大副主席雷静及主席团成员参加会议。", ["周晓林", "雷静"]),
    ("会议指出，市委书记邵景川对街道党工委书记抓接诉即办提出了明确要求。", ["邵景川"]),
    ("要常态化开展“湖商恳谈日”活动，市领导每月至少参加一次。", []),
    ("保定市人民政府 | 市长信箱 | 无障碍", []),
    ("要引导社区“两委”成员、业委会委员交叉任职。", []),
    ("会议宣读了调整后的镇诚信建设工作领导小组成员名单。", []),
    ("县级领导包乡镇、乡镇领导包水库，确保汛期每座水库都有人管。", []),
    ("会上，市住房公积金管理委员会副主任乐晓峰通报了委员履职情况。", ["乐晓峰"]),
    ("会议要求，人民银行长沙市分行、长沙金融监管分局要督促金融机构加大支持。", []),
    ("在全市调度会议上，市委副书记张勇点名通报了我县入户核查进度滞后的问题。", ["张勇"]),
], ids=["member-states", "and-joins", "takes-on", "how-often", "mailbox", "cross-posting", "list-of-members",
        "reservoir", "duties", "bank-branch", "names-behind"])
def test_round60_what_stands_after_a_post_is_read_as_a_name_only_when_it_is_one(text, names):
    x = extract_text(text, published="2024-05-08", head="长沙市人民政府\n")
    assert sorted(o.name for o in x.officials) == sorted(names), [o.name for o in x.officials]


@pytest.mark.parametrize("text, names", [
    ("会议学习省委书记在1月24日召开的全省政法工作会议上的讲话精神。", []),
    ("9月20日，松阳县委农村工作会议召开。县委书记周韵出席并讲话。\n大东坝镇党委书记叶松涛，象溪镇、四都乡负责同志"
     "作表态发言。", ["周韵", "叶松涛"]),
    ("施卫东指出，陈家镇地处长江口，是世界级生态岛建设的重要承载区。", []),
], ids=["post-after-a-verb", "townships-listed", "river-mouth"])
def test_round60_no_name_is_read_from_a_post_a_township_or_a_river(text, names):
    x = extract_text(text, published="2024-05-08", head="松阳县人民政府\n")
    assert sorted(o.name for o in x.officials) == sorted(names), [o.name for o in x.officials]


@pytest.mark.parametrize("text, names", [
    ("3月21日，市委书记都兴邦主持召开煤矿安全生产和采空区治理座谈会。", ["都兴邦"]),
    ("会议要求，县领导都要参加包保工作。", []),
    ("州委社会工作部部长和丽主持会议。", ["和丽"]),
], ids=["du-surname", "du-adverb", "he-surname"])
def test_round60_du_starts_a_three_character_name_after_a_post(text, names):
    x = extract_text(text, published="2024-03-22", head="榆林市人民政府\n")
    assert sorted(o.name for o in x.officials) == names, [o.name for o in x.officials]


def test_round60_watching_is_no_part_of_the_name_watched():
    x = extract_text("我区组织收看十四届全国人大二次会议开幕会 随即召开区委常委会(扩大)会议\n3月5日上午，区委书记甲某某"
                     "主持召开区委常委会(扩大)会议。", published="2024-03-06", head="天津市南开区人民政府\n")
    assert not any("收看" in n for n in meeting_names(x).values()), meeting_names(x)


def test_round60_a_sentence_told_from_a_higher_meeting_s_main_hall_is_at_that_meeting():
    x = extract_text("7月10日，全省征兵工作电视电话会议召开。会后，我市随即召开全市征兵工作续会。副市长冉静主持续会。\n"
                     "省主会场上，副省长蒋晓岚对全省下半年征兵工作作出部署，省军区政治委员郝振岳主持会议。",
                     published="2024-07-11", head="潍坊市人民政府\n")
    chaired = {n: m for n, m in edges(x, RelationKind.CHAIRED)}
    assert chaired.get("郝振岳", "").startswith("全省征兵工作") and chaired.get("冉静", "").endswith("续会"), chaired
