"""Round 44: a verb and its object (推动会议精神落地) name no meeting; 和 before an organ's or a
whole place's meeting (合作协议和市政府常务会议) ends the words before the name; each official
of a list heard at a meeting (听取了副市长甲，检察长乙关于X的汇报) attends it; a county's full
name (桑植县县长), duty words (领导带班) and 长江 after a post's 长 are no officials' names; a
briefing on a meeting (X民主生活会情况通报会) is one name, the meeting held."""
import pytest
from extraction_probe import edges, extract_text

from kg.records import RelationKind

OPENING = "3月20日，县委常委会召开会议，传达学习全省基层减负工作会议精神。县委书记李明主持会议。\n"


@pytest.mark.parametrize("words", [
    "会议要求，以实干实绩推动会议精神在基层落地生根。",
    "李明强调，要推动会议精神落实落地。",
    "会议要求，全县上下要迅速宣传会议精神。",
])
def test_round44_a_verb_before_the_meeting_s_spirit_names_no_meeting(words):
    x = extract_text(OPENING + words, published="2024-03-21")
    assert sorted(m.name for m in x.meetings) == ["全省基层减负工作会议", "县委常委会会议"], \
        [m.name for m in x.meetings]


def test_round44_a_promotion_meeting_s_spirit_is_still_its_meeting():
    x = extract_text("3月20日，县委常委会召开会议，传达学习全省项目建设推进会议精神。县委书记李明主持会议。",
                     published="2024-03-21")
    assert "全省项目建设推进会议" in [m.name for m in x.meetings], [m.name for m in x.meetings]


# (case, the words before the relayed meeting, the relayed meeting)
AND_BEFORE = [
    ("an-agreement", "要对照两省新签订的合作协议和", "市政府常务会议"),
    ("a-report", "会议听取了一季度工作情况和", "省委常委会会议"),
]


@pytest.mark.parametrize("case, before, relayed", AND_BEFORE, ids=[c[0] for c in AND_BEFORE])
def test_round44_and_before_an_organ_s_meeting_ends_the_words_before(case, before, relayed):
    x = extract_text(f"5月8日，县政府召开常务会议。县长王强主持会议。会议强调，{before}{relayed}部署，抓好落实。",
                     published="2024-05-09")
    names = [m.name for m in x.meetings]
    assert any(n.endswith(relayed) and "和" not in n for n in names), names


def test_round44_a_scope_list_keeps_its_and():
    x = extract_text("5月8日，县委常委会召开会议，传达学习全国和全省中欧班列高质量发展推进会精神。县委书记王强主持会议。",
                     published="2024-05-09")
    names = [m.name for m in x.meetings]
    assert "全国中欧班列高质量发展推进会" in names and any(n.endswith("省中欧班列高质量发展推进会") for n in names), names


def test_round44_each_official_of_a_heard_list_attends():
    x = extract_text("1月20日，市委政法委员会召开全体会议。市委书记王强主持会议。会议听取了副市长、市公安局局长"
                     "靳卫国，市中级人民法院党组书记、院长柴明，市人民检察院党组书记、检察长房振东关于2025年重点工作的汇报。",
                     published="2025-01-21")
    attended = {o for o, _ in edges(x, RelationKind.ATTENDED)}
    assert {"靳卫国", "柴明", "房振东"} <= attended, attended


# (case, a list of speakers whose second post starts with a place whose first character is a surname)
PLACE_FIRST = [
    ("county", "慈利县委书记邹鸿、桑植县县长彭亚军、武陵源区区长李刚作表态发言。", ["邹鸿", "彭亚军", "李刚"]),
    ("county-city", "献县县委书记温少华、黄骅市市长鞠明辉作表态发言。", ["温少华", "鞠明辉"]),
]


@pytest.mark.parametrize("case, words, names", PLACE_FIRST, ids=[c[0] for c in PLACE_FIRST])
def test_round44_a_county_s_full_name_is_no_official(case, words, names):
    x = extract_text("3月1日，全市森林防火工作会议召开。市委书记王强主持会议。" + words, published="2024-03-02")
    assert sorted(o.name for o in x.officials) == sorted(["王强", *names]), [o.name for o in x.officials]


@pytest.mark.parametrize("words", [
    "市长王强指出，安庆地处长江下游，沿江岸线长、危化企业集中。",
    "会议要求，严格执行汛期值班值守制度，厅领导带班、处室负责同志24小时在岗。",
    "会议要求，县委书记联系乡镇、县领导分包河段。",
    "副厅长姜明出席会议，执法总队总队长邢宝利，厅机关各处室、直属单位主要负责同志列席会议。",
    "区领导邓晓梅、马志远，区政府办、区住房城乡建设局主要负责同志参加会议。",
    "区人大常委会主任闵德全、区政协主席孔令仪，区法院、区检察院主要负责同志列席会议。",
])
def test_round44_duty_words_and_the_yangtze_are_no_names(words):
    x = extract_text("3月1日，县委常委会召开会议。县委书记王强主持会议。" + words, published="2024-03-02")
    assert not {o.name for o in x.officials} - {"王强", "姜明", "邢宝利", "邓晓梅", "马志远", "闵德全", "孔令仪"}, [o.name for o in x.officials]


# (case, a sentence, the official it introduces): a common surname (赖), a verb that closes a name
# (解读, 讲解), posts of a brigade, a court and a chief economist
INTRODUCED = [
    ("surname-lai", "贡江镇镇长赖冬生作表态发言。", "赖冬生"),
    ("reads-out", "会上，县应急管理局局长侯文博解读了大检查方案。", "侯文博"),
    ("brigade", "县消防救援大队大队长郜鹏通报了全县今年以来火灾形势。", "郜鹏"),
    ("chief-auditor", "党委委员、总经济师区伟明，总审计师麦倩参加学习并作交流发言。", "麦倩"),
    ("court", "县人民法院韩城人民法庭庭长程蔚讲解了诉前调解。", "程蔚"),
    ("organ-chief-engineer", "省交通运输厅总工程师郝晓梅就交通工程领域欠薪治理作了安排。", "郝晓梅"),
    ("compound-surname-before-deng", "开发区领导于洋、贾思远、乌兰等参加会议。", "乌兰"),
    ("concerned-leaders", "市级有关领导尹光明、邰丽、陈志等，各成员单位主要负责人参加会议。", "邰丽"),
]


@pytest.mark.parametrize("case, words, name", INTRODUCED, ids=[c[0] for c in INTRODUCED])
def test_round44_an_official_after_a_post_is_found(case, words, name):
    x = extract_text("3月1日，县委常委会召开会议。县委书记王强主持会议。" + words, published="2024-03-02")
    assert name in [o.name for o in x.officials], [o.name for o in x.officials]


def test_round44_a_briefing_on_a_meeting_is_the_meeting_held():
    # 召开X民主生活会情况通报会: the briefing is held, the 民主生活会 is its topic (and 召开 no part of it)
    x = extract_text("县委召开常委班子2024年度民主生活会情况通报会\n日前，县委召开常委班子2024年度民主生活会情况通报会，"
                     "传达市委常委班子2024年度民主生活会精神。县委书记任学礼主持会议。县委副书记、县长姚婧，县政协主席令狐婷出席会议。",
                     published="2025-01-27")
    briefing = "县委常委班子2024年度民主生活会情况通报会"
    assert briefing in [m.name for m in x.meetings], [m.name for m in x.meetings]
    assert {("姚婧", briefing), ("令狐婷", briefing)} <= edges(x, RelationKind.ATTENDED), edges(x, RelationKind.ATTENDED)
