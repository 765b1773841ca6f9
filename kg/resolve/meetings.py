"""Meetings across reports: the reported meeting of one report and the references to it in
others become one node, keyed by scope (whose meeting), date and convener.

Mentions are joined when:
  1. they name the same numbered congress or plenum (党的二十大, 二十届二中全会);
  2. both are dated, the dates agree, the scope is the same, and they share the convener,
     or their names are alike (bigram Dice >= 0.6 between their cores), or both are
     teleconferences / video conferences (one scope rarely holds two in a day); a dated
     mention whose report names no scope, with the one meeting of its purpose's name and
     level held that day in any scope (meeting_reach.unplaced_held);
  3. an undated reference has the scope and a like name (or the convener, or a short form
     of the name: meeting_short_names.py) of a meeting held 0-30 days before its report's
     own meeting (or the day after: 会后…召开X): the most recent such one (a department or
     congress relays weeks later); up to a year for the same name of a meeting held once for
     a purpose or of a national meeting named by its topic, and failing all that, up to two
     months after (a report announcing the meeting: meeting_reach.py); a reference whose
     report names no scope, to the one meeting of its purpose's name and level in any scope
     held 0-30 days before;
  4. two undated references with the same scope and convener (or a name core) come from
     reports within 3 days of each other; four months for a meeting held once for a purpose
     (全国教育大会: kg/data/meeting_one_off.txt), which reports relay for months; never so
     as to join two dated meetings; 5. meeting_sittings.py's numbered sittings, alike names.
Two meetings of one report are never joined (extraction judged them different), nor a
2021 and a 2022 meeting; a scope the report did not name ("全省", province unnamed) keeps its
meeting to that report, while a long name that writes no scope is its own scope
(meeting_scopes.named_scope: 京津冀交通一体化联席会议, in reports of three provinces). Work is
done in buckets (scope and day, convener, name), never over all pairs, so it scales.
"""
from __future__ import annotations

from collections import defaultdict

from kg.records import Extraction, Node
from kg.resolve import meeting_days as days, meeting_match as M, meeting_reach as reach, \
    meeting_sittings as sittings
from kg.resolve.meeting_nodes import nodes
from kg.resolve.unionfind import UnionFind

LIKE = M.LIKE


def resolve(extractions: list[Extraction], bodies: dict[tuple[str, str], str]
            ) -> tuple[dict[tuple[str, str], str], list[Node]]:
    items = sorted((i for ex in extractions for i in M.items(ex, bodies)), key=lambda i: i.id)
    uf = UnionFind((i.id, i.rid, i.day[0] if i.day else None) for i in items)
    for bucket in _buckets(items, lambda i: i.congress).values():
        uf.chain(i.id for i in bucket)
    dated = [i for i in items if i.day]
    for bucket in _buckets(dated, lambda i: (i.scope, i.day[1], i.day[2])).values():
        _join_alike(uf, bucket)
    sittings.join(uf, items)        # 党政联席会议第十一次会议 under the names of several scopes
    groups = days.dated_groups(uf, dated)
    undated = [i for i in items if not i.day and not i.congress]
    earlier = days.Earlier(groups)
    index = reach.by_name(groups)
    anywhere = reach.by_core(index)
    for u in undated:       # the first root that takes it: a like name weeks before, else the same
                            # purpose's name months before, else weeks after, else (no
                            # scope) the one meeting of its name anywhere weeks before
        _first_taken(uf, u.id, earlier(u)) or _first_taken(
            uf, u.id, reach.latest(u, index) or reach.ahead(u, index) or reach.unplaced(u, anywhere))
    for i in dated:
        if i.scope.startswith("local@") and not i.congress:
            for root in reach.unplaced_held(i, anywhere):
                uf.union(i.id, root)
    anchored = {uf.find(i.id) for i in dated}

    def join(a, b) -> None:     # never two dated meetings through references to both
        ra, rb = uf.find(a.id), uf.find(b.id)
        if ra != rb and not (ra in anchored and rb in anchored) and uf.union(ra, rb):
            if ra in anchored or rb in anchored:
                anchored.add(uf.find(ra))

    for bucket in _buckets(undated, lambda i: (i.scope, i.convener) if i.convener else None).values():
        ordered = sorted(bucket, key=lambda i: (M.ordinal(i.report_day), i.id))
        for a, b in zip(ordered, ordered[1:]):
            if M.near(a.report_day, b.report_day, reach.NEAR_DAYS):
                join(a, b)
    by_core: dict = defaultdict(list)       # every core of a name, not one: 中央政法工作会议 is
    for i in undated:                       # also written 中央政法委政法工作会议
        if not i.scope.startswith("local@"):
            for c in i.cores:
                by_core[(i.scope, c)].append(i)
    for key in sorted(by_core):
        for a, b in reach.name_pairs(by_core[key]):
            join(a, b)
    del groups, earlier, dated, undated, index, anywhere, by_core     # freed before the nodes are made
    return nodes(items, uf, extractions)


def _first_taken(uf: UnionFind, ident, roots) -> bool:
    """Join ident to the first of roots that takes it; False where there was no root at all
    (a root that refuses, a meeting of the same report, still ends the search)."""
    offered = False
    for root in roots:
        offered = True
        if uf.union(ident, root):
            break
    return offered


def _buckets(items, key) -> dict:
    out: dict = defaultdict(list)
    for i in items:
        k = key(i)
        if k is not None and not (isinstance(k, tuple) and str(k[0]).startswith("local@")):
            out[k].append(i)
    return out


def _join_alike(uf: UnionFind, bucket) -> None:
    """One scope, one day: join what shares a convener, a format or a name, then names alike."""
    by_sign: dict = defaultdict(list)
    for i in bucket:
        for sign in ({("convener", i.convener)} if i.convener else set()) \
                | ({("format", i.format)} if i.format else set()) | {("core", c) for c in i.cores}:
            by_sign[sign].append(i.id)
    for sign in sorted(by_sign, key=str):
        uf.chain(by_sign[sign])
    cores = sorted(c for kind, c in by_sign if kind == "core")
    for n, a in enumerate(cores):
        for b in cores[n + 1:]:
            if M.similarity(frozenset([a]), frozenset([b])) >= LIKE:
                uf.union(by_sign[("core", a)][0], by_sign[("core", b)][0])
    # 我县随即召开续会 and, in another report, 5月16日县文物普查工作续会: the scope's one follow-up that day
    named = [c for c in cores if c.endswith("续会") and c != "续会"]
    if ("core", "续会") in by_sign and len(named) == 1:
        uf.union(by_sign[("core", "续会")][0], by_sign[("core", named[0])][0])
