"""Round 45: a ministry named with its head's post (住房和城乡建设部部长) is a body of the report,
as a bureau is; each line of a 参加会议的有 list (X分会场：县委书记甲，县长乙) seats its
officials at the meeting; 会前，与会人员收听收看了Y is an aside: the next sentence is about the
meeting again; a task's words (保护传承利用) and an organ's (自治区党委全面依法治区委员会) stay
inside a meeting's name; a speech at the meeting told just before is relayed by the one a sentence
holds; 甲随即召开X is chaired; 乌兰出席 ends the name after the compound surname."""
import pytest
from extraction_probe import body_names, edges, extract_text, meeting_names

from kg.records import RelationKind


@pytest.mark.parametrize("text, body", [
    ("会上，住房城乡建设部部长戚明哲通报了全国保交房工作进展。", "住房和城乡建设部"),
    ("中国人民银行副行长上官怡作了说明。", "中国人民银行"),
    ("国家金融监督管理总局副局长王明出席会议。", "国家金融监督管理总局"),
])
def test_round45_a_ministry_named_with_its_head_s_post_is_a_body(text, body):
    assert body in body_names(text)


def test_round45_a_state_council_leader_s_post_names_no_body():
    assert "国务院" not in body_names("国务院副总理张明出席会议并讲话。")


def test_round45_each_venue_line_seats_its_officials():
    x = extract_text("3月12日下午，全省扫黑除恶常态化斗争电视电话会议召开。参加会议的有：\n"
                     "颍上县分会场：县委书记韦建华，县委副书记、县长窦晓丽；\n"
                     "阜南县分会场：县委书记汪大勇，县委副书记、县长柏杨。", published="2024-03-13")
    attended = {o for o, _ in edges(x, RelationKind.ATTENDED)}
    assert {"韦建华", "窦晓丽", "汪大勇", "柏杨"} <= attended, attended


def test_round45_a_name_after_a_venue_line_s_verb_keeps_that_verb():
    x = extract_text("3月12日下午，全省安全生产电视电话会议召开。颍上县分会场：县委书记韦建华讲话，县长窦晓丽主持。",
                     published="2024-03-13")
    assert ("窦晓丽", "全省安全生产电视电话会议") in edges(x, RelationKind.CHAIRED)


def test_round45_the_attendees_after_a_before_the_meeting_aside_are_the_meeting_s():
    x = extract_text("6月13日上午，县委书记吴越主持召开县委常委会会议，传达学习全市生态保护工作会议精神。"
                     "会前，与会人员集体收听收看了全省生态环境保护督察整改工作视频会议。"
                     "县人大常委会主任徐国强、县政协主席邵红列席会议。", published="2024-06-14")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("徐国强", "县委常委会会议") in attended and ("邵红", "县委常委会会议") in attended, attended


def test_round45_a_before_the_meeting_paragraph_still_goes_on_about_its_meeting():
    x = extract_text("6月13日上午，县委常委会召开会议。县委书记吴越主持会议。\n"
                     "会前，全市安全生产视频调度会召开。副市长王刚出席会议。", published="2024-06-14")
    assert ("王刚", "全市安全生产视频调度会") in edges(x, RelationKind.ATTENDED)


@pytest.mark.parametrize("text, name", [
    ("6月12日，省大运河文化保护传承利用工作领导小组会议在济南召开。", "省大运河文化保护传承利用工作领导小组会议"),
    ("6月20日，市司法局党组召开会议，传达学习自治区党委全面依法治区委员会第五次会议精神。",
     "自治区党委全面依法治区委员会第五次会议"),
])
def test_round45_a_task_s_or_an_organ_s_words_stay_in_the_name(text, name):
    names = meeting_names(extract_text(text, published="2024-06-21")).values()
    assert any(n.endswith(name) for n in names), names


def test_round45_a_relay_verb_after_a_party_committee_still_ends_the_words_before():
    x = extract_text("2月27日，海口海关党委召开会议，传达学习全省口岸工作领导小组会议精神。", published="2024-02-28")
    names = set(meeting_names(x).values())
    assert not any("传达" in n for n in names), names


def test_round45_a_speech_at_the_meeting_just_told_is_relayed_by_the_one_held_next():
    x = extract_text("中央经济工作会议12月11日至12日在北京举行。\n"
                     "连日来，各地召开党委常委会会议，传达学习习近平总书记在中央经济工作会议上的重要讲话精神。",
                     published="2024-12-15")
    assert [n for n in meeting_names(x).values() if n == "中央经济工作会议"] == ["中央经济工作会议"], meeting_names(x)


def test_round45_a_meeting_held_in_the_sentence_relays_a_speech_at_its_namesake():
    x = extract_text("8月20日，市委召开民营企业座谈会，学习贯彻习近平总书记在民营企业座谈会上的重要讲话精神。",
                     published="2024-08-21")
    relayed = edges(x, RelationKind.RELAYED)
    assert len(relayed) == 1 and all(a != b for a, b in relayed), relayed
    assert len(x.meetings) == 2, meeting_names(x)


def test_round45_an_official_who_convenes_a_meeting_right_away_chairs_it():
    x = extract_text("5月22日，全市会议召开。市长甘立诚出席会议并讲话，管委会主任莫晓岚主持会议。"
                     "会后，莫晓岚随即召开片区管委会专题会议，对任务逐项分解。", published="2024-05-23")
    assert ("莫晓岚", "片区管委会专题会议") in edges(x, RelationKind.CHAIRED), edges(x, RelationKind.CHAIRED)


@pytest.mark.parametrize("sentence, name", [
    ("省领导何雨辰、单可欣、乌兰出席。", "乌兰"),
    ("副市长欧阳明出席会议。", "欧阳明"),
])
def test_round45_a_word_right_after_a_compound_surname_ends_the_name(sentence, name):
    x = extract_text("3月1日，县委常委会召开会议。县委书记王强主持会议。" + sentence, published="2024-03-02")
    assert name in {o.name for o in x.officials}, [o.name for o in x.officials]
