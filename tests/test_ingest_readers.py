"""read_reports over files and folders: .txt, .html, .jsonl, bad inputs, walking order."""
import json

import opencc
import pytest

from kg.ingest import read_file, read_reports
from kg.records import Report, Skipped

BODY = ("3月1日,市委召开常委会会议,传达学习全省疫情防控工作会议精神。市委书记张三主持会议并讲话,"
        "市委副书记、市长李四出席会议。")

PAGE = """<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>某市召开常委会会议_某某新闻网</title>
<meta property="article:published_time" content="2022-03-02T09:30:00+08:00"></head>
<body>
<div class="nav">您的位置:<a href="/">首页</a> &gt; <a href="/news">要闻</a> &gt; 正文</div>
<div class="share">分享到:<a href="#">微信</a> <a href="#">微博</a></div>
<article>
<h1>某市召开常委会会议</h1>
<p class="info">发布时间:2022-03-02 09:30 来源:某某日报 作者:孙四</p>
<p>本报讯(记者 郑七)3月1日,市委召开常委会会议,传达学习全省疫情防控工作会议精神。市委书记张三主持会议并讲话,市委副书记、市长李四出席会议。</p>
<p>张三强调,要压实责任,做好疫情防控各项工作。各地各部门要加强值班值守,确保人民群众生命安全。</p>
<p>副市长赵二、钱三参加会议。</p>
<p>责任编辑:王一</p>
</article>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">周五调研农业工作</a></li>
<li><a href="/2">吴六看望一线人员</a></li></ul></div>
<div class="footer">版权所有 某某新闻网 ICP备00000000号</div>
</body></html>"""


@pytest.mark.parametrize("charset, encoding", [("utf-8", "utf-8"), ("gbk", "gbk"), ("big5", "big5")])
def test_html_page_main_text_title_and_date(tmp_path, charset, encoding):
    page = PAGE.format(charset=charset)
    if encoding == "big5":  # a Big5 page is written in Traditional characters
        page = opencc.OpenCC("s2tw").convert(page)
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    [report] = read_file(path)
    assert isinstance(report, Report)
    assert report.title == "某市召开常委会会议"
    assert report.published == "2022-03-02"
    assert report.text.startswith("某市召开常委会会议\n本报讯(记者 郑七)3月1日")
    assert "副市长赵二、钱三参加会议。" in report.text
    for outsider in ("王一", "孙四", "周五", "吴六", "微信", "版权", "首页"):
        assert outsider not in report.text


def test_html_without_main_content_is_skipped(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title></title></head><body><script>var a=1;</script></body></html>")
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and skipped.source_file == str(path)


def _jsonl(tmp_path, lines):
    path = tmp_path / "reports.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_reads_good_lines_and_skips_bad_ones_with_line_numbers(tmp_path):
    path = _jsonl(tmp_path, [
        json.dumps({"text": BODY, "url": "https://example.cn/2022/03/01/a.html", "title": "某市召开常委会会议"}),
        "{not json",
        "",
        json.dumps([1, 2]),
        json.dumps({"title": "只有标题"}),
        json.dumps({"text": "會(huì)議強(qiáng)調,縣委書記王一主持會議並講話,縣長趙二出席會議並作部署。",
                    "published": "2021年12月7日"}),
    ])
    results = list(read_reports([path]))
    reports = [r for r in results if isinstance(r, Report)]
    skipped = [r for r in results if isinstance(r, Skipped)]
    assert [r.source_file for r in reports] == [f"{path}#L1", f"{path}#L6"]
    assert [(s.source_file, s.line) for s in skipped] == [(str(path), 2), (str(path), 4), (str(path), 5)]
    assert "invalid JSON" in skipped[0].reason
    first, last = reports
    assert first.url == "https://example.cn/2022/03/01/a.html"
    assert first.published == "2022-03-01"               # from the URL
    assert first.text.split("\n")[0] == "某市召开常委会会议"  # the title leads the text
    assert last.published == "2021-12-07"
    assert last.text.startswith("会议强调,县委书记王一主持会议并讲话")


def test_jsonl_text_holding_html_goes_through_the_html_path(tmp_path):
    html = PAGE.format(charset="utf-8")
    path = _jsonl(tmp_path, [json.dumps({"text": html, "url": "https://example.cn/a.html"})])
    [report] = read_file(path)
    assert isinstance(report, Report) and "<p>" not in report.text
    assert "市委书记张三主持会议并讲话" in report.text and "王一" not in report.text


def test_jsonl_lines_in_gbk_are_decoded_and_binary_lines_skipped(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(json.dumps({"text": BODY}, ensure_ascii=False).encode("gbk") + b"\n"
                     + bytes(range(128, 256)) * 3 + b"\n"
                     + json.dumps({"text": BODY + "又一句。"}).encode() + b"\n")
    first, second, third = read_file(path)
    assert isinstance(first, Report) and "市委书记张三主持会议并讲话" in first.text
    assert isinstance(second, Skipped) and second.line == 2 and "not UTF-8" in second.reason
    assert isinstance(third, Report) and third.source_file == f"{path}#L3"


def test_binary_jsonl_is_one_skip_not_one_per_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"\x00\x01\n" * 50)
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and skipped.line is None and "binary" in skipped.reason


def test_report_id_is_the_hash_of_the_cleaned_text(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(BODY.replace(",", ",").encode("gbk"))
    (tmp_path / "c.txt").write_text(BODY + "另有一句。", encoding="utf-8")
    a, b, c = read_reports([tmp_path])
    assert a.report_id == b.report_id != c.report_id
    assert len(a.report_id) == 16 and int(a.report_id, 16) >= 0


def test_folder_walk_order_filters_and_bad_inputs(tmp_path):
    (tmp_path / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY + "甲。", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}")
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / "notes.md").write_text(BODY)
    (tmp_path / "empty.txt").write_bytes(b"")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.HTML").write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "d.txt").write_text(BODY)
    (tmp_path / "nothing").mkdir()
    explicit = tmp_path / "notes.md"

    results = list(read_reports([tmp_path, tmp_path / "b.txt", tmp_path / "missing.txt", explicit,
                                 tmp_path / "nothing"]))
    summary = [(type(r).__name__, r.source_file) for r in results]
    assert summary == [
        ("Report", str(tmp_path / "a.txt")),
        ("Report", str(tmp_path / "b.txt")),
        ("Skipped", str(tmp_path / "empty.txt")),
        ("Report", str(sub / "c.HTML")),
        ("Skipped", str(tmp_path / "missing.txt")),
        ("Skipped", str(explicit)),
        ("Skipped", str(tmp_path / "nothing")),
    ]
    reasons = [r.reason for r in results if isinstance(r, Skipped)]
    assert reasons[0] == "empty file"
    assert "no such file" in reasons[1] and "unsupported file type" in reasons[2]
    assert "holds no" in reasons[3]


def test_read_reports_accepts_a_single_path_and_streams(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    stream = read_reports(str(tmp_path))
    assert iter(stream) is stream          # a generator, not a list
    assert isinstance(next(stream), Report)


def test_boilerplate_only_file_is_skipped(tmp_path):
    path = tmp_path / "nav.txt"
    path.write_text("首页 > 新闻 > 正文\n分享到:\n责任编辑:王一\n", encoding="utf-8")
    [skipped] = read_file(path)
    assert isinstance(skipped, Skipped) and "boilerplate" in skipped.reason


def test_unreadable_file_is_skipped_not_raised(tmp_path, monkeypatch):
    locked, fine = tmp_path / "a_locked.txt", tmp_path / "b_fine.txt"
    locked.write_text(BODY, encoding="utf-8")
    fine.write_text(BODY, encoding="utf-8")
    import kg.ingest.readers as readers

    real_read = readers._read_bytes

    def read_bytes(path):
        if path == str(locked):
            raise PermissionError(13, "Permission denied", path)
        return real_read(path)

    monkeypatch.setattr(readers, "_read_bytes", read_bytes)
    first, second = read_reports([tmp_path])
    assert isinstance(first, Skipped) and first.reason == "cannot read: Permission denied"
    assert isinstance(second, Report)


def test_a_crash_inside_one_file_is_contained(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY + "乙。", encoding="utf-8")
    import kg.ingest.readers as readers

    real = readers.make_report

    def flaky(source, raw, **kw):
        if source.endswith("a.txt"):
            raise RuntimeError("boom")
        return real(source, raw, **kw)

    monkeypatch.setattr(readers, "make_report", flaky)
    first, second = read_reports([tmp_path])
    assert isinstance(first, Skipped) and "RuntimeError: boom" in first.reason
    assert isinstance(second, Report)


def test_iter_sources_lists_paths_without_reading(tmp_path):
    from kg.ingest import iter_sources

    (tmp_path / "b.jsonl").write_text("not even json\n")
    (tmp_path / "a.htm").write_text("<html></html>")
    listed = list(iter_sources([tmp_path, tmp_path / "gone"]))
    assert listed[:2] == [str(tmp_path / "a.htm"), str(tmp_path / "b.jsonl")]
    assert isinstance(listed[2], Skipped) and listed[2].source_file == str(tmp_path / "gone")


def test_iter_file_is_lazy_over_jsonl_lines(tmp_path):
    from kg.ingest import iter_file

    path = _jsonl(tmp_path, [json.dumps({"text": BODY + str(n) + "。"}) for n in range(3)])
    stream = iter_file(path)
    assert next(stream).source_file == f"{path}#L1"
    assert [r.source_file for r in stream] == [f"{path}#L2", f"{path}#L3"]


@pytest.mark.parametrize("page, site", [
    # a breadcrumb or site banner dropped as furniture is kept as the report's site
    ("平山县人民政府 > 乡镇动态 > 岗南镇\n\n岗南镇召开河湖长制工作会议\n\n3月20日上午，岗南镇召开河湖长制工作会议，传达学习全县会议精神。",
     "平山县人民政府 > 乡镇动态 > 岗南镇"),
    ("瑞安市人民政府门户网站    无障碍浏览    长者模式\n市委常委会召开会议\n\n2月14日，市委召开常委会会议，研究部署有关工作。",
     "瑞安市人民政府门户网站 无障碍浏览 长者模式"),
    # a first line the article keeps is no site line
    ("岗南镇召开河湖长制工作会议\n\n3月20日上午，岗南镇召开河湖长制工作会议，传达学习全县会议精神。", None),
])
def test_the_page_first_line_dropped_as_furniture_is_the_site(tmp_path, page, site):
    path = tmp_path / "a.txt"
    path.write_text(page, encoding="utf-8")
    [report] = read_reports([path])
    assert report.site == site
    assert site is None or site not in report.text
