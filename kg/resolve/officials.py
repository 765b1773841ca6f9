"""Officials across reports: one node per real person.

The same name is one person when the corpus connects the mentions: both hold national posts
(总书记, 国务院副总理...), their posts are in the same place or one inside the other
(江苏省 / 江苏省宿迁市), or they chaired or attended the same (resolved) meeting.
The same name in two places with nothing linking them stays two people, and so does a name
whose reports never say where its posts are, unless a meeting links them.
"""
from __future__ import annotations

from collections import defaultdict

from kg.records import Extraction, Node, NodeKind, RelationKind
from kg.resolve import keys
from kg.resolve.merge import NodeBuilder
from kg.resolve.unionfind import UnionFind


def resolve(extractions: list[Extraction], meetings: dict[tuple[str, str], str]
            ) -> tuple[dict[tuple[str, str], str], list[Node]]:
    mentions = {(ex.report.report_id, o.key): o for ex in extractions for o in ex.officials}
    uf = UnionFind((ident, ident[0], None) for ident in sorted(mentions))
    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ident in sorted(mentions):
        by_name[mentions[ident].name].append(ident)
    for name, idents in sorted(by_name.items()):
        places: dict[str, list] = defaultdict(list)
        for ident in idents:
            if mentions[ident].jurisdiction:
                places[mentions[ident].jurisdiction].append(ident)
        ordered = sorted(places, key=lambda p: (len(p), p))
        for n, place in enumerate(ordered):
            _chain(uf, places[place])
            for wider in ordered[:n]:
                if place.startswith(wider):          # 江苏省 contains 江苏省宿迁市
                    uf.union(places[wider][0], places[place][0])
    together: dict[tuple[str, str], list] = defaultdict(list)
    for ident, met in sorted(_meetings_of(extractions, meetings).items()):
        for meeting in sorted(met):
            together[(mentions[ident].name, meeting)].append(ident)
    for idents in together.values():
        _chain(uf, idents)
    mapping: dict[tuple[str, str], str] = {}
    builder = NodeBuilder(NodeKind.OFFICIAL)
    for group in uf.groups():
        members = sorted(group)
        places = sorted({mentions[i].jurisdiction for i in members if mentions[i].jurisdiction},
                        key=lambda p: (len(p), p))
        first = mentions[members[0]]
        key = keys.official(first.name, places[0] if places else None, members[0][0])
        for ident in members:
            mapping[ident] = key
            builder.add(key, first.name, (), ident[0], jurisdiction=places[0] if places else None)
    return mapping, builder.nodes()


def _chain(uf: UnionFind, idents: list) -> None:
    uf.chain(idents)


def _meetings_of(extractions, meetings) -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ex in extractions:
        rid = ex.report.report_id
        for r in ex.relations:
            if r.kind in (RelationKind.CHAIRED, RelationKind.ATTENDED) and (rid, r.object) in meetings:
                out[(rid, r.subject)].add(meetings[(rid, r.object)])
    return out
