"""Round 62: a meeting named for the national review a city prepares for (全市迎接全国文明城市…
誓师大会) and one named for the campaign (全区学习贯彻习近平新时代中国特色社会主义思想…工作会议)
keep their verbs; 召开X会议续会 holds the follow-up and relays X, not X too; 甲指出，党中央召开X tells
of the nation's meeting; 全市上下要以全省会议, 建立月度例会 and …的重点任务和省领导小组会议 start no
name where a meeting's does not."""
import pytest
from extraction_probe import extract_text, meeting_names

from kg.extract.meeting_events import clause_start, kind, without_followed
from kg.extract.meeting_names import find


@pytest.mark.parametrize("text, name", [
    ("6月19日，区委常委会召开会议，传达学习全市迎接全国文明城市年度测评誓师大会精神。",
     "全市迎接全国文明城市年度测评誓师大会"),
    ("9月12日上午，全区学习贯彻习近平新时代中国特色社会主义思想第二批主题教育工作会议召开。",
     "全区学习贯彻习近平新时代中国特色社会主义思想第二批主题教育工作会议"),
], ids=["review-prepared-for", "campaign"])
def test_round62_a_verb_of_the_topic_stays_in_the_name(text, name):
    x = extract_text(text, published="2024-06-20", head="南宁市人民政府\n")
    assert name in meeting_names(x).values(), meeting_names(x)


def test_round62_a_follow_up_named_after_a_meeting_relays_it_and_holds_nothing_else():
    text = "在收听收看全省卫生健康大会后，我县随即召开全县卫生健康大会续会，传达学习全省会议精神。"
    spans = find(text)
    kinds = [kind(text, sp, clause_start(text, sp.start)) for sp in spans]
    assert dict(zip((sp.name for sp in spans), kinds))["全县卫生健康大会"] == "held"
    kept, kinds = without_followed(spans, kinds)
    assert dict(zip((sp.name for sp in kept), kinds)) == {
        "全省卫生健康大会": "prior", "全县卫生健康大会": "relay", "全县卫生健康大会续会": "held", "全省会议": "relay"}


def test_round62_the_nation_s_meeting_told_in_a_speech_is_its_own():
    x = extract_text("4月11日，省委召开全省学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议。省委书记管振川"
                     "出席会议并讲话。\n管振川指出，4月3日，党中央召开学习贯彻习近平新时代中国特色社会主义思想主题教育工作"
                     "会议，为我们开展好主题教育指明了方向。", published="2023-04-12", head="山西省人民政府\n")
    assert len(x.meetings) == 2 and any(m.jurisdiction == "全国" for m in x.meetings), \
        [(m.name, m.jurisdiction) for m in x.meetings]


@pytest.mark.parametrize("text, absent", [
    ("全市上下要以全省会议为动员令，严格落实耕地保护党政同责。", "全市上下要以全省会议"),
    ("领导小组办公室要加强统筹协调，建立月度例会和问题交办制度。", "月度例会"),
    ("会议强调，要聚焦联席会议确定的重点任务和省领导小组会议提出的工作要求，细化项目清单。", "重点任务和省领导小组会议"),
], ids=["whole-city-subject", "instituted", "task-and"])
def test_round62_words_before_a_meeting_noun_are_no_name(text, absent):
    x = extract_text("3月5日，市委召开常委会会议。\n" + text, published="2024-03-06", head="邵阳市人民政府\n")
    assert not any(n.endswith(absent) for n in meeting_names(x).values()), meeting_names(x)
