"""Units written after their department: 市公安局交警支队, 县城管局执法大队. The scanner finds the
department (市公安局) and stops, so the unit (a body of its own, with its own leaders and
meetings) was lost or read as the department. A span that ends a bureau and is followed by a
unit word (kg/data/department_subunits.txt) is read on to the unit's end; its canonical name is
the department's canonical name and the unit word (柳州市公安局交警支队), its aliases those of
the department with the unit word in both its forms (交警支队, 交通警察支队).
A bureau's branch office is such a unit too, named by its area (市生态环境局镇雄分局,
县公安局森林分局, 市公安局武侯区分局): two characters (and 区/县) and 分局 after the bureau.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.body_names import BodyRef, full_form
from kg.extract.jurisdiction import Region


@lru_cache(maxsize=None)
def _words() -> tuple[str, ...]:
    """Longest first: 综合执法支队 before 执法支队."""
    return tuple(sorted(lexicon.words("department_subunits"), key=len, reverse=True))


@lru_cache(maxsize=None)
def _unit_re() -> re.Pattern:
    return re.compile(R._alt(_words()))


@lru_cache(maxsize=None)
def _branch_re() -> re.Pattern:
    # 局要求各分局, 局和各分局: a function word is no branch's name
    return re.compile(f"(?![各和及与要在对将等并向由为])[{R.CJK}]{{2}}[区县]?分局")


def _unit_at(text: str, b: int):
    return _unit_re().match(text, b) or _branch_re().match(text, b)


def extend(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, each bureau followed by a unit word read on to the unit's end."""
    out = []
    for a, b in spans:
        if text[b - 1:b] == "局":
            m = _unit_at(text, b)
            if m:
                b = m.end()
        out.append((a, b))
    return out


def canonical(written: str, region: Region, parent_of) -> BodyRef | None:
    """The unit's BodyRef, or None where `written` is no bureau and unit (parent_of reads the bureau)."""
    if written.endswith(_words()):
        unit = next(w for w in _words() if written.endswith(w))
    elif written.endswith("分局") and 0 < written.rfind("局", 0, -2) >= len(written) - 7:
        unit = written[written.rfind("局", 0, -2) + 1:]
    else:
        return None
    head = written[:-len(unit)]
    if not head.endswith("局"):
        return None
    parent = parent_of(head, region)
    if parent is None or not parent.canonical.endswith("局"):
        return None
    forms = {unit, full_form(unit, "")}
    aliases = {a + f for a in parent.aliases for f in forms}
    name = parent.canonical + unit
    return BodyRef(name, written, tuple(sorted({name, written, *aliases})), parent.jurisdiction)
