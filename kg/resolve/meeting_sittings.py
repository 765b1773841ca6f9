"""Numbered sittings of a joint conference whose name writes no place (党政联席会议第十一次会议).

Reports name such a conference each their own way (推动成渝地区双城经济圈建设重庆四川党政联席会议,
川渝党政联席会议, 党政联席会议), so the named scopes meeting_match gives them (a name's first
characters) differ, and no rule that keeps to one scope joins them. The kind of conference and
the sitting's number are the same words in each: mentions of one kind and number join, dated
ones held the same day, and an undated one with the one dated sitting of that kind and number
in the corpus (with none dated, the undated ones with each other). A conference named only by
its work (工作联席会议) is too common a kind to be one conference.

The same holds of any long name that writes no place, held on one day: 川渝毗邻地区合作平台建设推进会
and 毗邻地区合作平台建设推进会 are one meeting though their first characters differ, so dated
mentions of no place's scope join across those scopes where their names are alike
(meeting_match.similarity), never by format or convener alone.
"""
from __future__ import annotations

from collections import defaultdict

from kg.extract.meeting_refs import sitting_key
from kg.resolve.meeting_match import LIKE, similarity


def key(item) -> tuple[str, str] | None:
    """(kind of conference, sitting number) of a mention with no scope of a place, or None."""
    if not item.scope.startswith(("named:", "local@")):
        return None
    return next((k for k in map(sitting_key, sorted(item.cores)) if k), None)


def join(uf, items) -> None:
    _join_numbered(uf, items)
    _join_named(uf, [i for i in items if i.day])


def _join_numbered(uf, items) -> None:
    dated: dict = defaultdict(list)       # key -> (month, day) -> ids
    undated: dict = defaultdict(list)
    for i in items:
        k = key(i)
        if k is not None:
            if i.day:
                dated[k].append(i)
            else:
                undated[k].append(i)
    for k in sorted(set(dated) | set(undated)):
        days: dict = defaultdict(list)
        for i in dated.get(k, ()):
            days[(i.day[1], i.day[2])].append(i.id)
        for ids in days.values():
            uf.chain(ids)
        refs = [i.id for i in undated.get(k, ())]
        if len(days) == 1:
            anchor = next(iter(days.values()))[0]
            for ref in refs:
                uf.union(ref, anchor)
        elif not days:
            uf.chain(refs)


def _join_named(uf, dated) -> None:
    """Dated mentions in named scopes, one day at a time: alike names join."""
    days: dict = defaultdict(list)
    for i in dated:
        if i.scope.startswith("named:"):
            days[(i.day[1], i.day[2])].append(i)
    for held in days.values():
        for n, a in enumerate(held):
            for b in held[n + 1:]:
                if a.scope != b.scope and similarity(a.cores, b.cores) >= LIKE:
                    uf.union(a.id, b.id)

