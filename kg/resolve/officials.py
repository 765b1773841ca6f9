"""Officials across reports: one node per real person.

The same name is one person when the corpus connects the mentions: both hold national posts
(总书记, 国务院副总理...), their posts are in the same place or one inside the other
(江苏省 / 江苏省宿迁市), or they chaired or attended the same (resolved) meeting.
The same name in two places with nothing linking them stays two people. A name whose report
never says where its posts are joins the one placed group whose posts end with its title
(县委书记 -> 滑县委书记), else stays apart unless a meeting links it.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from kg import lexicon
from kg.records import Extraction, Node, NodeKind, RelationKind
from kg.resolve import keys
from kg.resolve.unionfind import UnionFind


def resolve(extractions: list[Extraction], meetings: dict[tuple[str, str], str]
            ) -> tuple[dict[tuple[str, str], str], list[Node]]:
    mentions = {(ex.report.report_id, o.key): o for ex in extractions for o in ex.officials}
    idents = sorted(mentions)
    uf = UnionFind((ident, ident[0], None) for ident in idents)
    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ident in idents:
        by_name[mentions[ident].name].append(ident)
    for name in sorted(by_name):
        named = by_name[name]
        if len(named) < 2:
            continue                                  # nothing to join with
        places: dict[str, list] = defaultdict(list)
        for ident in named:
            place = mentions[ident].jurisdiction
            if place:
                places[place].append(ident)
        ordered = sorted(places, key=lambda p: (len(p), p)) if len(places) > 1 else list(places)
        for n, place in enumerate(ordered):
            uf.chain(places[place])
            for wider in ordered[:n]:
                if place.startswith(wider):          # 江苏省 contains 江苏省宿迁市
                    uf.union(places[wider][0], places[place][0])
        _join_unplaced(named, mentions, uf)
    together: dict[tuple[str, str], list] = defaultdict(list)
    for ident, met in sorted(_meetings_of(extractions, meetings).items()):
        name = mentions[ident].name
        for meeting in (sorted(met) if len(met) > 1 else met):
            together[(name, meeting)].append(ident)
    for joined in together.values():
        if len(joined) > 1:
            uf.chain(joined)
    mapping: dict[tuple[str, str], str] = {}
    # key -> (name, place, reports). A key holds the name and the place (or the report), so
    # groups sharing a key share both: no NodeBuilder needed to choose a label or a place.
    found: dict[str, tuple[str, str | None, set[str]]] = {}
    for members in uf.groups():                    # each sorted
        first = mentions[members[0]]
        places = {p for p in (mentions[i].jurisdiction for i in members) if p}
        place = min(places, key=lambda p: (len(p), p)) if places else None
        key = keys.official(first.name, place, members[0][0])
        reports = found.setdefault(key, (first.name, place, set()))[2]
        for ident in members:
            mapping[ident] = key
            reports.add(ident[0])
    return mapping, [Node(key=key, kind=NodeKind.OFFICIAL, label=name, reports=tuple(sorted(reports)),
                          jurisdiction=place) for key, (name, place, reports) in sorted(found.items())]


@lru_cache(maxsize=1)
def _level_word() -> re.Pattern:
    """Any level word of kg/data/admin_levels.txt (省, 县, 旗...)."""
    return re.compile("|".join(map(re.escape, lexicon.words("admin_levels"))))


def _join_unplaced(named, mentions, uf) -> None:
    """县委书记某某 in a report that never names its county is the 滑县委书记某某 of another
    report when that is the only placed group of the name whose posts end with the same title
    (a level word or four characters at least: a bare 主任 says too little)."""
    unplaced = [i for i in named if not mentions[i].jurisdiction and mentions[i].posts]
    if not unplaced:
        return
    # suffix of a placed post -> the groups holding it: a common name has thousands of
    # mentions at 100k reports, and comparing each unplaced one with every group was quadratic
    ending: dict[str, set] = defaultdict(set)
    for ident in named:
        if mentions[ident].jurisdiction:
            root = uf.find(ident)
            for post in mentions[ident].posts:
                for start in range(len(post)):
                    ending[post[start:]].add(root)
    for ident in unplaced:
        fits = set()
        for title in mentions[ident].posts:
            if len(title) >= 4 or _level_word().search(title):
                fits |= ending.get(title, set())
        if len(fits) == 1:
            uf.union(next(iter(fits)), ident)


def _meetings_of(extractions, meetings) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    chaired, attended = RelationKind.CHAIRED, RelationKind.ATTENDED
    for ex in extractions:
        rid = ex.report.report_id
        for r in ex.relations:
            kind = r.kind
            if kind is chaired or kind is attended:
                meeting = meetings.get((rid, r.object))
                if meeting is not None:
                    out[(rid, r.subject)].add(meeting)
    return out
