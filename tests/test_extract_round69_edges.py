"""Round 69: a party group's sitting chaired by its secretary is named after its organ (省统计局党组
会议); a bare follow-up of a teleconference with no work topic takes the teleconference's name
(省第五次全国经济普查电视电话会议续会)."""
import pytest
from extraction_probe import extract_text, meeting_names


@pytest.mark.parametrize("text, name", [
    ("昨天上午，省统计局党组书记、局长詹志明主持召开党组会议，传达学习全省续会精神。", "省统计局党组会议"),
    ("昨天上午，市委常委、市政府党组书记、市长韩立主持召开党组会议，研究近期工作。", "市政府党组会议"),
], ids=["department", "government"])
def test_round69_a_party_group_s_sitting_is_named_after_its_organ(text, name):
    x = extract_text(text, published="2023-04-20")
    assert any(m.name.endswith(name) for m in x.meetings), meeting_names(x)


@pytest.mark.parametrize("held, follow_up", [
    ("国务院召开第五次全国经济普查电视电话会议", "第五次全国经济普查电视电话会议续会"),
    ("国务院召开全国安全生产工作电视电话会议", "省安全生产工作续会"),
], ids=["no-work-topic", "work-topic"])
def test_round69_a_bare_follow_up_is_named_after_what_it_carries_on(held, follow_up):
    x = extract_text(f"4月18日下午，{held}。会后，我省随即召开续会。副省长鄢国平出席并讲话。", published="2023-04-19",
                     head="湖北日报\n")
    assert any(m.name.endswith(follow_up) for m in x.meetings), meeting_names(x)
