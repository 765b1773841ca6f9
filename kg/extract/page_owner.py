"""The county or county-level city whose own site or paper a page is, read from the page's first
line (浏阳市人民政府门户网站, 德清新闻网, 江西·共青城  共青城市人民政府): the owner places the
report however often it names another region."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.branch_organs import before_organ
from kg.extract.county_places import county_unit

_ACTOR_VERB = re.compile("召开|举行|组织|随即|立即")
# where an owner's name may start on the first line: its start, or after a site's logo words
# (中国·合肥, 北京城市副中心·通州区人民政府) or a gap between its parts
_SITE_PART = re.compile(r"\s+|\s*·\s*")


def _first_line_matches(text: str, pattern: re.Pattern):
    """Each match of `pattern` at a part's start on the page's first line, in order."""
    first = text.lstrip().split("\n", 1)[0]
    for start in (0, *(m.end() for m in _SITE_PART.finditer(first))):
        m = pattern.match(first, start)
        if m:
            yield first, m


def owner_city(text: str, province: str | None, site_only: bool = False):
    """(province, city) of the county-level city whose site or paper the page is (浏阳市人民政府
    门户网站 on its first line): its bare 市 words (市委, 全市, 市长) are that city's, not the
    prefecture's it belongs to, however often the report names the prefecture."""
    for first, m in _first_line_matches(text, _owner_re()):
        written = m.group(1) + (m.group(2) or "")
        unit = county_unit(written)
        # (a short form needs the city's own medium after it: 新民网 and 东方网 are news sites)
        if unit and unit[0].endswith("市") and (written == unit[0] or _OWN_MEDIUM.match(first, m.end(1))):
            return unit[2], unit[0]
    if site_only:
        return None
    # 汨罗召开X (a prefecture's paper on one of its cities): the city that holds the meeting
    # (looked up from each verb backwards: a scan with every county's name costs far more)
    # (昆山市税务局召开: a branch organ between the city and the verb still names the actor)
    for m in _ACTOR_VERB.finditer(text):
        end = before_organ(text, m.start())
        for size in range(2, 8):
            at = end - size
            if at < 0 or at > 0 and R.HAN.match(text[at - 1]):
                continue
            unit = R.counties().get(text[at:end])
            if unit and unit[0].endswith("市") and province in (None, unit[2]):
                return unit[2], unit[0]
    return None


def owner_prefecture(text: str) -> tuple[str, str] | None:
    """(province, prefecture) whose own government or paper the page is, named in full on its first
    line (临夏回族自治州人民政府): a prefecture's page names its 东西部协作 partner city more often
    than itself, and its 州政府 is still its own."""
    m = next(_first_line_matches(text, _prefecture_owner_re()), (None, None))[1]
    return m and (R.prefectures()[m.group(1)][1], m.group(1))


@lru_cache(maxsize=None)
def _prefecture_owner_re() -> re.Pattern:
    fulls = R._alt({full for full, _ in R.prefectures().values()})
    # (the site's name, alone or before its menu: 海口市委召开会议 opening a page is a sentence)
    return re.compile(f"({fulls})(?:人民政府|政府|委|融媒体中心|日报|新闻网)(?:门户网站|网站|官网)?(?=\\s|$|[|｜])")


def owner_county(text: str, level: str | None):
    """(province, prefecture, county) of the county whose site or paper the page is (长顺县人民政府
    or 德清新闻网 on its first line), for a report of county level or none. The page's owner
    places the report however often it names a partner region (东西部协作, 对口支援 reports name
    the partner city more than their own); a township's page (赫章县野马川镇人民政府) is placed
    in its county whatever level its words take (its 市委常委会 is the county's prefecture's), and
    so is a township's column of its county's site (临泽县人民政府 > 乡镇动态 > 平川镇)."""
    first, m = next(_first_line_matches(text, _owner_re()), (None, None))
    if not m and level in (None, "县"):
        return next(filter(None, (_placed_owner(m) for _, m in _first_line_matches(text, _placed_owner_re()))), None)
    if not m or m.group(2) or level not in (None, "县") and not (m.group("town") or _TOWN_CRUMB.search(first, m.end())):
        return None
    unit = county_unit(m.group(1))
    # a short form needs a county medium after it (德清新闻网): 天山网 is a region's news site
    if unit is None or unit[0].endswith("市") or m.group(1) != unit[0] and not _OWN_MEDIUM.match(first, m.end(1)):
        return None
    return unit[2], unit[1] or None, unit[0]


# 临泽县人民政府 > 乡镇动态 > 平川镇: a township's column of its county's site
_TOWN_CRUMB = re.compile(f">\\s*[{R.CJK}]{{1,6}}(?:镇|乡|街道)\\s*(?:>|$)")
_OWN_MEDIUM = re.compile("(?:县|区|旗|市)?(?:人民政府|融媒|新闻网|日报)")


def _placed_owner(m: re.Match):
    """天津市河东区人民政府 / 北京朝阳官方网站: a county two prefectures have (河东区 is also 临沂's;
    朝阳 is also a city of 辽宁), written after its own prefecture or municipality on the page's
    first line, in full or short, is that one."""
    parent = R.provinces().get(m.group(1)) or R.prefectures()[m.group(1)][0]
    unit = _units_by_parent().get((parent, m.group(2)))
    return unit and (unit[2], unit[1] or None, unit[0])


@lru_cache(maxsize=None)
def _placed_owner_re() -> re.Pattern:
    parents = R._alt([*R.provinces(), *R.prefectures()])
    return re.compile(f"({parents})([{R.CJK}]{{1,8}}?(?:县|区|旗)?)(?:人民政府|政府|融媒|日报|新闻|门户|官方网站|官网|网)")


@lru_cache(maxsize=None)
def _units_by_parent() -> dict:
    """(prefecture or province, full or short name) -> the unit; a province's two units of one
    name (南京 and 徐州 both have a 鼓楼区) are left out."""
    units: dict = {}
    for full, short, prefecture, province in lexicon.rows("counties"):
        for parent in {prefecture, province} - {""}:
            for name in {full, short} - {""}:
                units.setdefault((parent, name), []).append((full, prefecture, province))
    return {key: found[0] for key, found in units.items() if len(found) == 1}


@lru_cache(maxsize=None)
def _owner_re() -> re.Pattern:
    # (赫章县野马川镇人民政府: a township's site is its county's page as far as places go; so is
    # 柯桥区马鞍街道 written alone before the site's menu)
    return re.compile(f"({R._alt(R.counties())})(市)?(?P<town>[{R.CJK}]{{1,5}}?(?:镇|乡|街道)(?=人民政府|政府|党委|\\s|$))?"
                      "(?:人民政府|政府|委|融媒|日报|新闻|门户|网|(?<=[镇乡道])(?=\\s|$))")


