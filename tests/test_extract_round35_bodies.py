"""Round 35 (bodies): a chief system's office (田长制办公室, 河长办) and the conscription office;
a working group's office written level + two characters + 办 (市普查办), read against the group
the report names; a national park's administration read whole; an organ written in brackets
right after another organ (省市场监管局（省知识产权局）) as a body of its own."""
import pytest

from extraction_probe import body_names


@pytest.mark.parametrize("text, present, absent", [
    # a chief system's office, written in full or short, is the system's office
    ("安徽省田长制办公室召开会议，部署春季巡田。", {"安徽省田长制办公室"}, set()),
    ("湖北省河湖长办印发通知。", {"湖北省河湖长制办公室"}, {"湖北省河湖长办"}),
    ("江西省林长办召开一季度工作调度会。", {"江西省林长制办公室"}, set()),
    # the conscription office every government keeps
    ("河南省征兵办要加强督导，河南省征兵办公室通报了情况。", {"河南省征兵办公室"}, set()),
])
def test_standing_offices(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present, absent", [
    # 省普查办 is the office of the one provincial group whose task holds 普查 in order
    ("近日，浙江省第七次全国人口普查领导小组召开会议。会议要求，省普查办要每周调度一次。",
     {"浙江省第七次全国人口普查领导小组办公室"}, set()),
    ("湖南省第五次全国经济普查领导小组召开全体会议，省经普办通报了进展。",
     {"湖南省第五次全国经济普查领导小组办公室"}, set()),
    # the short form and the full name of the same group: still one group
    ("湖南省第五次全国经济普查领导小组召开全体会议，省普查领导小组各成员单位参加，省普查办通报进展。",
     {"湖南省第五次全国经济普查领导小组办公室"}, set()),
])
def test_short_group_offices(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text", [
    "浙江省第七次全国人口普查领导小组召开会议，省统计局局长、省普查办主任王强通报情况。",  # only a post's words
    "省普查办要每周调度一次。",                                # no group named: nothing to read it against
    "浙江省人口普查领导小组召开会议，要求抓紧办理群众诉求，省普查办公室参加。",  # 办理, 办公室
])
def test_short_group_offices_not_read(text):
    found = body_names(text)
    assert not any(b.endswith("领导小组办公室") for b in found), found


@pytest.mark.parametrize("text, present, absent", [
    ("会上，青松岭国家公园管理局通报了巡护情况。", {"青松岭国家公园管理局"}, set()),
    ("青松岭国家公园湖南省管理局召开会议。", {"青松岭国家公园湖南省管理局"}, {"湖南省管理局"}),
    ("要配合青松岭国家公园管理局做好巡护。", {"青松岭国家公园管理局"}, {"要配合青松岭国家公园管理局"}),
    ("青松岭国家公园管理局白石分局开展联合巡护。", {"青松岭国家公园管理局白石分局"}, set()),
    # inside a post: held, not read, and no province organ is read from inside it
    ("青松岭国家公园湖南省管理局局长王强出席会议。", set(), {"湖南省管理局", "青松岭国家公园湖南省管理局"}),
])
def test_national_park_organs(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize("text, present, absent", [
    ("会议要求，湖南省市场监管局（省知识产权局）要牵头建立协同保护机制。", {"湖南省知识产权局"}, set()),
    ("会议要求，湖南省水利厅(省河长办)要对照考核指标逐月调度。", {"湖南省河长制办公室"}, set()),
    # a bare bracketed organ is a byline; after 民委 and before 党组书记 it is a post's
    ("湖南省政府研究了干部任免事宜。(县政府办)", set(), {"县政府办"}),
    ("听取了湖南省民委（宗教局）党组书记王强的汇报。", set(), {"湖南省宗教局", "宗教局"}),
])
def test_second_hat(text, present, absent):
    found = body_names(text)
    assert present <= found, found
    assert not absent & found, found
