"""Counties a report speaks for, placed through kg/data/counties.tsv: a county report that
never names its prefecture or province (乳源县委常委会召开会议…传达学习全省…会议精神) still gets
them, so its 省委 and 全省 meetings are placed and merge with the same meetings elsewhere."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.extract import resources as R

_SUFFIX_AT_END = re.compile("(?:自治县|自治旗|县|区|旗)$")


def place_county(written: str, province, prefecture):
    """(province, prefecture, county) for a county the report speaks for: a county listed in
    kg/data/counties.tsv (乳源县 or 乳源瑶族自治县) lends its prefecture and province when the
    report names none that disagree, so 省委 in a county report that never names its province
    is still placed. Unlisted or ambiguous names (城关区) leave everything as it was."""
    unit = county_unit(written)
    if unit is None:
        return province, prefecture, written
    full, pref, prov = unit
    if province not in (None, prov) or prefecture not in (None, pref or None):
        return province, prefecture, written
    return prov, prefecture or pref or None, full


def county_unit(written: str):
    """(full, prefecture, province) of a listed county written in full or short + suffix."""
    unit = R.counties().get(written)
    if unit is None:
        unit = R.counties().get(_SUFFIX_AT_END.sub("", written))
        if unit and unit[0][-1] != written[-1]:
            unit = None          # 武江县 is not 武江区
    return unit


def listed_counties(text: str, province: str | None) -> Counter:
    """Listed counties heading an organ (乳源县委, 乳源瑶族自治县人民政府): a county report
    that names itself only as the owner of its party committee or government."""
    seen: Counter = Counter()
    for m in _county_organ_re().finditer(text):
        written = m.group(1) + (m.group(2) or "")
        unit = county_unit(written)
        if unit and unit[2] == (province or unit[2]) and (m.group(2) or m.group(1) == unit[0]):
            seen[written] += 1
    return seen


@lru_cache(maxsize=None)
def _county_organ_re() -> re.Pattern:
    return re.compile(f"({R._alt(R.counties())})(县|区|旗)?(?=委|党委|政府|人民政府|人大|政协)")
