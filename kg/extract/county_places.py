"""Counties a report speaks for, placed through kg/data/counties.tsv: a county report that
never names its prefecture or province (乳源县委常委会召开会议…传达学习全省…会议精神) still gets
them, so its 省委 and 全省 meetings are placed and merge with the same meetings elsewhere; and a
meeting's name led by a county-level place (于都县委常委会会议, 晋江市续会) is placed in it."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from kg import lexicon
from kg.extract import resources as R
from kg.extract.name_scope import scope_of

if TYPE_CHECKING:       # (jurisdiction imports this module)
    from kg.extract.jurisdiction import Region

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


@lru_cache(maxsize=None)
def county_city_re() -> re.Pattern:
    """The full name of a county-level city of the table (兴化市, 晋江市): a prefecture's
    pattern does not know them."""
    return re.compile(R._alt(full for full, _, _, _ in lexicon.rows("counties") if full.endswith("市")))


def written_short(county: str | None, text: str) -> tuple[str, ...]:
    """积石山县 for 积石山保安族东乡族撒拉族自治县 where the report writes it so: an autonomous
    county's own reports name its meetings by the short form they use (a header's full name
    beside 我县 and 积石山县 in the article)."""
    short = autonomous_short(county or "")
    return (short,) if short and short in text else ()


def autonomous_short(county: str) -> str | None:
    """积石山县 for 积石山保安族东乡族撒拉族自治县 (kg/data/counties.tsv's short name + 县)."""
    return _autonomous_shorts().get(county)


@lru_cache(maxsize=None)
def _autonomous_shorts() -> dict[str, str]:
    return {full: short + "县" for full, short, _pref, _prov in lexicon.rows("counties")
            if short and full.endswith("自治县")}


def listed_counties(text: str, province: str | None) -> Counter:
    """Listed counties heading an organ (乳源县委, 乳源瑶族自治县人民政府): a county report
    that names itself only as the owner of its party committee or government."""
    seen: Counter = Counter()
    for m in _county_organ_re().finditer(text):
        if m.group(1)[0] in R.STOP_CHARS and m.start() > 0 and R.HAN.match(text[m.start() - 1]):
            continue             # 精神和县委书记: 和 joins two phrases, it does not start 和县
        written = m.group(1) + (m.group(2) or "")
        unit = county_unit(written)
        if unit and unit[2] == (province or unit[2]) and (m.group(2) or m.group(1) == unit[0]):
            seen[written] += 1
    return seen


@lru_cache(maxsize=None)
def _county_organ_re() -> re.Pattern:
    return re.compile(f"({R._alt(R.counties())})(县|区|旗)?(?=委|党委|政府|人民政府|人大|政协)")


@lru_cache(maxsize=None)
def _generic_areas() -> frozenset[str]:
    return frozenset(lexicon.words("generic_areas"))


_COUNTY_SUFFIX = re.compile("(自治县|自治旗|县|区|旗)")
_PARTY = ("中国共产党", "中国", "中共")
_NATURAL_LEFT = re.compile(f"(?:^|[^{R.CJK}]|中国共产党|中共|在|我|和|及|与)$")
# (X县Y镇党委召开…: a county written before one of its towns is the report's place)
_STRONG_RIGHT = re.compile("召开|组织|立即|随即|第|人民政府|上下|融媒|[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)(?:党委|党工委|政府|人民政府|召开|组织)")


def counties_named(text: str) -> Counter:
    """County-level places the text names as actors (宿豫区立即召开, 东安县组织, 中国共产党
    阜城县第十四届...) or names twice, each time right after a boundary."""
    seen: Counter = Counter()
    strong: set[str] = set()
    lookalike: set[str] = set()
    for m in _COUNTY_SUFFIX.finditer(text):
        end = m.start()
        if text.startswith("长", m.end()):
            continue             # 副县长, 代县长, 副旗长: a post, not a place 副旗 / 代县
        for size in (4, 3, 2, 1):
            core = text[max(0, end - size):end]
            # (a function word may start a listed county's name: 于都县召开)
            if len(core) < size or not all(R.HAN.match(ch) for ch in core) \
                    or any(ch in R.STOP_CHARS for ch in core) and county_unit(core + m.group(1)) is None:
                continue
            if core.startswith(_PARTY):
                continue         # 中共西陵区委: the party's prefix, not part of the place
            if not _NATURAL_LEFT.search(text[max(0, end - size - 5):end - size]):
                continue
            name = core + m.group(1)
            if name in _generic_areas():
                break
            if any(name.endswith(g) for g in _generic_areas()):
                if county_unit(name) is None:
                    break
                lookalike.add(name)     # 西城区召开 (a district), not 老城区 twice (an old town)
            seen[name] += 1
            if _STRONG_RIGHT.match(text, m.end()):
                strong.add(name)
            break
    return Counter({k: v for k, v in seen.items() if k in strong or v >= 2 and k not in lookalike})


def county_lead(name: str, region: Region) -> tuple[str, str, str] | None:
    """(县, the county, what follows it) for a name that starts with a county-level place
    the report names and then its organ: 于都县委常委会会议 is the 县委常委会会议 of 于都县
    (split_scope knows provinces and prefectures only), and so is 蔚县县委常委会会议. A
    county-level city of the table written in full before its follow-up (晋江市续会, in a
    township's report) is placed so too, at its own level."""
    for place in sorted(region.places, key=lambda p: (-len(p), p)):     # a set: a fixed order
        if len(place) >= 2 and place.endswith(("县", "区", "旗")) and name.startswith(place) \
                and place not in (region.province, region.prefecture):
            rest = name[len(place):]
            if rest.startswith(place[-1] + "委"):
                rest = rest[1:]
            return ("县", place, rest) if rest.startswith(("委", "政府", "人民政府")) else None
    city = county_city_re().match(name)
    return (scope_of(city.group())[0], city.group(), "续会") if city and name == city.group() + "续会" else None
