"""Keep page furniture out of extraction, line by line, on normalised text.

A scraped page is: navigation and widgets, a headline, the article body, then a tail of
bylines, editor credits, footers, related-article and headline lists. The body is found as
the lines that read like prose (long, with sentence punctuation); everything the cue files
(kg/data/boilerplate_*.txt) mark as furniture is dropped, and once the body has begun, a
footer or a related-list header ends the article. The headline and a lead such as
"本报讯(记者 X)" stay: they belong to the article, and extraction needs the lead to tell
reporters from officials.
"""
from __future__ import annotations

from kg.ingest import patterns as P
from kg.ingest.rosters import join_rosters
from kg.ingest.wraps import join_wraps

LABEL_LINE_MAX = 80    # metadata rows ("发布时间:... 作者:... 浏览:...") are short
SHORT_LINE_MAX = 40    # navigation / widget rows
WIDGET_LINE_MAX = 8    # a lone button ("微信", "分享至")
TAIL_HEADER_MAX = 20   # "相关新闻", "推荐阅读", "往期回顾 全部"
TITLE_MAX = 60
HEADLINE_RUN_MIN = 5   # this many short non-prose lines closing a page form a headline list
DUPLICATE_MIN = 10     # repeated lines at least this long are dropped after the first


def _core(line: str) -> str:
    return P.LEAD_MARKS.sub("", line).strip()


def is_prose(line: str) -> bool:
    """A line that reads like article text rather than a heading, link or widget:
    at least P.PROSE_MIN_CJK CJK characters and some sentence punctuation."""
    if len(line) < P.PROSE_MIN_CJK or not P.SENTENCE_PUNCT.search(line):
        return False
    if P.BULLET.match(line) and not P.SENTENCE_END.search(line):
        return False
    return P.ENOUGH_CJK.match(line) is not None


def is_furniture(line: str, prose: bool | None = None, footers: bool = True) -> bool:
    """True for a line that is navigation, a widget, a credit, a counter or a footer.
    (`footers=False` when the page is known to hold no footer cue, see strip_boilerplate.)"""
    if footers and P.FOOTER_CUE.search(line):
        return True
    if prose is None:
        prose = is_prose(line)
    if prose and len(line) > LABEL_LINE_MAX:
        return False  # a long prose line is article text whatever words it contains
    core = _core(line)
    if not P.CJK_CHAR.search(core):
        return True
    if P.BYLINE.match(core) or P.ONLY_DATE_STAMP.match(core):
        return True
    if len(core) <= LABEL_LINE_MAX and P.TODAY_STAMP.search(core):
        return True
    if len(core) <= TAIL_HEADER_MAX and P.TAIL_HEADER.match(core):
        return True
    if len(core) <= LABEL_LINE_MAX and not prose and (
            P.LABEL.match(core) or P.LABEL_ANYWHERE.search(core)):
        return True
    if len(core) <= SHORT_LINE_MAX and not P.SENTENCE_END.search(core):
        if P.SHORT_CUE.search(core) or P.BREADCRUMB.match(core):
            return True
    return len(core) <= WIDGET_LINE_MAX and bool(P.WIDGET.search(core))


def starts_tail(line: str, footers: bool = True) -> bool:
    """A footer, or the header of a related-article / headline / tag list."""
    if footers and P.FOOTER_CUE.search(line):
        return True
    if len(line) > TAIL_HEADER_MAX + 4:
        return False
    core = _core(line)
    return len(core) <= TAIL_HEADER_MAX and bool(P.TAIL_HEADER.match(core))


def _drop_lists(lines: list[str], prose: list[bool]) -> list[str]:
    """Drop runs of bulleted non-prose lines, and a headline list closing the page."""
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j] and not prose[j] and P.BULLET.match(lines[j]):
            j += 1
        if j - i >= 2:
            keep[i:j] = [False] * (j - i)
        i = max(j, i + 1)
    body = [k for k in range(len(lines)) if keep[k] and prose[k]]
    if body:
        closing = [k for k in range(body[-1] + 1, len(lines)) if keep[k] and lines[k]]
        if len(closing) >= HEADLINE_RUN_MIN:
            for k in closing:
                keep[k] = False
    return [line for line, k in zip(lines, keep) if k]


def strip_boilerplate(text: str) -> str:
    """Article text of a normalised page: headline, lead and body, without furniture."""
    kept: list[str] = []
    prose: list[bool] = []
    seen: set[str] = set()
    body_begun = False
    footers = P.FOOTER_CUE.search(text) is not None  # one page scan spares one per line
    if P.INLINE_JUNK_HINT.search(text):
        text = P.INLINE_JUNK.sub("", text)
    text = join_rosters(text)       # 出席会议的有: and one attendee per line
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if kept and kept[-1]:
                kept.append("")
                prose.append(False)
            continue
        if body_begun and starts_tail(line, footers):
            break
        line_is_prose = is_prose(line)
        if is_furniture(line, line_is_prose, footers):
            continue
        if line.startswith("原标题"):
            line = P.ORIGINAL_TITLE.sub("", line)
        if not line or (len(line) >= DUPLICATE_MIN and line in seen):
            continue
        seen.add(line)
        body_begun = body_begun or line_is_prose
        kept.append(line)
        prose.append(line_is_prose)
    return "\n".join(join_wraps(_drop_lists(kept, prose))).strip()


def headline(text: str) -> str | None:
    """The first line before the body when it looks like a headline (short, no full stop)."""
    for line in text.split("\n"):
        if not line:
            continue
        if is_prose(line):
            return None
        if len(line) <= TITLE_MAX and not P.SENTENCE_END.search(line) and not P.BULLET.match(line):
            return line
    return None


def site_line(page: str, body: str) -> str | None:
    """The page's first line where removing furniture dropped it (平山县人民政府 > 乡镇动态 >
    岗南镇, 瑞安市人民政府门户网站 无障碍浏览): the site a report was published on, which
    places a report that never names its own county or city."""
    first = next((line.strip() for line in page.split("\n") if line.strip()), "")
    return first if first and not body.startswith(first) else None
