"""Places a report leaves unsaid, borrowed from the rest of the corpus through a meeting.

A county report that never names its province or city relays "省委常委会会议" and
"市委常委会会议", undated, held days before its own meeting. Where the corpus holds exactly
one dated meeting of that level with a like name in that window (a 省 meeting of one
province, a 市 meeting of one city), that place is the report's. A single such match may
be another province's meeting of a common name, so both levels must be found, the city
inside the province. With two candidates for a level, or none, nothing is borrowed.
"""
from __future__ import annotations

from collections import defaultdict

from kg.extract.meeting_names import scope_of, split_scope
from kg.records import Extraction
from kg.resolve import meeting_match as M

LIKE = 0.6
LAG_DAYS = 10       # the same window meetings.py uses for an undated reference
AFTER_DAYS = 1


def places(extractions: list[Extraction], province_of, has_level) -> dict[str, dict[str, str]]:
    """report id -> level (省 / 市) -> the one place the corpus offers for that level."""
    dated = [(ex.report.report_id, m, _level(m.name), M.parse(m.date))
             for ex in extractions for m in ex.meetings if m.jurisdiction and m.date]
    out: dict[str, dict[str, str]] = {}
    for ex in extractions:
        found = _found(ex, dated, province_of, has_level)
        if found:
            out[ex.report.report_id] = found
    return out


def _found(ex: Extraction, dated, province_of, has_level) -> dict[str, str]:
    day = M.report_day(ex)
    if not day:
        return {}
    rid = ex.report.report_id
    seen: dict[str, set[str]] = defaultdict(set)
    for m in ex.meetings:
        level = _level(m.name)
        if m.reported or m.date or m.jurisdiction or level not in ("省", "市") \
                or has_level(ex.jurisdiction, level):
            continue
        cores = M.cores(m)
        for other_rid, other, other_level, other_day in dated:
            if other_rid == rid or not _of_level(other.jurisdiction, level, province_of, has_level):
                continue
            lag = M.lag(other_day, day)
            if lag is None or not -AFTER_DAYS <= lag <= LAG_DAYS:
                continue
            if M.similarity(cores, M.cores(other)) >= LIKE:
                seen[level].add(other.jurisdiction)
    found = {level: next(iter(ps)) for level, ps in seen.items() if len(ps) == 1}
    # one match alone may be another province's meeting of a common name: a province and a
    # city found apart, the city inside the province, vouch for each other
    if set(found) != {"省", "市"} or province_of(found["市"]) != found["省"]:
        return {}
    return found


def _level(name: str) -> str | None:
    return scope_of((split_scope(name)[0] or [None])[0])[0]


def _of_level(place: str, level: str, province_of, has_level) -> bool:
    """Is the place exactly of that level (浙江省 for 省; 浙江省湖州市 for 市, not a county)?"""
    province = province_of(place)
    if not province:
        return False
    if level == "省":
        return place == province
    rest = place[len(province):]
    return has_level(place, "市") and not any(rest.endswith(s) for s in "县区旗")
