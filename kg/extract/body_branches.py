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
from kg.extract import resources as R
from kg.extract.body_groups import group_after
from kg.extract.body_names import BodyRef
from kg.extract.body_ports import place_names
from kg.extract.sentences import Sentence

_PLACE_SUFFIX = "(?:自治区|自治州|地区|省|市|州|盟|县|区)?"


@lru_cache(maxsize=None)
def _agencies() -> dict[str, tuple[str, str]]:
    """written agency -> (unit word, full agency name)."""
    return {written: (unit, full) for written, unit, full in lexicon.rows("body_branches")}


@lru_cache(maxsize=None)
def _agency_re() -> re.Pattern:
    return re.compile(R._alt(_agencies()))


@lru_cache(maxsize=None)
def _branch_re() -> re.Pattern:
    units = R._alt({unit for unit, _ in _agencies().values()})
    return re.compile(f"(?P<agency>{R._alt(_agencies())})(?P<place>(?:{R._alt(place_names())}){_PLACE_SUFFIX})"
                      f"(?P<unit>{units})")


def _unit(text: str, m: re.Match) -> BodyRef | None:
    unit, full = _agencies()[m["agency"]]
    if m["unit"] != unit:
        return None
    name, written = full + m["place"] + unit, m.group()
    word = group_after(text, m.end(), "局")       # its 党委 (a bureau's) or 党组
    if word:
        name, written = name + word, written + word
    return BodyRef(name, written, tuple(sorted({name, written})), "全国")


def leading(text: str) -> BodyRef | None:
    """The unit a text (a meeting's holder or name) starts with, if any."""
    m = _branch_re().match(text) if _agency_re().match(text) else None
    return _unit(text, m) if m else None


def find(sentences: list[Sentence]) -> list[tuple[BodyRef, int, int, int]]:
    """(body, start, end, sentence) of each agency unit named in the text, and its party organ."""
    out = []
    for s in sentences:
        text = s.text
        if _agency_re().search(text) is None:       # the full pattern is slow to fail
            continue
        for m in _branch_re().finditer(text):
            ref = None if C.inside_title(text, m.start()) else _unit(text, m)
            if ref:
                out.append((ref, s.offset(m.start()), s.offset(m.start() + len(ref.written)), s.index))
    return out
