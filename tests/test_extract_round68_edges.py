"""Round 68: speeches cited in a relaying meeting's words are placed at the meeting they were given
at: 在昨天召开的X上的讲话; 落实X部署和部长甲的讲话要求 (the meeting relayed just named); a second
speaker in a clause of its own (省委书记甲的讲话…，省长乙的部署要求…); 乙强调，市委书记甲的讲话… after
the sentence naming the meeting; 甲指出，刚才召开的X上，省长乙作了重要讲话. A speech only checked
against (逐条对照省委书记甲的讲话要求) places nobody; 县（市）区委书记 is no level of the report's own."""
import pytest
from extraction_probe import edges, extract_text, meeting_names

from kg.extract.jurisdiction import infer
from kg.records import RelationKind

ATTENDED = RelationKind.ATTENDED


def _at(x, official):
    return {m for o, m in edges(x, ATTENDED) if o == official}


@pytest.mark.parametrize("text, official, meeting", [
    ("4月17日，市委书记严立诚主持召开市委常委会会议。会议指出，省委书记邬建国在昨天召开的全省数字经济大会上的讲话，站位高远。",
     "邬建国", "全省数字经济大会"),
    ("10月29日下午，电影节组委会第二次会议结束后，我市随即召开续会。市委书记周宏文主持续会。"
     "周宏文要求，要认真落实组委会第二次会议部署和省委常委、宣传部部长司马兰的讲话要求。", "司马兰", "电影节组委会第二次会议"),
    ("8月18日，市委常委会召开会议。会议指出，17日召开的全省现场推进会，是一次重要会议。"
     "省委书记檀立新的讲话站位高远、内涵丰富，省长苗启明的部署要求具体明确。", "苗启明", "全省现场推进会"),
    ("12月23日上午，市委经济工作会议召开后，我县随即召开续会。县委书记司马青在分会场收听收看了市委经济工作会议。"
     "续会由县长陈赫主持，司马青就贯彻落实市委经济工作会议精神讲话。"
     "司马青强调，市委书记覃振山的讲话站位高远，全县上下要抓好落实。", "覃振山", "市委经济工作会议"),
    ("4月9日下午，省领导小组召开全体会议。会后，吉安市随即召开续会。市委书记罗定山主持。"
     "罗定山指出，刚才召开的省领导小组全体会议上，省长祁宏作了重要讲话。", "祁宏", "江西省领导小组全体会议"),
], ids=["yesterday", "relayed-just-named", "second-clause", "speaker-said-then-speech", "just-held-scene"])
def test_round68_a_cited_speech_is_at_the_meeting_it_was_given_at(text, official, meeting):
    x = extract_text(text, published="2024-04-18", head="某某日报\n")
    assert _at(x, official) == {meeting}, (edges(x, ATTENDED), meeting_names(x))


def test_round68_a_speech_only_checked_against_places_nobody():
    x = extract_text("11月8日下午，全省供暖保障电视电话会议召开。会后，我市随即召开续会。市长阚卫平主持续会。"
                     "全市各部门要逐条对照省委书记喻承明的讲话要求，把任务分解到县。", published="2023-11-09")
    assert _at(x, "喻承明") == set(), edges(x, ATTENDED)


def test_round68_county_and_district_secretaries_as_a_class_are_no_own_level():
    text = ("10月18日，齐齐哈尔市委常委会召开会议，研究供暖工作。市委书记仉宏远主持会议。会议强调，县（市）区委书记要亲自过问、县（市）区长要靠前指挥。"
            "龙江县县长米立在龙江县分会场汇报了准备情况。")
    assert infer(text).level == "市"


def test_round68_a_bare_kind_names_the_one_meeting_written_as_that_kind():
    x = extract_text("3月18日，全市机构改革工作推进视频会议召开。在收听收看全市会议后，我县随即召开县委编委会议，"
                     "就贯彻落实全市推进会精神作出安排。县委书记郗海平主持。郗海平说，市委书记焦振中在推进会上讲的要求，我们要认真领会。",
                     published="2024-03-19")
    assert not any(m.name == "推进会" for m in x.meetings), meeting_names(x)
    assert _at(x, "焦振中") == {"全市机构改革工作推进视频会议"}, edges(x, ATTENDED)
