"""How far an undated reference to a meeting reaches across reports, where the meeting's name
says it is held once for a purpose.

meetings.py joins an undated reference to a like meeting held up to 30 days before its report,
and two undated references whose reports are days apart. A meeting held once for a purpose
(its name ends as kg/data/meeting_one_off.txt says, 中央农村工作会议, or names the purpose at
length, 进一步推动长江经济带高质量发展座谈会) is relayed for months: spring-farming reports
relay the December rural work conference. Such a reference joins the latest meeting of its
scope and name core held up to a year before its report (as does one to a national meeting
named by its topic, 全国征兵工作电视电话会议, relayed weeks on), and two such references join when
their reports are up to four months apart. A name that numbers its sitting (中央财经委员会
第四次会议) is one meeting as well. Where no meeting before the report will do, the reference
may announce one (江苏将召开全省教育大会): it joins the first of its scope and core held up to
two months after. Indexed by (scope, core), never over all pairs.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from kg.resolve import meeting_match as M
from kg.resolve.meeting_contrast import marks
from kg.resolve.meeting_scopes import organ_words

NEAR_DAYS = 3           # two undated references to a meeting held again and again
LONG_LAG_DAYS = 366
LONG_NEAR_DAYS = 120
SHORT_NEAR_DAYS = 30    # a report whose year is unknown: a month either way, across new year
PURPOSE_CORE = 10       # characters of a core that name a meeting by its purpose
AHEAD_DAYS = 60         # a report announcing a meeting: how long before it is held
LAG_DAYS = 30           # a reference to a meeting weeks before its report (meetings.py)
NATIONAL_TOPIC = 6      # characters of a national meeting's core that name it by its topic
AFTER_DAYS = 1          # 会后…召开X with no date: X may be held the day after the report's meeting


def purposeful(cores: frozenset[str]) -> bool:
    return M.one_off(cores) or any(len(c) >= PURPOSE_CORE or marks(c)[0] for c in cores)


def by_name(groups: dict) -> dict:
    """(scope, core) -> [(day, root, first id)] of the dated meetings (meetings._dated_groups)."""
    out: dict = defaultdict(list)
    for scope, days in groups.items():
        for by_cores, _ in days.values():
            for cores, entries in by_cores.items():
                for root, day, _, _, first in entries:
                    for c in cores:
                        out[(scope, c)].append((day, root, first))
    return out


def latest(u, index: dict) -> list:
    """Roots of the dated meetings of u's scope and one of its cores held 0-LONG_LAG_DAYS before
    its report, latest first; none where u's name is not a purpose's, nor a national topic's
    (全国征兵工作电视电话会议, relayed six weeks on)."""
    if not u.report_day or not (purposeful(u.cores) or _national(u)):
        return []
    ranked = set()
    for c in u.cores:
        for day, root, first in index.get((u.scope, c), ()):
            lag = M.lag(day, u.report_day)
            if lag is not None and 0 <= lag <= LONG_LAG_DAYS:
                ranked.add((lag, first, root))
    return [root for *_, root in sorted(ranked)]


def ahead(u, index: dict) -> list:
    """Roots of the dated meetings of u's scope and one of its cores held 2-AHEAD_DAYS days
    after its report, soonest first (the day after is meetings.AFTER_DAYS'); none where u's
    name is not a purpose's: the next 国务院常务会议 after a report is not the one it means."""
    if not u.report_day or not purposeful(u.cores):
        return []
    ranked = set()
    for c in u.cores:
        for day, root, first in index.get((u.scope, c), ()):
            days = M.lag(u.report_day, day)      # from the report to the meeting
            if days is not None and 1 < days <= AHEAD_DAYS:
                ranked.add((days, first, root))
    return [root for *_, root in sorted(ranked)]


def by_core(index: dict) -> dict:
    """(core, month, day) -> level -> [(year, root)] of the dated meetings of every place scope,
    the level being the scope's last character (县 of 广东省河源市紫金县, 国 of 全国): by day and
    level, so that a look-up reads the few days and levels it asks for, not every meeting of a
    common name (at 100k reports hundreds of places hold a 常委会会议 each day)."""
    out: dict = defaultdict(lambda: defaultdict(list))
    for (scope, c), entries in index.items():
        if not scope.startswith(("local@", "named:")):
            plain = _FORMAT.sub("会", c)
            for day, root, _ in entries:
                out[(c, day[1], day[2])][scope[-1]].append((day[0], root))
                if plain != c:
                    out[(_PLAIN + plain, day[1], day[2])][scope[-1]].append((day[0], root))
    return out


# 全区卷烟打假打私工作会议 in a report that names no place: the region's 电视电话会议 of that
# name, where no meeting is written as it is (the format's words are indexed apart, after _PLAIN)
_FORMAT = re.compile("(?:电视电话|视频)会$")
_PLAIN = "~"


def unplaced(u, anywhere: dict) -> list:
    """The root of the one dated meeting, in any scope, of one of u's cores held 0-LAG_DAYS
    before its report (or the day after), where u's report names no scope (local@) and its
    name is a purpose's: a name that one meeting holds in those weeks means it
    (京津冀协同发展领导小组会议); a name that several hold joins none."""
    if not u.report_day or not u.scope.startswith("local@") or not purposeful(u.cores):
        return []
    return _the_one(u, anywhere, M.window(u.report_day, AFTER_DAYS, LAG_DAYS))


def unplaced_held(i, anywhere: dict) -> list:
    """The same for a dated mention whose report names no scope: the one meeting of its
    purpose's name held that day (全区安全生产…推进会 in a district's report: the region's)."""
    if not purposeful(i.cores):
        return []
    return _the_one(i, anywhere, [i.day])


def _the_one(item, anywhere: dict, days) -> list:
    """[root] where exactly one meeting of item's cores was held on one of `days` (year,
    month, day; a year unknown on either side agrees), at a level item's name writes if it
    writes one (县委经济工作会议: a county's; a 省委X会议 is no city's 市委X会议); else []."""
    exact = _the_one_of(item, item.cores, anywhere, days)
    return exact if exact is not None else _the_one_of(item, [_PLAIN + c for c in item.cores], anywhere, days) or []


def _the_one_of(item, cores, anywhere: dict, days) -> list | None:
    """As _the_one, None where no meeting of `cores` was held on those days."""
    roots = set()
    for year, month, day in days:
        for c in cores:
            by_level = anywhere.get((c, month, day))
            if not by_level:
                continue
            for level in (item.levels or by_level):
                for held, root in by_level.get(level, ()):
                    if not held or not year or held == year:
                        roots.add(root)
                        if len(roots) > 1:
                            return []       # two meetings: the name says too little
    return list(roots) if roots else None


def name_pairs(bucket: list) -> list:
    """Pairs of one (scope, core) bucket of undated references to join, by report day: each
    with the next where the years are known (up to LONG_NEAR_DAYS for a purpose's name, else
    NEAR), and one of unknown year with the nearest month-day of a known one (SHORT_NEAR_DAYS),
    in one calendar year: a --12-18 report is 18 days from a 2021-01-05 one only if from 2020."""
    known = sorted((i for i in bucket if i.report_day and i.report_day[0]),
                   key=lambda i: (M.ordinal(i.report_day), i.id))
    out = []
    for a, b in zip(known, known[1:]):
        days = LONG_NEAR_DAYS if _national(a) or purposeful(a.cores) and purposeful(b.cores) else NEAR_DAYS
        if M.near(a.report_day, b.report_day, days):
            out.append((a, b))
    unknown = sorted((i for i in bucket if i.report_day and not i.report_day[0]), key=lambda i: i.id)
    if unknown and known:
        by_day = sorted(((i.report_day[1], i.report_day[2]), n) for n, i in enumerate(known))
        for u in unknown:
            at = bisect_left(by_day, ((u.report_day[1], u.report_day[2]), -1))
            around = {by_day[at % len(by_day)][1], by_day[at - 1][1]}
            for n in sorted(around):
                days = SHORT_NEAR_DAYS if purposeful(u.cores) else NEAR_DAYS
                if M.near((2000, *u.report_day[1:]), (2000, *known[n].report_day[1:]), days):
                    out.append((u, known[n]))
                    break
    return out


def _national(u) -> bool:
    """A national meeting named by its topic (民营企业座谈会, not 国务院常务会议 or an organ's
    中央财经委员会会议, kg/data/meeting_organ_words.txt): reports of any province relay the one
    held for months."""
    return u.scope == "全国" and any(len(c) >= NATIONAL_TOPIC and not organ_words().search(c) for c in u.cores)
