"""Publication dates from metadata values, page furniture rows and URLs."""
import pytest

from kg.ingest.dates import date_from_page, date_from_url, date_from_url_lines, parse_date


@pytest.mark.parametrize("value, expected", [
    ("2022-03-20", "2022-03-20"),
    ("2022-03-20T09:30:00+08:00", "2022-03-20"),
    ("2022/3/2 10:00", "2022-03-02"),
    ("2022.03.20", "2022-03-20"),
    ("2022年3月20日", "2022-03-20"),
    ("2022 年 3 月 20 日", "2022-03-20"),
    ("20221112", "2022-11-12"),
    ("2022-02-30", None),          # no such day
    ("3月20日", None),             # no year: not a publication date
    ("", None),
    (None, None),
    (20220320, "2022-03-20"),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.cn/system/2020/02/27/100214255.shtml", "2020-02-27"),
    ("http://example.cn/content/henan/20221112/1106023.html", "2022-11-12"),
    ("http://example.cn/2022-12/19/content_42207836.html", "2022-12-19"),
    ("http://example.gov.cn/art/2023/3/20/art_3527_920362.html", "2023-03-20"),
    ("https://example.com/s2022-05-13/12687.html", "2022-05-13"),
    ("http://example.cn/folder/2020-02-03/tFxgPdAX.html", "2020-02-03"),
    ("http://example.cn/detail/id/99119.html", None),
    ("http://example.cn/202212/abc.html", None),     # month only
    (None, None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize("page, expected", [
    ("某县召开会议\n发布时间:2022-03-20 09:13 作者:张三\n正文。", "2022-03-20"),
    ("某县召开会议\n发布日期:2022年3月19日\n正文。", "2022-03-19"),
    ("正文。\n来源: 发布日期:2022-01-17 打印", "2022-01-17"),
    ("标题\n2022-05-10 11:01 来源:新华网\n正文。", "2022-05-10"),
    ("|| 2022-03-23 11:18:04 编辑:张三 |\n正文。", "2022-03-23"),
    ("标题\n2021年7月2日\n正文。", "2021-07-02"),
    # A date inside an article sentence is an event date, not the publication date.
    ("2022年3月1日,市委召开常委会会议,研究部署工作。", None),
    ("会议传达了2022年3月1日全省会议精神,要求各地抓好落实,确保取得实效,推动工作开展", None),
    ("标题\n正文没有日期。", None),
])
def test_date_from_page(page, expected):
    assert date_from_page(page) == expected


@pytest.mark.parametrize("page, expected", [
    ("正文。\nwww.example.gov.cn/news/202405/t20240507_1.html\n", "2024-05-07"),
    ("正文。\n本文链接：http://www.example.gov.cn/2024-10-10/84213.html\n【打印本页】", "2024-10-10"),
    ("正文。\n原文链接: https://example.cn/2023/3/20/a.html", "2023-03-20"),
    # an address inside a sentence is no row of its own
    ("详见 http://www.example.gov.cn/2024-10-10/84213.html 的通知。", None),
])
def test_date_from_url_lines(page, expected):
    assert date_from_url_lines(page) == expected
