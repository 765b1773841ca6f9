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
from kg.extract import body_checks as C
from kg.extract import body_branches, body_offices, body_ports, body_stationed, body_zones
from kg.extract.body_groups import bare_groups, convened_group, group_after, party_body
from kg.extract import resources as R
from kg.extract.body_branches import canonical
from kg.extract.body_names import (BodyRef, central_forms, department_re, departments,
                                   group_re, local_organs, local_re, organ_lookalikes, place_path,
                                   term_committee_re)
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
    return leftmost_longest(found)


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
    for brk in _body_breaks().finditer(text, lo, hi):
        lo = brk.end()              # no body name spans such a character: start after the last one
    best = hi + 1
    for pattern, endings in _ending_patterns():
        if text.endswith(endings, lo, end):
            m = pattern.search(text, lo, end)
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
def _ending_patterns() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """(end-anchored pattern, the words its matches end with) for committees with a term,
    groups and local organs."""
    return ((_ends_at_end(term_committee_re()), ("届委员会", "届委")),
            (_ends_at_end(group_re()), _group_suffixes()),
            (_ends_at_end(local_re()), (*local_organs(), *departments())))


@lru_cache(maxsize=None)
def _body_breaks() -> re.Pattern:
    """A character no local body name can hold: the patterns of body_names.py are built from
    Han characters, digits (第6届) and the words of these lists only (keep them in step)."""
    words = [*local_organs(), *departments(), *_group_suffixes(), *R.provinces(), *R.prefectures(),
             *lexicon.words("place_suffixes"), *lexicon.words("admin_levels")]
    held = "".join(sorted({c for w in words for c in w}))
    return re.compile(f"[^{R.CJK}\\d{re.escape(held)}]")


# ------------------------------------------------------------------ mentions in text
def find(sentences: list[Sentence], region: Region, masked: list[tuple[int, int]]) -> list[BodyHit]:
    """Standalone body mentions (not inside a post, a meeting name or a 《title》)."""
    out: list[BodyHit] = []
    headers: list[BodyHit] = []
    for s in sentences:
        for a, b in _scan(s.text):
            # 省政协党组要…, 市公安局党委召开…: the organ's party group (in 党组书记 only a post's)
            word = group_after(s.text, b, s.text[a:b])
            group = word is not None
            start, end = s.offset(a), s.offset(b + 2 * group)
            headed = not group and bool(R.post_head_regex().match(s.text, b))
            if headed and not C.working_organ(s.text[a:b]):
                continue        # 市政府副市长 is a post; 市水务局局长 names the bureau he heads
            if not headed and any(x < end and start < y for x, y in masked) or C.not_after().match(s.text, b):
                continue
            if C.inside_title(s.text, a) and not C.title_issuer(s.text, a, b) or C.TERM_BEFORE.search(s.text, max(0, a - 6), a) \
                    or C.after_page_label(s.text, a):
                continue        # 《…》 titles; 十四届全国人大一次会议 is a session; 主办：X (page furniture)
            if s.text[a - 1:a] in "(（" and s.text[b:b + 1] in ")）" or C.page_furniture(s, a, b):
                if b == len(s.text):        # a line that ends with the organ: the site's name
                    headers.append(BodyHit(canonical(s.text[a:b], region), start, end, s.index))
                continue        # (县政府办): a byline; 某市人民政府 | 政务公开: the site's masthead
            if C.GENERIC_LEVELS_LEFT.search(s.text, max(0, a - 12), a) or C.collective(s.text[a:b]):
                continue        # 各县（市）区政府, 人大各专门委员会: every one of a kind, not one body
            ref = canonical(s.text[a:b], region)
            if ref is None:
                # 要求市人力资源社会保障局: "求市" read as an unknown place; the level word is the start
                level_at = next((a + k for k in range(1, 5) if s.text[a + k:a + k + 1] in _LEVEL_CHARS), None)
                if level_at is not None:
                    level_at -= 2 * (level_at - 2 >= a and s.text.startswith("自治", level_at - 2))   # 受自治区…
                    ref, start = canonical(s.text[level_at:b], region), s.offset(level_at)
            if ref:
                out.append(BodyHit(party_body(ref, word) if group else ref, start, end, s.index))
                convened = None if group else convened_group(s.text, b, s.text[a:b])
                if convened:
                    out.append(BodyHit(party_body(ref, convened), start, end, s.index))
    # zone organs and port units are read whole: a local organ found inside one (州海关) goes
    zones = [BodyHit(*z) for z in (*body_zones.find(sentences, region, masked), *body_ports.find(sentences),
                                      *body_branches.find(sentences), *body_offices.find(sentences))]
    held = [(z.start, z.end, z.sentence) for z in zones] + body_stationed.spans(sentences)
    inside = [any(n == h.sentence and a < h.end and h.start < b for a, b, n in held) for h in out]
    # a bare 总局党委 still finds the central agency written inside a unit's name (国家税务总局上海市税务局)
    known = [h for h, i in zip(out, inside) if not i or h.ref.jurisdiction == "全国"]   # a bare 局党委: an agency's unit's too
    known = sorted(known + [z for z in zones if body_branches.is_unit(z.ref)], key=lambda h: (h.sentence, h.start))
    groups = [BodyHit(*g) for g in bare_groups(sentences, known, [h for h in headers if h.ref], region)]
    return [h for h, i in zip(out, inside) if not i] + zones + groups


_LEVEL_CHARS = "省市县区州旗"


def find_in(name: str, region: Region) -> list[BodyRef]:
    """Bodies written inside a string such as a meeting's name (区委会议 -> 区委)."""
    unit = body_branches.leading(name)
    if unit:
        return [unit]
    out = []
    for a, b in _scan(name):
        ref = canonical(name[a:b], region)
        if ref:
            out.append(ref)
    return out


def leading(text: str, region: Region) -> BodyRef | None:
    """The body a text starts with (区委 in 区委理论学习中心组), if any."""
    unit = body_branches.leading(text)
    if unit:
        return unit
    for a, b in _scan(text):
        if a == 0:
            return canonical(text[:b], region)
    return None


@lru_cache(maxsize=None)
def _group_suffixes() -> tuple[str, ...]:
    return tuple(lexicon.words("group_suffixes"))
