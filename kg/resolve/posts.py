"""Posts as nodes (org:Post-like): one per title with its jurisdiction filled in
(江西省委书记). A title still written with a bare level (市委书记 in a report that never
names its city) is a post of that report only."""
from __future__ import annotations

from kg.records import Extraction, Node, NodeKind, RelationKind
from kg.resolve import keys


def resolve(extractions: list[Extraction]) -> tuple[dict[tuple[str, str], str], list[Node]]:
    mapping: dict[tuple[str, str], str] = {}
    # key -> (title, reports): a key holds its title, so no NodeBuilder is needed to pick a label
    found: dict[str, tuple[str, set[str]]] = {}
    shared: dict[str, str | None] = {}     # title -> its key, None where the key is the report's
    for ex in extractions:
        rid = ex.report.report_id
        for r in ex.relations:
            if r.kind is RelationKind.HOLDS_POST:
                title = r.object
                if title not in shared:      # a title's key is worked out once, not per mention
                    key = keys.post(title, rid)
                    shared[title] = key if key == keys.post(title, "") else None
                key = shared[title] or keys.post(title, rid)
                mapping[(rid, title)] = key
                entry = found.get(key)
                if entry is None:
                    found[key] = (title, {rid})
                else:
                    entry[1].add(rid)
    return mapping, [Node(key=key, kind=NodeKind.POST, label=title, reports=tuple(sorted(reports)))
                     for key, (title, reports) in sorted(found.items())]
