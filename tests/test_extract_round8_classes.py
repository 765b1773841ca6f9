"""Round 8 extraction classes (found on two sets written without sight of the code), one
row per class, each with short sentences written for the test."""
import pytest
from extraction_probe import check_meeting_names, edges, extract_text

from kg.extract.dates import Anchor
from kg.extract.meeting_names import find as find_names
from kg.records import RelationKind

def ex(text, published="2024-05-10"):
    return extract_text(text, published, head="四川日报\n")


# (class, text, meeting names that must be there, names that must not)
MEETINGS = [
    ("planned-not-held",                 # 会议决定，近期召开X: decided, not yet held
     "5月6日，省委书记甲某主持召开省委常委会会议。会议决定，近期召开全省防汛工作视频会议。",
     {"省委常委会会议"}, {"全省防汛工作视频会议"}),
    ("date-inside-name",                 # 在中共中央政治局4月30日会议上
     "5月6日，省委书记甲某主持召开省委常委会会议，传达学习习近平总书记在中共中央政治局4月30日会议上的重要讲话精神。",
     {"中共中央政治局会议"}, {"中共中央政治局4月30日会议"}),
    ("holder-of-the-next",               # X联席会议召开第一次全体会议: X is a body
     "1月18日，市促进民营经济发展工作联席会议召开2024年第一次全体会议，副市长乙某主持会议。",
     {"市促进民营经济发展工作联席会议2024年第一次全体会议"}, {"市促进民营经济发展工作联席会议"}),
    ("scope-after-conjunction",          # …批示要求和全省调度会部署: the name starts at its scope
     "6月20日，州委召开防汛会议，贯彻落实省委书记丙某关于防汛工作的批示要求和全省调度会部署。",
     {"全省调度会"}, {"批示要求和全省调度会"}),
    ("ba-is-no-name",                    # 要把会议部署转化为…: 把 is a verb, no meeting 把会议
     "12月29日，县公安局召开党委会议。会议指出，全县公安机关要把会议部署转化为具体举措。",
     set(), {"把会议"}),
    ("short-tail-same-scope",            # 全省联席会议 = the 全省X联席会议 named before
     "1月18日，市工作专班召开会议，传达学习1月9日召开的全省促进民营经济发展工作联席会议精神。"
     "会议要求，对照全省联席会议部署逐条落实。",
     {"全省促进民营经济发展工作联席会议"}, {"全省联席会议"}),
]


@pytest.mark.parametrize("case, text, present, absent", MEETINGS, ids=[c[0] for c in MEETINGS])
def test_round8_meeting_classes(case, text, present, absent):
    check_meeting_names(ex(text), present, absent)


def test_held_on_day_dates_the_meeting():
    x = ex("1月18日，市联席会议召开全体会议，传达学习1月9日召开的全省促进民营经济发展工作联席会议精神。",
           published="2024-01-19")
    assert any(m.name.endswith("全省促进民营经济发展工作联席会议") and m.date == "2024-01-09" for m in x.meetings)


def test_year_span_is_no_single_year_hint():
    # 《三年行动方案（2024—2026年）》 names two years: neither dates an undated report
    assert Anchor.of("要落实《安全生产三年行动方案(2024—2026年)》。", None).year_hint is None
    assert Anchor.of("2024年工作要点", None).year_hint == 2024


def test_prefecture_word_is_a_scope():
    spans = find_names("黔东南州立即召开州防汛抗旱指挥部调度会")
    assert spans and spans[-1].level == "市"


# (class, text, (official, meeting name ending) attended, chaired)
ROLES = [
    ("at-the-meeting-just-named",        # …省委常委会会议精神和省委书记乙某在会上的讲话
     "5月8日，市委书记甲某主持召开市委常委会会议，传达学习5月6日省委常委会会议精神和省委书记乙某在会上的讲话要求。",
     ("乙某", "省委常委会会议"), ("甲某", "市委常委会会议")),
    ("this-meeting-again",               # a side meeting before; 本次常委会会议 brings the main one back
     "5月22日上午，省十四届人大常委会第十二次会议在成都开幕。省人大常委会主任甲某主持会议。"
     "会议开幕前，甲某主持召开省人大常委会党组会议，传达学习省委常委会会议精神。"
     "本次常委会会议的主要议程是审议条例草案。省人大常委会副主任乙某出席会议。",
     ("乙某", "十四届人大常委会第十二次会议"), ("甲某", "十四届人大常委会第十二次会议")),
    ("scene-without-zai",                # 全省调度会上，NAME通报…: a role at that meeting
     "6月20日晚，在收听收看全省防汛抗旱视频调度会后，州里立即召开续会。州长甲某主持会议。"
     "全省调度会上，副省长乙某通报了全省雨情汛情。",
     ("乙某", "全省防汛抗旱视频调度会"), ("甲某", "续会")),
    ("names-then-post-with-deng",        # 甲、乙、丙等省委常委出席会议
     "5月6日，省委书记甲某主持召开省委常委会会议。欧阳文丽、柯岚、司马建华等省委常委出席会议。",
     ("司马建华", "省委常委会会议"), ("甲某", "省委常委会会议")),
    ("convener-post",                    # …联席会议召集人NAME主持会议
     "1月18日，市促进民营经济发展工作联席会议召开第一次全体会议。市委常委、常务副市长、"
     "市促进民营经济发展工作联席会议召集人林海峰主持会议。副市长、联席会议副召集人吴敏就贯彻落实作了具体安排。",
     ("吴敏", "第一次全体会议"), ("林海峰", "第一次全体会议")),
]


@pytest.mark.parametrize("case, text, attended, chaired", ROLES, ids=[c[0] for c in ROLES])
def test_round8_role_classes(case, text, attended, chaired):
    x = ex(text)
    got_attended = edges(x, RelationKind.ATTENDED)
    got_chaired = edges(x, RelationKind.CHAIRED)
    assert any(p == attended[0] and m.endswith(attended[1]) for p, m in got_attended), got_attended
    assert any(p == chaired[0] and m.endswith(chaired[1]) for p, m in got_chaired), got_chaired


# (class, text, relays that must be there, relays that must not), as (later ending, earlier ending)
RELAYS = [
    ("bare-scope-meeting-is-not-the-organs",   # 全省会议 is the 全省X视频会议, not 省委常委会会议
     "5月10日下午，全省防汛减灾视频会议召开。会议贯彻落实省委常委会会议部署。"
     "全省会议结束后，我县立即召开续会。县委书记甲某主持续会。",
     {("续会", "全省防汛减灾视频会议")}, {("续会", "省委常委会会议")}),
    ("own-sitting-is-followed-not-relayed",    # 常务会议结束后，接着召开专题会议
     "5月8日，省长甲某主持召开省政府第48次常务会议，传达学习国务院常务会议精神。"
     "常务会议结束后，甲某接着主持召开全省防汛减灾专题会议。",
     {("省政府第48次常务会议", "国务院常务会议")},
     {("全省防汛减灾专题会议", "国务院常务会议"), ("全省防汛减灾专题会议", "省政府第48次常务会议")}),
]


@pytest.mark.parametrize("case, text, present, absent", RELAYS, ids=[c[0] for c in RELAYS])
def test_round8_relay_classes(case, text, present, absent):
    got = edges(ex(text), RelationKind.RELAYED)

    def has(pair):
        return any(a.endswith(pair[0]) and b.endswith(pair[1]) for a, b in got)
    assert all(has(p) for p in present), got
    assert not any(has(p) for p in absent), got


# (class, text, official names that must be there, that must not)
OFFICIALS = [
    ("member-units-are-no-name",         # 成员单位工作汇报: 成员 + 单位 is one noun
     "1月18日，市联席会议召开全体会议，听取成员单位工作汇报。各成员单位要抓好落实。副市长甲某出席会议。",
     {"甲某"}, {"单位工", "单位要", "单位"}),
    ("preposition-after-name",           # 副局长邱明对《方案》作了解读: 对 closes the name
     "12月18日，市教育局召开推进会议。会上，副局长邱明对《三年行动方案》作了解读。",
     {"邱明"}, {"邱明对"}),
]


@pytest.mark.parametrize("case, text, present, absent", OFFICIALS, ids=[c[0] for c in OFFICIALS])
def test_round8_official_classes(case, text, present, absent):
    found = {o.name for o in ex(text).officials}
    assert present <= found and not found & absent, found


def test_post_after_deng_is_each_listed_names_post():
    # 甲、乙、丙等省委常委出席会议: the post after 等 is each one's (so the person can be joined
    # with the same 省委常委 named with posts in another report)
    x = ex("5月6日，省委书记甲某主持召开省委常委会会议。欧阳文丽、柯岚、司马建华等省委常委出席会议。")
    posts = {o.name: o.posts for o in x.officials}
    assert all(posts[n] and posts[n][0].endswith("省委常委") for n in ("欧阳文丽", "柯岚", "司马建华")), posts
