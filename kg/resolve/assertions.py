"""Edges between nodes: every extracted relation mapped through the resolution, identical
edges joined with all their evidence (sorted), self-loops made by a merge dropped."""
from __future__ import annotations

from kg.records import Assertion, Evidence, Extraction, RelationKind

# which map resolves each end of a relation
_ENDS = {
    RelationKind.CHAIRED: ("official", "meeting"),
    RelationKind.ATTENDED: ("official", "meeting"),
    RelationKind.RELAYED: ("meeting", "meeting"),
    RelationKind.CONVENED_BY: ("meeting", "body"),
    RelationKind.HOLDS_POST: ("official", "post"),
    RelationKind.PROMOTES: ("meeting", "policy"),
}


def assertions(extractions: list[Extraction], maps: dict[str, dict]) -> tuple[Assertion, ...]:
    found: dict[tuple, list[Evidence]] = {}
    qualifiers: dict[tuple, str | None] = {}
    for ex in extractions:
        rid = ex.report.report_id
        for r in ex.relations:
            left, right = _ENDS[r.kind]
            subject = maps[left].get((rid, r.subject))
            obj = maps[right].get((rid, r.object))
            if subject is None or obj is None or subject == obj:
                continue
            key = (r.kind, subject, obj)
            found.setdefault(key, []).append(r.evidence)
            if qualifiers.get(key) is None:
                qualifiers[key] = r.qualifier
    out = []
    for (kind, subject, obj), evidence in sorted(found.items(), key=lambda kv: (kv[0][0].value, kv[0][1], kv[0][2])):
        unique = sorted(set(evidence), key=lambda e: (e.report_id, e.start, e.end, e.sentence))
        out.append(Assertion(kind, subject, obj, tuple(unique), qualifiers[(kind, subject, obj)]))
    return tuple(out)
