"""A party committee's plenum (全会) and its sittings, however a report writes them.

中国共产党X市第十三届委员会第八次全体会议 and X市委十三届八次全会 are one plenum; 在第一次
全体会议上 is one sitting of it (the plenum current in the report), not a meeting of its own.
More generally any organ's sitting numbered by term and session (十二届湖南省纪委三次全会,
十四届全国人大常委会第十一次会议) is one meeting however written (sitting()): resolve joins
such references across reports whatever day they give.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.county_places import county_city_re
from kg.extract.name_scope import CENSUS_LED, scope_of, split_scope

_NUM = "[一二三四五六七八九十]+"
_PLENUM_NAME = re.compile(f"^(?:中国共产党|中共)?(.*?)第?({_NUM})届(?:委员会)?第?({_NUM})次(?:全体会议?|全会)$")
# (县人大常委会第二十次会议举行联组会议 … 主持联组会议: a joint sitting of the session's groups)
_SESSION_OF_PLENUM = re.compile(f"第{_NUM}次全体会|联组会")


@lru_cache(maxsize=None)
def congress_re() -> re.Pattern:
    """二十大, 党的二十届三中全会; a mass organisation's congress (中国妇女十三大) whole, matched
    before the scan reaches its ordinal: it is no party congress (kg/data/mass_organisations.txt)."""
    organisations = R._alt(lexicon.words("mass_organisations"))
    return re.compile(f"(?:中国)?(?:{organisations})[{R.NUM}]{{2,3}}大(?![会学队])"
                      f"|中国共产党第[{R.NUM}]+次全国代表大会|(?:党的|中共)?[{R.NUM}]{{2,3}}大(?![会学队])"
                      f"|(?:党的)?[{R.NUM}]+届[{R.NUM}]+中全会")


def is_plenum_session(cand) -> bool:
    """第一次全体会议 (or 联组会议) with no organ: one sitting of a plenum (全会) or a session."""
    return bool(_SESSION_OF_PLENUM.fullmatch(cand.core)) and cand.level is None and not cand.place


def plenum_key(core: str) -> tuple[str, str, str] | None:
    """(organ, term, session) of a party committee's plenum, however it is written: the full
    form 中国共产党X市第十三届委员会第八次全体会议 and the short X市委十三届八次全会 agree."""
    m = _PLENUM_NAME.match(core)
    if not m:
        return None
    organ = m.group(1)
    organ = organ[:-1] if organ.endswith("委") else organ
    return organ, m.group(2), m.group(3)


_UNNUMBERED = re.compile("^(?:中国共产党|中共)?(.*?委)?全(?:体)?会(?:议)?$")


def unnumbered_plenum(core: str) -> str | None:
    """The organ of a plenum written without its term and session (市委全会 -> "", the scope
    taken off; 全会 -> ""), or None when `core` is no such plenum."""
    m = _UNNUMBERED.match(core)
    if not m:
        return None
    organ = m.group(1) or ""
    return organ[:-1] if organ.endswith("委") else organ


_TERM = re.compile(f"第?({_NUM})届")
_SESSION = re.compile("第?([一二三四五六七八九十百零〇]+)次")
_PARTY = re.compile("^(?:中国共产党|中共)")
# the full and the short form of an organ (政协第十三届江西省委员会: the 委员会 is the 政协)
_ORGAN_FORMS = (("中国人民政治协商会议", "政协"), ("人民代表大会", "人大"), ("常务委员会", "常委会"),
                ("委员会", "委"), ("全体会", "全会"), ("政协委", "政协"))
# 阳城县委 / 某某自治县人大: a county heading the organ (no list of counties needed to see it)
_ORGAN_NEXT = re.compile("委|纪律检查委|人大|政协|人民政府|政府")       # what follows a place heading an organ
_COUNTY_HEAD = re.compile(f"[\u4e00-\u9fff]{{1,8}}?(?:自治县|自治旗|县|旗|区)(?={_ORGAN_NEXT.pattern})")
_COUNCIL_SITTING = re.compile("(?<=理事)会会(?:议)?$")
_KIND_AFTER = 4       # 次 then at most the kind of sitting (全会, 主席会, 主任会, 常务会)


@lru_cache(maxsize=None)
def _place_re() -> re.Pattern:
    return re.compile(R._alt([*R.provinces(), *(f for f, _ in R.prefectures().values())]))


@lru_cache(maxsize=1 << 14)
def sitting(core: str) -> tuple[str, str, str, str | None, str | None] | None:
    """(organ, term, session, level, place) of an organ's numbered sitting however it is
    written: the term before the place or after it, the organ in full or short
    (十二届湖南省纪委三次全会 = 中国共产党湖南省第十二届纪律检查委员会第三次全体会议;
    十四届全国人大常委会第十一次会议). A term and a session in one organ name one meeting."""
    text = _PARTY.sub("", core)
    term = _TERM.search(text)
    session = _SESSION.search(text, term.end()) if term else None
    if not session or len(text) - session.end() > _KIND_AFTER:
        return None
    organ = _PARTY.sub("", text[:term.start()] + text[term.end():session.start()])
    scopes, organ = split_scope(organ + text[session.end():])
    named = _place_re().search(organ)           # 政协第十三届江西省委员会: the place inside
    if named:
        scopes, organ = [*scopes, named.group()], organ[:named.start()] + organ[named.end():]
    # (宜昌市西陵区委, 兴化市纪律检查委员会: the county or county-level city is the organ's place)
    county = _COUNTY_HEAD.match(organ) or _city_organ(organ)
    if county:
        scopes, organ = [county.group()], organ[county.end():]
    for long, short in _ORGAN_FORMS:
        organ = organ.replace(long, short)
    organ = _COUNCIL_SITTING.sub("会", organ)     # 第十一届理事会第五次会议 = 十一届五次理事会
    if not organ or len(scopes) > 1 or "次" in organ:
        return None
    level, place = scope_of(scopes[0]) if scopes else (None, None)
    return organ, term.group(1), session.group(1), level, place


def unscoped_scope(name: str) -> tuple[str | None, str | None]:
    """(level, place) of a name no scope word opens: its term's organ (十二届湖南省纪委三次全会,
    十六届市政府第88次常务会议), or the nation for a national census's (第五次全国经济普查X会议)."""
    if numbered := sitting(name):
        return numbered[3:]
    if CENSUS_LED.match(name):
        return "国", None
    if (term := _TERM.match(name)) and (after := split_scope(name[term.end():])[0]):
        return scope_of(after[0])
    return None, None


def _city_organ(organ: str) -> re.Match | None:
    """兴化市纪律检查委员会: a county-level city of the table, its organ after it."""
    city = county_city_re().match(organ)
    return city if city and _ORGAN_NEXT.match(organ, city.end()) else None


def same_sitting(a: str, b: str) -> bool:
    """Two cores naming one numbered sitting (where both say a level or place, they agree)."""
    x, y = sitting(a), sitting(b)
    if not x or not y or x[:3] != y[:3]:
        return False
    return all(p is None or q is None or p == q for p, q in zip(x[3:], y[3:]))


_PLENUM_END = re.compile("全(?:体)?会$")


def unnumbered_sitting(core: str) -> str | None:
    """The organ of a plenum written without term and session, as sitting() writes it
    (省纪委全会 -> 纪律检查委全会, its scope taken off before), or None."""
    text = _PARTY.sub("", core)
    if not _PLENUM_END.search(text) or _TERM.search(text) or _SESSION.search(text):
        return None
    for long, short in _ORGAN_FORMS:
        text = text.replace(long, short)
    return text


# 第32次市政府常务会议: the number written before the organ whose sitting it counts
_NUMBER_FIRST = re.compile(f"(第[{R.NUM}\\d]+次)((?:全|我|本)?[省市县区州旗](?:委常委会|委|政府|人大常委会|政协常委会)|[{R.CJK}]{{2,8}}?[省市县区州旗](?:委常委会|政府|人大常委会))"
                           "(常务会议|常委会会议|全体会议|会议)")


def number_after_organ(name: str) -> str:
    """第32次市政府常务会议 -> 市政府第32次常务会议, as the organ's sittings are named elsewhere."""
    m = _NUMBER_FIRST.fullmatch(name)
    return m.group(2) + m.group(1) + m.group(3) if m else name
