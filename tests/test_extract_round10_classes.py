"""Round 10 extraction classes: general mechanisms (a name's end, a follow-up's name, a chair
in a relative clause, run-together scopes...), one row per class, with short reports written
for the test."""
import pytest
from extraction_probe import check_edge, check_meeting_names, extract_text
from extraction_probe import meeting_names as names

from kg.ingest import make_report
from kg.records import RelationKind

CHAIRED, ATTENDED, RELAYED = RelationKind.CHAIRED, RelationKind.ATTENDED, RelationKind.RELAYED


def ex(text, published="2024-06-20", head="某某日报\n"):
    return extract_text(text, published, head)


def dates(x):
    return {m.name: m.date for m in x.meetings}


# (class, text, edge kind, edge that must be there)
EDGES = [
    ("dated-organ-sitting",             # 中共中央政治局4月30日会议: the date sits inside the name
     "5月10日，市长甲某主持召开市政府常务会议，落实中共中央政治局4月30日会议部署。",
     RELAYED, ("市政府常务会议", "中共中央政治局会议")),
    ("relay-about-a-topic",             # X会议关于Y工作的部署要求
     "5月8日，市委书记甲某主持召开市委常委会会议，传达学习中央农村工作会议精神和省委常委会会议"
     "关于巩固拓展脱贫攻坚成果工作的部署要求。",
     RELAYED, ("市委常委会会议", "省委常委会会议")),
    ("follow-up-in-the-same-sentence",  # X召开，会后我省紧接着召开续会: the follow-up relays X
     "5月16日下午，国务院召开全国防汛抗旱工作电视电话会议，会后我省紧接着召开续会。",
     RELAYED, ("省防汛抗旱工作续会", "全国防汛抗旱工作电视电话会议")),
    ("chair-in-a-relative-clause",      # 6月11日甲某总书记主持召开的X
     "6月14日，市委书记乙某主持召开市委全面深化改革委员会第八次会议，传达学习6月11日"
     "赵文明总书记主持召开的中央全面深化改革委员会第五次会议精神。",
     CHAIRED, ("赵文明", "中央全面深化改革委员会第五次会议")),
    ("premier-title-after-name",        # 学习李某总理…主持召开的X: 习 ends the verb
     "5月20日，省长乙某主持召开省政府第三十八次常务会议，传达学习李明总理5月10日主持召开的国务院常务会议精神。",
     CHAIRED, ("李明", "国务院常务会议")),
    ("place-before-the-chair-verb",     # 4月23日在某地主持召开X时的重要讲话: no place in X's name
     "5月7日，省长乙某主持召开省政府党组会议，传达学习赵文明总书记4月23日在重庆主持召开"
     "新时代推动西部大开发座谈会时的重要讲话精神。",
     CHAIRED, ("赵文明", "新时代推动西部大开发座谈会")),
    ("date-before-at",                  # 4月23日在X上的讲话: a speaker at X
     "5月9日，市委书记乙某主持召开市委常委会会议，传达学习赵文明总书记4月23日在新时代推动"
     "西部大开发座谈会上的重要讲话精神。",
     ATTENDED, ("赵文明", "新时代推动西部大开发座谈会")),
]


@pytest.mark.parametrize("case, text, kind, edge", EDGES, ids=[c[0] for c in EDGES])
def test_round10_edges(case, text, kind, edge):
    check_edge(ex(text), kind, edge)


def test_dated_organ_sitting_and_relative_clause_give_the_day():
    got = dates(ex("5月10日，市长甲某主持召开市政府常务会议，落实中共中央政治局4月30日会议部署。"))
    assert got.get("中共中央政治局会议", "").endswith("04-30"), got
    got = dates(ex("5月20日，省长乙某主持召开省政府第三十八次常务会议，传达学习李明总理5月10日主持召开的国务院常务会议精神。"))
    assert got.get("国务院常务会议", "").endswith("05-10"), got


# (class, text, meeting names that must be there, names that must not)
MEETINGS = [
    ("sequence-before-the-holder",      # 会后我省…召开续会: 会后 is no part of the holder
     "5月16日下午，国务院召开全国防汛抗旱工作电视电话会议，会后我省紧接着召开续会。",
     {"省防汛抗旱工作续会"}, {"会后我省续会"}),
    ("follow-up-joined-after",          # X会议暨全省续会: two meetings
     "我县收听收看全国防汛抗旱工作电视电话会议暨全省续会\n"
     "5月16日下午，国务院召开全国防汛抗旱工作电视电话会议。",
     {"全国防汛抗旱工作电视电话会议"}, {"全国防汛抗旱工作电视电话会议暨全省续会"}),
    ("verb-phrase-before-a-clear-scope",  # 把思想和行动统一到全国会议: 全国会议 is the meeting
     "5月16日，县长甲某主持召开全县防汛工作专题会议，传达学习全国防汛工作会议精神。"
     "甲某指出，要把思想和行动统一到全国会议部署上来。",
     {"全国防汛工作会议"}, {"思想和行动统一到全国会议"}),
    ("bare-kind-refers-back",           # 在座谈会上 after the 座谈会 named in full
     "5月6日，省委书记甲某主持召开省委常委会会议，传达学习钱思源总书记在新时代推动西部大开发座谈会上的"
     "重要讲话精神。会议指出，钱思源总书记在座谈会上的重要讲话，为做好工作提供了根本遵循。",
     {"新时代推动西部大开发座谈会"}, {"座谈会"}),
    ("generic-higher-meetings",         # 上级会议精神: no meeting of its own
     "5月17日，镇党委书记甲某主持召开镇党委会议。会议要求，把上级会议精神落实到村组。",
     {"镇党委会议"}, {"上级会议"}),
]


@pytest.mark.parametrize("case, text, present, absent", MEETINGS, ids=[c[0] for c in MEETINGS])
def test_round10_meeting_classes(case, text, present, absent):
    check_meeting_names(ex(text), present, absent)


def test_follow_up_takes_the_work_topic_of_the_meeting_it_continues():
    x = ex("7月10日，省防汛抗旱指挥部召开全省防汛工作视频调度会议。市委书记甲某在分会场参加会议。"
           "全省会议结束后，我市立即召开续会。甲某主持续会并讲话。")
    assert any(n.endswith("市防汛工作续会") for n in names(x).values()), names(x)


def test_run_together_scopes_are_the_meetings_named_in_the_body():
    x = ex("某镇召开党委会议传达学习全国全省防汛抗旱会议精神\n"
           "5月17日，镇党委书记甲某主持召开镇党委会议，传达学习全国防汛抗旱工作电视电话会议和"
           "全省防汛抗旱工作会议精神。")
    found = set(names(x).values())
    assert not any("全国全省" in n for n in found), found
    assert len([n for n in found if n.startswith("全国")]) == 1, found


def test_a_meeting_a_national_leader_chaired_is_the_nations():
    x = ex("5月7日，省长乙某主持召开省政府党组会议，传达学习赵文明总书记4月23日主持召开"
           "新时代推动西部大开发座谈会时的重要讲话精神。")
    m = next(m for m in x.meetings if m.name.endswith("座谈会"))
    assert m.jurisdiction == "全国"


# (class, text, official names that must be there, names that must not)
OFFICIALS = [
    ("interpunct-name-in-a-post-list",  # 省领导甲、叶尔波拉提·哈力木、乙出席
     "5月7日，省长甲某主持召开省政府党组会议。省领导孟一涛、叶尔波拉提·哈力木、陶婉清出席。",
     {"叶尔波拉提·哈力木", "孟一涛", "陶婉清"}, {"哈力木"}),
    ("two-character-word-after-name",   # 孙岚关于…的汇报: 关 is no part of the name
     "5月6日，省委书记甲某主持召开省委常委会会议。会议听取了省委常委、常务副省长孙岚关于经济运行情况的汇报。",
     {"孙岚"}, {"孙岚关"}),
    ("preposition-after-name",          # 王芳围绕…作交流发言
     "5月23日，县委书记甲某主持召开县委常委会会议。县委常委、组织部部长王芳围绕学习主题作交流发言。",
     {"王芳"}, set()),
    ("assistant-is-a-post",             # 县长助理，各乡镇…负责同志: no names
     "5月24日，县长甲某主持召开县政府常务会议。县政府党组成员、县长助理，各乡镇、县直有关部门主要负责同志列席会议。",
     set(), {"助理", "各乡镇"}),
    ("armed-forces-post",               # 武装部长周某及其他班子成员
     "5月17日，镇党委书记甲某主持召开镇党委会议。镇党委委员、武装部长周志红及其他班子成员参加会议。",
     {"周志红"}, set()),
]


@pytest.mark.parametrize("case, text, present, absent", OFFICIALS, ids=[c[0] for c in OFFICIALS])
def test_round10_official_classes(case, text, present, absent):
    found = {o.name for o in ex(text).officials}
    assert present <= found, found
    assert not found & absent, found


def test_a_page_dated_only_by_its_address_line():
    report = make_report("t.txt", "某某网\nwww.example.gov.cn/news/202405/t20240507_1234.html\n"
                                  "标题\n7日上午，县委书记甲某主持召开县委常委会会议。\n")
    assert report.published == "2024-05-07"
