"""Bodies: party and state organs, departments and working organs, with jurisdiction.

A written form is mapped to one canonical name so that every report's mention of the same
organ agrees: central organs by the table in kg/data/central_bodies.tsv (党中央 -> 中共中央),
local organs by level + organ (省委 in a Jiangxi report -> 中共江西省委, 县政府 -> X县人民政府),
departments and working organs by filling the place in (教育局 -> 东安县教育局).
Where the report does not say which place, the written form is kept and the body is known
to belong to this report only (its jurisdiction is None).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.jurisdiction import Region
from kg.extract.sentences import Sentence


@dataclass(frozen=True)
class BodyRef:
    canonical: str
    written: str
    aliases: tuple[str, ...]
    jurisdiction: str | None        # 全国, 江苏省, 江苏省宿迁市...; None when the report does not say


@dataclass(frozen=True)
class BodyHit:
    ref: BodyRef
    start: int
    end: int
    sentence: int


# ------------------------------------------------------------------ tables and patterns
@lru_cache(maxsize=None)
def _central() -> dict[str, tuple[str, tuple[str, ...]]]:
    out = {}
    for row in lexicon.rows("central_bodies"):
        canonical, aliases = row[0], tuple(row[1].split()) if len(row) > 1 else ()
        for form in (canonical, *aliases):
            out[form] = (canonical, aliases)
    return out


@lru_cache(maxsize=None)
def _local_organs() -> dict[str, str]:
    return {suffix: template for suffix, template, _kind in lexicon.rows("local_organs")}


@lru_cache(maxsize=None)
def _local_re() -> re.Pattern:
    organs = R._alt([*_local_organs(), *lexicon.words("departments")])
    return re.compile(f"(?:(?P<listed>{R.listed_place_pattern()})|(?P<free>{R.free_place_pattern()})"
                      f"|(?P<level>{R.level_pattern()}))(?P<organ>{organs})")


@lru_cache(maxsize=None)
def _group_re() -> re.Pattern:
    suffix = R._alt(lexicon.words("group_suffixes"))
    return re.compile(f"(?P<scope>中央|国务院|全(?:省|市|县|区)|{R.listed_place_pattern()}|{R.level_pattern()})"
                      f"(?P<task>(?:(?![的在了和与是,，。、])[{R.CJK}]){{2,16}}?)(?P<suffix>{suffix})")


@lru_cache(maxsize=None)
def _central_re() -> re.Pattern:
    return re.compile(R._alt(_central()))


@lru_cache(maxsize=None)
def _anchor_re() -> re.Pattern:
    """Words a local body name ends with (委, 政府, 教育局, 领导小组...): found first, so the
    expensive place patterns run only on the few characters before them."""
    words = [*_local_organs(), *lexicon.words("departments"), *lexicon.words("group_suffixes")]
    return re.compile(R._alt(words))


MAX_BODY = 24


def _scan(text: str):
    """(start, end) of every body name in a text, leftmost-longest, not overlapping."""
    found = [(m.start(), m.end()) for m in _central_re().finditer(text)]
    for m in _anchor_re().finditer(text):
        end = m.end()
        for start in range(max(0, m.start() - MAX_BODY), m.start() + 1):
            if _group_re().fullmatch(text, start, end) or _local_re().fullmatch(text, start, end) or (
                    start == m.start() and m.group() in _departments()
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


# ------------------------------------------------------------------ canonical forms
def canonical(written: str, region: Region) -> BodyRef | None:
    """The canonical body for a written form, or None if it is not a body we know how to read."""
    written = written.strip()
    if written in _central():
        name, aliases = _central()[written]
        return BodyRef(name, written, tuple(sorted({name, written, *aliases})), "全国")
    m = _group_re().fullmatch(written)
    if m:
        return _group(m, written, region)
    m = _local_re().fullmatch(written)
    if m:
        return _local(m, written, region)
    if written in _departments():                  # 教育局 in a county report: the county's
        place = region.place_for(region.level) if region.level else None
        if place is None:
            return BodyRef(written, written, (written,), None)
        return BodyRef(place + written, written, tuple(sorted({place + written, written})),
                       place_path(place, region))
    return None


@lru_cache(maxsize=None)
def _departments() -> frozenset[str]:
    return frozenset(lexicon.words("departments"))


def _local(m: re.Match, written: str, region: Region) -> BodyRef | None:
    organ = m.group("organ")
    if m.group("level"):
        place = region.place_for(m.group("level"))
    elif m.group("free"):
        place = m.group("free") if m.group("free") in region.places else None
        if place is None:
            return None
    else:
        place = _full_place(m.group("listed"))
    template = _local_organs().get(organ)
    if place is None:                       # 省委 in a report that never says which province
        return BodyRef(written, written, (written,), None)
    full = template.format(place=place) if template else place + organ
    short = place + organ if template else full
    level_form = (m.group("level") or "") + organ
    aliases = {full, written, short, *([level_form] if m.group("level") else [])}
    return BodyRef(full, written, tuple(sorted(aliases)), place_path(place, region))


def _group(m: re.Match, written: str, region: Region) -> BodyRef:
    scope = m.group("scope")
    level = scope[1:] if scope.startswith("全") else scope
    if scope in ("中央", "国务院"):
        return BodyRef(written, written, (written,), "全国")
    place = region.place_for(level) if level in ("省", "市", "县", "区", "自治区", "州", "盟", "旗") else _full_place(scope)
    bare = level + m.group("task") + m.group("suffix")
    if place is None:
        return BodyRef(bare, written, tuple(sorted({bare, written})), None)
    full = place + m.group("task") + m.group("suffix")
    return BodyRef(full, written, tuple(sorted({full, bare, written})), place_path(place, region))


def _full_place(written: str) -> str:
    if written in R.provinces():
        return R.provinces()[written]
    if written in R.prefectures():
        return R.prefectures()[written][0]
    return written


def place_path(place: str, region: Region) -> str:
    """A place as a path from its province where known (宿迁市 -> 江苏省宿迁市)."""
    if place == region.county and region.name:
        return region.name
    if place == region.prefecture and region.province and place != region.province:
        return region.province + place
    if place in R.prefectures() and R.prefectures()[place][0] == place:
        return R.prefectures()[place][1] + place
    return place


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
