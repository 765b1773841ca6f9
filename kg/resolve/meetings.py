"""Meetings across reports: the reported meeting of one report and the references to it in
others become one node, keyed by scope (whose meeting), date and convener.

Mentions are joined (union-find, on pairs taken in a fixed order) when:
  1. they name the same numbered congress or plenum (党的二十大, 二十届二中全会);
  2. both are dated, the dates agree and the scope is the same, and they share the convener,
     or their names are alike (bigram Dice >= 0.6 between their cores), or both are
     teleconferences / video conferences (one scope rarely holds two in a day);
  3. an undated reference has exactly the scope and a like name (or convener) of a dated
     meeting held 0-10 days before its report's own meeting: the most recent such one;
  4. two undated references with the same scope and convener (or nearly the same name)
     in reports written within 3 days of each other.
Two meetings of one report are never joined (extraction judged them different), and a
scope the report did not name ("全省" in a report that never says which province) keeps its
meeting to that report.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from kg.extract.meeting_labels import dice
from kg.extract.meeting_names import core, split_scope
from kg.records import Extraction, Node, NodeKind
from kg.resolve import keys
from kg.resolve.merge import NodeBuilder
from kg.resolve.unionfind import UnionFind

LIKE = 0.6
SAME = 0.8
LAG_DAYS = 10
NEAR_DAYS = 3
_CONGRESS = re.compile(r"第([一二三四五六七八九十]+)次全国代表大会|([一二三四五六七八九十]{2,3})大"
                       r"|([一二三四五六七八九十]+届[一二三四五六七八九十]+中全会)")


@dataclass(frozen=True)
class _Item:
    rid: str
    local: str
    scope: str            # jurisdiction, or local@report
    day: tuple | None     # (year | None, month, day)
    cores: frozenset[str]
    convener: str | None  # body node key
    format: str | None
    congress: str | None
    report_day: tuple | None
    names: tuple[str, ...]

    @property
    def id(self) -> tuple[str, str]:
        return (self.rid, self.local)


def resolve(extractions: list[Extraction], bodies: dict[tuple[str, str], str]
            ) -> tuple[dict[tuple[str, str], str], list[Node]]:
    items = sorted((_item(ex, m, bodies) for ex in extractions for m in ex.meetings), key=lambda i: i.id)
    uf = UnionFind([i.id for i in items], group_of=lambda ident: ident[0])
    for bucket in _buckets(items, lambda i: i.congress).values():
        for a, b in _pairs(bucket):
            uf.union(a.id, b.id)
    dated = [i for i in items if i.day]
    for bucket in _buckets(dated, lambda i: (i.scope, i.day[1], i.day[2])).values():
        for a, b in _pairs(bucket):
            if _agree(a.day, b.day) and _alike(a, b, LIKE, formats=True):
                uf.union(a.id, b.id)
    by_day = _buckets(dated, lambda i: (i.scope, i.day[1], i.day[2]))
    undated = [i for i in items if not i.day and not i.congress]
    for u in undated:
        best = _earlier_dated(u, by_day)
        if best:
            uf.union(u.id, best.id)
    for key in (lambda i: (i.scope, i.convener) if i.convener else None,
                lambda i: (i.scope, min(i.cores)) if i.cores else None):
        for bucket in _buckets(undated, key).values():
            ordered = sorted(bucket, key=lambda i: (_ordinal(i.report_day), i.id))
            for a, b in zip(ordered, ordered[1:]):
                if a.rid != b.rid and _near(a.report_day, b.report_day):
                    uf.union(a.id, b.id)
    return _nodes(items, uf, extractions)


def _buckets(items, key) -> dict:
    out: dict = {}
    for i in items:
        k = key(i)
        if k is not None:
            out.setdefault(k, []).append(i)
    return out


def _ordinal(day) -> int:
    if not day:
        return -1
    return (day[0] or 0) * 400 + day[1] * 32 + day[2]


def _item(ex: Extraction, m, bodies) -> _Item:
    rid = ex.report.report_id
    names = (m.name, *m.aliases)
    congress = next((c for c in (_congress(n) for n in names) if c), None)
    return _Item(rid, m.key, m.jurisdiction or f"local@{rid}", _parse(m.date),
                 frozenset(core(split_scope(n)[1]) for n in names),
                 bodies.get((rid, m.convener)) if m.convener else None, m.format, congress,
                 _report_day(ex), names)


def _congress(name: str) -> str | None:
    m = _CONGRESS.search(name)
    if not m:
        return None
    return m.group(3) or f"{m.group(1) or m.group(2)}大"


def _report_day(ex: Extraction):
    for m in ex.meetings:
        if m.reported and m.date:
            return _parse(m.date)
    return _parse(ex.report.published)


def _parse(value: str | None):
    if not value:
        return None
    m = re.match(r"(\d{4}|-)-(\d{2})-(\d{2})", value)
    if not m:
        return None
    return (int(m.group(1)) if m.group(1) != "-" else None, int(m.group(2)), int(m.group(3)))


def _agree(a, b) -> bool:
    return a[1:] == b[1:] and (a[0] is None or b[0] is None or a[0] == b[0])


def _lag(meeting, report) -> int | None:
    """Days from a meeting to a report, years taken as equal where one is unknown."""
    if not meeting or not report:
        return None
    try:
        if meeting[0] and report[0]:
            return (date(report[0], report[1], report[2]) - date(meeting[0], meeting[1], meeting[2])).days
        lag = (date(2000, report[1], report[2]) - date(2000, meeting[1], meeting[2])).days
    except ValueError:
        return None
    return lag if lag >= 0 else lag + 366


def _near(a, b) -> bool:
    """Two report days at most NEAR_DAYS apart (either order; years equal where one is unknown)."""
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
    return gap <= NEAR_DAYS


def _similarity(a: _Item, b: _Item) -> float:
    return max((dice(x, y) for x in a.cores for y in b.cores if x and y), default=0.0)


def _alike(a: _Item, b: _Item, threshold: float, formats: bool = False) -> bool:
    if a.convener and a.convener == b.convener:
        return True
    if formats and a.format and a.format == b.format:
        return True
    return _similarity(a, b) >= threshold


def _earlier_dated(u: _Item, by_day: dict) -> _Item | None:
    """The dated meeting an undated reference most likely means: same scope, like name,
    held 0-LAG_DAYS days before the referring report's own meeting (the most recent wins)."""
    if not u.report_day:
        return None
    try:
        anchor = date(2000, u.report_day[1], u.report_day[2])
    except ValueError:
        return None
    best = None
    for back in range(LAG_DAYS + 1):
        day = anchor - timedelta(days=back)
        for d in by_day.get((u.scope, day.month, day.day), ()):
            lag = _lag(d.day, u.report_day)
            if d.rid == u.rid or lag is None or lag > LAG_DAYS or not _alike(u, d, LIKE):
                continue
            rank = (lag, -_similarity(u, d), d.rid, d.local)
            if best is None or rank < best[0]:
                best = (rank, d)
    return best[1] if best else None


def _pairs(bucket):
    for n, a in enumerate(bucket):
        for b in bucket[n + 1:]:
            if a.rid != b.rid:
                yield a, b


def _nodes(items, uf, extractions):
    mapping: dict[tuple[str, str], str] = {}
    builder = NodeBuilder(NodeKind.MEETING)
    mentions = {(ex.report.report_id, m.key): m for ex in extractions for m in ex.meetings}
    dates: dict[str, str] = {}
    by_id = {i.id: i for i in items}
    planned = []
    for group in uf.groups():
        members = [by_id[ident] for ident in sorted(group)]
        day = _group_day(members)
        scope = sorted({i.scope for i in members})[0]
        conveners = sorted({i.convener for i in members if i.convener})
        who = conveners[0].split("/", 1)[1] if conveners else sorted(c for i in members for c in i.cores if c)[0]
        if scope.startswith("local@"):
            who += "/" + members[0].local            # a report's own meetings: one key each
        elif day is None:
            who += "@" + members[0].rid               # undated: first report that names it
        planned.append((keys.meeting(scope, _iso(day), who), members, day))
    taken = Counter(key for key, _, _ in planned)
    for key, members, day in planned:
        if taken[key] > 1:                            # two meetings alike in every way we key on
            key += "@" + members[0].rid
        if day:
            dates[key] = _iso(day)
        for i in members:
            mapping[i.id] = key
            m = mentions[i.id]
            builder.add(key, m.name, m.aliases, i.rid, format=m.format, venues=m.venues,
                        jurisdiction=m.jurisdiction)
    return mapping, builder.nodes(dates=dates)


def _group_day(members):
    days = [i.day for i in members if i.day]
    if not days:
        return None
    return sorted(days, key=lambda d: (d[0] is None, d))[0]


def _iso(day) -> str | None:
    if not day:
        return None
    return f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}" if day[0] else f"--{day[1]:02d}-{day[2]:02d}"
