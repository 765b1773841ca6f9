"""Where a meeting name starts, by its scope words: text before a clear scope word (全省, 全国,
中央) is a verb unless it names a place, an ordinal, a term or a quoted topic (梳理全省X会议 ->
全省X会议; 安庆全市X会议 -> 安庆市X会议; 第四次全国文物普查工作部署会 keeps its ordinal)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import resources as R
from kg.extract.name_scope import scope_re

_TERM = re.compile(f"第?[{R.NUM}]+届")
_CENSUS_ORDINAL = re.compile(f"第[{R.NUM}\\d]+次$")
_CELEBRATES = re.compile(f"(?:庆祝|纪念)(?:第?[{R.NUM}\\d]+个)?$")
_HELD = re.compile("(?:召开|举行|举办)了?$")
# 创建全国文明城区动员大会: 全国 opens the honour contended for (全国文明城市), no scope
_CONTENDS = re.compile("(?:创建|争创|创成|巩固|迎接)$")
_SHORT_HEAD = re.compile(f"([{R.CJK}]{{1,2}})(?:大会|两会|全会)")
_ORGAN_CHARS = re.compile("[委府部局厅办组团会院省市县区州盟旗届次党]")
_CLEAR_SCOPE = re.compile("全国(?!文明城市|卫生城市|双拥模范城|禁毒示范城市)|全省|全市|全县|全区|全州|全盟|全旗|中央|国务院|中共中央|国家(?![级层]|公园|高新|森林|湿地|地质)")
_WHOLE = re.compile(f"([{R.CJK}]{{2,4}}?)全(市|州|盟|省|区)")


def whole_place(name: str) -> str | None:
    """安庆全市X会议 -> 安庆市X会议: a place written short before its own whole (全市, 全省) is that place."""
    m = _WHOLE.match(name)
    if not m:
        return None
    short, level = m.groups()
    full = R.prefectures().get(short, (None,))[0] if level in "市州盟" else R.provinces().get(short)
    return full + name[m.end():] if full and full != short and full.endswith(level) else None


def to_scope(text: str, start: int, head: int) -> int:
    """梳理全省X会议 -> 全省X会议: a few characters before a clear scope word are a verb."""
    m = _CLEAR_SCOPE.search(text, start, head)
    if m and (census := _CENSUS_ORDINAL.search(text, start, m.start())):
        # 第四次全国文物普查工作部署会: the ordinal counts the census (市第五次全国经济普查领导小组: the 市's)
        return start if scope_re().fullmatch(text, start, census.start()) else census.start()
    if m and text.count("”", m.end(), head) > text.count("“", m.end(), head):
        return start                     # “加快建设全国X先行区”专题协商会: the quoted topic's scope
    if m and _CELEBRATES.search(text, start, m.start()) and _HELD.search(text, 0, start):
        return start                     # 召开庆祝全国科技工作者日座谈会: the day celebrated, not the scope
    if m and m.group().startswith("全国") and _CONTENDS.search(text, start, m.start()):
        return start
    if m and (lead := next((n for n in (2, 3, 4) if m.start() - n >= start and whole_place(text[m.start() - n:head])), 0)):
        return m.start() - lead     # 安庆全市X会议: the place's own, not a verb before the scope
    if m and m.start() > start and text[m.start() - 1] in "和及与" \
            and not _scopes_only_re().fullmatch(text, start, m.start() - 1):
        return m.start()     # 批示要求和全省调度会 (全国和全省X会议, two scopes, is split_scope's)
    # 把思想和行动统一到全国会议: text before a clear scope that holds no organ or place is a verb
    # phrase, however long
    if m and (0 < m.start() - start <= 4 or m.start() > start and not _ORGAN_CHARS.search(text, start, m.start())) \
            and not scope_re().match(text, start) \
            and not _TERM.fullmatch(text, start, m.start()):     # 十四届全国人大: a term, not a verb
        return m.start()
    m = _SHORT_HEAD.fullmatch(text, start, head + 2)
    if m and not scope_re().match(text, start) and not re.search(f"[{R.NUM}\\d届次第]", m.group(1)):
        return head                      # 推动大会精神: 推动 is a verb, the name is 大会
    return start


@lru_cache(maxsize=None)
def _scopes_only_re() -> re.Pattern:
    one = scope_re().pattern
    return re.compile(f"(?:{one})(?:[、和及与](?:{one}))*")


# 全省深化公立医院改革与高质量发展推进会: after a clear scope, 与 joins two topics of one name
# (把X精神与全国两会精神结合起来: 精神 or a meeting before it, and 与 ends what came before)
_SCOPE_LED = re.compile("全[国省市县区州盟旗](?:(?!精神|会)[^与])*")
_PLACE_TOPIC = re.compile(f"(?:(?!精神|会|[委府])[{R.CJK}]){{2,}}")


def joins_topics(text: str, start: int, end: int) -> bool:
    """(河南省烟草专卖行政执法与刑事司法衔接工作联席会议: a named place's topic joins the same way)"""
    if _SCOPE_LED.fullmatch(text, start, end):
        return True
    place = scope_re().match(text, start, end)
    return bool(place and _PLACE_TOPIC.fullmatch(text, place.end(), end))
