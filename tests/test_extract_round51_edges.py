"""Round 51: a headline's short name said again in the body, a leading group's meeting and its
numbered sitting, round-table and press-conference heads, a follow-up a person chairs, meetings
held by several places at once, spoken scopes (省上会议) and posts given with 任."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

_SHORT_SAID_AGAIN = ("市委常委会召开会议\n传达学习全国两会精神和全国、全省化债工作会议精神\n"
                     "3月13日，市委常委会召开会议，传达学习全国两会精神、全国地方政府债务风险化解工作电视电话会议精神"
                     "和全省防范化解地方债务风险工作电视电话会议精神。市委书记庹振华主持会议。\n"
                     "会议认为，全国、全省化债工作会议对防范化解地方债务风险作出了系统部署。")


@pytest.mark.parametrize("said_again", [True, False])
def test_round51_a_headline_s_short_name_said_again_is_the_meeting_named_in_full(said_again):
    text = _SHORT_SAID_AGAIN if said_again else _SHORT_SAID_AGAIN.rsplit("\n", 1)[0]
    names = set(meeting_names(extract_text(text, published="2024-03-14")).values())
    assert names == {"市委常委会会议", "全国两会", "全国地方政府债务风险化解工作电视电话会议",
                     "全省防范化解地方债务风险工作电视电话会议"}, names


def test_round51_meetings_listed_together_stay_apart():
    x = extract_text("省委常委会传达学习全国科技大会精神\n6月27日，省委常委会召开会议，传达学习习近平总书记在全国科技大会、"
                     "国家科学技术奖励大会和两院院士大会上的重要讲话精神。", published="2024-06-28")
    assert {"全国科技大会", "国家科学技术奖励大会", "两院院士大会"} <= set(meeting_names(x).values()), meeting_names(x)


_GROUP = ("我市收听收看省农垦改革发展工作领导小组会议后随即召开全市垦地融合发展工作会议\n"
          "4月15日下午，省农垦改革发展工作领导小组召开2024年第一次全体（扩大）会议。市委书记宁国栋在儋州分会场收听收看。\n"
          "在收听收看省会议后，我市随即召开全市垦地融合发展工作会议，传达贯彻省农垦改革发展工作领导小组会议精神。"
          "郑鸣川主持会议。")


def test_round51_a_leading_group_s_meeting_is_its_one_numbered_sitting():
    x = extract_text(_GROUP, published="2024-04-16")
    group = [n for n in meeting_names(x).values() if "领导小组" in n]
    assert len(group) == 1 and "第一次全体" in group[0], meeting_names(x)


@pytest.mark.parametrize("sentence, expected", [
    ("4月16日，市政府召开2024年第二季度外资企业圆桌会，面对面倾听企业心声。", "2024年第二季度外资企业圆桌会"),
    ("5月14日，县妇联召开家庭文明建设工作推进会暨“最美家庭”发布会。", "家庭文明建设工作推进会暨最美家庭发布会"),
])
def test_round51_a_round_table_and_a_press_conference_are_meetings(sentence, expected):
    names = list(meeting_names(extract_text(sentence, published="2024-05-15")).values())
    assert any(n.endswith(expected) for n in names), names


def test_round51_the_next_sitting_spoken_of_is_no_meeting():
    x = extract_text("5月9日下午，苏州市外资企业圆桌会议在市政府会议中心召开。游佳在主持时表示，"
                     "办理情况在下一次圆桌会议上逐项通报。", published="2024-05-10")
    assert list(meeting_names(x).values()) == ["苏州市外资企业圆桌会议"], meeting_names(x)


def test_round51_meetings_several_places_held_one_after_another_are_no_one_meeting():
    x = extract_text("5月13日，市委常委会召开会议，研究稳外资工作。会议指出，外资是我市发展的鲜明特色。"
                     "省里和苏州市相继召开会议，对稳外资作出专门部署。", published="2024-05-14")
    assert len(meeting_names(x)) == 1 and "相继" not in next(iter(meeting_names(x).values())), meeting_names(x)


def test_round51_a_follow_up_a_person_chairs_after_the_meeting():
    x = extract_text("4月21日上午，市长聂维康主持召开市政府第47次常务会议。会议结束后，聂维康随即主持召开续会，"
                     "专题听取水文站建设情况汇报。副市长欧阳晨参加续会。", published="2024-04-22")
    assert ("聂维康", "市政府第47次常务会议续会") in edges(x, RelationKind.CHAIRED), meeting_names(x)
    assert edges(x, RelationKind.ATTENDED) == {("欧阳晨", "市政府第47次常务会议续会")}
    assert ("市政府第47次常务会议续会", "市政府第47次常务会议") in edges(x, RelationKind.RELAYED)


@pytest.mark.parametrize("spoken", ["吃透省上会议精神", "吃透省里会议精神"])
def test_round51_a_spoken_scope_names_the_level_s_meeting(spoken):
    x = extract_text(f"4月2日，县委常委会召开会议，传达学习全省测绘地理信息工作会议精神。县委书记邴海军要求，各部门要{spoken}。",
                     published="2024-04-03")
    assert set(meeting_names(x).values()) == {"县委常委会会议", "全省测绘地理信息工作会议"}, meeting_names(x)


@pytest.mark.parametrize("sentence, expected", [
    ("会议听取了省人大常委会副主任陈爱民关于十四届全国人大常委会第十一次会议主要精神的传达。",
     ["会议", "十四届全国人大常委会第十一次会议"]),
    ("要积极参与社区共建，让联席会议从开会议事走向联动办事。", ["联席会议"]),
    ("传达学习全省学习贯彻新修改的慈善法工作推进会精神和9月6日省委常委会会议精神。",
     ["全省学习贯彻新修改的慈善法工作推进会", "省委常委会会议"]),
    ("补选宋瑾为松原市第五届人民代表大会代表。", []),           # a deputy of the term
    ("选举产生了出席中国共产党齐齐哈尔市第十三次代表大会代表24名。", ["中国共产党齐齐哈尔市第十三次代表大会"]),
])
def test_round51_where_a_meeting_s_name_starts(sentence, expected):
    from kg.extract.meeting_names import find
    assert [s.name for s in find(sentence)] == expected


@pytest.mark.parametrize("sentence, posts", [
    ("镇党委副书记、镇长龚玉任常务副组长。", ("龚玉", ("镇党委副书记", "镇长"))),
    ("镇党委委员、副镇长甘蕾兼任办公室主任。", ("甘蕾", ("镇党委委员", "副镇长"))),
])
def test_round51_a_post_given_with_ren_ends_the_name(sentence, posts):
    x = extract_text(sentence, published="2024-04-10")
    assert [(o.name, o.posts) for o in x.officials] == [posts]


@pytest.mark.parametrize("sentence, expected", [
    ("镇党委书记余国强当即表示，将组织网格员上门帮办。", [("余国强", ("镇党委书记",))]),
    ("会议研究部署长江航运和港口高质量发展工作。", []),        # 部署 and 长江, no 署长
])
def test_round51_where_a_name_ends_or_is_none(sentence, expected):
    x = extract_text(sentence, published="2024-04-10")
    assert [(o.name, o.posts) for o in x.officials] == expected


def test_round51_tax_revenue_collected_stays_in_the_name():
    from kg.extract.meeting_names import find
    assert [s.name for s in find("4月8日上午，全省税务系统一季度组织收入工作视频会议召开。")] == \
        ["全省税务系统一季度组织收入工作视频会议"]
