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
    ends = {kind: (maps[left], maps[right]) for kind, (left, right) in _ENDS.items()}
    # key -> its evidence: the one Evidence while there is one (most edges: a list per edge
    # cost 70 bytes), a list from the second on
    found: dict[tuple, Evidence | list[Evidence]] = {}
    qualifiers: dict[tuple, str] = {}
    for ex in extractions:
        rid = ex.report.report_id
        for r in ex.relations:
            left, right = ends[r.kind]
            subject = left.get((rid, r.subject))
            obj = right.get((rid, r.object))
            if subject is None or obj is None or subject == obj:
                continue
            key = (r.kind, subject, obj)
            evidence = found.get(key)
            if evidence is None:
                found[key] = r.evidence
            elif type(evidence) is list:
                evidence.append(r.evidence)
            else:
                found[key] = [evidence, r.evidence]
            if r.qualifier is not None and key not in qualifiers:     # the first one given
                qualifiers[key] = r.qualifier
    out = []
    # RelationKind is a str enum: its members order as their values do
    for key in sorted(found):
        evidence = found.pop(key)       # freed as the assertions are made
        if type(evidence) is list:
            evidence = tuple(sorted(set(evidence), key=lambda e: (e.report_id, e.start, e.end, e.sentence)))
        else:
            evidence = (evidence,)
        out.append(Assertion(key[0], key[1], key[2], evidence, qualifiers.get(key)))
    return tuple(out)
