"""Page furniture is dropped line by line; the headline, lead and body survive intact."""
import pytest

from kg.ingest import normalise, strip_boilerplate
from kg.ingest.boilerplate import headline, is_furniture, is_prose, starts_tail

BODY = ("3月1日,市委召开常委会会议,传达学习全省疫情防控工作会议精神。市委书记张三主持会议并讲话,"
        "市委副书记、市长李四出席会议。")


@pytest.mark.parametrize("line", [
    "您的位置:首页 > 新闻中心 > 正文",
    "首页 >> 本地要闻",
    "新闻中心 > 时政 > 正文",
    "分享到:",
    "分享至",
    "• 微信",
    "扫一扫在手机打开当前页",
    "A+A-",
    "责任编辑:王一",
    "【责任编辑:王一】",
    "编辑:王一 审核:赵二",
    "审核:赵二 签发:钱三",
    "来源:某某日报",
    "(来源:某某融媒体中心)",
    "作者:管理员",
    "发布时间:2022-03-20 09:13 作者:孙四 浏览量:",
    "[ 作者:本站 | 发布时间:2021-12-22 | 浏览:100次 ]",
    "|| 2022-03-23 11:18:04 编辑:周五 审核人:吴六 阅读次数:20 |",
    "2022-05-10 11:01 来源:新华网",
    "2022年5月10日",
    "某县人民政府  欢迎您!   2024年10月9日 星期三",     # the site's today, not the article's
    "某县人民政府网站    今天是:2021年9月29日 星期三",
    "某某日报数字版   2025年07月16日  星期三   第02版:要闻",
    "记者 郑七",
    "(本报记者 郑七 通讯员 冯八)",
    "举报电话:0000-1234567",
    "上一篇:某县开展安全检查",
    "版权所有 某某网 未经授权不得转载",
    "特别声明:以上内容为用户上传并发布,本平台仅提供信息存储服务。",
    "Notice: The content above is uploaded by a user.",
    "123456",
    "",
])
def test_furniture_lines(line):
    assert is_furniture(line) or not line.strip()


@pytest.mark.parametrize("line", [
    BODY,
    "某市召开疫情防控工作会议",
    "张三主持 李四出席",
    "本报讯(记者 郑七)3月1日,市委召开常委会会议,市委书记张三主持会议并讲话。",
    "副县长王一、赵二参加会议。",
    "会议强调,要压实来源地管控责任,做好首页式服务。",   # cue words inside a sentence
    "县领导王一 李二 张三在分会场参加会议",
    "2024年10月9日,县委书记王一主持召开县委常委会会议。",
])
def test_article_lines_are_not_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize("line, expected", [
    ("相关新闻", True), ("推荐阅读", True), ("往期回顾 全部", True), ("标签:", True),
    ("免责声明:本文不代表本站观点。", True), (BODY, False), ("会议指出相关新闻报道要准确", False),
])
def test_tail_starts(line, expected):
    assert starts_tail(line) is expected


@pytest.mark.parametrize("line, expected", [
    (BODY, True), ("某市召开疫情防控工作会议", False), ("- 某县召开会议,部署防汛工作,强调要压实责任,确保安全", False),
])
def test_prose(line, expected):
    assert is_prose(line) is expected


PAGE = f"""网站首页 > 新闻中心 > 正文
您的位置:首页
某市召开疫情防控工作会议
张三主持 李四出席
发布时间:2022-03-02 10:00 来源:某某日报 浏览次数:12
分享到:
• 微信
• 微博
本报讯(记者 郑七)3月1日,市委召开常委会会议,传达学习全省疫情防控工作会议精神。市委书记张三主持会议并讲话,市委副书记、市长李四出席会议。
张三强调,要压实责任,做好疫情防控各项工作。各地各部门要加强值班值守,确保人民群众生命安全。【编辑:王一】
副市长赵二、钱三参加会议。(下转第二版)
责任编辑:王一
审核:孙四
相关新闻
- 周五调研农业工作
- 吴六看望一线人员
版权所有 某某网
"""


def test_whole_page_keeps_exactly_the_article():
    text = strip_boilerplate(normalise(PAGE))
    assert text.split("\n") == [
        "某市召开疫情防控工作会议",
        "张三主持 李四出席",
        "本报讯(记者 郑七)3月1日,市委召开常委会会议,传达学习全省疫情防控工作会议精神。"
        "市委书记张三主持会议并讲话,市委副书记、市长李四出席会议。",
        "张三强调,要压实责任,做好疫情防控各项工作。各地各部门要加强值班值守,确保人民群众生命安全。",
        "副市长赵二、钱三参加会议。",
    ]
    for outsider in ("王一", "孙四", "周五", "吴六", "版权"):
        assert outsider not in text


def test_headline_list_without_header_is_dropped():
    tail = "\n".join(f"- 某地新闻标题第{n}条" for n in range(6))
    text = strip_boilerplate(f"{BODY}\n{tail}")
    assert text == BODY


def test_unbulleted_headline_run_closing_the_page_is_dropped():
    tail = "\n".join(f"某地召开第{n}次工作会议" for n in range(6))
    assert strip_boilerplate(f"{BODY}\n{tail}") == BODY


def test_two_headline_lines_after_the_body_are_kept():
    # Some pages print the headline under the article: it is article text.
    text = strip_boilerplate(f"{BODY}\n某市召开常委会会议\n张三主持")
    assert text.endswith("某市召开常委会会议\n张三主持")


def test_repeated_paragraph_is_kept_once():
    assert strip_boilerplate(f"{BODY}\n{BODY}") == BODY


def test_footer_cue_before_the_body_does_not_cut_the_article():
    text = strip_boilerplate(f"不良信息举报电话:12345\n相关新闻\n{BODY}")
    assert text == BODY


def test_original_title_label_is_removed():
    assert strip_boilerplate(f"原标题:某市召开常委会会议\n{BODY}").split("\n")[0] == "某市召开常委会会议"


@pytest.mark.parametrize("text, expected", [
    (f"某市召开常委会会议\n{BODY}", "某市召开常委会会议"),
    (BODY, None),
    (f"{BODY}\n某市召开常委会会议", None),
])
def test_headline(text, expected):
    assert headline(text) == expected
