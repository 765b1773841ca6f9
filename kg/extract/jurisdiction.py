"""The report's own region, inferred from what the report says.

Three kinds of evidence: the level a report writes for itself (省委书记, 我市, 全县 with
no place before them), the places it names (江苏省..., 江西日报, 呼和浩特市委书记, 宿豫区立即
召开...), and the provincial/prefecture lists in kg/data (宿迁 is in 江苏). The result fills
short forms: 省委 in a Jiangxi report is 中共江西省委, 省委书记 is 江西省委书记.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract import resources as R
from kg.extract.branch_organs import branch_levels
from kg.extract.county_places import counties_named as _counties, listed_counties, place_county, written_short
from kg.extract.page_owner import owner_city, owner_county, owner_prefecture

LEVELS = ("国", "省", "市", "县")          # coarse levels, top-down
RANK = {level: n for n, level in enumerate(LEVELS)}
_LEVEL_OF = {"省": "省", "自治区": "省", "市": "市", "州": "市", "盟": "市",
             "县": "县", "区": "县", "旗": "县"}


@dataclass(frozen=True)
class Region:
    level: str | None = None            # 国 / 省 / 市 / 县, the report's own level
    province: str | None = None         # 江苏省
    prefecture: str | None = None       # 宿迁市
    county: str | None = None           # 宿豫区
    places: frozenset[str] = field(default_factory=frozenset)   # every place the report names
    autonomous_posts: bool = False      # 自治区党委 / 自治区主席 written bare: the report is inside one

    @property
    def name(self) -> str | None:
        parts = [p for p in (self.province, self.prefecture, self.county) if p]
        if not parts:
            return "全国" if self.level == "国" else None
        out = parts[0]
        for p in parts[1:]:
            if p != out:
                out += p
        return out

    def place_for(self, level_word: str) -> str | None:
        """The full place name a level word stands for in this report (省 -> 江苏省)."""
        coarse = _LEVEL_OF.get(level_word)
        if coarse == "省":
            return self.province
        if coarse == "市" and (above := self._above_own_city(level_word)):
            return above
        if coarse == "市":      # in a municipality's report (天津市, its districts) 市 is the municipality
            return self.prefecture or (self.province if self.province and self.province.endswith("市") else None)
        if coarse == "县":
            return self.county
        return None

    def _above_own_city(self, level_word: str) -> str | None:
        """州委 in a county-level city's report (凯里市 in 黔东南州): the autonomous prefecture (or
        league, 盟) the city belongs to, whose level word the city's own 市 cannot stand for."""
        unit = R.counties().get(self.prefecture or "") if level_word in ("州", "盟") else None
        return unit[1] if unit and unit[0] == self.prefecture and unit[1].endswith(level_word) else None

    @property
    def in_autonomous_region(self) -> bool:
        """A report below an autonomous region's own level, outside a district: its 全区
        is the autonomous region (a district report's 全区 is the district)."""
        own_district = bool(self.county and self.county.endswith("区"))
        autonomous = R.province_levels().get(self.province or "") == "自治区" \
            or (self.province is None and self.autonomous_posts)
        return autonomous and self.level != "省" and not own_district

    def self_word(self, word: str) -> str:
        """我区 in an autonomous region's own report is the region (我区随即召开续会), not a district."""
        own = R.province_levels().get(self.province or "") == "自治区" and not (self.prefecture or self.county)
        return "自治区" if word == "区" and own else word

    def qualified(self, level_word: str) -> str:
        """Place for a level word, or the level word itself when unknown (省 stays 省)."""
        return self.place_for(level_word) or level_word


def infer(text: str, reported_level: str | None = None, site: str | None = None) -> Region:
    """Region of a report; `reported_level` is the level of its reported meeting if known
    (国 for a central meeting), `site` the page's first line where furniture (Report.site)."""
    level, page = _own_level(text) or reported_level, f"{site}\n{text}" if site else text
    province_votes: Counter = Counter()
    ends = {}
    for m in _province_re().finditer(text):
        full = R.provinces()[m.group(1)]
        ends[m.end()] = full
        strong = m.group(1) == full or m.group(2)
        if strong or not _inside_name(text, m.start()) and R.province_levels().get(full) != "特别行政区":
            province_votes[full] += 3 if strong else 1      # (香港企业家: a SAR named short is no report's place)
    hits = [(m, *R.prefectures()[m.group(1)]) for m in _prefecture_re().finditer(text)
            if not text.endswith(R.county_heads(), 0, m.start())]     # (峨眉山市 is no 眉山市)
    # 北京朝阳: a name written right after another province's is that province's district
    # throughout the page (朝阳区, 朝阳要闻), not the prefecture of the same name elsewhere
    claimed = {m.group(1) for m, _, prov in hits if ends.get(m.start(), prov) != prov}
    pref_votes: Counter = Counter()
    for m, full, prov in hits:
        strong = m.group(1) == full or m.group(2)
        if not strong and (_inside_name(text, m.start()) or _after_post(text, m.start())
                           or m.group(1) in claimed):
            continue             # 刘南昌 is a person, not 南昌; 县长沙某 is 县长 + a name
        pref_votes[(full, prov)] += 2 if strong else 1
        province_votes[prov] += 2 if strong else 1
    province = _best(province_votes, minimum=2)
    prefecture = None
    if level in ("市", "县"):
        candidates = Counter({k: v for k, v in pref_votes.items() if province in (None, k[1])})
        best = _best(candidates, minimum=1)
        if best:
            prefecture, province = best[0], province or best[1]
        elif province and R.province_levels().get(province) == "市":
            prefecture = province           # a municipality is its own prefecture
    # (靖江日报 on a town's report that never says 市 of itself: its 全市 is still 靖江)
    owner = owner_city(page, province, site_only=level is None) if level in ("市", None) else None
    if owner:
        level, (province, prefecture) = level or "市", owner    # a county-level city's own page: its 市 is itself
    elif level in ("市", None) and (own := owner_prefecture(page)):
        province, prefecture = own
    own_county = owner_county(page, level)
    if own_county:
        level, (province, prefecture, _) = "县", own_county
    counties = _counties(text)
    if level == "县" and not counties:
        counties = listed_counties(text, province)
    if level is None and counties:
        level = "县"                 # 东安县组织收看…: a county speaking of itself
    county = counties.most_common(1)[0][0] if level == "县" and counties else None
    if own_county:
        county = own_county[2]
        counties[county] += 1
    elif county:
        province, prefecture, county = place_county(county, province, prefecture)
    places = frozenset([*counties, *(p for p in (province, prefecture, county) if p),
                        *written_short(county, text)])
    autonomous = any(m.group(1) == "自治区" for m in _SELF_LEVEL.finditer(text))
    return Region(level, province, prefecture, county, places, autonomous)


def _inside_name(text: str, pos: int) -> bool:
    single, _ = R.surnames()
    return pos > 0 and text[pos - 1] in single


def _after_post(text: str, pos: int) -> bool:
    """The place's first character ends a post title begun just before it (县长 in 县长沙某), or
    a post ends right before it (党支部书记常德顺: a short name after a post is a person's)."""
    return any(text[max(0, pos + k - n):pos + k] in R.post_heads() for n in (2, 3) for k in (0, 1))


def _best(votes: Counter, minimum: int):
    ranked = votes.most_common()
    if not ranked or ranked[0][1] < minimum:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _own_level(text: str) -> str | None:
    """The lowest level the report uses for itself: a bare level word (no place before it)
    heading a post or organ (县委书记, 市长, 区委), or 我X / 本X (全X is not: a county report
    speaks of 全省会议 as often as of 全县)."""
    hits = [(m.group(1), m.group(2)) for m in _SELF_LEVEL.finditer(text)
            if not _continues_place(text, m.start(), m.group())]
    hits += [(word, None) for word in branch_levels(text)]       # 市局, 市统计局
    autonomous = any(organ == "自治区" for organ, _ in hits)
    # in an autonomous region's report 全区/我区 is the region itself, not a district
    seen = {_LEVEL_OF[organ or whole] for organ, whole in hits
            if not (autonomous and whole == "区")}
    for level in reversed(LEVELS):
        if level in seen:
            return level
    return None


def _continues_place(text: str, pos: int, level: str) -> bool:
    """成都市委副书记、市长: after 、 a post's level word is the place just written, not bare."""
    if pos == 0 or text[pos - 1] != "、":
        return False
    clause = re.split("[,，。；;:：]", text[max(0, pos - 24):pos - 1])[-1]
    at = clause.find(level)
    return at > 0 and bool(R.HAN.match(clause[at - 1])) and clause[at - 1] not in "全我本各"


# (县（市）区委书记要亲自过问: the levels below, as a class, after a bracket)
_SELF_LEVEL = re.compile(f"(?<![{R.CJK}）)])(自治区|省|市|县|区|州|盟|旗)(?=委|党委|长|政府|人大|政协|领导)"
                         f"|(?<=[我本])(自治区|省|市|县|区|旗)")


@lru_cache(maxsize=None)
def _province_re() -> re.Pattern:
    return re.compile(f"({R._alt(R.provinces())})(省|日报|卫视|广播|新闻|[:：])?")


@lru_cache(maxsize=None)
def _prefecture_re() -> re.Pattern:
    return re.compile(f"({R._alt(R.prefectures())})(市|委|日报|[:：])?")


def court_grade(place: str) -> str:
    """The grade of a place's people's court (市法院 is 沈阳市中级人民法院, 县法院 a 县人民法院):
    高级 for a provincial-level place, 中级 for a prefecture, none below."""
    if place in _province_names():
        return "高级"
    return "中级" if place in R.prefectures() else ""


@lru_cache(maxsize=None)
def _province_names() -> frozenset[str]:
    return frozenset(R.provinces().values())
