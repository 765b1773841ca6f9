"""Whose meeting a mention is, as resolving keys it: a long name that writes no place is its
own scope (named_scope), and a county-level place written short or without its prefecture
(尚志市, 黑龙江省尚志市) is written in full (full_scope), so that reports writing the place
differently still compare their meetings."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract.county_places import county_unit
from kg.extract.name_scope import core, split_scope

NAMED_CORE = 10      # characters of a scope-less core that name one meeting by its purpose
_YEAR_FIRST = re.compile(r"^20\d{2}年度?")


@lru_cache(maxsize=1 << 16)
def named_scope(name: str, jurisdiction: str | None) -> str | None:
    """京津冀交通一体化联席会议, 应急管理部全国防汛救灾视频调度会: a long name that writes no scope
    and no organ of a place (kg/data/meeting_organ_words.txt) is one meeting wherever it is
    referred to, in reports of several provinces: its scope is its name, not the report's
    (a national leader's speech at it made it 全国 in some reports, and no scope in others).
    A name that says several places hold it (省际, 两省: kg/data/meeting_joint_words.txt) is
    its own scope in a report of any one of them."""
    if jurisdiction not in (None, "全国") and not joint_words().search(name):
        return None
    scopes, rest = split_scope(_YEAR_FIRST.sub("", name))
    text = core(rest)
    if scopes or len(text) < NAMED_CORE or not text[0] > "\u3400" or organ_words().search(text):
        return None
    return f"named:{text[:4]}"


def joint_words() -> re.Pattern:
    return _words_re("meeting_joint_words")


def organ_words() -> re.Pattern:
    return _words_re("meeting_organ_words")


@lru_cache(maxsize=None)
def _words_re(listing: str) -> re.Pattern:
    return re.compile("|".join(map(re.escape, lexicon.words(listing))))


@lru_cache(maxsize=1 << 14)
def full_scope(scope: str | None) -> str | None:
    """黑龙江省尚志市 / 尚志市 -> 黑龙江省哈尔滨市尚志市: a listed county-level unit at the end of a
    scope (kg/data/counties.tsv) with the province and prefecture it has; a scope whose first
    part disagrees with them, or names no listed unit, is kept as written."""
    if not scope or scope == "全国":
        return scope
    for n in range(len(scope) - 1):
        unit = county_unit(scope[n:])
        if unit is not None:
            full, prefecture, province = unit
            if scope[:n] in ("", province, prefecture, province + prefecture):
                return province + prefecture + full
            return scope
    return scope

