"""Whether a body name found in a sentence is a body mention there: not part of a phrase
that only looks like one (全县发展大局, 十四届全国人大一次会议, 市委党校, 《…》 titles)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.body_names import department_re, departments, ministry_forms, organ_lookalikes


def department_at(text: str, start: int, end: int) -> bool:
    """县水务局 as a phrase of its own: a bare level word must follow a boundary or a
    conjunction (全县发展大局 is no department)."""
    m = department_re().fullmatch(text, start, end)
    if not m or text[start:end].endswith(organ_lookalikes()):
        return False
    return not m.group("level") or start == 0 or text[start - 1] in JOINERS or not R.HAN.match(text[start - 1]) \
        or text[start - 1] in _level_leads()


JOINERS = "、和及与"


@lru_cache(maxsize=None)
def _level_leads() -> str:
    """Characters after which a bare level word opens an organ (听取市气象局, 听取了市民宗局的汇报):
    a verb's last character, never a word's first part (全县发展大局)."""
    return "".join(lexicon.words("body_level_leads"))


# 各省（自治区、直辖市）防指, 各地州市党委, 4个设区市党委, 各省、自治区、直辖市和新疆生产建设兵团党委X部:
# every (or a counted set of) places' organ;
# ，市县政府要…: a bare level word before another (the 县政府 of every county of the city)
GENERIC_LEVELS_LEFT = re.compile(r"(?:各[省市县区州盟旗乡镇级（）()、自治直辖设地]*|[省市县区][（(][市县区旗、]+[)）]"
                                 f"|[\\d{R.NUM}]+个(?:设区)?|(?<![{R.CJK}])[省市县区]{{1,2}}|直辖市(?:和|及|以及))$")
TERM_BEFORE = re.compile(f"第?[{R.NUM}\\d]+届$")


@lru_cache(maxsize=None)
def not_after() -> re.Pattern:
    return re.compile(f"(?:[一二三四五六七八九十\\d]+(?:楼|届)|{R._alt(lexicon.words('body_not_followed_by'))})")


def working_organ(written: str) -> bool:
    """A department or working organ (教育厅, 领导小组, 指挥部), not a committee or government:
    named with its head's post (教育厅厅长) it is still a body of the report."""
    # a national administration (中国气象局副局长) or a ministry (公安部副部长) is a bureau like a local one
    return (written.endswith(tuple(departments())) and not written.endswith(organ_lookalikes())
            or bool(department_re().fullmatch(written))
            or (written.endswith("局") and written.startswith(("国家", "中国"))) or written in ministry_forms()
            or written.endswith(tuple(lexicon.words("group_suffixes"))) or written.endswith(_commissions()))


@lru_cache(maxsize=None)
def _commissions() -> tuple[str, ...]:
    """A party committee's commissions and their offices (省委改革办, 市委网信办): working organs,
    so 改革办主任 names the office as 水务局局长 names the bureau."""
    return tuple(suffix for suffix, _t, kind in lexicon.rows("local_organs") if kind == "commission")


def commander_only(text: str, start: int, end: int) -> bool:
    """省消防救援总队总队长: a corps named only by its commander's title is left to the post (writers
    leave it out); its party committee's post (支队党委书记) still names the corps, as a bureau's does."""
    return text.endswith(("总队", "支队"), start, end) and bool(R.post_head_regex().match(text, end))


def inside_title(text: str, pos: int) -> bool:
    return text.count("《", 0, pos) > text.count("》", 0, pos)


# the one organ a document's title opens with, right before its 关于 (《中共X县委关于…》)
_TITLE_ISSUER = re.compile("《(?:中共|中国共产党)?")


def title_issuer(text: str, start: int, end: int) -> bool:
    """The one organ that opens a 《title》 right before 关于 issued the document: a body of the
    report (《农业农村部关于…的通告》), unlike an organ inside the title's subject. Joint issuers
    (《中共中央 国务院关于…》) are left: writers part on them."""
    m = _TITLE_ISSUER.match(text, text.rfind("《", 0, start))
    return m is not None and start <= m.end() and text.startswith("关于", end)


def page_furniture(sentence, start: int, end: int) -> bool:
    """A site's masthead or footer line, not a mention in the article: a short line that is only
    an organ (某县人民政府 over the page), or an organ before a bar, an address or a footer label
    (某市人民政府 | 政务公开, 某市人民政府 www.…, 某县人民政府办公室 主办)."""
    text = sentence.text
    if not sentence.headline:
        return False
    if end == len(text) and len(text) <= MASTHEAD_MAX and not R.BOUNDARY.search(text, 0, start):
        return True
    return bool(_furniture_after().match(text, end))


MASTHEAD_MAX = 24


@lru_cache(maxsize=None)
def _furniture_after() -> re.Pattern:
    return re.compile(f"\\s*(?:[|｜]|www\\.|https?:|{R._alt(lexicon.words('body_page_labels'))})")


def collective(written: str) -> bool:
    """人大各专门委员会, 常委会各工作委员会: every committee of a kind, a generic group."""
    return "各" in written


def after_page_label(text: str, pos: int) -> bool:
    """主办：X人民政府办公室: an organ named by a page-footer label."""
    return bool(_page_label().search(text, max(0, pos - 8), pos))


@lru_cache(maxsize=None)
def _page_label() -> re.Pattern:
    return re.compile(f"(?:{R._alt(lexicon.words('body_page_labels'))})\\s*[：:]\\s*$")


def second_hat(text: str, start: int, end: int) -> bool:
    """(X) right after an organ's name is the second name of the same office, a body of its own
    (省市场监管局（省知识产权局）, 市水利局(市河长办)), where a bare (县政府办) is a byline;
    民委（宗教局）党组书记 is a post's."""
    return start >= 2 and text[start - 2] in _HAT_ENDS and not R.post_head_regex().match(text, end + 1) \
        and not text.startswith(("党组", "党委"), end + 1)


_HAT_ENDS = "局委室厅办部"
