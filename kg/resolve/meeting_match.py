"""What resolving meetings compares: one mention as an item (scope, date, name cores,
convener, format, the day of its report) and the tests on pairs (dates agree, names alike,
days apart)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.meeting_labels import dice
from kg.extract.meeting_plenum import sitting
from kg.extract.name_scope import core, split_scope
from kg import lexicon
from kg.records import Extraction, RelationKind
from kg.resolve import meeting_congress as numbered
from kg.resolve.meeting_contrast import apart
from kg.resolve.meeting_scopes import full_scope, named_scope, organ_words

_DATE = re.compile(r"(\d{4}|-)-(\d{2})-(\d{2})")
# 中国红十字会十一届五次理事会: a national organisation's sitting, whose report names no place
_NATIONAL_ORGAN = re.compile("中国(?!共产党)[\u4e00-\u9fff]{1,8}?会")
LIKE = 0.6      # bigram Dice at which two name cores are alike


@dataclass(frozen=True, slots=True)
class Item:
    rid: str
    local: str
    scope: str            # jurisdiction, or local@report when the report does not say
    day: tuple | None     # (year | None, month, day)
    cores: frozenset[str]
    convener: str | None  # body node key
    format: str | None
    congress: str | None  # 二十大, 二十届二中全会: numbered, so one meeting whatever the date
    report_day: tuple | None
    id: tuple[str, str]   # (rid, local): made once, as every map of the resolver keys on it
    levels: frozenset[str] = frozenset()   # level words its names write: 县 of 县委经济工作会议


def items(ex: Extraction, bodies: dict) -> list[Item]:
    rid = ex.report.report_id
    day = report_day(ex)
    led = _led_by(ex)
    out = []
    for m in ex.meetings:
        names = (m.name, *m.aliases)
        congress = next((c for c in map(numbered.congress, names) if c), None)
        if not congress and (m.jurisdiction or _NATIONAL_ORGAN.match(m.name)):
            congress = next((c for c in (numbered.numbered_sitting(_core_of(n), m.jurisdiction or "全国")
                                         for n in names) if c), None)
        scope = (named_scope(m.name, m.jurisdiction) or full_scope(m.jurisdiction)
                 or (None if organ_words().search(m.name) else led.get(m.key)) or f"local@{rid}")
        out.append(Item(rid, m.key, scope, parse(m.date),
                        cores(m), bodies.get((rid, m.convener)) if m.convener else None, m.format,
                        congress, day, (rid, m.key), _levels(names)))
    return out


def _led_by(ex: Extraction) -> dict[str, str]:
    """Meeting key -> where the official who chaired it or spoke at it holds posts: 省委书记某某
    到某市调研并主持召开座谈会 names no scope, and the next days' reports in the city and its
    counties relay 某某在座谈会上的讲话; both are the province's, not each report's own. Not
    an organ's meeting (镇党委会议): its place is the organ's, finer than its chair's posts say."""
    where = {o.key: o.jurisdiction for o in ex.officials if o.jurisdiction not in (None, "全国")}
    return {r.object: where[r.subject] for r in ex.relations
            if r.subject in where and (r.kind is RelationKind.CHAIRED
                                       or (r.kind is RelationKind.ATTENDED and r.qualifier == "speaker"))}


def cores(m) -> frozenset[str]:
    """The comparable name cores of a meeting mention, its aliases included. A name that begins
    with its own place (德清县续会, held in 浙江省湖州市德清县) is compared without it, as the
    references of other reports write it (全县续会): only provinces and cities are scope words."""
    place = m.jurisdiction or ""
    return frozenset(c for c in (_core_of(_without_own_place(n, place)) for n in (m.name, *m.aliases)) if c)


_PLACE_ENDS = "县市区旗镇乡"


def _without_own_place(name: str, place: str) -> str:
    for end in range(min(len(name) - 1, len(place)), 1, -1):     # the longest written tail first
        if name[end - 1] in _PLACE_ENDS and place.endswith(name[:end]):
            return name[end:]
    return name


@lru_cache(maxsize=1 << 16)
def _core_of(name: str) -> str:
    return core(split_scope(name)[1])


@lru_cache(maxsize=1 << 16)
def _levels(names: tuple[str, ...]) -> frozenset[str]:
    """省, 市, 县… written before the names' cores (全省, 市委): a reference whose report names no
    place still says whose meeting it is, a county's or a city's."""
    return frozenset(word[-1] for name in names for word in split_scope(name)[0])


def report_day(ex: Extraction):
    for m in ex.meetings:
        if m.reported and m.date:
            return parse(m.date)
    return parse(ex.report.published)


def parse(value: str | None):
    if not value:
        return None
    m = _DATE.match(value)
    if not m:
        return None
    return (int(m.group(1)) if m.group(1) != "-" else None, int(m.group(2)), int(m.group(3)))


def iso(day) -> str | None:
    if not day:
        return None
    return f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}" if day[0] else f"--{day[1]:02d}-{day[2]:02d}"


def lag(meeting, report) -> int | None:
    """Days from a meeting to a report; years taken as equal where one is unknown."""
    if not meeting or not report:
        return None
    try:
        if meeting[0] and report[0]:
            return (date(report[0], report[1], report[2]) - date(meeting[0], meeting[1], meeting[2])).days
        days = (date(2000, report[1], report[2]) - date(2000, meeting[1], meeting[2])).days
    except ValueError:
        return None
    return days if days >= 0 else days + 366


def window(report, after: int, before: int) -> list[tuple]:
    """The days from `after` days after a report's day to `before` days before it, as (year,
    month, day); the year None throughout where the report's is unknown."""
    try:
        anchor = date(report[0] or 2000, report[1], report[2])
    except ValueError:
        return []
    days = (anchor - timedelta(days=back) for back in range(-after, before + 1))
    return [(d.year if report[0] else None, d.month, d.day) for d in days]


def near(a, b, limit: int) -> bool:
    """Two days at most `limit` days apart, in either order."""
    if not a or not b:
        return False
    try:
        if a[0] and b[0]:
            gap = abs((date(a[0], a[1], a[2]) - date(b[0], b[1], b[2])).days)
        else:
            gap = abs((date(2000, a[1], a[2]) - date(2000, b[1], b[2])).days)
            gap = min(gap, 366 - gap)
    except ValueError:
        return False
    return gap <= limit


@lru_cache(maxsize=65536)
def _dice(a: str, b: str) -> float:
    x, y = sitting(a), sitting(b)
    if x and y and x[:3] != y[:3]:
        return 0.0          # 八届省纪委三次全会 is not 十二届省纪委三次全会, however alike the words
    return 0.0 if apart(a, b) else dice(a, b)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return max((_dice(*sorted((x, y))) for x in a for y in b), default=0.0)


@lru_cache(maxsize=1 << 16)
def one_off(cores: frozenset[str]) -> bool:
    """Does a name end as a meeting held once for a purpose does (kg/data/meeting_one_off.txt:
    全国教育大会, not 国务院常务会议)?"""
    endings = lexicon.words("meeting_one_off")       # loaded once, on first use
    return any(c.endswith(endings) for c in cores)


def ordinal(day) -> int:
    return -1 if not day else (day[0] or 0) * 400 + day[1] * 32 + day[2]
