"""Round 70: a verb's 了 or the preposition 由 before a post never ends a name written before a
title (传达了省委书记甲的批示, 续会由县委副书记乙主持: 达了 and 续会由 are no names), so the official
after the post is found whatever follows."""
import pytest
from extraction_probe import extract_text


@pytest.mark.parametrize("text, name", [
    ("3月1日，县政府召开全县工作会议。会议传达了省委书记王承宇的批示要求。", "王承宇"),
    ("3月1日，县政府召开全县工作会议。会议宣读了省委常委、市委书记邢家森对经济普查工作的批示。", "邢家森"),
    ("县纪委全会结束后，随即召开续会。续会由县委副书记占小燕主持。", "占小燕"),
], ids=["relayed-instruction", "read-out", "chaired-by"])
def test_round70_no_verb_or_preposition_ends_a_name_before_a_title(text, name):
    assert name in {o.name for o in extract_text(text, published="2024-03-02").officials}
