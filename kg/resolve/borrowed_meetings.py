"""Places a report leaves unsaid, borrowed from the rest of the corpus through a meeting.

A county report that never names its province or city relays "省委常委会会议" and
"市委常委会扩大会议", dated or not, held days before its own meeting, or reports the
"全市X大会" its leaders watched at a branch venue (a reported meeting, dated). The candidates for such
a reference are the dated meetings of that level, with a like name, held elsewhere in the
corpus: on its day where it has one, else 0-10 days before the report's meeting. Where every
reference of a level points at one place, that place is the report's; where a level's
references point at two places (two provinces held a 省委常委会会议 that day), that level
borrows nothing (the other level may still borrow). A province and a city found together must agree (the city inside the province).
A township report that never names its county borrows the county the same way, from the
"县委常委会会议" it relays (a 区委 reference from a district's, a 县委 one from a county's),
and the county says its city and province.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.name_scope import scope_of, split_scope
from kg.records import Extraction
from kg.resolve import meeting_match as M

LEVELS = ("省", "市", "县")
_COUNTY_ENDS = ("县", "区", "旗")
LIKE = 0.6
LAG_DAYS = 10       # tighter than meetings.py's: a place is borrowed only from a close relay
AFTER_DAYS = 1


def places(extractions: list[Extraction], province_of, has_level) -> dict[str, dict[str, str]]:
    """report id -> level (省 / 市 / 县) -> the one place the corpus offers for that level."""
    index = _index(extractions, province_of, has_level)
    out: dict[str, dict[str, str]] = {}
    for ex in extractions:
        found = _found(ex, index, province_of, has_level)
        if found:
            out[ex.report.report_id] = found
    return out


def _index(extractions, province_of, has_level) -> dict[tuple, dict]:
    """(level, month, day) -> name cores -> the dated meetings of a place of that level held on
    that day. Built once, so each reference looks only at the meetings of a few days, not the
    corpus, and compares its name with each kind of the day once: at 100k reports a day holds
    hundreds of meetings of a few kinds."""
    index: dict[tuple, dict] = defaultdict(lambda: defaultdict(list))
    for ex in extractions:
        for m in ex.meetings:
            day = M.parse(m.date) if m.jurisdiction and m.date else None
            if not day:
                continue
            for level in LEVELS:
                if _of_level(m.jurisdiction, level, province_of, has_level):
                    index[(level, day[1], day[2])][M.cores(m)].append(
                        (ex.report.report_id, m.jurisdiction, day))
    return index


@lru_cache(maxsize=None)
def _window_days(report_day) -> tuple[tuple[int, int], ...]:
    """Every (month, day) a meeting 0-10 days before the report (or 1 after) can fall on,
    in the report's year and in the leap year lag() uses when a year is unknown; a day wider
    on each side, since _in_window decides exactly. Sorted; worked out once per report day."""
    out: set[tuple[int, int]] = set()
    for year in {2000, report_day[0] or 2000}:
        try:
            base = date(year, report_day[1], report_day[2])
        except ValueError:
            continue                     # lag() cannot measure from an impossible day either
        for offset in range(-AFTER_DAYS - 1, LAG_DAYS + 2):
            d = base - timedelta(days=offset)
            out.add((d.month, d.day))
    return tuple(sorted(out))


def _found(ex: Extraction, index, province_of, has_level) -> dict[str, str]:
    day = M.report_day(ex)
    rid = ex.report.report_id
    window = _window_days(day) if day else ()
    seen: dict[str, set[str]] = defaultdict(set)
    for m in ex.meetings:
        level = _level(m.name)
        if m.jurisdiction or level not in LEVELS \
                or has_level(ex.jurisdiction, level):
            continue
        places = seen[level]
        if len(places) > 1:
            continue                    # the level borrows nothing already: more cannot change that
        cores, own = M.cores(m), M.parse(m.date)
        days = [own[1:]] if own else window
        for other_rid, place, other_day in (
                c for md in days for kind, held in index.get((level, *md), {}).items()
                if _alike(cores, kind) for c in held):
            if other_rid == rid or place in places or not _written_fits(m.name, place, province_of):
                continue
            if _same_day(own, other_day) if own else _in_window(other_day, day):
                places.add(place)
                if len(places) > 1:
                    break
    # a level with two compatible places (two cities held a 市委常委会会议 in the window)
    # borrows nothing; the other level may still be sure
    found = {level: next(iter(ps)) for level, ps in seen.items() if len(ps) == 1}
    if "县" in found:                   # a county says its city (if it has one) and province
        city = _city_of(found["县"], province_of)
        if city and found.setdefault("市", city) != city:
            return {}
        found.setdefault("省", province_of(found["县"]))
    if "市" in found:                   # a city says its province
        if found.setdefault("省", province_of(found["市"])) != province_of(found["市"]):
            return {}
    return found


@lru_cache(maxsize=1 << 16)
def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Names alike; asked of the same few meeting kinds over and over."""
    return M.similarity(a, b) >= LIKE


def _written_fits(name: str, place: str, province_of) -> bool:
    """全省 / 省委 is a province's word: an autonomous region or a municipality writes 全区 /
    自治区党委 / 市委, so a 省 reference never stands for their meetings; 县委 / 区委 / 旗委
    stands only for a county, a district or a banner's."""
    written = _written(name)
    return county_fits(written, place) and ("省" not in written or (province_of(place) or "").endswith("省"))


def county_fits(written: str, place: str) -> bool:
    """A county-level scope word (县, 全区, 我旗) stands only for a place of its own kind."""
    return not (written[-1:] in _COUNTY_ENDS and place.endswith(_COUNTY_ENDS)) or place.endswith(written[-1])


@lru_cache(maxsize=65536)
def _written(name: str) -> str:
    """The scope a name is written with (checked for each candidate: split once per name)."""
    return (split_scope(name)[0] or [""])[0]


def _same_day(a, b) -> bool:
    return bool(a and b) and a[1:] == b[1:] and (a[0] is None or b[0] is None or a[0] == b[0])


def _in_window(meeting_day, report_day) -> bool:
    lag = M.lag(meeting_day, report_day)
    return lag is not None and -AFTER_DAYS <= lag <= LAG_DAYS


@lru_cache(maxsize=65536)
def _level(name: str) -> str | None:
    return scope_of((split_scope(name)[0] or [None])[0])[0]


def _of_level(place: str, level: str, province_of, has_level) -> bool:
    """Is the place exactly of that level (浙江省 for 省; 浙江省湖州市 for 市, not a county;
    浙江省湖州市德清县 for 县)?"""
    province = province_of(place)
    if not province:
        return False
    if level == "省":
        return place == province
    rest = place[len(province):]
    if level == "县":
        return rest.endswith(_COUNTY_ENDS) and len(rest) > 1
    if not rest:            # 上海市: a municipality's 全市 meeting is held by the province itself
        return province.endswith("市")
    return has_level(place, "市") and not any(rest.endswith(s) for s in "县区旗")


def _city_of(county: str, province_of) -> str | None:
    """浙江省湖州市德清县 -> 浙江省湖州市; None for a county of no written city (重庆市綦江区)."""
    province = province_of(county) or ""
    rest = county[len(province):]
    cut = max(rest.rfind(c, 0, len(rest) - 1) for c in "市州盟")
    return province + rest[:cut + 1] if cut >= 0 else None

