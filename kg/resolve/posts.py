"""Posts as nodes (org:Post-like): one per title with its jurisdiction filled in
(江西省委书记). A title still written with a bare level (市委书记 in a report that never
names its city) is a post of that report only."""
from __future__ import annotations

from kg.records import Extraction, Node, NodeKind, RelationKind
from kg.resolve import keys
from kg.resolve.merge import NodeBuilder


def resolve(extractions: list[Extraction]) -> tuple[dict[tuple[str, str], str], list[Node]]:
    mapping: dict[tuple[str, str], str] = {}
    builder = NodeBuilder(NodeKind.POST)
    for ex in extractions:
        rid = ex.report.report_id
        for r in ex.relations:
            if r.kind is RelationKind.HOLDS_POST:
                key = keys.post(r.object, rid)
                mapping[(rid, r.object)] = key
                builder.add(key, r.object, (), rid)
    return mapping, builder.nodes()
