"""Round 41: 学习运用 begins a campaign's meeting name (全省学习运用“千万工程”经验现场推进会), not
a verb before it; a headline of two lines (县委常委会召开会议 / 会后随即召开全县X会议) names two
meetings, and the second is the body's held meeting whose name holds it, not the first."""
import pytest
from extraction_probe import extract_text, meeting_names

from kg.records import RelationKind

# (case, text, the whole name kept, the relay: (relaying name ends, relayed name))
CAMPAIGN_NAMES = [
    ("held",
     "8月17日，全省学习运用“千万工程”经验现场推进会在黄山市召开。省委书记王明出席并讲话。",
     "全省学习运用千万工程经验现场推进会", None),
    ("relayed",
     "8月18日，市委常委会召开会议，传达学习全省学习运用“千万工程”经验现场推进会精神。市委书记李强主持会议。",
     "全省学习运用千万工程经验现场推进会", "市委常委会会议"),
]


@pytest.mark.parametrize("case, text, name, relaying", CAMPAIGN_NAMES, ids=[c[0] for c in CAMPAIGN_NAMES])
def test_round41_study_and_apply_stays_in_the_name(case, text, name, relaying):
    x = extract_text(text, published="2023-08-19")
    names = {n.replace("“", "").replace("”", "") for n in meeting_names(x).values()}
    assert name in names and not any(n.startswith("运用") for n in names), names
    if relaying:
        relays = {(meeting_names(x)[r.subject], meeting_names(x)[r.object].replace("“", "").replace("”", ""))
                  for r in x.relations if r.kind is RelationKind.RELAYED}
        assert any(a.endswith(relaying) and b == name for a, b in relays), relays


TWO_LINE_HEADLINE = (
    "县委常委会召开会议 传达学习全省总田长会议精神\n会后随即召开全县总田长会议\n"
    "3月18日上午，县委常委会召开会议，传达学习全省总田长会议精神。县委书记焦明主持会议。\n"
    "会后，随即召开全县总田长会议暨耕地保护工作调度会。县长聂蓉主持会议。")


def test_round41_second_headline_line_is_the_later_meeting():
    x = extract_text(TWO_LINE_HEADLINE, published="2024-03-19")
    by_name = {m.name: m for m in x.meetings}
    standing = [m for m in x.meetings if m.name.endswith("常委会会议")]
    field = [m for m in x.meetings if "总田长会议暨" in m.name]
    assert len(standing) == 1 and len(field) == 1, list(by_name)
    assert "全县总田长会议" in field[0].aliases and "全县总田长会议" not in standing[0].aliases, list(by_name)


# (written scope, level, place): the report's own place (我县) and the spoken 省里 / 市里
SPOKEN_SCOPES = [
    ("我县续会", "县", None),
    ("本市防汛工作会议", "市", None),
    ("省里会议", "省", None),
    ("宿迁市里续会", "市", "宿迁市"),
]


@pytest.mark.parametrize("name, level, place", SPOKEN_SCOPES, ids=[c[0] for c in SPOKEN_SCOPES])
def test_round41_spoken_scopes(name, level, place):
    from kg.extract.name_scope import scope_of, split_scope
    scopes, rest = split_scope(name)
    assert len(scopes) == 1 and not rest.startswith(("里", "县", "市")), (scopes, rest)
    assert scope_of(scopes[0]) == (level, place)


def test_round41_our_county_follow_up_is_the_county_s():
    x = extract_text("农安县人民政府\n合隆镇召开人大主席团会议\n9月18日，合隆镇人大主席团召开会议，传达学习全省人大工作会议和"
                     "我县续会精神。镇人大主席甘淑霞主持会议。\n省里会议结束后，县里随即召开续会。", published="2024-09-19", head="")
    names = set(meeting_names(x).values())
    # (named after the one meeting it follows since round 58: 农安县人大工作续会)
    assert any(n.startswith("农安县") and n.endswith("续会") for n in names), names
    assert not any("里" in n or n.startswith("我") for n in names), names


# (the page's first line, (province, prefecture, county) or None): a county name two prefectures
# share is placed by the prefecture or province written before it; one a province has twice is not
PLACED_OWNERS = [
    ("天津市河东区人民政府", ("天津市", "天津市", "河东区")),
    ("临沂市河东区融媒体中心", ("山东省", "临沂市", "河东区")),
    ("南京市鼓楼区人民政府", ("江苏省", "南京市", "鼓楼区")),
    ("湖南省平江县人民政府", ("湖南省", "岳阳市", "平江县")),
    ("江苏省鼓楼区人民政府", None),
]


@pytest.mark.parametrize("first, placed", PLACED_OWNERS, ids=[c[0] for c in PLACED_OWNERS])
def test_round41_prefecture_places_a_shared_county_name(first, placed):
    from kg.extract.jurisdiction import infer
    region = infer(f"{first}\n区委常委会召开会议\n昨天，区委书记隋立新主持召开区委常委会会议。县长某某出席。")
    assert (region.province, region.prefecture, region.county) == placed if placed else region.county is None, region


def test_round41_shared_county_name_places_its_organs():
    x = extract_text("天津市河东区人民政府\n区委常委会召开会议\n昨天，区委书记隋立新主持召开区委常委会会议。"
                     "区委副书记、区长冉秋实出席会议。", published="2024-05-10", head="")
    assert {b.name for b in x.bodies} >= {"中共河东区委常委会"}, [b.name for b in x.bodies]


# (case, sentence, the meetings the speaker attended): a speech cited at a list of meetings, or
# after what else the same person said (关于X的重要论述和在Y上的重要讲话精神)
SPEECH_CITED_AT = [
    ("listed-meetings",
     "5月9日，省生态环境保护委员会召开全体会议，深入学习贯彻习近平总书记在全国生态环境保护大会、"
     "新时代推动中部地区崛起座谈会上的重要讲话精神。省长王明主持会议。",
     {"全国生态环境保护大会", "新时代推动中部地区崛起座谈会"}),
    ("after-a-discourse",
     "会议深入学习贯彻习近平总书记关于巡视工作的重要论述和在二十届中央纪委四次全会上的重要讲话精神。",
     {"二十届中央纪委四次全会"}),
    ("after-a-comma",
     "会议学习贯彻习近平总书记关于双城经济圈建设的重要讲话精神，以及在中央财经委员会第六次会议上的重要讲话精神。",
     {"中央财经委员会第六次会议"}),
]


@pytest.mark.parametrize("case, text, meetings", SPEECH_CITED_AT, ids=[c[0] for c in SPEECH_CITED_AT])
def test_round41_speech_cited_at_meetings(case, text, meetings):
    x = extract_text(text, published="2024-05-10")
    names = meeting_names(x)
    speaker = {o.key for o in x.officials if o.name == "习近平"}
    attended = {names[r.object] for r in x.relations if r.kind is RelationKind.ATTENDED and r.subject in speaker}
    assert attended == meetings, attended


def test_round41_headline_organ_names_the_enlarged_sitting():
    x = extract_text("贵州省林业局\n省林业局党组召开会议传达学习全国两会精神\n3月14日，省林业局党组书记、局长田敬松主持召开"
                     "局党组（扩大）会议，传达学习全国两会精神。", published="2024-03-15", head="")
    held = [m for m in x.meetings if "党组" in m.name]
    assert len(held) == 1 and held[0].jurisdiction, [(m.name, m.jurisdiction) for m in x.meetings]


def test_round41_plenary_sitting_of_a_numbered_session_is_that_session():
    x = extract_text("9月24日，福建省十四届人大常委会第十二次会议在福州开幕。省人大常委会主任林耀宗主持第一次全体会议。",
                     published="2024-09-25")
    names = list(meeting_names(x).values())
    assert names == ["福建省十四届人大常委会第十二次会议"], names
