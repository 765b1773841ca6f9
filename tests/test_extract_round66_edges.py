"""Round 66: a county-level city's plenum written in full (中国共产党兴化市第十二届纪律检查委员会
第四次全体会议) is the same sitting as its short form (市纪委十二届四次全会); a title worded as a task
keeps its verbs after the scope word (全国切实做好保交房工作视频会议), while a relay verb after one
does not (全市贯彻落实全国X会议精神); a county-level city's follow-up named in a township's report
(晋江市续会) is placed in that city; a chair who also holds the page's own post (苏州市委常委、太仓市委书记)
places the 市委常委会会议 he chairs in the page's city."""
import pytest
from extraction_probe import extract_text, meeting_names

from kg.extract.meeting_names import find
from kg.extract.meeting_plenum import same_sitting
from kg.extract.name_scope import core


def test_round66_a_county_level_city_s_plenum_written_in_full_is_its_short_form():
    assert same_sitting(core("中国共产党如皋市第十二届纪律检查委员会第四次全体会议"), core("市纪委十二届四次全会"))
    assert not same_sitting(core("中国共产党如皋市第十二届纪律检查委员会第四次全体会议"), core("市纪委十二届五次全会"))


@pytest.mark.parametrize("text, name", [
    ("传达学习中央政治局会议、全国切实做好保交房工作视频会议精神", "全国切实做好保交房工作视频会议"),
    ("会议传达学习了全省深入推进营商环境建设工作会议精神", "全省深入推进营商环境建设工作会议"),
    ("全市贯彻落实全国安全生产电视电话会议精神", "全国安全生产电视电话会议"),
    ("要切实做好全省防汛工作会议部署的各项任务", "全省防汛工作会议"),
], ids=["task-title", "deepen", "relay-verb-after-scope", "adverb-before-scope"])
def test_round66_words_after_a_scope_word(text, name):
    assert [s.name for s in find(text) if s.name.endswith("会议")][-1] == name


def test_round66_a_county_level_city_s_follow_up_named_in_a_township_report_is_placed():
    x = extract_text("3月3日上午，镇党委书记苏雅琦主持召开镇党委会议，传达学习2月26日全省民营经济高质量发展大会、2月27日"
                     "泉州市委常委会会议和石狮市续会精神。", published="2025-03-04", head="蚶江镇人民政府\n")
    follow_up = next(m for m in x.meetings if m.name.endswith("续会"))
    assert follow_up.jurisdiction and follow_up.jurisdiction.endswith("石狮市"), meeting_names(x)


def test_round66_a_chair_holding_the_page_s_own_post_places_the_sitting_there():
    x = extract_text("5月13日，苏州市委常委、太仓市委书记甄立川主持召开市委常委会会议，传达学习全省外资工作会议精神。",
                     published="2024-05-14", head="太仓市人民政府\n")
    sitting = next(m for m in x.meetings if m.name.endswith("常委会会议"))
    assert (sitting.name, sitting.jurisdiction) == ("太仓市委常委会会议", "江苏省太仓市"), meeting_names(x)
