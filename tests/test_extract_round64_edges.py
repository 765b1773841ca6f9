"""Round 64: who is an official. An Inner Mongolian township's or village's head (苏木达, 嘎查达)
is a post, and a township (X苏木) before a post is no name; 字 and 贠 are surnames; 市政府领导
vouches for the names listed after it; a place's short name that reads as a name (安庆) before a
post is a place; 推介 follows a name; 学校、车站等人员密集场所 lists places, not people; a county written in
full (婺源县县长) keeps its place in another province's report, and no municipality has a 副省长."""
import pytest
from extraction_probe import extract_text


@pytest.mark.parametrize("text, names", [
    ("锡尼河东苏木苏木达巴雅尔图在分会场汇报了防火准备情况。", ["巴雅尔图"]),
    ("苏木党委书记吉日木图主持会议。", ["吉日木图"]),
    ("大理州委常委、副州长字国斌现场观摩演练。", ["字国斌"]),
    ("县委常委、副县长贠建涛出席会议。", ["贠建涛"]),
    ("市政府领导乌兰、郝建明、史润平出席会议。", ["乌兰", "郝建明", "史润平"]),
    ("宣城军分区司令员贺建章对全年征兵工作作具体部署。", ["贺建章"]),
    ("遂川县副县长邬晓光推介狗牯脑茶。", ["邬晓光"]),
    ("要在学校、医院、车站等人员密集场所加快部署预警终端。", []),
], ids=["sumuda", "sumu-before-post", "zi", "yun", "government-leaders", "place-before-post", "tuijie", "places-deng"])
def test_round64_who_is_an_official(text, names):
    x = extract_text("3月5日，全盟森林草原防火工作会议召开。\n" + text, published="2024-03-06", head="呼伦贝尔市人民政府\n")
    assert [o.name for o in x.officials] == names, [(o.name, o.posts) for o in x.officials]


def test_round64_a_county_written_in_full_keeps_its_place_in_another_province_s_report():
    x = extract_text("昨天，2024江西茶叶品牌（上海）推介会在上海举行。副省长闵卫华出席并致辞。\n推介环节，婺源县县长程雪推介"
                     "婺源绿茶。", published="2024-05-10", head="上海市人民政府\n")
    posts = {o.name: (o.posts, o.jurisdiction) for o in x.officials}
    assert posts["程雪"] == (("婺源县县长",), "江西省上饶市婺源县"), posts
    assert posts["闵卫华"][0] == ("副省长",), posts     # a municipality has no 副省长 of its own
