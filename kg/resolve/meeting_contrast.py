"""Words in two alike meeting names that tell the meetings apart however alike the rest is:
a different ordinal (中央第三督察组… / 中央第七督察组…, 第一次 / 第二次) or a different province
named inside the name (督察河北省工作动员会 / 督察广西壮族自治区工作动员会). Central teams hold one
such meeting in each province within days, so the names differ in only a few characters."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import resources as R
from kg.extract.meeting_refs import ordinal_number

_NUMERALS = "〇零一二三四五六七八九"


@lru_cache(maxsize=None)
def _marks() -> re.Pattern:
    return re.compile(f"第([{_NUMERALS}十百\\d]+)|({R._alt(R.provinces())})")


@lru_cache(maxsize=1 << 16)
def marks(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(ordinals, provinces) written in a name core."""
    ordinals, places = set(), set()
    for m in _marks().finditer(name):
        if m.group(1):
            ordinals.add(ordinal_number(m.group(1)))
        elif len(m.group(2)) >= 2:
            places.add(R.provinces()[m.group(2)])
    return frozenset(ordinals), frozenset(places)


def apart(a: str, b: str) -> bool:
    """Both names write an ordinal (or a province) and they share none."""
    return any(x and y and not x & y for x, y in zip(marks(a), marks(b)))
