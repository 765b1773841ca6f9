"""Bodies in the text: standalone mentions of organs (not inside a post, a meeting name or a
《title》), bodies written inside a string (a meeting's convener), and their canonical forms
(body_names.py). Local names are found from the word they end with (委, 政府, 教育局, 领导小组):
only the characters before such a word are tried as a place, which keeps scanning cheap.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.body_names import (BodyRef, canonical, central_forms, departments, group_re,
                                   local_organs, local_re, place_path)
from kg.extract.jurisdiction import Region
from kg.extract.sentences import Sentence

__all__ = ["BodyRef", "BodyHit", "canonical", "place_path", "find", "find_in", "leading"]


@dataclass(frozen=True)
class BodyHit:
    ref: BodyRef
    start: int
    end: int
    sentence: int


@lru_cache(maxsize=None)
def _central_re() -> re.Pattern:
    return re.compile(R._alt(central_forms()))


@lru_cache(maxsize=None)
def _anchor_re() -> re.Pattern:
    """Words a local body name ends with (委, 政府, 教育局, 领导小组...): found first, so the
    expensive place patterns run only on the few characters before them."""
    words = [*local_organs(), *lexicon.words("departments"), *lexicon.words("group_suffixes")]
    return re.compile(R._alt(words))


MAX_BODY = 24


def _scan(text: str):
    """(start, end) of every body name in a text, leftmost-longest, not overlapping."""
    found = [(m.start(), m.end()) for m in _central_re().finditer(text)]
    for m in _anchor_re().finditer(text):
        end = m.end()
        for start in range(max(0, m.start() - MAX_BODY), m.start() + 1):
            if group_re().fullmatch(text, start, end) or local_re().fullmatch(text, start, end) or (
                    start == m.start() and m.group() in departments()
                    and (start == 0 or not R.HAN.match(text[start - 1]))):
                found.append((start, end))
                break
    found.sort(key=lambda se: (se[0], -se[1]))
    out, last = [], -1
    for start, end in found:
        if start >= last:
            out.append((start, end))
            last = end
    return out


@lru_cache(maxsize=None)
def _not_after() -> re.Pattern:
    return re.compile(f"(?:[一二三四五六七八九十\\d]+楼|{R._alt(lexicon.words('body_not_followed_by'))})")


# ------------------------------------------------------------------ mentions in text
def find(sentences: list[Sentence], region: Region, masked: list[tuple[int, int]]) -> list[BodyHit]:
    """Standalone body mentions (not inside a post, a meeting name or a 《title》)."""
    out: list[BodyHit] = []
    for s in sentences:
        for a, b in _scan(s.text):
            start, end = s.offset(a), s.offset(b)
            if any(x < end and start < y for x, y in masked) or _not_after().match(s.text, b):
                continue
            if _inside_title(s.text, a) or R.post_head_regex().match(s.text, b):
                continue        # 《…》 titles; 市政府副市长 is a post, not a body
            if s.text[a - 1:a] in "(（" and s.text[b:b + 1] in ")）":
                continue        # (县政府办): a byline
            ref = canonical(s.text[a:b], region)
            if ref:
                out.append(BodyHit(ref, start, end, s.index))
    return out


def find_in(name: str, region: Region) -> list[BodyRef]:
    """Bodies written inside a string such as a meeting's name (区委会议 -> 区委)."""
    out = []
    for a, b in _scan(name):
        ref = canonical(name[a:b], region)
        if ref:
            out.append(ref)
    return out


def leading(text: str, region: Region) -> BodyRef | None:
    """The body a text starts with (区委 in 区委理论学习中心组), if any."""
    for a, b in _scan(text):
        if a == 0:
            return canonical(text[:b], region)
    return None


def _inside_title(text: str, pos: int) -> bool:
    return text.count("《", 0, pos) > text.count("》", 0, pos)
