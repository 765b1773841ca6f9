"""Round 74: 甲主持X names the meeting the sentence tells of (held that day when new, the one just
told when not); 7月21日，X会议传达了Y精神，甲在会上强调 is said at X; the day of a meeting relayed
is no lead day for the report's own; 迅速将会议精神传达 names no meeting; an autonomous county's
post keeps its full or short name (巴里坤哈萨克自治县副县长, 巴里坤县副县长); NAME(POST) in a list
of those present; 4日晚，甲已主持召开X is told in passing; a relayed short name is the meeting held
before it in the sentence; the venues of a watched meeting in its paragraph are its own; 首席数据官
is a post, and so are 馆长 and 连长; a bracket after a transliterated name part closes it (阿不都(挂职));
in 召开全省传达学习贯彻省两会精神视频会议 the whole is held and 省两会 is its topic; 传达学习X精神和甲讲话要求
cites a speech, not one given at the relaying meeting; 会商结束后…召开续会 follows the 会商会; 落实推进 and
整改落实 stay inside a name; 来到 after a name is a verb (钟岳来到); 各学院党委将随即召开会议 is not held yet; 局党组召开党组(扩大)
会议 writes 党组 once; 多省召开X is no one meeting; 专题学习（扩大）会议 is one name, not 专题学习 and a
sitting after it; 会上，庭长甲结合…讲解了 is at the meeting, whatever the verb; 应邀 and 对 close a name; a
unit ending in 所 ends before its head's post (监管所所长); a bracketed second post may stand between post
and name; 甲对X作出批示 is a written instruction, its author not at the meeting; an
association's 秘书长 is no official."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.extract.meeting_names import find as find_meeting_spans
from kg.records import RelationKind


def test_round74_a_chaired_meeting_first_named_so_is_the_one_told():
    x = extract_text("9月12日，省第三督察组向衡阳市反馈督察意见。督察组组长彭运达反馈督察意见。"
                     "市委书记石振南主持反馈会议并作表态讲话。副市长张懿然出席会议。\n"
                     "反馈会后，石振南随即主持召开市委常委会会议，研究部署整改工作。", published="2023-09-13")
    attended = edges(x, RelationKind.ATTENDED)
    assert any(who == "张懿然" and "反馈会" in what for who, what in attended), attended
    assert not any(who == "张懿然" and "常委会" in what for who, what in attended), attended
    feedback = next(m for m in x.meetings if "反馈会" in m.name)
    assert feedback.date == "2023-09-12", feedback.date


def test_round74_a_chaired_meeting_already_told_stays_the_one_before():
    x = extract_text("3月11日，省政府召开第二次廉政工作会议。省长葛振宇出席会议并讲话。\n"
                     "会前，省政府党组召开会议，传达学习全国两会精神。葛振宇主持党组会议。\n"
                     "副省长王剑锋、田野青出席会议。", published="2024-03-13")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("王剑锋", "省政府第二次廉政工作会议") in attended, attended


def test_round74_at_that_meeting_is_the_dated_sentence_s_subject():
    x = extract_text("日前，市统计局召开党组（扩大）会议，传达学习全省统计造假治理电视电话会议精神。局长黎建中主持会议。\n"
                     "会议指出，全省电视电话会议作出了全面部署。7月21日，市委常委会会议传达学习了全省会议精神，"
                     "市委书记曹家林在会上强调，要坚决防止统计造假。", published="2023-07-25")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("曹家林", "市委常委会会议") in attended, attended
    assert not any(who == "曹家林" and "全省" in what for who, what in attended), attended


def test_round74_a_relayed_meeting_s_day_is_no_lead_day():
    x = extract_text("近日，省医保局局长潘文清一行到我市调研，并召开医保基金监管工作座谈会。副市长崔海英参加座谈会。\n"
                     "在随后召开的座谈会上，市医保局局长姜德亮汇报了我市贯彻落实5月10日全省联席会议部署的情况。",
                     published="2023-06-05")
    forum = next(m for m in x.meetings if m.name.endswith("座谈会"))
    assert forum.date is None, forum.date


@pytest.mark.parametrize("words", ["迅速将会议精神传达到各县", "及时将会议精神传达到基层"])
def test_round74_the_preposition_jiang_takes_the_spirit(words):
    x = extract_text(f"5月16日，县委召开常委会会议。县委书记高建国主持会议。一要抓好学习。{words}。", published="2024-05-17")
    assert list(meeting_names(x).values()) == ["县委常委会会议"], meeting_names(x)


@pytest.mark.parametrize("post", ["巴里坤哈萨克自治县副县长", "巴里坤县副县长", "长阳土家族自治县副县长"])
def test_round74_an_autonomous_county_s_post(post):
    x = extract_text(f"5月16日，市政府召开推进会。会上，{post}努尔兰·哈力别克介绍了经验。", published="2024-05-17")
    assert {o.name: o.posts for o in x.officials}.get("努尔兰·哈力别克") == (post,), x.officials


def test_round74_names_with_their_posts_in_brackets():
    x = extract_text("11月12日，区政府召开第78次常务会议。区长王明远主持会议。出席会议的有：阿不都热合曼·吐尔逊（副区长）、"
                     "孙博文（副区长）、杜晓梅（区政府党组成员）。各苏木乡镇党委书记、苏木达（乡镇长）在分会场参加会议。",
                     published="2024-11-13")
    attended = {who for who, _ in edges(x, RelationKind.ATTENDED)}
    assert {"阿不都热合曼·吐尔逊", "孙博文", "杜晓梅"} <= attended, attended
    assert "苏木达" not in {o.name for o in x.officials}


def test_round74_a_meeting_already_held_the_night_before_is_told_in_passing():
    x = extract_text("9月5日上午，省委、省政府召开全省防御台风工作电视电话会议。省委书记韦启明主持会议并讲话。\n"
                     "会议指出，台风已加强为超强台风。4日晚，省长符致達已主持召开省三防总指挥部会商会，对人员转移作出部署。"
                     "省领导邢岱山、吉世昌在主会场出席。", published="2024-09-06")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("邢岱山", "全省防御台风工作电视电话会议") in attended, attended


def test_round74_a_relayed_short_name_is_the_meeting_held_before_in_the_sentence():
    x = extract_text("1月7日下午，全省2024年度县以上党和国家机关民主生活会督导工作部署视频会议召开后，兰州市委随即召开市委常委会会议，"
                     "传达学习全省督导工作部署视频会议精神。市委书记周俊山主持会议并讲话。\n"
                     "当天下午，兰州市在市委分会场组织收听收看了全省视频会议。省委组织部部长韩卫中在主会场出席会议并作部署；"
                     "市长魏宏达在兰州分会场参加会议。\n"
                     "会议强调，要开好民主生活会。副市长郭瑞林列席会议。", published="2025-01-08")
    assert len(x.meetings) == 2, meeting_names(x)
    attended = edges(x, RelationKind.ATTENDED)
    assert any(who == "魏宏达" and "视频会议" in what for who, what in attended), attended
    assert any(who == "郭瑞林" and "常委会" in what for who, what in attended), attended


def test_round74_a_chief_data_officer_chairs():
    x = extract_text("全省会议结束后，我市随即召开续会。副市长、市首席数据官楼建中主持续会并讲话。", published="2025-04-11")
    assert any(who == "楼建中" for who, _ in edges(x, RelationKind.CHAIRED)), edges(x, RelationKind.CHAIRED)


@pytest.mark.parametrize("text, name", [
    ("应急管理部副部长琚平应邀出席。", "琚平"),
    ("网岭市场监管所所长黄海波对《农村集体聚餐食品安全指导规范》作了解读。", "黄海波"),
    ("省林草局局长（大熊猫国家公园四川省管理局局长）皇甫建平出席会议。", "皇甫建平"),
    ("省档案馆馆长钟启明列席会议。", "钟启明"),
    ("三连连长阿力木江·买买提作交流发言。", "阿力木江·买买提"),
    ("副县长曹芳、艾尼瓦尔·阿不都(挂职)参加会议。", "艾尼瓦尔·阿不都"),
])
def test_round74_officials_after_these_posts(text, name):
    assert name in {o.name for o in extract_text("5月9日，县委召开常委会会议。" + text, published="2024-05-10").officials}


@pytest.mark.parametrize("text", [
    "会议在大连长兴岛召开。",
    "中国稀土行业协会秘书长严国栋介绍了上年度行业运行情况。",
    "要对照《景宁畲族自治县驻村第一书记管理考核办法(试行)》抓好落实。",
])
def test_round74_no_official_in(text):
    assert not extract_text("5月9日，县委召开常委会会议。" + text, published="2024-05-10").officials


@pytest.mark.parametrize("sentence, outer, inner", [
    ("日前，省委教育工委召开全省高校贯彻落实全省教育大会精神推进会，调度各高校贯彻落实进展。",
     "全省高校贯彻落实全省教育大会精神推进会", "全省教育大会"),
    ("昨天下午，省委、省政府召开全省传达学习贯彻省两会精神视频会议，对全年工作作出部署。",
     "全省传达学习贯彻省两会精神视频会议", "省两会"),
])
def test_round74_a_meeting_whose_spirit_names_the_held_one(sentence, outer, inner):
    assert [s.name for s in find_meeting_spans(sentence)] == [outer, inner]


def test_round74_a_speech_relayed_without_de_is_cited_not_given_at_the_relaying_meeting():
    x = extract_text("4月25日，市委书记蒲启航主持召开市委常委会会议，传达学习4月23日召开的全省文明实践中心建设现场推进会精神"
                     "和省委常委、宣传部部长祁文静讲话要求，研究贯彻落实意见。", published="2024-04-26")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("祁文静", "市委常委会会议") not in attended, attended


def test_round74_a_follow_up_after_a_consultation_is_named_after_it():
    x = extract_text("1月21日，盟森林草原防灭火指挥部召开春节期间森林草原防火工作视频会商会。副盟长上官宁主持会商并讲话。\n"
                     "会商结束后，上官宁随即主持召开续会，听取盟应急管理局工作汇报。", published="2025-01-22",
                     head="兴安盟行政公署\n")
    assert any(name.endswith("续会") for name in meeting_names(x).values()), meeting_names(x)


@pytest.mark.parametrize("sentence, name", [
    ("7月12日，市计生协理事会议召开，传达学习全省生育支持政策落实推进电视电话会议精神。",
     "全省生育支持政策落实推进电视电话会议"),
    ("5月6日，县委常委会传达学习全市巡视整改落实工作推进会精神。", "全市巡视整改落实工作推进会"),
])
def test_round74_implementation_inside_a_meeting_s_name(sentence, name):
    assert name in [s.name for s in find_meeting_spans(sentence)]


def test_round74_lai_dao_is_a_verb_after_a_name():
    x = extract_text("日前，省委书记钟岳来到吉安市井冈山市走访慰问困难群众。", published="2024-02-05")
    assert [o.name for o in x.officials] == ["钟岳"], x.officials


def test_round74_meetings_the_units_will_hold_next_are_none_yet():
    x = extract_text("9月13日下午，学校召开党委常委会（扩大）会议，传达学习全国教育大会精神。校党委书记叶成林主持会议并讲话。\n"
                     "会后，各学院党委将随即召开会议进行专题传达学习。", published="2024-09-14")
    assert len(x.meetings) == 2, meeting_names(x)


def test_round74_the_organ_word_a_subject_and_its_sitting_share_is_written_once():
    x = extract_text("1月9日，全国林业和草原工作会议召开。会后，局党组随即召开党组（扩大）会议，传达学习会议精神。"
                     "局长马成林主持会议。", published="2025-01-10")
    assert not any("党组党组" in name for name in meeting_names(x).values()), meeting_names(x)


def test_round74_many_provinces_hold_no_one_meeting():
    x = extract_text("多省召开政府常务会议 部署防汛工作\n日前，山东、江苏、四川等省相继召开省政府常务会议，传达学习国务院常务会议精神。",
                     published="2024-06-30")
    assert not any(name.startswith("多省") for name in meeting_names(x).values()), meeting_names(x)


def test_round74_a_study_sitting_named_with_its_noun_is_one_meeting():
    x = extract_text("市委理论学习中心组举行专题学习（扩大）会议\n"
                     "3月18日，市委理论学习中心组举行2024年第三次专题学习（扩大）会议，传达学习中央民族工作会议精神。"
                     "市委书记李炳坤主持并讲话。市长覃晓东在主会场参加。", published="2024-03-19")
    assert len(x.meetings) == 2, meeting_names(x)


def test_round74_a_person_named_after_hui_shang_is_at_the_meeting_whatever_the_verb():
    x = extract_text("2月7日，韩城镇召开平安建设工作会议。镇党委书记王海洋主持会议。\n"
                     "会上，县人民法院韩城人民法庭庭长程蔚结合近期审结的几起土地承包纠纷讲解了诉前调解的法律规定。",
                     published="2025-02-08")
    assert any(who == "程蔚" for who, _ in edges(x, RelationKind.ATTENDED)), edges(x, RelationKind.ATTENDED)


def test_round74_the_author_of_a_written_instruction_is_not_at_the_meeting():
    x = extract_text("5月9日，市政府召开全市能源革命综合改革试点推进会。市委书记楚天舒对做好全市能源革命综合改革试点工作作出批示。"
                     "副市长王明远主持会议。", published="2024-05-10")
    assert "楚天舒" not in {who for who, _ in edges(x, RelationKind.ATTENDED)}, edges(x, RelationKind.ATTENDED)
