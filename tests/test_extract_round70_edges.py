"""Round 70: a verb's 了 or the preposition 由 before a post never ends a name written before a
title (传达了省委书记甲的批示, 续会由县委副书记乙主持: 达了 and 续会由 are no names), so the official
after the post is found whatever follows. 参加全省会议并出席调度会 (no comma before 并) is present at both;
who reports 受市政府委托 to a meeting is there."""
import pytest
from extraction_probe import edges, extract_text

from kg.records import RelationKind


@pytest.mark.parametrize("text, name", [
    ("3月1日，县政府召开全县工作会议。会议传达了省委书记王承宇的批示要求。", "王承宇"),
    ("3月1日，县政府召开全县工作会议。会议宣读了省委常委、市委书记邢家森对经济普查工作的批示。", "邢家森"),
    ("县纪委全会结束后，随即召开续会。续会由县委副书记占小燕主持。", "占小燕"),
], ids=["relayed-instruction", "read-out", "chaired-by"])
def test_round70_no_verb_or_preposition_ends_a_name_before_a_title(text, name):
    assert name in {o.name for o in extract_text(text, published="2024-03-02").officials}


def test_round70_present_at_one_meeting_and_then_the_next():
    x = extract_text("6月7日，全省长三角一体化发展工作会议召开。会后，我市随即召开长三角一体化发展工作调度会。市委书记孙立主持调度会。"
                     "市领导江海、俞敏芝在市分会场参加全省会议并出席调度会。", published="2024-06-08")
    assert {m for o, m in edges(x, RelationKind.ATTENDED) if o == "俞敏芝"} == {
        "全省长三角一体化发展工作会议", "市长三角一体化发展工作调度会"}, edges(x, RelationKind.ATTENDED)


def test_round70_who_reports_on_another_s_behalf_is_there():
    x = extract_text("12月24日，市人大常委会召开第二十六次会议。会议听取了市审计局局长巫晓丽受市人民政府委托所作的"
                     "关于2023年度审计查出问题整改情况的报告。", published="2024-12-25")
    assert ("巫晓丽", "市人大常委会第二十六次会议") in edges(x, RelationKind.ATTENDED), edges(x, RelationKind.ATTENDED)


def test_round70_an_instruction_read_out_places_its_author_nowhere():
    x = extract_text("3月22日，全市防震减灾工作会议召开。会议宣读了市委书记蒲建中对全市防震减灾工作的批示要求。市长甘立出席。",
                     published="2024-03-23")
    assert "蒲建中" in {o.name for o in x.officials}
    assert {o for o, _ in edges(x, RelationKind.ATTENDED)} == {"甘立"}, edges(x, RelationKind.ATTENDED)
