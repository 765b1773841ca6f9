"""Round 21 (meetings and edges) classes: general mechanisms, one table per class, with short
reports written for the test: the page's own county places a report that names a partner
region more (东西部协作, 对口帮扶); 中央和省委X会议 (the 委 is the local organ's); a delegation's
deliberation (在参加…代表团审议时的讲话); a study group's numbered or kind-named sitting
(中心组第N次集体学习, 专题学习, 集中学习); a transliterated name's last part before a verb that
starts with its last character (…买提出席); 和 as a surname right after a post (部长和某某出席)."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.records import RelationKind

ATTENDED = RelationKind.ATTENDED


# (class, page's first line, text, a name some meeting must have, a name none may have)
PAGE_OWNER = [
    ("partner-city-named-more-than-the-own-county", "黎平县人民政府",
     "3月6日，县委常委会召开会议，传达学习省委农村工作会议精神。会议要求深化与珠海市的协作，"
     "珠海市对口帮扶工作组参加会议，原珠海市农业农村局副局长作说明。", "贵州省委农村工作会议", "广东省委农村工作会议"),
    ("partner-province-named-first", "会宁县人民政府",
     "4月2日，县政府召开常务会议，传达学习无锡市—甘肃省协作座谈会精神，学习贯彻省委农村工作会议精神。"
     "无锡市挂职干部参加会议。", "甘肃省委农村工作会议", "江苏省委农村工作会议"),
]


@pytest.mark.parametrize("case, first, text, present, absent", PAGE_OWNER, ids=[c[0] for c in PAGE_OWNER])
def test_round21_page_owner_county_places_the_report(case, first, text, present, absent):
    found = set(meeting_names(extract_text(text, head=first + "\n")).values())
    assert present in found and absent not in found, found


# (class, text, names that must be made, names that must not)
SCOPED_ORGANS = [
    ("central-and-provincial-committee", "会议要求，认真落实中央和省委经济工作会议部署。",
     {"中央经济工作会议", "省委经济工作会议"}, {"中央委经济工作会议"}),
    ("central-and-region-party-committee", "会议传达学习了中央和自治区党委农村工作会议精神。",
     {"中央农村工作会议", "自治区党委农村工作会议"}, {"中央党委农村工作会议"}),
]


@pytest.mark.parametrize("case, text, present, absent", SCOPED_ORGANS, ids=[c[0] for c in SCOPED_ORGANS])
def test_round21_local_organ_word_is_not_the_centres(case, text, present, absent):
    found = set(meeting_names(extract_text(text)).values())
    assert all(any(f.endswith(p) for f in found) for p in present) and not found & absent, found


DELEGATION = "3月9日，市委常委会召开会议，传达学习习近平总书记{day}在参加十四届全国人大二次会议浙江代表团审议时的重要讲话精神。"


@pytest.mark.parametrize("day", ["", "3月5日"])
def test_round21_delegation_deliberation_is_the_meeting_spoken_at(day):
    x = extract_text(DELEGATION.format(day=day), published="2024-03-10")
    assert ("习近平", "十四届全国人大二次会议浙江代表团审议") in edges(x, ATTENDED)
    assert any(b == "十四届全国人大二次会议浙江代表团审议" for _, b in edges(x, RelationKind.RELAYED))


def test_round21_deliberations_over_the_years_are_no_meeting():
    x = extract_text("会议指出，习近平总书记连续多年参加浙江代表团审议，对我省寄予厚望。")
    assert not any("代表团审议" in n for n in meeting_names(x).values())


# (class, text, the meeting's name must end with / contain this, names none may have)
STUDY_SITTINGS = [
    ("numbered-sitting-named-by-the-group", "1月9日，地委理论学习中心组召开2024年第2次集体学习，传达学习全国两会精神。",
     "地委理论学习中心组2024年第2次集体学习", {"2024年第2次集体学习"}),
    ("focused-study-after-a-number", "1月9日，市司法局党组理论学习中心组开展2024年第1次集中学习（扩大），"
     "传达学习全国两会精神。局党组书记李某某主持学习。", "理论学习中心组2024年第1次集中学习", set()),
    ("meeting-joined-to-a-topical-study", "日前，市审计局党组召开会议暨党组理论学习中心组专题学习，传达学习全国两会精神。",
     "党组会议暨党组理论学习中心组专题学习", set()),
    ("topical-study-then-an-enlarged-meeting", "近日，县委理论学习中心组举行安全生产专题学习（扩大）会议，传达学习全国两会精神。",
     "安全生产专题学习(扩大)会议", {"(扩大)会议"}),
]


@pytest.mark.parametrize("case, text, part, absent", STUDY_SITTINGS, ids=[c[0] for c in STUDY_SITTINGS])
def test_round21_study_group_sitting_is_named(case, text, part, absent):
    found = set(meeting_names(extract_text(text)).values())
    assert any(part in f for f in found) and not found & absent, found


@pytest.mark.parametrize("text", ["会议要求，各级理论学习中心组要组织专题学习，推动精神落地。",
                                  "市交通局党组理论学习中心组开展城乡交通一体化专题学习",
                                  "会议要求，局党委理论学习中心组专题学习新修订的条例。"])
def test_round21_study_as_a_verb_or_a_task_is_no_meeting(text):
    assert not any(n.endswith(("专题学习", "集中学习")) for n in meeting_names(extract_text(text)).values())


@pytest.mark.parametrize("text, name", [("副县长吐尔洪·艾买提出席会议。", "吐尔洪·艾买提"),
                                        ("县长买买提·阿不都拉提出要求。", "买买提·阿不都拉"),
                                        ("副州长古丽·吾斯曼提出要求。", "古丽·吾斯曼")])
def test_round21_transliterated_name_keeps_its_last_character_before_a_verb(text, name):
    x = extract_text("3月2日，县政府召开常务会议。" + text)
    assert name in {o.name for o in x.officials}, [o.name for o in x.officials]


@pytest.mark.parametrize("text, names", [("县人武部部长和立新出席会议。", {"和立新"}),
                                         ("副州长和海燕，州委常委李明远出席。", {"和海燕", "李明远"}),
                                         ("县委书记和县长出席会议。", set()),
                                         ("要选派好驻村第一书记和工作队。", set())])
def test_round21_he_is_a_surname_only_right_after_a_post(text, names):
    x = extract_text("3月2日，县政府召开常务会议。" + text)
    assert {o.name for o in x.officials} == names, [o.name for o in x.officials]
