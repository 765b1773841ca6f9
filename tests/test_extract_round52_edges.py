"""Round 52: a day celebrated (庆祝全国X日) is no scope, a meeting decided for a later day is
not held now, a council's numbered sitting (十一届五次理事会) however written, hospital ranks,
a ministry department's head, a bracketed second post, a hearing's chair, a list of places
before 等人口, a follow-up held at once by video, what is watched (集中收看X) and a speech (作大会发言)."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

_CELEBRATED = ("5月30日，我市召开庆祝全国科技工作者日座谈会，传达学习5月29日自治区庆祝全国科技工作者日座谈会精神。"
               "市长岑荣光出席并讲话，市委常委龙慧娟主持会议。")


def test_round52_a_day_celebrated_is_no_scope_of_the_meeting_held():
    x = extract_text("柳州日报\n" + _CELEBRATED, published="2024-05-31")
    held = [n for n in meeting_names(x).values() if not n.startswith("广西")]
    assert held == ["柳州市庆祝全国科技工作者日座谈会"], meeting_names(x)
    assert edges(x, RelationKind.CHAIRED) == {("龙慧娟", held[0])}
    assert edges(x, RelationKind.RELAYED) == {(held[0], "广西壮族自治区庆祝全国科技工作者日座谈会")}


def test_round52_a_congress_celebrated_in_a_headline_keeps_its_national_scope():
    from kg.extract.meeting_names import find
    spans = find("全省人大系统学习贯彻庆祝全国人民代表大会成立70周年大会精神电视电话会议召开")
    assert [(s.name, s.level) for s in spans][-1] == ("全国人民代表大会成立70周年大会", "国")


_DECIDED = ("5月6日，省长陶维钧主持召开省政府第52次常务会议，研究红十字事业发展工作。"
            "会议决定，5月10日召开全省红十字工作电视电话会议，对实施作出全面部署。"
            "副省长柏晓岚、韦东平出席会议。")


def test_round52_a_meeting_decided_for_a_later_day_is_not_the_one_attended():
    x = extract_text(_DECIDED, published="2024-05-06")
    assert list(meeting_names(x).values()) == ["省政府第52次常务会议"], meeting_names(x)
    assert edges(x, RelationKind.ATTENDED) == {("柏晓岚", "省政府第52次常务会议"), ("韦东平", "省政府第52次常务会议")}


_COUNCIL = ("5月10日，全省红十字工作电视电话会议召开。会议贯彻落实中国红十字会第十一届理事会第五次会议精神。"
            "会议要求，全省各级红十字会要认真贯彻十一届五次理事会的部署。副省长柏晓岚出席会议并讲话。")


def test_round52_a_council_s_numbered_sitting_written_short_is_the_one_written_in_full():
    x = extract_text(_COUNCIL, published="2024-05-10")
    council = [n for n in meeting_names(x).values() if "理事会" in n]
    assert council == ["中国红十字会第十一届理事会第五次会议"], meeting_names(x)


@pytest.mark.parametrize("a, b", [
    ("中国红十字会十一届五次理事会", "中国红十字会第十一届理事会第五次会议"),
    ("市红十字会三届四次理事会", "淮南市红十字会第三届理事会第四次会议"),
])
def test_round52_a_council_s_sitting_is_one_sitting_however_written(a, b):
    from kg.extract.meeting_plenum import same_sitting
    from kg.extract.name_scope import core
    assert same_sitting(core(a), core(b))


def test_round52_a_council_s_sitting_is_a_meeting_the_council_alone_is_none():
    from kg.extract.meeting_names import find
    assert [s.name for s in find("传达学习中国红十字会十一届五次理事会精神。")] == ["中国红十字会十一届五次理事会"]
    assert [s.name for s in find("市红十字会理事会要切实履行职责。")] == []


@pytest.mark.parametrize("sentence, expected", [
    # a hospital department's head and a hospital rank: staff, not an official
    ("贵州医科大学附属医院急诊医学科主任、主任医师杨一帆受邀介绍了技术要点。", []),
    # a title the post table does not list, then a list of two
    ("中国红十字会党组成员、副会长孟庆禾、汤雨薇出席会议。", ["孟庆禾", "汤雨薇"]),
    # a ministry's department (司) before its head's title
    ("会上，海关总署缉私局副局长卞成钢通报了情况，国家烟草专卖局专卖监督管理司司长莫海宁对专项行动作具体安排。",
     ["卞成钢", "莫海宁"]),
    # a bracketed second post between the post and the name
    ("省局（公司）党组书记、局长（总经理）和立新出席会议并讲话。", ["和立新"]),
    # places before 等人口 (and named again as speakers' units): no names
    ("县长甘霖强调，要在籍山镇、弋江镇等人口密集区域组织群众疏散演练。会上，弋江镇、籍山镇和县住建局负责同志作表态发言。",
     ["甘霖"]),
])
def test_round52_who_is_an_official(sentence, expected):
    x = extract_text("4月25日，省红十字会第一次会议在贵阳召开。" + sentence, published="2024-04-25")
    assert [o.name for o in x.officials] == expected


def test_round52_the_hearing_s_chair_chairs_it():
    x = extract_text("5月21日，浏阳市烟草专卖局举行卷烟零售点合理布局规定听证会。"
                     "市司法局副局长柯静担任听证主持人，市人大常委会副主任汤国平到会旁听。", published="2024-05-22")
    chaired = edges(x, RelationKind.CHAIRED)
    assert {name for name, _ in chaired} == {"柯静"} and all("听证会" in m for _, m in chaired), chaired


def test_round52_a_short_kind_relayed_is_the_meeting_the_body_names_in_full():
    x = extract_text("市委常委会传达学习全省深化供销合作社综合改革会议精神\n"
                     "3月11日上午，市委书记芮国栋主持召开市委常委会会议，传达学习全省深化供销合作社综合改革推进会精神。\n"
                     "会后，随即召开全市深化供销合作社综合改革工作会议。副市长仝建军主持会议并传达全省推进会精神。",
                     published="2024-03-12")
    assert not any(n == "全省推进会" for n in meeting_names(x).values()), meeting_names(x)


@pytest.mark.parametrize("sentence, expected", [
    ("市委常委会同志要带头过紧日子，从严控制会议、培训、差旅等支出。", []),
    ("要严格控制会议数量和规模。", []),
])
def test_round52_meetings_counted_as_spending_are_none(sentence, expected):
    from kg.extract.meeting_names import find
    assert [s.name for s in find(sentence)] == expected


def test_round52_a_follow_up_held_at_once_by_video_is_held_and_attended():
    x = extract_text("2月18日，市委常委会召开会议，研究部署节后各项工作。市委书记黎晓东主持会议。\n"
                     "会后，全市节后收心暨“项目大会战”动员大会以视频会议形式随即召开。市长邝志华主持，"
                     "市领导何卫平、曾春生在主会场出席。", published="2024-02-19")
    held = [n for n in meeting_names(x).values() if "动员大会" in n]
    assert len(held) == 1 and ("何卫平", held[0]) in edges(x, RelationKind.ATTENDED), meeting_names(x)


@pytest.mark.parametrize("sentence, expected", [
    ("区领导在区委会议室集中收看开幕会实况。", ["开幕会"]),      # what is watched, not where
    ("省政协常委、商洛市副市长雷霆等6位常委作大会发言。", []),    # a speech at the one reported
])
def test_round52_where_a_watched_name_starts_and_a_speech_is_no_meeting(sentence, expected):
    from kg.extract.meeting_names import find
    assert [s.name for s in find(sentence)] == expected
