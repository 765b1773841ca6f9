"""Round 72: a prefecture's own page (临夏回族自治州人民政府 on its first line) is that prefecture's,
however often it names its 东西部协作 partner municipality; 甲和乙在全省、全市X会议上的讲话: as many
speakers as scopes, each spoke at its own."""
from extraction_probe import edges, extract_text

from kg.records import RelationKind


def test_round72_a_prefecture_s_own_page_names_a_partner_city_more_often():
    x = extract_text("10月11日，州长马永明主持召开州政府第67次常务会议，研究东西部协作工作。\n"
                     "会议指出，在天津市东西部协作工作队的支持下，全州协作工作稳步推进。要组织劳动力到天津市稳定就业，"
                     "推动特色农产品进入天津市场。对照《2024年甘肃省东西部协作工作要点》抓好落实。",
                     published="2024-10-12", head="临夏回族自治州人民政府\n首页 > 政务动态\n")
    assert x.jurisdiction == "甘肃省临夏回族自治州"


def test_round72_two_speakers_at_two_scopes_each_at_its_own():
    x = extract_text("3月5日，县委常委会召开会议。会议要求，全县上下要认真贯彻省委书记、省级总田长韦正阳和市委书记、"
                     "市级总田长罗晟在全省、全市总田长会议上的讲话要求。", published="2024-03-06")
    assert {e for e in edges(x, RelationKind.ATTENDED)} == {("韦正阳", "全省总田长会议"), ("罗晟", "全市总田长会议")}


def test_round72_one_speaker_before_two_scopes_keeps_the_first():
    x = extract_text("3月5日，县委常委会召开会议。会议要求，全县上下要认真贯彻省委书记韦正阳在全省、全市总田长会议上的讲话要求。",
                     published="2024-03-06")
    assert edges(x, RelationKind.ATTENDED) == {("韦正阳", "全省总田长会议")}
