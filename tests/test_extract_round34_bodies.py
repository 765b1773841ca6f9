"""Round 34 (bodies): the party committee's newer departments and commissions (社会工作部, 科技委员会
and its office, 老干部局, 编委); national working organs scoped 全国/国家; a committee's office
(X委员会办公室) as a body of its own; the 区 of an area or zone (成渝地区, 示范区) is no level word, and
a 党政联席会议 or a joint of two places is no standing organ."""
import pytest

from extraction_probe import body_names


@pytest.mark.parametrize("text, present, absent", [
    # party committee departments and commissions, filled with their place
    ("近日，江西省委社会工作部召开部务会议。", {"中共江西省委社会工作部"}, {"中共江西省委"}),
    ("湖南省委科技委员会办公室印发工作细则。", {"中共湖南省委科技委员会办公室"}, {"北川市委科技委员会"}),
    ("福建省委科技办负责同志出席。会议由福建省委科技办召集。", {"中共福建省委科技委员会办公室"}, set()),
    ("安徽省委老干部局召开座谈会。", {"中共安徽省委老干部局"}, {"中共安徽省委"}),
    ("江西省委编委召开2024年第一次会议。", {"中共江西省委机构编制委员会"}, set()),
    ("自治区党委社会工作部挂牌成立。", {"自治区党委社会工作部"}, set()),
    # national working organs
    ("6月25日，国家禁毒委员会召开全国禁毒工作电视电话会议。", {"国家禁毒委员会"}, set()),
    ("会议传达学习全国双拥工作领导小组全体会议精神。", {"全国双拥工作领导小组"}, set()),
    ("大熊猫国家公园管理机构召开座谈会，国家公园协同保护委员会出席。", set(), {"国家公园协同保护委员会"}),
    # a committee's office is its own body
    ("近日，湖南省禁毒委员会办公室印发通知。", {"湖南省禁毒委员会办公室"}, {"湖南省禁毒委员会"}),
    ("全国爱国卫生运动委员会办公室召开会议。", {"全国爱国卫生运动委员会办公室"}, set()),
    # a national group's post and a name after it are no task: the local group is read alone
    ("全国文物普查领导小组组长王强率省普查领导小组检查工作。", {"全国文物普查领导小组"},
     {"全国文物普查领导小组组长王强率省普查领导小组"}),
])
def test_organ_kinds(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, wrong", [
    # the 区 of 地区/示范区/片区 is no level word: no district's organ is read from it
    ("推动江淮地区协同发展党政联席会议第三次会议召开。", "区"),
    ("江北融合发展示范区党政联席会议第五次会议召开。", "区"),
    ("岷山片区川甘毗邻地区协同保护联席会议召开。", "区"),
    # two places side by side: a joint of both, not the second place's organ
    ("推动江淮地区协同发展安徽江苏党政联席会议召开。", "江苏"),
    # a 党政联席会议 is a sitting of the party and government leaders
    ("镇党政联席会议召开，研究部署秋冬种工作。", "党政联席会议"),
])
def test_not_organs(text, wrong):
    found = body_names(text)
    assert not any(wrong in b and b.endswith(("联席会议", "委员会")) for b in found), found


@pytest.mark.parametrize("text, present", [
    ("喀什地区防汛指挥部召开会议。", "喀什地区防汛指挥部"),
    ("广西壮族自治区防汛指挥部召开会议。", "广西壮族自治区防汛指挥部"),
    ("会议由市信访工作联席会议召集。", "市信访工作联席会议"),
])
def test_scopes_still_read(text, present):
    assert present in body_names(text)
