"""Post titles: the chain of posts written before a name, and the same titles with the
report's jurisdiction filled in (省委书记 in a Jiangxi report -> 江西省委书记).

A post is [中共] [places, levels, 中央/全国] (organ part)* head word, read right to left from the
name: the longest segment that is a whole post wins, and 、 or 兼 before it starts another.
An unlisted place (宿豫区委书记) must be one the report itself names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.county_places import county_unit
from kg.extract.jurisdiction import Region

MAX_POST = 24          # longest post title considered, in characters
_LEVEL_START = re.compile("^(自治区|特别行政区|省|市|县|区|州|盟|旗)")
_DEPUTY_LEVEL = re.compile("^(常务副|副|代)(省|市|县|区|州|盟|旗)长$")
_NAMED_PLACE = re.compile(f"^(?:中共)?([{R.CJK}]{{2,6}}?[市县区州盟旗])(?=委|人民政府|政府|人大|政协|长|副)")


def parse_posts(text: str, end: int, region: Region | None) -> tuple[list[str], int]:
    """The chain of posts ending at `end` (POST、POST兼POST), read right to left; the
    longest segment that is a whole post wins. Returns (posts in text order, start)."""
    posts: list[str] = []
    start = end
    while True:
        found = None
        # the leftmost start whose segment is a whole post: an end-anchored search walks the
        # starts in C (a Python loop of fullmatch calls was the stage's second hot spot)
        lo = max(0, end - MAX_POST)
        for brk in _post_breaks().finditer(text, lo, end):
            lo = brk.end()          # no post spans such a character: start after the last one
        m = _post_to_end().search(text, lo, end)
        while m and m.start() < end - 1:
            if _places_ok(m, m.start(), region):
                found = m.start()
                break
            m = _post_to_end().search(text, m.start() + 1, end)
        if found is None:
            break
        posts.insert(0, text[found:end])
        start = found
        if found > 0 and text[found - 1] in "、兼":
            end = found - 1
            continue
        break
    return posts, start


@lru_cache(maxsize=None)
def _post_to_end() -> re.Pattern:
    """post_regex matching only up to the end of the searched range (= its fullmatch from the start found)."""
    return re.compile(f"(?:{R.post_regex().pattern})\\Z")


@lru_cache(maxsize=None)
def _post_breaks() -> re.Pattern:
    """A character no post can hold: post_regex is built from Han characters and the words of
    these lists only (keep them in step), so a comma or a digit ends the segment it searches."""
    words = [*R.provinces(), *R.prefectures(), *lexicon.words("place_suffixes"), *lexicon.words("admin_levels"),
             *lexicon.words("post_heads"), *lexicon.words("post_organs"), *lexicon.words("departments"),
             *lexicon.words("post_units")]
    held = "".join(sorted({c for w in words for c in w}))
    return re.compile(f"[^{R.CJK}{re.escape(held)}]")


def _places_ok(m: re.Match, begin: int, region: Region | None) -> bool:
    """An unlisted place in a post must be one the report names, follow a listed one, or be
    a county-level unit of kg/data/counties.tsv in the report's province (兰坪县委书记 in a
    report that names the county only there; 泸水市委书记, a county-level city), or one written
    in full anywhere (婺源县县长 in a Shanghai report)."""
    for group in ("free", "free2"):
        place = m.group(group)
        if place and m.start(group) == begin and (region is None or place not in region.places) \
                and not _listed_county(place, region):
            return False
    return True


def _listed_county(place: str, region: Region | None) -> bool:
    unit = county_unit(place)
    return unit is not None and (place == unit[0] or region is not None and region.province in (None, unit[2]))


def fill_chain(posts: tuple[str, ...], region: Region) -> tuple[str, ...]:
    """fill_post over one chain of posts, where a place written on an earlier post stands for
    the same level word after it: 义乌市委常委、常务副市长 in a 金华市 report is 义乌市's
    常务副市长, not 金华市's."""
    named: dict[str, str] = {}
    out = []
    for post in posts:
        level, rest = _bare_level(post)
        if level in named:
            out.append(named[level] + rest)
            continue
        out.append(fill_post(post, region))
        if (place := _named_place(post, region)) is not None:
            named.setdefault(place[-1], place)
    return tuple(out)


def _bare_level(post: str) -> tuple[str | None, str]:
    """The level word a post opens with and what follows the place it stands for
    (常务副市长 -> 市, 常务副市长; 市委常委 -> 市, 委常委)."""
    if m := _DEPUTY_LEVEL.match(post):
        return m.group(2), post
    if m := _LEVEL_START.match(post):
        return m.group(1), post[m.end():]
    return None, post


def _named_place(post: str, region: Region) -> str | None:
    """The county-level or prefecture place a post opens with (义乌市委常委 -> 义乌市), if it is
    a listed unit or one the report names."""
    m = _NAMED_PLACE.match(post)
    if m is None:
        return None
    place = m.group(1)
    listed = county_unit(place) is not None or place in R.prefectures() or place in region.places
    return place if listed else None


def county_path(post: str) -> str | None:
    """Where a post opening with a listed county-level unit is (义乌市委常委 -> 浙江省义乌市,
    宿豫区委书记 -> 江苏省宿迁市宿豫区), written as that unit's own reports place themselves."""
    m = _NAMED_PLACE.match(post)
    unit = county_unit(m.group(1)) if m else None
    if unit is None:
        return None
    full, prefecture, province = unit
    parts = (province, full) if full.endswith("市") or not prefecture else (province, prefecture, full)
    return "".join(dict.fromkeys(parts))        # a municipality is its own prefecture


def fill_post(post: str, region: Region) -> str:
    """省委书记 in a Jiangxi report -> 江西省委书记; 副县长 -> 东安县副县长; 总书记 -> 中共中央总书记."""
    if post == "总书记":
        return "中共中央总书记"
    m = _DEPUTY_LEVEL.match(post) or _LEVEL_START.match(post)
    level = m and m.group(m.lastindex)
    place = level and region.place_for(level)
    if not place or level == "省" and not place.endswith("省"):
        return post         # (副省长 in a Shanghai report: a municipality has none, a province's)
    return place + post if m.re is _DEPUTY_LEVEL else place + post[len(level):]
