"""Officials: names next to their posts, lists of leaders, titles after names, bylines."""
import pytest

from kg.extract import extract
from kg.ingest import make_report


def officials(text: str, published: str | None = None) -> dict[str, tuple[str, ...]]:
    ex = extract(make_report("t.txt", text, published=published))
    return {o.name: o.posts for o in ex.officials}


@pytest.mark.parametrize("sentence, name, posts", [
    # one post, jurisdiction filled from the report's own newspaper
    ("5月4日，省委常委会召开会议。省委书记高明远主持会议。（青海日报记者 马林）", "高明远", ("青海省委书记",)),
    # two posts split at 、 (autonomous region: 自治区 filled in)
    ("6月1日，自治区党委副书记、自治区主席蓝天宇主持会议。（广西日报记者 韦一）", "蓝天宇",
     ("广西壮族自治区党委副书记", "广西壮族自治区主席")),
    # 兼 joins two posts
    ("7月2日，国务院召开会议，国务委员兼国务院秘书长白一鸣主持会议。", "白一鸣", ("国务委员", "国务院秘书长")),
    # the name ends where a verb begins: 李倩参加 -> 李倩
    ("8月3日，县里召开会议。副县长李倩参加会议。", "李倩", ("副县长",)),
    # a three-character name before 出席
    ("8月3日，市里召开会议。副市长黄志强出席会议。", "黄志强", ("副市长",)),
    # a compound surname
    ("9月9日，县里召开会议。副县长欧阳晓明出席会议。", "欧阳晓明", ("副县长",)),
])
def test_name_with_posts(sentence, name, posts):
    assert officials(sentence)[name] == posts


def test_names_sharing_a_post_after_it():
    found = officials("3月3日，市里召开会议。副市长钱志远、孙文静、李强出席会议。")
    assert found["钱志远"] == found["孙文静"] == found["李强"] == ("副市长",)


def test_leaders_listed_after_level_word():
    found = officials("3月3日，县里召开会议。县领导许东、陶红、邹明在分会场参加会议。")
    assert set(found) >= {"许东", "陶红", "邹明"}
    assert found["许东"] == ("县领导",)


def test_list_before_deng_x_lingdao():
    found = officials("4月4日，我县召开会议。牛春、柳冬梅、卫国强、冉平等县领导出席会议。")
    assert {"牛春", "柳冬梅", "卫国强", "冉平"} <= set(found)


@pytest.mark.parametrize("sentence,names", [
    ("县人大常委会、县政府、县政协负责同志杭建、仲秋、蔡文博、解晓光等参加会议。", {"杭建", "仲秋", "蔡文博", "解晓光"}),
    ("会议要求各乡镇、各部门等参加。", set()),          # not names: no list of leaders
])
def test_list_before_deng_and_a_presence_verb(sentence, names):
    assert set(officials(f"4月4日，我县召开会议。{sentence}")) == names


@pytest.mark.parametrize("sentence,name", [
    ("塘桥派出所所长雷泽介绍了三所联动情况。", "雷泽"),                  # 所长 is a post
    ("市委党校副校长李瑞出席。", "李瑞"),                                # 副校长 too
    ("县农业农村局局长陈海涛以《学习运用千万工程经验》为题作辅导。", "陈海涛"),   # 以 ends the name
    ("县委常委、组织部部长阿西木呷结合分管工作作交流发言。", "阿西木呷"),   # 结合 closes an unlisted name
])
def test_more_posts_and_name_ends(sentence, name):
    assert name in officials(f"4月4日，我县召开会议。{sentence}")


def test_deng_is_not_the_last_character_of_a_name():
    found = officials("4月4日，我县召开会议。副县长宋佳等出席会议。")
    assert "宋佳" in found and "宋佳等" not in found


def test_title_after_the_name():
    found = officials("会议传达学习了习近平总书记在中央政治局常务委员会会议上的重要讲话精神。")
    assert found["习近平"] == ("中共中央总书记",)


@pytest.mark.parametrize("text", [
    "本报讯（记者 王大海）3月1日，市委召开会议。市长周立主持会议。",
    "3月1日，市委召开会议。市长周立主持会议。\n编辑：王大海\n审核：刘小川",
    "3月1日，市委召开会议。市长周立主持会议。（通讯员 王大海）",
])
def test_reporters_and_editors_are_not_officials(text):
    found = officials(text)
    assert "周立" in found
    assert not {"王大海", "刘小川"} & set(found)


def test_posts_without_names_give_no_official():
    assert officials("3月1日，市里召开会议。市委常委、市政府副市长、相关部门负责同志参加会议。") == {}


@pytest.mark.parametrize("text", [
    "3月3日，市委召开会议。钱一鸣、孙二平、李三多出席会议。",
    "3月3日，市委召开会议。出席会议的有：钱一鸣、孙二平、李三多。",
])
def test_bare_name_lists_closed_by_a_presence_verb(text):
    assert {"钱一鸣", "孙二平", "李三多"} <= set(officials(text))


def test_a_list_of_words_is_not_a_list_of_names():
    assert officials("3月3日，市委召开会议。防汛、抗旱、救灾参加会议。") == {}
