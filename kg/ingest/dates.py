"""Publication dates: from a metadata value, a page's header/footer rows, or a dated URL.

The year matters downstream: a meeting written as "11月11日" takes its year from the
report's publication date. Only page furniture is searched (labelled dates such as
"发布时间:2022-03-20", or a short row holding a timestamp); a date inside an article
sentence is an event date, which is extraction's business, not a publication date.
"""
from __future__ import annotations

import datetime as dt
import re

from kg.ingest import patterns as P

STAMP_LINE_MAX = 80   # header rows: "2022-05-10 11:01 来源:新华网", "发布时间:... 作者:..."


def _iso(year: str, month: str, day: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _iso_match(match) -> str | None:
    # DATE has two alternatives (2022-03-20 / 2022年3月20日): take the groups that matched.
    return _iso(*[g for g in match.groups() if g][:3]) if match else None


def parse_date(value) -> str | None:
    """ISO date from a metadata value: "2022-03-20", "2022/3/20 10:00", "2022年3月20日"."""
    if value is None:
        return None
    return _iso_match(P.DATE.search(str(value)) or P.URL_DATE_COMPACT.search(str(value)))


def date_from_url(url: str | None) -> str | None:
    """A date path segment: /2022/05/10/, /20221112/, /2022-12/19/, /art/2023/3/20/."""
    if not url:
        return None
    for pattern in (P.URL_DATE_SPLIT, P.URL_DATE_COMPACT):
        for match in pattern.finditer(url):
            iso = _iso(*match.groups())
            if iso:
                return iso
    return None


def date_from_url_lines(text: str) -> str | None:
    """A page whose only date is its address, scraped as a row of its own
    (www.example.gov.cn/news/202405/t20240507_1.html)."""
    for match in P.URL_LINE.finditer(text):
        iso = date_from_url(match.group(1))
        if iso:
            return iso
    return None


def month_day_from_page(text: str) -> str | None:
    """"--MM-DD" from a page stamp without a year (发布时间:05-17 10:22): the last resort, as
    such a page still says which day its 昨天 and 前天 count from."""
    for match in P.MONTH_DAY_STAMP.finditer(text):
        end = text.find("\n", match.end())
        line = text[text.rfind("\n", 0, match.start()) + 1:end if end >= 0 else len(text)].strip()
        if len(line) > STAMP_LINE_MAX or P.SENTENCE_END.search(line):
            continue
        month, day = int(match.group(1)), int(match.group(2))
        if _iso("2000", str(month), str(day)):     # 2000: a leap year, so --02-29 stands
            return f"--{month:02d}-{day:02d}"
    return None


def date_from_page(text: str) -> str | None:
    """The publication date written in a page's furniture rows, if any.

    A labelled date (发布日期/发布时间/日期:) wins; failing that, a short row that carries a
    date with a time of day or nothing but a date (a timestamp row)."""
    stamp = None
    for match in P.DATE_SCAN.finditer(text):
        start = match.start()
        if start and text[start - 1].isdigit():
            continue
        # Only the row holding the date is judged: most of a page is never looked at.
        end = text.find("\n", match.end())
        line_start = text.rfind("\n", 0, start) + 1
        line = text[line_start:end if end >= 0 else len(text)]
        line_start += len(line) - len(line.lstrip())
        line = line.strip()
        if len(line) > STAMP_LINE_MAX or P.SENTENCE_END.search(line):
            continue
        iso = _iso_match(P.LABELLED_DATE.search(line))
        if iso:
            return iso
        # a row of page furniture around the date: 2024-05-09　来源：X　作者：Y, X政府网 2024-03-05
        # (re caches these patterns: this function alone is this module's to change)
        furniture = re.match(r"^\S{0,3}[\s　]*(?:来源|作者|编辑|浏览|点击)[:：]", line[match.end() - line_start:].lstrip(" 　\t")) \
            or re.fullmatch(r"[^\s，。,]{2,16}(?:网|网站|门户|频道)[\s　|]+", line[:start - line_start])
        # 来源:X日报 2023年11月11日 第01版 / X日报数字版 2025年07月16日 星期三 第02版: a printed page's date
        printed = P.ROW_BEFORE_DATE.search(line, 0, start - line_start) \
            and (P.EDITION_AFTER_DATE.match(line, match.end() - line_start) or "来源" in line[:start - line_start])
        printed = printed or start == line_start and P.DATE_THEN_EDITION.match(line, match.end() - line_start)
        if stamp is None and (P.ONLY_DATE_STAMP.match(line) or P.TIME_OF_DAY.search(line) or furniture or printed):
            stamp = _iso_match(match)
    return stamp
