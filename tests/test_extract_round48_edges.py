"""Round 48: the next-generation care committee's short form (关工委); a rare surname that is also
a function word (把) after a post; meetings said relative to the report's quarter; the main
venue's sitting is the meeting held; a document reviewed names its review meeting (《X县志》终审会);
an interpunct inside a meeting's name; 交流了 as a speaker's verb; 着 inside no name; a unit
organ's back-reference to its widened sitting; a meeting held right after the report's own one
carries it on."""
import pytest
from extraction_probe import check_meeting_names, edges, extract_text, meeting_names

from kg.records import RelationKind


def test_round48_the_care_committee_s_short_and_full_names_are_one_meeting_across_reports():
    from kg.extract import extract
    from kg.ingest import make_report
    from kg.records import NodeKind
    from kg.resolve import resolve
    texts = (("霍邱县关工委召开全体会议\n4月3日，县关工委召开全体会议，传达学习省关工委五届四次全体会议精神。"
              "县关工委主任濮志清主持会议。", "2024-04-04"),
             ("省关心下一代工作委员会召开全体会议\n3月14日，安徽省关心下一代工作委员会五届四次全体会议在合肥召开。"
              "省关工委主任柯慧敏主持会议。", "2024-03-15"))
    corpus = resolve([extract(make_report(f"r{i}.txt", t, published=d)) for i, (t, d) in enumerate(texts)])
    meetings = [n.label for n in corpus.nodes if n.kind is NodeKind.MEETING]
    assert len(meetings) == 2, meetings


@pytest.mark.parametrize("name, core", [("省关工委全体会议", "关心下一代工作委员会全体会"),
                                        ("县关工委第三次会议", "关心下一代工作委员会第三次会")])
def test_round48_care_committee_short_forms_compare_as_their_full_forms(name, core):
    from kg.extract.name_scope import core as core_of, split_scope
    assert core_of(split_scope(name)[1]) == core


def test_round48_a_function_word_surname_starts_a_name_right_after_a_post():
    x = extract_text("6月13日，市自然资源局召开党组会议。局党组成员、副局长把文斌出席会议。")
    assert "把文斌" in {o.name for o in x.officials}


def test_round48_the_function_word_after_a_post_stays_a_word():
    x = extract_text("6月13日，县委召开常委会会议。县委书记把党建工作放在首位，县长郗明远出席会议。")
    assert {o.name for o in x.officials} == {"郗明远"}


@pytest.mark.parametrize("when", ["下季度", "下月", "本季度"])
def test_round48_a_meeting_said_relative_to_the_quarter_does_not_carry_that_word(when):
    x = extract_text(f"5月20日，街道召开联席会议，研究物业管理问题。街道将建立议定事项台账，{when}联席会议逐项通报办理结果。",
                     published="2024-05-21")
    assert not any(when in n for n in meeting_names(x).values()), meeting_names(x)


def test_round48_attending_the_main_venue_s_sitting_is_attending_the_meeting_held():
    x = extract_text("3月24日，全市史志工作会议以视频形式召开。市委副秘书长霍启明、市政府副秘书长景芳等参加主会场会议；"
                     "颍上县委副书记麻晓东在颍上县分会场参加会议。", published="2024-03-25")
    attended = edges(x, RelationKind.ATTENDED)
    assert ("霍启明", "全市史志工作会议") in attended and ("景芳", "全市史志工作会议") in attended, attended
    check_meeting_names(x, ["全市史志工作会议"], {"主会场会议"})


@pytest.mark.parametrize("head", ["终审会", "评审会"])
def test_round48_a_document_reviewed_names_its_review_meeting(head):
    x = extract_text(f"8月17日，由省地方志工作办公室组织的《筠连县志（2006—2020）》{head}在筠连召开。"
                     "县委书记伍晓岚主持会议。", published="2023-08-18")
    chaired = edges(x, RelationKind.CHAIRED)
    assert ("伍晓岚", f"《筠连县志(2006—2020)》{head}") in chaired, chaired


def test_round48_a_document_studied_is_no_meeting_name_without_its_head_right_after():
    x = extract_text("8月17日，县委召开常委会会议，学习《中国共产党纪律处分条例》，县委书记伍晓岚主持会议。",
                     published="2023-08-18")
    assert not any("《" in n for n in meeting_names(x).values()), meeting_names(x)


@pytest.mark.parametrize("sentence, meeting", [
    ("4月16日，市国资委党委召开“党建引领·国企担当”座谈会。市国资委党委书记、主任褚建平主持会议。",
     "国资委党委党建引领·国企担当座谈会"),
    ("昨天下午，县委常委、常务副县长褚建平主持召开2024嫘祖故里·盐亭半程马拉松赛筹备工作调度会。",
     "2024嫘祖故里·盐亭半程马拉松赛筹备工作调度会"),
])
def test_round48_an_interpunct_inside_a_meeting_s_name_keeps_it_whole(sentence, meeting):
    chaired = edges(extract_text(sentence, published="2024-04-17"), RelationKind.CHAIRED)
    assert any(c == "褚建平" and m.endswith(meeting) for c, m in chaired), chaired


def test_round48_a_speaker_who_exchanged_his_practice_attended():
    x = extract_text("4月16日，市国资委召开国企党建座谈会。座谈会上，市水务集团党委副书记、总经理尹卓结合企业实际，"
                     "交流了推进党建入章的做法。", published="2024-04-17")
    attended = edges(x, RelationKind.ATTENDED)
    assert any(o == "尹卓" for o, _ in attended), attended


def test_round48_a_verb_phrase_after_a_post_is_no_name():
    x = extract_text("4月16日，市国资委召开国企党建座谈会。帮扶村村民代表说，国企派驻的第一书记带着大家种花椒、搞电商，"
                     "日子越过越红火。", published="2024-04-17")
    assert not {o.name for o in x.officials}, x.officials


def test_round48_a_unit_organ_s_back_reference_is_its_widened_sitting():
    x = extract_text("3月13日上午，省体育局党组书记、局长阙志恒主持召开局党组（扩大）会议，传达学习全省全民健身工作电视电话"
                     "会议精神。\n党组会议结束后，阙志恒随即主持召开局长办公会议，对全年重点工作进行了具体分工。",
                     published="2024-03-14")
    names = set(meeting_names(x).values())
    assert "党组会议" not in names, names
    relayed = edges(x, RelationKind.RELAYED)
    assert ("局长办公会议", "局党组(扩大)会议") in relayed, relayed


def test_round48_a_meeting_held_later_without_right_after_does_not_carry_the_own_one_on():
    x = extract_text("3月13日上午，省体育局党组书记、局长阙志恒主持召开局党组会议，研究全年工作。\n3月20日，阙志恒主持召开"
                     "局长办公会议，对全年重点工作进行了具体分工。", published="2024-03-21")
    assert not edges(x, RelationKind.RELAYED)


def test_round48_a_party_committee_s_military_affairs_meeting_is_a_meeting():
    x = extract_text("1月26日上午，六都寨镇召开党委议军会，传达学习全县征兵工作会议精神，专题研究全镇征兵工作。"
                     "镇党委书记阮清平主持会议。", published="2024-01-27")
    relayed = edges(x, RelationKind.RELAYED)
    assert ("六都寨镇党委议军会", "全县征兵工作会议") in relayed, relayed


@pytest.mark.parametrize("first", ["江西·共青城  共青城市人民政府", "中国·共青城　共青城市人民政府门户网站",
                                   "共青城市人民政府"])
def test_round48_a_county_level_city_s_site_after_its_logo_words_places_the_report(first):
    x = extract_text("8月5日上午，九江市科技创新大会召开。我市设分会场组织收听收看。在收听收看九江市科技创新大会后，"
                     "我市随即召开续会，传达学习大会精神。市委书记鲁天翼主持续会。", published="2024-08-06",
                     head=first + "\n")
    chaired = edges(x, RelationKind.CHAIRED)
    assert chaired == {("鲁天翼", "共青城市续会")}, chaired


def test_round48_the_organs_working_committee_is_no_care_committee():
    from extraction_probe import body_names
    found = body_names("甘肃省人民政府\n全省机关党建工作会议召开\n会上，兰州市委常委、秘书长，市直机关工委书记欧阳敏"
                       "作交流发言。省关工委主任李明出席。")
    assert "市直机关工委" not in found, found
