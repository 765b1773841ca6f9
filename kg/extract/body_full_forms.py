"""Departments a report may write bare or short, and the full names the GUIDE gives them
(住建局 -> 住房和城乡建设局), read from kg/data/departments.txt and department_full_forms.tsv.
Vertical units named by a bare place (郑州海关, not 郑州市海关) are no local department: a
level or a bare word before them (区海关, 海关监管) names no unit (kg/data/body_port_units.txt)."""
from __future__ import annotations

from functools import lru_cache

from kg import lexicon


@lru_cache(maxsize=None)
def departments() -> frozenset[str]:
    return frozenset((*lexicon.words("departments"), *(w for row in _full_forms_rows() for w in row)))


@lru_cache(maxsize=None)
def _full_forms_rows() -> tuple[tuple[str, ...], ...]:
    return lexicon.rows("department_full_forms")


def full_form(organ: str, place: str) -> str:
    """住建局 -> 住房和城乡建设局: a department's full name, as the GUIDE names bodies. A city
    district's department keeps its written form: its full name would carry the city too
    (天津市西青区发展和改革委员会), which the district's own name does not say."""
    if place.endswith("区") and not place.endswith(("自治区", "地区")):
        return organ
    return _full_forms().get(organ, organ)


@lru_cache(maxsize=None)
def _full_forms() -> dict[str, str]:
    return {short: full for short, full in _full_forms_rows()}


@lru_cache(maxsize=None)
def port_units() -> tuple[str, ...]:
    return tuple(lexicon.words("body_port_units"))
