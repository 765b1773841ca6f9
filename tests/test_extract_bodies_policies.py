"""Bodies (canonical, with jurisdiction) and policies (canonical cores)."""
import pytest

from kg.extract import extract
from kg.ingest import make_report


def run(text: str):
    return extract(make_report("t.txt", text))


def bodies(text: str) -> dict[str, str | None]:
    return {b.name: b.jurisdiction for b in run(text).bodies}


def policies(text: str) -> dict[str, str]:
    return {p.key: p.name for p in run(text).policies}


def test_central_short_forms_are_one_canonical_body():
    found = bodies("3月1日，市委召开会议，要求坚决贯彻党中央、国务院决策部署。")
    assert found["中共中央"] == "全国" and found["国务院"] == "全国"


def test_short_forms_take_the_reports_province():
    found = bodies("江苏：3月1日，省委常委会召开会议。会议要求，认真落实省委、省政府部署要求。")
    assert found["中共江苏省委"] == "江苏省"
    assert found["江苏省人民政府"] == "江苏省"
    assert found["中共江苏省委常委会"] == "江苏省"


def test_unknown_province_keeps_the_written_form_and_no_jurisdiction():
    found = bodies("3月1日，市里召开会议，要求落实省委、省政府部署。")
    assert found == {"省委": None, "省政府": None}


def test_department_of_the_reports_county():
    found = bodies("5月9日，东安县组织收看全省防汛工作会议。会议要求，教育局等相关部门要加强巡查。")
    assert "东安县教育局" in found


@pytest.mark.parametrize("text", [
    "宁化在县政府三楼会议室设立分会场收听收看。",     # a building, not the organ
    "市委常委、市政府副市长参加会议。",               # posts, not organs
    "会议还研究了干部任免事宜。（县政府办）",          # a byline
])
def test_not_bodies(text):
    assert bodies("3月1日，县里召开会议。" + text) == {}


def test_policy_canonical_cores():
    found = policies("3月1日，市里召开会议。会议要求，坚持“动态清零”总方针，压实“四方”责任，落实“四早”要求，"
                     "认真执行进一步优化防控工作的二十条措施和第九版防控方案，做到“四应四尽”。")
    assert found == {"动态清零": "动态清零总方针", "四方": "四方责任", "四早": "四早要求",
                     "二十条措施": "二十条措施", "第九版防控方案": "第九版防控方案", "四应四尽": "四应四尽"}


def test_one_policy_however_written():
    a = policies("3月1日，市里召开会议，落实“四方责任”和二十条优化措施。")
    b = policies("3月1日，市里召开会议，落实“四方”责任和“二十条”。")
    assert set(a) == {"四方", "二十条措施"} and set(b) >= {"四方"}


def test_documents_in_book_marks_but_not_articles_or_papers():
    found = policies("3月1日，会议学习了《政府工作报告》和《关于做好春耕工作的通知》，"
                     "传达学习了评论员文章《实干才能出实绩》，并通报了《人民日报》的报道。")
    assert set(found) == {"政府工作报告", "关于做好春耕工作的通知"}


@pytest.mark.parametrize("text", [
    "整治“层层加码”“一刀切”。",                         # practices criticised, not policies
    "增强“时时放心不下”的责任感。",                      # 责任感 is not 责任
    "贯彻“最大程度保护人民生命安全和身体健康，最大限度减少影响”的要求。",   # a sentence, not a name
    "结合县“两会”各项要求。",                            # a meeting
])
def test_quoted_phrases_that_are_not_policies(text):
    assert policies("3月1日，市里召开会议。" + text) == {}
