"""The meeting nodes of resolved groups (meetings.py joins the mentions): one key per group,
made of what identifies the meeting (scope, date, convener or name), and the names, dates,
formats and venues of its mentions gathered on it."""
from __future__ import annotations

from collections import Counter

from kg.records import NodeKind
from kg.resolve import keys
from kg.resolve import meeting_match as M
from kg.resolve.merge import NodeBuilder


def nodes(items, uf, extractions):
    """One node per joined group, keyed by scope, date and convener (or name core)."""
    mentions = {(ex.report.report_id, m.key): m for ex in extractions for m in ex.meetings}
    by_id = {i.id: i for i in items}
    planned = []
    for group in uf.groups():                     # each sorted
        members = [by_id[ident] for ident in group]
        days = [i.day for i in members if i.day]
        day = min(days, key=lambda d: (d[0] is None, d)) if days else None
        scope = min((i.scope for i in members), key=lambda s: (s.startswith("local@"), s))  # a named one
        conveners = [i.convener for i in members if i.convener]
        who = min(conveners).split("/", 1)[1] if conveners else min(c for i in members for c in i.cores)
        if scope.startswith("local@"):
            who += "/" + members[0].local            # a report's own meetings: one key each
        elif day is None:
            who += "@" + members[0].rid               # undated: the first report that names it
        planned.append((keys.meeting(scope, M.iso(day), who), members, day))
    taken = Counter(key for key, _, _ in planned)
    # (two of one report alike in all that too: 党组会议 and 主任会议 of one organ, one day)
    twice = Counter(key + "@" + members[0].rid for key, members, _ in planned
                    if taken[key] > 1 and _held(members, mentions))
    mapping: dict[tuple[str, str], str] = {}
    builder = NodeBuilder(NodeKind.MEETING)
    dates: dict[str, str] = {}
    for key, members, day in planned:
        if taken[key] > 1:                            # alike in everything a key holds
            key += "@" + members[0].rid
            key += "/" + members[0].local if twice[key] > 1 and _held(members, mentions) else ""
        if day:
            dates[key] = M.iso(day)
        for i in members:
            mapping[i.id] = key
            m = mentions[i.id]
            # the report that held the meeting names it best (湖南省委常委会会议, not 省委常委会会议)
            builder.add(key, m.name, m.aliases, i.rid, weight=1 + 2 * m.reported, format=m.format, venues=m.venues,
                        jurisdiction=m.jurisdiction)
    return mapping, builder.nodes(dates=dates)


def _held(members, mentions) -> bool:
    return any(mentions[i.id].reported for i in members)
