"""The dated meetings of the corpus by scope and day, and the ones an undated reference may mean.

meetings.py joins an undated reference (传达省委常委会会议精神) to a dated meeting of its scope
held 0-LAG_DAYS days before the referring report's own meeting. A busy scope holds many
meetings a day, but of a few kinds: each scope's kinds (sets of name cores) are listed once,
and which of them are like a reference's name is worked out once per scope and name, so the
days of the window are looked up, never compared (at 100k reports comparing every kind of
every day of the window took a fifth of resolve).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache

from kg.resolve import meeting_match as M
from kg.resolve.meeting_reach import AFTER_DAYS, LAG_DAYS
from kg.resolve.meeting_short_names import shortens
from kg.resolve.unionfind import UnionFind


def dated_groups(uf: UnionFind, dated) -> dict:
    """scope -> (month, day) -> the day's (root, day, conveners, cores, first id) after joining,
    indexed by cores and by convener; by scope first, so a reference whose scope held no dated
    meeting looks at no day."""
    members: dict = defaultdict(list)
    for i in dated:
        members[uf.find(i.id)].append(i)
    out: dict = defaultdict(lambda: defaultdict(list))
    for root, group in sorted(members.items(), key=lambda kv: min(i.id for i in kv[1])):
        first = min(group, key=lambda i: i.id)
        day = (uf.year(root), first.day[1], first.day[2])
        out[first.scope][(day[1], day[2])].append(
            (root, day, frozenset(i.convener for i in group if i.convener),
             frozenset(c for i in group for c in i.cores), first.id))
    return {scope: {month_day: _by_cores_and_convener(held) for month_day, held in days.items()}
            for scope, days in out.items()}


def _by_cores_and_convener(held: list) -> tuple[dict, dict]:
    by_cores: dict = defaultdict(list)
    by_convener: dict = defaultdict(list)
    for entry in held:
        by_cores[entry[3]].append(entry)
        for convener in entry[2]:
            by_convener[convener].append(entry)
    return by_cores, by_convener


class Earlier:
    """Dated meetings an undated reference may mean, best first: like names, latest first (the
    more alike first on one day), then the same convener alone; same scope, held up to
    LAG_DAYS days before the referring report's own meeting, and last AFTER_DAYS after (会后
    召开X is rarer than a relay, and a short headline name 省党纪学习教育会议 is also like the
    next day's 警示教育大会). Lazily:
    the first that takes the reference ends the search, and at 100k reports a busy scope
    offers hundreds of candidates in a month."""

    def __init__(self, groups: dict):
        self._groups = groups
        self._kinds = {scope: {cores for by_cores, _ in days.values() for cores in by_cores}
                       for scope, days in groups.items()}
        self._likes: dict = {}      # (scope, cores) -> {a kind of the scope: its likeness}
        self._pairs: dict = {}      # (cores, cores) -> likeness: scopes share their kinds

    def __call__(self, u):
        held = self._groups.get(u.scope)
        if not held or not u.report_day or u.scope.startswith("local@"):
            return
        like = self._like(u)
        window = [held[md] for md in _days_before(u.report_day[1], u.report_day[2]) if md in held]
        # a like name before a convener alone: 传达省X委员会全体会议精神 means the committee's
        # plenary weeks before, not its latest meeting of another kind
        for by_cores, _ in window:
            yield from self._ranked(u, ((entry, sim) for cores, sim in like.items()
                                        for entry in by_cores.get(cores, ())))
        if u.convener:
            for _, by_convener in window:
                yield from self._ranked(u, ((entry, _similarity(u.cores, entry[3]))
                                            for entry in by_convener.get(u.convener, ())
                                            if entry[3] not in like))

    @staticmethod
    def _ranked(u, found) -> list:
        """One day's candidates (all at one lag, where they have one), more alike first."""
        ranked = []
        for (root, group_day, _, _, first), sim in found:
            lag = M.lag(group_day, u.report_day)
            if lag is not None and -AFTER_DAYS <= lag <= LAG_DAYS:
                ranked.append((-sim, first, root))
        return [root for *_, root in sorted(ranked)]

    def _like(self, u) -> dict:
        key = (u.scope, u.cores)
        if key not in self._likes:
            self._likes[key] = {cores: sim for cores in self._kinds[u.scope]
                                if (sim := self._likeness(u.cores, cores)) >= M.LIKE}
        return self._likes[key]

    def _likeness(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Bigram likeness of two names; a short form of the other ranks as the least like
        name that joins."""
        sim = self._pairs.get((a, b))
        if sim is None:
            sim = self._pairs[(a, b)] = _similarity(a, b)
            if sim < M.LIKE and shortens(a, b):
                sim = self._pairs[(a, b)] = M.LIKE
        return sim


# the same few meeting kinds are compared over and over
_similarity = lru_cache(maxsize=1 << 16)(M.similarity)


@lru_cache(maxsize=None)
def _days_before(month: int, day: int) -> tuple[tuple[int, int], ...]:
    """(month, day) of a leap year from a day back to LAG_DAYS before it, then up to AFTER_DAYS
    after it; worked out once per calendar day, not once per reference."""
    try:
        anchor = date(2000, month, day)
    except ValueError:
        return ()
    return tuple(((d := anchor - timedelta(days=back)).month, d.day)
                 for back in (*range(LAG_DAYS + 1), *range(-1, -AFTER_DAYS - 1, -1)))
