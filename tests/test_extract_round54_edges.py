"""Round 54: a follow-up held after a party group's (enlarged) meeting, a speaker named after
the meeting he spoke at (X会议上副局长甲的讲话), a county since made a district, a meeting of
two levels at once (省市两级推进会), those present at every meeting told (参加上述会议), a
follow-up written in brackets (X调度会（续会）), a sub-title's two clauses, the meeting
held right after the report's own (会后，随即召开Y), which carries it on, one who watched a
meeting and then chaired the follow-up, one who toured and then chaired, and a follow-up
after a meeting named as ended (省委X会议结束后，我市随即召开续会); units listed after a post
holder (…副局长甲，东海救助局、海警等单位负责同志) are no names."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

_PARTY_GROUP = ("5月8日上午，省林业局召开党组（扩大）会议，传达学习全国林业工作会议精神。"
                "局长谷雨田主持会议。\n\n党组（扩大）会议结束后，随即召开续会，对贯彻落实作具体分工。"
                "续会由副局长丰启明主持。")


def test_round54_a_follow_up_after_a_party_group_s_enlarged_meeting_carries_it_on():
    x = extract_text(_PARTY_GROUP, published="2024-05-08")
    names = set(meeting_names(x).values())
    assert "省林业局党组(扩大)会议续会" in names, names
    assert edges(x, RelationKind.CHAIRED) == {("谷雨田", "省林业局党组(扩大)会议"),
                                             ("丰启明", "省林业局党组(扩大)会议续会")}
    assert ("省林业局党组(扩大)会议续会", "省林业局党组(扩大)会议") in edges(x, RelationKind.RELAYED)


@pytest.mark.parametrize("relayed, speaker, at", [
    ("会议传达了5月6日全国林业工作会议上国家林草局副局长韦东来的讲话精神。", "韦东来", "全国林业工作会议"),
    ("会议传达学习了中央农村工作会议上习近平总书记的重要讲话精神。", "习近平", "中央农村工作会议"),
    # the name of the meeting comes after the speaker: the older form, still his
    ("会议传达了国家林草局副局长韦东来在全国林业工作会议上的讲话精神。", "韦东来", "全国林业工作会议"),
])
def test_round54_a_speaker_named_after_the_meeting_spoken_at_attended_it(relayed, speaker, at):
    x = extract_text("5月8日，省林业局召开党组会议。" + relayed + "局长谷雨田主持会议。", published="2024-05-08")
    attended = edges(x, RelationKind.ATTENDED)
    assert (speaker, at) in attended and (speaker, "省林业局党组会议") not in attended, attended


def test_round54_a_county_since_made_a_district_is_no_name():
    x = extract_text("3月5日，百色市召开全市油茶产业推进会。会上，田东县委书记卢振华、田阳区区长莫少安作交流发言。",
                     published="2024-03-05")
    assert {o.name for o in x.officials} == {"卢振华", "莫少安"}


_TWO_LEVELS = ("4月2日，临泽县召开县政府常务会议，传达学习全省油茶产业推进会、全市油茶产业推进会精神。"
               "会议指出，省市两级推进会对今年的工作作了具体安排。县长甘成林主持会议。")


def test_round54_a_meeting_of_two_levels_is_each_level_s_meeting_named_before():
    x = extract_text(_TWO_LEVELS, published="2024-04-02")
    assert not any("两级" in n for n in meeting_names(x).values()), meeting_names(x)
    assert len(x.meetings) == 3


_BOTH = ("3月25日，市长谭启明主持召开市政府第12次常务会议。会议结束后，随即召开市档案工作领导小组全体会议。"
         "市政府秘书长令狐斌、市档案局局长穆清参加上述会议。")


def test_round54_those_present_at_the_meetings_told_attended_each():
    x = extract_text(_BOTH, published="2024-03-26")
    attended = edges(x, RelationKind.ATTENDED)
    for name in ("令狐斌", "穆清"):
        assert {(name, "市政府第12次常务会议"), (name, "市档案工作领导小组全体会议")} <= attended, attended


_BRACKETED = ("宿州市委常委会召开会议\n杭立新主持 会后召开全市秸秆禁烧工作调度会\n"
              "3月16日上午，市委书记杭立新主持召开市委常委会会议，传达学习全省秸秆禁烧工作会议精神。\n"
              "会后，随即召开全市秸秆禁烧工作调度会（续会）。市长娄建国出席续会并讲话，市委秘书长卢文主持。")


def test_round54_a_follow_up_in_brackets_keeps_its_name_and_the_sub_title_chair_his_meeting():
    x = extract_text(_BRACKETED, published="2024-03-17")
    names = set(meeting_names(x).values())
    assert "全市秸秆禁烧工作调度会" in names and not any("(续会" in n for n in names), names
    assert edges(x, RelationKind.CHAIRED) == {("杭立新", "宿州市委常委会会议"), ("卢文", "全市秸秆禁烧工作调度会")}
    assert ("全市秸秆禁烧工作调度会", "宿州市委常委会会议") in edges(x, RelationKind.RELAYED)


@pytest.mark.parametrize("after, relays", [
    ("会后，县长盛兰随即主持召开县渡口安全整治领导小组第一次全体会议，对重点任务进行细化分解。", True),
    ("会议结束后，随即召开县渡口安全整治领导小组第一次全体会议。", True),
    # held later, with no word of a sitting carried on: a meeting of its own
    ("会后，县长盛兰主持召开县渡口安全整治领导小组第一次全体会议，听取各乡镇汇报。", False),
])
def test_round54_a_meeting_held_right_after_the_report_s_own_carries_it_on(after, relays):
    x = extract_text("4月22日，华容县委书记柯文主持召开县委常委会会议。" + after, published="2024-04-22")
    relayed = edges(x, RelationKind.RELAYED)      # (labels take 华容 where the chair's post gives it)
    assert any(later.endswith("县渡口安全整治领导小组第一次全体会议") and earlier.endswith("县委常委会会议")
               for later, earlier in relayed) is relays, relayed


_WATCHED_THEN_CHAIRED = ("6月3日下午，全省麦收工作视频调度会召开后，我市随即召开续会，传达学习全省会议精神。"
                         "副市长柴秀云在分会场参加全省会议后主持续会并讲话。")


def test_round54_one_present_at_the_higher_meeting_then_chairing_the_follow_up_chaired_it():
    x = extract_text(_WATCHED_THEN_CHAIRED, published="2024-06-04")
    follow_up = next(n for n in meeting_names(x).values() if n.endswith("续会"))
    assert edges(x, RelationKind.CHAIRED) == {("柴秀云", follow_up)}
    assert ("柴秀云", "全省麦收工作视频调度会") in edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("toured, chaired", [
    ("市长温国栋深入宁晋县、柏乡县，实地察看小麦收获情况，并在宁晋县主持召开夏粮收购现场推进会。", True),
    # another person holds the meeting the tour ends at
    ("市长温国栋深入宁晋县，实地察看小麦收获情况。副市长周瑾在宁晋县主持召开夏粮收购现场推进会。", False),
])
def test_round54_one_who_tours_and_then_chairs_a_meeting_chaired_it(toured, chaired):
    x = extract_text("6月4日，" + toured, published="2024-06-04")
    assert any(name == "温国栋" for name, _ in edges(x, RelationKind.CHAIRED)) is chaired


_AFTER_NAMED = ("3月18日下午，全省工会工作会议以视频会议形式召开。市委副书记柳青等在分会场收听收看会议。\n"
                "省委工会工作会议结束后，我市随即召开续会，对贯彻落实作出部署。副市长邢建新主持续会。\n"
                "续会结束后，市总工会随即召开党组会议，传达学习我市续会精神。市总工会主席裴玉主持会议。")


def test_round54_a_meeting_named_as_ended_is_the_one_a_follow_up_carries_on():
    x = extract_text(_AFTER_NAMED, published="2024-03-19")
    chaired = edges(x, RelationKind.CHAIRED)
    follow_up = next(n for n in meeting_names(x).values() if n.endswith("续会"))
    party_group = next(n for n in meeting_names(x).values() if n.endswith("党组会议"))
    assert chaired == {("邢建新", follow_up), ("裴玉", party_group)}, chaired
    assert (party_group, follow_up) in edges(x, RelationKind.RELAYED)


@pytest.mark.parametrize("present, named", [
    ("市应急管理局副局长邬海燕，南海救助局、海警等单位负责同志参加会议。", {"邬海燕"}),
    ("市应急管理局副局长邬海燕，水利局、气象局等有关部门负责同志参加会议。", {"邬海燕"}),
    # a list of names that goes on after the comma is still names
    ("市应急管理局副局长邬海燕、柯明远等参加会议。", {"邬海燕", "柯明远"}),
])
def test_round54_units_listed_after_a_post_holder_are_no_names(present, named):
    x = extract_text("4月2日，市海上搜救中心召开全体成员会议。" + present, published="2024-04-02")
    assert {o.name for o in x.officials} == named
