"""Classes of sentences found on reports the rules were not written from (one row per class).

Every sentence here is written for the test; names and places are invented or generic.
"""
import pytest

from kg.extract import extract
from kg.extract.jurisdiction import infer
from kg.ingest import make_report
from kg.records import NodeKind, RelationKind
from kg.resolve import resolve


def run(text: str, published: str | None = "2023-08-12", path: str = "t.txt"):
    return extract(make_report(path, text, published=published))


def names(ex) -> set[str]:
    return {o.name for o in ex.officials}


def meeting_labels(ex) -> dict[str, object]:
    return {m.name: m for m in ex.meetings}


def edges(ex, kind) -> set[tuple[str, str]]:
    labels = {m.key: m.name for m in ex.meetings}
    return {(r.subject if kind is not RelationKind.RELAYED else labels[r.subject], labels[r.object])
            for r in ex.relations if r.kind is kind}


# ---------------------------------------------------------------- officials
@pytest.mark.parametrize("text, name", [
    # a four-character name after a post (Yi names: the surname list vouches for 3 at most)
    ("8月1日，州委常委会召开会议。州委副书记、州长吉木拉惹，州委常委孙明出席会议。", "吉木拉惹"),
    # a name whose surname is not listed, right after a post, closed by a verb or a comma
    ("8月1日，旗委常委会召开会议。旗委副书记、旗人大常委会主任娜仁图雅，副旗长孙明出席会议。", "娜仁图雅"),
    ("8月1日，盟里召开视频会议。盟委副书记、盟长朝鲁门在会上讲话。", "朝鲁门"),
    # a rank written as a post (副厅级干部)
    ("8月1日，市委召开会议。市政府党组成员、副厅级干部孙明出席会议。", "孙明"),
])
def test_names_a_post_vouches_for(text, name):
    assert name in names(run(text))


@pytest.mark.parametrize("text, not_a_name", [
    # a title after a name: what follows it is not a name
    ("8月1日，县委常委会召开会议，传达学习习近平总书记重要讲话精神。县委书记孙明主持会议。", "重要"),
    ("成绩的取得，在于习近平总书记英明领导、掌舵领航。8月1日，县委召开会议。", "英明领导"),
    # a post title is not a name (县长, 副旗长 are not places 代县, 副旗 either)
    ("8月1日，县委召开会议。县委副书记、代县长孙明出席会议。", "代县长"),
])
def test_no_name_from_words_after_a_title(text, not_a_name):
    assert not_a_name not in names(run(text))


@pytest.mark.parametrize("text, forbidden", [
    ("8月1日，旗委召开会议。旗委常委、副旗长孙明，副旗长周丽出席会议。", "副旗"),
    ("8月1日，县委召开会议。县委副书记、代县长孙明，代县长周丽出席会议。", "代县"),
])
def test_a_post_is_not_a_county(text, forbidden):
    assert forbidden not in infer(text).places


def test_lingxue_is_taking_part():
    ex = run("8月1日，县委理论学习中心组举行专题学习会。县委常委、宣传部部长周丽领学了讲话原文。")
    assert {name for name, _ in edges(ex, RelationKind.ATTENDED)} == {"周丽"}


# ---------------------------------------------------------------- dates and names of meetings
@pytest.mark.parametrize("text, label, date", [
    # a meeting over several days is dated by its first day
    ("8月10日至11日，中国共产党某某市第九届委员会第三次全体会议召开。", "中国共产党某某市第九届委员会第三次全体会议", "2023-08-10"),
    ("8月10日上午至11日，市委经济工作会议召开。", "市委经济工作会议", "2023-08-10"),
])
def test_date_ranges(text, label, date):
    assert meeting_labels(run(text))[label].date == date


@pytest.mark.parametrize("text, label", [
    # a closing session keeps its numbered congress (十届 is not a verb before 全国)
    ("8月1日，县委常委会召开会议，传达学习习近平总书记在十届全国人大二次会议闭幕会上的重要讲话精神。",
     "十届全国人大二次会议闭幕会"),
    # a document coordinated before a meeting is not part of its name
    ("8月1日，县委常委会召开会议。会议传达学习了中央一号文件和省委农村工作会议精神。", "省委农村工作会议"),
])
def test_meeting_names(text, label):
    assert label in meeting_labels(run(text))


# ---------------------------------------------------------------- scopes in autonomous regions
def test_quanqu_in_a_city_of_an_autonomous_region_is_the_region():
    text = ("8月1日，全区安全生产电视电话会议召开后，银川市立即召开续会。银川市委书记孙明主持续会。")
    ex = run(text)
    assert meeting_labels(ex)["全区安全生产电视电话会议"].jurisdiction == "宁夏回族自治区"


def test_quanmeng_is_the_league_a_banner_report_watched():
    ex = run("8月1日，在收听收看锡林郭勒盟牧区工作视频会议后，某某旗召开旗委牧区工作领导小组会议。"
             "孙明、周丽等旗领导在旗分会场收听收看了全盟会议。旗委书记孙明主持会议。")
    labels = meeting_labels(ex)
    assert "全盟会议" not in labels
    own = next(m for m in ex.meetings if "旗委" in m.name)     # (某某旗委…: the banner is named)
    watched = next(m for m in ex.meetings if m.name.startswith("锡林郭勒盟"))
    chaired = {(r.subject, r.object) for r in ex.relations if r.kind is RelationKind.CHAIRED}
    attended = {(r.subject, r.object) for r in ex.relations if r.kind is RelationKind.ATTENDED}
    # watching a meeting held earlier does not make it the one 主持会议 speaks of
    assert chaired == {("孙明", own.key)}
    assert ("周丽", watched.key) in attended


def test_zai_x_shang_sets_the_meeting_of_the_sentence():
    ex = run("8月1日上午，全区防汛工作电视电话会议召开后，银川市立即召开续会，传达学习会议精神。"
             "市委书记孙明主持续会。在全区会议上，孙明、周丽等市领导在银川分会场参加会议。")
    region_meeting = next(m for m in ex.meetings if m.name.startswith("全区"))
    attended = {(r.subject, r.object) for r in ex.relations if r.kind is RelationKind.ATTENDED}
    assert {("孙明", region_meeting.key), ("周丽", region_meeting.key)} <= attended


# ---------------------------------------------------------------- one meeting per real meeting
def test_short_xuhui_is_the_xuhui_already_named():
    ex = run("8月1日上午，全省防汛工作电视电话会议召开，某某县在县分会场组织收听收看。会议结束后，"
             "我县紧接着收听收看了岳阳市防汛工作续会。8月2日，县委书记孙明主持召开全县防汛工作专题会议，"
             "传达学习全省防汛工作电视电话会议和岳阳市续会精神。")
    assert sum("续会" in m.name for m in ex.meetings) == 1


def test_an_organ_short_form_is_not_the_other_meeting_of_its_level():
    ex = run("8月4日，在收听收看全省防汛工作视频调度会议后，某某县立即召开续会，"
             "传达学习中央政治局常务委员会会议精神和省委常委会会议精神。县委书记孙明主持续会。")
    sources = {b for a, b in edges(ex, RelationKind.RELAYED)}
    assert {"全省防汛工作视频调度会议", "省委常委会会议", "中央政治局常务委员会会议"} <= sources


@pytest.mark.parametrize("text, absent", [
    # a headline summing up 省 and 市 meetings the body names in full
    ("县委常委会传达学习省市会议精神\n8月5日，县委常委会召开会议，传达学习省委常委会会议精神和"
     "常德市委常委会扩大会议精神。县委书记孙明主持会议。", {"省会议", "市会议"}),
])
def test_bare_summary_references_make_no_meeting(text, absent):
    assert not absent & set(meeting_labels(run(text)))


def test_headline_names_the_first_held_meeting_of_its_scope():
    ex = run("某某县召开防汛工作会议\n8月4日下午，某某县收听收看全省防汛工作视频调度会议。"
             "会议结束后，某某县立即召开续会，传达学习会议精神。孙明主持续会并讲话。")
    county = [m for m in ex.meetings if m.jurisdiction != "全国" and "全省" not in m.name]
    assert len(county) == 1 and county[0].date == "2023-08-04"


# ---------------------------------------------------------------- across reports
def test_a_meeting_held_after_with_no_date_joins_the_next_days_meeting():
    province = run("8月3日，省委常委会召开会议。省委书记孙明主持会议。会后，省防汛抗旱指挥部召开"
                   "全省防汛工作视频调度会议。（湖南日报记者 周某）", published="2023-08-03", path="p.txt")
    city = run("8月4日上午，在收听收看全省防汛工作视频调度会议后，岳阳市委常委会召开扩大会议。"
               "市委书记周丽主持会议。", published="2023-08-04", path="c.txt")
    c = resolve([province, city])
    video = [n for n in c.nodes if n.kind is NodeKind.MEETING and "视频调度" in n.label]
    assert len(video) == 1 and video[0].date == "2023-08-04"


def test_the_holding_report_names_the_merged_meeting():
    province = run("湖南省委常委会召开会议\n8月3日，省委常委会召开会议。省委书记孙明主持会议。（湖南日报记者 周某）",
                   published="2023-08-03", path="p.txt")
    refs = [run(f"8月{d}日，{city}市委常委会召开会议，传达学习省委常委会会议精神。市委书记周丽主持会议。",
                published=f"2023-08-0{d}", path=f"{city}.txt") for d, city in ((4, "岳阳"), (5, "常德"))]
    c = resolve([province, *refs])
    labels = {n.label for n in c.nodes if n.kind is NodeKind.MEETING}
    assert "湖南省委常委会会议" in labels and "省委常委会会议" not in labels
