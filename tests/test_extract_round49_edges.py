"""Round 49: a whole place's study of a law or a spirit names the meeting held for it
(全省学习贯彻新修订的X法推进会); a follow-up held right after the report's own meeting with no one
named to hold it is that meeting's 续会."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind


@pytest.mark.parametrize("name", ["全省学习贯彻新修改的慈善法工作推进会", "全市学习贯彻《安全生产法》推进会",
                                  "全省学习贯彻党的二十届三中全会精神座谈会", "全省政协系统学习贯彻全国两会精神视频会议"])
def test_round49_a_whole_place_s_study_names_the_meeting_held_for_it(name):
    x = extract_text(f"9月5日上午，{name}在福州召开。省民政厅厅长鄢立颖主持会议。", published="2024-09-06")
    assert ("鄢立颖", name) in edges(x, RelationKind.CHAIRED), meeting_names(x)


def test_round49_a_place_relaying_a_named_meeting_is_no_meeting_of_its_own():
    x = extract_text("9月5日，市委召开常委会会议。会议要求，全市学习贯彻中央经济工作会议精神。", published="2024-09-06")
    assert "中央经济工作会议" in meeting_names(x).values()
    assert not any(n.startswith("全市学习贯彻") for n in meeting_names(x).values()), meeting_names(x)


_CARRIED_ON = ("5月10日，省文联党组书记乔素琴主持召开党组（扩大）会议，传达学习全国文联深化改革工作推进会精神。"
               "党组成员、副主席辛志远参加会议。\n{after}，专题研究全省文艺培训工作。续会由辛志远主持，乔素琴在续会上强调，要加强培训。")


@pytest.mark.parametrize("after", ["会议结束后，随即召开续会", "会后召开续会"])
def test_round49_a_follow_up_no_one_is_named_to_hold_carries_on_the_report_s_meeting(after):
    x = extract_text(_CARRIED_ON.format(after=after), published="2024-05-11")
    assert ("辛志远", "党组(扩大)会议续会") in edges(x, RelationKind.CHAIRED), meeting_names(x)
    assert ("党组(扩大)会议续会", "党组(扩大)会议") in edges(x, RelationKind.RELAYED)


@pytest.mark.parametrize("after", ["会后，各县（市、区）随即召开续会", "会议结束后，随即召开续会——全省文艺培训调度会"])
def test_round49_a_follow_up_of_many_places_or_named_otherwise_is_not_the_report_s_meeting_s(after):
    x = extract_text(_CARRIED_ON.format(after=after), published="2024-05-11")
    assert "党组(扩大)会议续会" not in meeting_names(x).values(), meeting_names(x)


@pytest.mark.parametrize("sentence, name", [
    ("市委常委庹文博、冉志远等出席会议。", "庹文博"),                       # a rare surname, listed
    ("市文明办主任贲志刚对《实施方案》作了解读。", "贲志刚"),              # 文明办 is an organ, not a name before a title
    ("省委书记封振川发表重要讲话。", "封振川"),                            # 发表 ends the name
    ("会议听取了省委常委、宣传部部长欧阳菁所作的情况汇报。", "欧阳菁"),      # 所作 is one word
    ("会上，阿坝州副州长泽仁多吉、自贡市副市长钟晓岚作交流发言。", "泽仁多吉"),  # an autonomous prefecture's 州 form
])
def test_round49_the_name_after_a_post_is_found_whole(sentence, name):
    x = extract_text(f"5月14日，市委召开常委会会议。{sentence}", published="2024-05-15")
    names = {o.name for o in x.officials}
    assert name in names and not any(n != name and (n in name or name in n) for n in names), names


def test_round49_an_autonomous_prefecture_s_short_form_opens_its_post():
    from kg.extract.posts import parse_posts
    text = "黔东南州副州长杨晓筠"
    assert parse_posts(text, text.index("杨"), None)[0] == ["黔东南州副州长"]


@pytest.mark.parametrize("name", ["全州非遗传承人座谈会", "全省中医药传承创新发展大会", "文化传承发展座谈会"])
def test_round49_carrying_on_a_heritage_is_inside_a_meeting_s_name(name):
    x = extract_text(f"6月8日，{name}在凯里召开。州委书记罗安邦主持会议。", published="2024-06-09")
    assert ("罗安邦", name) in edges(x, RelationKind.CHAIRED), meeting_names(x)


@pytest.mark.parametrize("sentence", ["县人民医院急诊科主任胥晓红就医疗点位布设提出建议。",
                                      "某规划设计研究院总工程师段明杰作了发言。"])
def test_round49_a_unit_s_staff_title_after_an_unknown_unit_is_no_official(sentence):
    x = extract_text(f"3月14日，县政府召开调度会。副县长冉浩主持会议。{sentence}", published="2024-03-15")
    assert {o.name for o in x.officials} == {"冉浩"}


def test_round49_an_organ_s_own_post_after_its_unit_still_makes_an_official():
    x = extract_text("3月14日，县政府召开调度会。县人民医院党委书记、院长胥晓红作了发言。", published="2024-03-15")
    assert "胥晓红" in {o.name for o in x.officials}


def test_round49_those_at_a_branch_venue_while_watching_attend_the_meeting_watched():
    x = extract_text("3月12日下午，全省人民防空工作电视电话会议召开后，我市随即召开全市人民防空工作会议，传达贯彻全省会议精神。"
                     "在收听收看全省会议时，副市长脱永红，天水军分区副司令员米卓等在天水分会场参加会议。", published="2024-03-13")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("米卓", "全省人民防空工作电视电话会议") in attended and ("脱永红", "全省人民防空工作电视电话会议") in attended, attended


@pytest.mark.parametrize("said, held_by", [("以电视电话会议形式召开", "teleconference"), ("以视频会议形式召开", "video")])
def test_round49_the_format_a_sentence_says_is_the_one_it_names(said, held_by):
    x = extract_text(f"3月21日下午，全市老干部工作会议{said}。市委副书记裴胜利出席会议。", published="2024-03-22")
    assert [m.format for m in x.meetings] == [held_by]


@pytest.mark.parametrize("city, place", [("潜山市", "安徽省潜山市"), ("滦州市", "河北省滦州市"), ("宁乡市", "湖南省宁乡市")])
def test_round49_a_county_made_a_city_places_its_own_site_s_report(city, place):
    x = extract_text("3月21日，我市召开全市安全生产工作会议。市长苗德厚主持会议。", published="2024-03-22",
                     head=f"{city}人民政府网\n")
    assert [m.jurisdiction for m in x.meetings if m.reported] == [place]


@pytest.mark.parametrize("sentence, name", [
    ("市委副书记、市长巴图孟和主持会议并讲话。", "巴图孟和"),      # 和 with nothing to join ends the name
    ("区委编办主任骆雪峰逐条说明了方案修改情况。", "骆雪峰"),      # 逐条 follows a name
])
def test_round49_more_names_end_where_they_should(sentence, name):
    x = extract_text(f"5月10日，市委召开常委会会议。{sentence}", published="2024-05-11")
    assert name in {o.name for o in x.officials}, [o.name for o in x.officials]


def test_round49_and_between_two_people_still_joins_them():
    x = extract_text("5月10日，市委召开常委会会议。市长王明和副市长李华出席会议。", published="2024-05-11")
    assert {o.name for o in x.officials} == {"王明", "李华"}


def test_round49_and_before_a_bare_level_s_meeting_ends_the_words_before_it():
    x = extract_text("5月10日，市委召开常委会会议。会议要求，严格落实《防范和处置非法集资条例》和省会议部署要求。",
                     published="2024-05-11")
    assert not any(n.startswith("和") for n in meeting_names(x).values()), meeting_names(x)
