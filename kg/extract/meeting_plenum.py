"""A party committee's plenum (全会) and its sittings, however a report writes them.

中国共产党X市第十三届委员会第八次全体会议 and X市委十三届八次全会 are one plenum; 在第一次
全体会议上 is one sitting of it (the plenum current in the report), not a meeting of its own.
"""
from __future__ import annotations

import re

_NUM = "[一二三四五六七八九十]+"
_PLENUM_NAME = re.compile(f"^(?:中国共产党|中共)?(.*?)第?({_NUM})届(?:委员会)?第?({_NUM})次(?:全体会议?|全会)$")
_SESSION_OF_PLENUM = re.compile(f"第{_NUM}次全体会")


def is_plenum_session(cand) -> bool:
    """第一次全体会议 with no organ: one sitting of a plenum (全会)."""
    return bool(_SESSION_OF_PLENUM.fullmatch(cand.core)) and cand.level is None and not cand.place


def plenum_key(core: str) -> tuple[str, str, str] | None:
    """(organ, term, session) of a party committee's plenum, however it is written: the full
    form 中国共产党X市第十三届委员会第八次全体会议 and the short X市委十三届八次全会 agree."""
    m = _PLENUM_NAME.match(core)
    if not m:
        return None
    organ = m.group(1)
    organ = organ[:-1] if organ.endswith("委") else organ
    return organ, m.group(2), m.group(3)


_UNNUMBERED = re.compile("^(?:中国共产党|中共)?(.*?委)?全(?:体)?会(?:议)?$")


def unnumbered_plenum(core: str) -> str | None:
    """The organ of a plenum written without its term and session (市委全会 -> "", the scope
    taken off; 全会 -> ""), or None when `core` is no such plenum."""
    m = _UNNUMBERED.match(core)
    if not m:
        return None
    organ = m.group(1) or ""
    return organ[:-1] if organ.endswith("委") else organ
