"""Organs of several places written once, after a list of the places: the organ word is shared
and each place has its own organ (株洲市、常德市市场监管局; 贵阳市、遵义市、黔东南州医保局;
合肥、阜阳、六安三市市场监管局). The scanner finds only the organ of the last place; the others
are read here, from the places chained before it."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import resources as R
from kg.extract.body_branches import canonical
from kg.extract.body_names import BodyRef, department_re, group_re, local_re
from kg.extract.body_places import autonomous_by_short
from kg.extract.jurisdiction import Region

_JOINS = "、和及"
_COUNTS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_COUNTED_LEVELS = "市县区州"
_LONGEST_PLACE = 10
_LEVEL = re.compile(R.level_pattern())


def shared(text: str, a: int, b: int, region: Region) -> tuple[list[tuple[BodyRef, int, int]], bool]:
    """(body, start, end) of each place listed before the organ at text[a:b], and whether the
    organ at text[a:b] is itself only the list's shared word (三市市场监管局: no body of its own)."""
    if a < 2:
        return [], False
    if text[a - 1] in _JOINS:
        organ = _organ_after_place(text[a:b])
        return (_chain(text, a - 1, lambda place: place, organ, region) if organ else []), False
    count = _COUNTS.get(text[a - 1])
    if count is None or text[a] not in _COUNTED_LEVELS:
        return [], False
    level, organ = text[a], text[a + 1:b]
    found = _chain(text, a - 1, lambda place: place + level, organ, region)
    return (found, True) if len(found) == count else ([], False)


@lru_cache(maxsize=None)
def _place_re() -> re.Pattern:
    return re.compile(f"{R.listed_place_pattern()}|{R.free_place_pattern()}|{R._alt(autonomous_by_short())}")


def _organ_after_place(written: str) -> str | None:
    """The organ word of a body written after a place (常德市|市场监管局), None after a level
    word (市市场监管局 is the report's own city's, no list's)."""
    m = group_re().fullmatch(written)
    if m:
        scope = m.group("scope")
        return m.group("task") + m.group("suffix") if written.startswith(_listed(scope)) else None
    m = local_re().fullmatch(written) or department_re().fullmatch(written)
    if m is None or m.group("level") or m.groupdict().get("area"):
        return None
    return m.group("organ")


def _listed(scope: str) -> str:
    """A group's scope that is a place (宁波市), or a string no name starts with."""
    return scope if scope not in ("中央", "国务院") and not scope.startswith("全") \
        and re.fullmatch(R.level_pattern(), scope) is None else "\0"


def _chain(text: str, end: int, form, organ: str, region: Region) -> list[tuple[BodyRef, int, int]]:
    """Places joined by 、/和/及 ending at `end` (the join before the organ, or the count), right
    to left: each, written in full as `form(place)` (合肥 -> 合肥市), is read with the organ;
    the chain stops at the first text that names no place or no body."""
    out = []
    while end > 0:
        hit = _place_before(text, end, form, organ, region)
        if hit is None:
            break
        out.append(hit)
        end = hit[1] - 1
        if end < 1 or text[end] not in _JOINS:
            break
    return out


def _place_before(text: str, end: int, form, organ: str, region: Region) -> tuple[BodyRef, int, int] | None:
    """The longest place ending at `end` whose organ reads as a placed body."""
    for start in range(max(0, end - _LONGEST_PLACE), end - 1):
        place = text[start:end]
        if not R.HAN.match(place[0]) or place[0] in R.STOP_CHARS or any(c in _JOINS for c in place) \
                or _LEVEL.match(place):
            continue            # 省贵阳市: a level word starts no listed place
        if not _place_re().fullmatch(form(place)):
            continue            # 北京市援藏指挥部、江苏省援藏前方指挥部: a body, not a place, before the join
        ref = canonical(form(place) + organ, region)
        if ref is not None and ref.jurisdiction is not None:
            return ref, start, end
    return None
