"""The scanner of body names: every (start, end) of a body name in a text, leftmost-longest.
Local names are found from the word they end with (委, 政府, 教育局, 领导小组): only the
characters before such a word are tried as a place, which keeps scanning cheap.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import body_checks as C
from kg.extract import body_subunits
from kg.extract import resources as R
from kg.extract.body_names import (central_forms, department_re, departments, group_re, local_organs,
                                   local_re, term_committee_re)

@lru_cache(maxsize=None)
def _central_re() -> re.Pattern:
    # 教育部门, 应急管理部署: a ministry's name before 门 or 署 is a generic word
    return re.compile(f"(?:{R._alt(central_forms())})(?![门署])")


@lru_cache(maxsize=None)
def _anchor_re() -> re.Pattern:
    """Words a local body name ends with (委, 政府, 教育局, 领导小组...): found first, so the
    expensive place patterns run only on the few characters before them."""
    words = [*local_organs(), *departments(), *lexicon.words("group_suffixes"), "局", "厅"]
    return re.compile(R._alt(words))


MAX_BODY = 24
_department_at = C.department_at        # the brute-force scan of the tests checks starts with it


def _scan(text: str):
    """(start, end) of every body name in a text, leftmost-longest, not overlapping."""
    found = [(m.start(), m.end()) for m in _central_re().finditer(text)]
    for m in _anchor_re().finditer(text):
        start = _leftmost_start(text, max(0, m.start() - MAX_BODY), m.start(), m.end(), m.group())
        if start is not None:
            found.append((start, m.end()))
    spans = body_subunits.extend(text, leftmost_longest(_groups_first(text, found)))   # 市公安局交警支队: the unit
    # 省政协常委会议 is 常委 + 会议, a sitting named after the CPPCC committee (its convener): the
    # standing committee is read only where 常委会 is a word of its own
    if "政协常委会议" not in text:
        return spans
    return [(a, b - 3) if text.startswith("议", b) and text.endswith("政协常委会", a, b) else (a, b) for a, b in spans]


def _groups_first(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A group named after its organ (自治区党委第二巡视组) holds that organ: an organ read from
    an earlier start (照自治区党委, a verb taken for a place) that ends inside the group goes."""
    groups = [(a, b) for a, b in spans if text.endswith(_group_suffixes(), a, b)]
    if not groups:
        return spans
    return [(a, b) for a, b in spans if not any(a < c < b < d for c, d in groups)]


def leftmost_longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that do not overlap, the leftmost (then the longest) winning."""
    out, last = [], -1
    for start, end in sorted(spans, key=lambda se: (se[0], -se[1])):
        if start >= last:
            out.append((start, end))
            last = end
    return out


def _leftmost_start(text: str, lo: int, hi: int, end: int, anchor: str) -> int | None:
    """The leftmost start in [lo, hi] of a body name ending at `end`. Trying each start with
    fullmatch in Python was the extract stage's hot spot: instead each pattern runs once as an
    end-anchored search (the regex engine walks the starts in C, leftmost first), and only
    where the text ends with a word that pattern can end with."""
    window = lo
    for brk in _body_breaks().finditer(text, lo, hi):
        lo = brk.end()              # no body name spans such a character: start after the last one
    # a group's task may hold a bracketed or quoted word (市村(社区)“两委”换届工作领导小组): only
    # where such a mark stopped the window does the group pattern search a wider one
    wide = lo
    if lo > window and text[lo - 1] in _TASK_MARKS:
        wide = window
        for brk in _group_breaks().finditer(text, window, hi):
            wide = brk.end()
    best = hi + 1
    for pattern, endings, marked in _ending_patterns():
        start = wide if marked else lo
        if text.endswith(endings, start, end):
            m = pattern.search(text, start, end)
            if m and m.start() < best:
                best = m.start()
    if best > hi and anchor in departments() and (hi == 0 or not R.HAN.match(text[hi - 1])):
        best = hi
    if text.endswith(("局", "厅"), lo, end):       # a department: its start has checks of its own
        m = _ends_at_end(department_re()).search(text, lo, end)
        while m and m.start() < best:
            if C.department_at(text, m.start(), end):
                return m.start()
            m = _ends_at_end(department_re()).search(text, m.start() + 1, end)
    return best if best <= hi else None


@lru_cache(maxsize=None)
def _ends_at_end(pattern: re.Pattern) -> re.Pattern:
    """The pattern, matching only up to the end of the searched range (= fullmatch from the start found)."""
    return re.compile(f"(?:{pattern.pattern})\\Z")


@lru_cache(maxsize=None)
def _ending_patterns() -> tuple[tuple[re.Pattern, tuple[str, ...], bool], ...]:
    """(end-anchored pattern, the words its matches end with, whether its names may hold a
    bracketed or quoted word) for committees with a term, groups and local organs."""
    return ((_ends_at_end(term_committee_re()), ("届委员会", "届委"), False),
            (_ends_at_end(group_re()), _group_suffixes(), True),
            (_ends_at_end(local_re()), (*local_organs(), *departments()), False))


@lru_cache(maxsize=None)
def _body_breaks() -> re.Pattern:
    """A character no local body name can hold: the patterns of body_names.py are built from
    Han characters, digits (第6届) and the words of these lists only (keep them in step)."""
    return _breaks(_held_chars())


_TASK_MARKS = "()“”"        # inside a group's task (body_names._TASK_MARKS)


@lru_cache(maxsize=None)
def _group_breaks() -> re.Pattern:
    return _breaks(_held_chars() + _TASK_MARKS)


def _held_chars() -> str:
    words = [*local_organs(), *departments(), *_group_suffixes(), *R.provinces(), *R.prefectures(),
             *lexicon.words("place_suffixes"), *lexicon.words("admin_levels")]
    return "".join(sorted({c for w in words for c in w}))


def _breaks(held: str) -> re.Pattern:
    return re.compile(f"[^{R.CJK}\\d{re.escape(held)}]")


@lru_cache(maxsize=None)
def _group_suffixes() -> tuple[str, ...]:
    return tuple(lexicon.words("group_suffixes"))
