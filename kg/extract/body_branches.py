"""Local units of vertically managed central agencies: the central bank's branches
(人民银行浙江省分行), tax bureaus (国家税务总局上海市税务局), financial regulators' offices
(国家金融监督管理总局四川监管局) and inspectorates (国家自然资源督察广州局).

Such a unit is written agency + place + unit word. Read as local organs, the agency was taken
for a central body and the rest for a provincial department (四川省监管局); read whole, the
unit keeps its own name, one across the country, under the agency's full name
(人民银行 -> 中国人民银行), and its 党委/党组 right after it is that unit's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import body_checks as C
from kg.extract import body_subunits
from kg.extract import resources as R
from kg.extract.body_groups import group_after
from kg.extract.body_names import BodyRef, canonical as _canonical
from kg.extract.jurisdiction import Region
from kg.extract.body_ports import place_names
from kg.extract.sentences import Sentence

_PLACE_SUFFIX = "(?:自治区|自治州|地区|省|市|州|盟|县|区)?"


@lru_cache(maxsize=None)
def _agencies() -> dict[str, tuple[frozenset[str], str]]:
    """written agency -> (its unit words, full agency name); an agency may have units of two grades."""
    units: dict[str, set[str]] = {}
    full_of = {}
    for written, unit, full in lexicon.rows("body_branches"):
        units.setdefault(written, set()).add(unit)
        full_of[written] = full
    return {w: (frozenset(u), full_of[w]) for w, u in units.items()}


@lru_cache(maxsize=None)
def _agency_re() -> re.Pattern:
    return re.compile(R._alt(_agencies()))


@lru_cache(maxsize=None)
def _branch_re() -> re.Pattern:
    units = R._alt({unit for us, _ in _agencies().values() for unit in us})
    return re.compile(f"(?P<agency>{R._alt(_agencies())})(?P<place>(?:{R._alt(place_names())}){_PLACE_SUFFIX})"
                      f"(?P<unit>{units})")


def _unit(text: str, m: re.Match) -> BodyRef | None:
    units, full = _agencies()[m["agency"]]
    if m["unit"] not in units:
        return None
    return _with_group(text, m, full + m["place"] + m["unit"])


def _with_group(text: str, m: re.Match, name: str, where: str = "全国") -> BodyRef:
    written = m.group()
    word = group_after(text, m.end(), "局")       # its 党委 (a bureau's) or 党组
    if word:
        name, written = name + word, written + word
    return BodyRef(name, written, tuple(sorted({name, written})), where)


def canonical(written: str, region: Region) -> BodyRef | None:
    """body_names.canonical, a whole agency unit first (湖北金融监管局 is no province's department)."""
    written = written.strip()
    if written.startswith(("市党委", "县党委")):
        return None     # a city's committee is its 市委: 师市党委, 韩城市党委 end a name not read
    unit = leading(written)
    if unit and unit.written == written:
        return unit
    return _canonical(written, region) or body_subunits.canonical(written, region, _canonical)


def is_unit(ref: BodyRef) -> bool:
    """An agency's unit written short (湖北金融监管局), not its 党委: a bare 局党委 in the report may
    be its, as the short form is how a unit's own site writes itself. A long form is more often
    a partner named in passing (会同国家金融监督管理总局四川监管局), no 局党委's."""
    return ref.written.endswith(_short_ends()) and not ref.written.startswith(_fulls())


@lru_cache(maxsize=None)
def _short_ends() -> tuple[str, ...]:
    return tuple(_shorts())


@lru_cache(maxsize=None)
def _fulls() -> tuple[str, ...]:
    return tuple(_agencies())


def leading(text: str) -> BodyRef | None:
    """The unit a text (a meeting's holder or name) starts with, if any."""
    m = _branch_re().match(text) if _agency_re().match(text) else None
    return _unit(text, m) if m else leading_short(text)


def find(sentences: list[Sentence]) -> list[tuple[BodyRef, int, int, int]]:
    """(body, start, end, sentence) of each agency unit named in the text, and its party organ."""
    out = []
    for s in sentences:
        text = s.text
        spans: list[tuple[int, int]] = []
        if _agency_re().search(text) is not None:       # the full pattern is slow to fail
            for m in _branch_re().finditer(text):
                ref = None if C.inside_title(text, m.start()) else _unit(text, m)
                if ref:
                    spans.append((m.start(), m.end()))
                    out.append((ref, s.offset(m.start()), s.offset(m.start() + len(ref.written)), s.index))
        if _short_unit_re().search(text) is None:
            continue
        for m in _short_re().finditer(text):
            if any(a <= m.start() < b for a, b in spans) or C.inside_title(text, m.start()):
                continue        # 国家统计局四川调查总队: the long form holds it
            ref = _short_unit(text, m)
            out.append((ref, s.offset(m.start()), s.offset(m.start() + len(ref.written)), s.index))
    return out


# ------------------------------------------------------------------ short forms (湖北金融监管局)
@lru_cache(maxsize=None)
def _shorts() -> dict[str, tuple[str, str]]:
    """written unit word -> (full agency name, the unit word of the full name)."""
    return {written: (full, unit) for written, full, unit in lexicon.rows("body_branch_shorts")}


@lru_cache(maxsize=None)
def _short_unit_re() -> re.Pattern:
    return re.compile(R._alt(_shorts()))


@lru_cache(maxsize=None)
def _short_re() -> re.Pattern:
    return re.compile(f"(?P<place>{R._alt(place_names())})(?P<unit>{R._alt(_shorts())})")


def _short_unit(text: str, m: re.Match) -> BodyRef:
    """湖北金融监管局 -> 国家金融监督管理总局湖北监管局: the place loses its level word, as in
    the unit's own name (湖北省金融监管局 is the same unit)."""
    full, unit = _shorts()[m["unit"]]
    place = m["place"]
    if len(place) >= 3 and place.endswith(("省", "市")):
        place = place[:-1]
    return _with_group(text, m, full + place + unit, _where(m["place"]))


def _where(place: str) -> str:
    """The unit's province (or prefecture, as a path), as a local organ there has: its meetings
    are that place's, like the ones its long form or a department there holds."""
    if place in R.provinces():
        return R.provinces()[place]
    if place in R.prefectures():
        full, province = R.prefectures()[place]
        return province + full
    return "全国"


def leading_short(text: str) -> BodyRef | None:
    m = _short_re().match(text) if _short_unit_re().search(text) else None
    return _short_unit(text, m) if m else None
