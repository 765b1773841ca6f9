"""Bodies across reports: one node per canonical name.

Extraction already maps every written form to a canonical name with jurisdiction
(省委 in a Jiangxi report -> 中共江西省委), so the same organ in two reports has the same
canonical name. A short form whose report never says its place stays that report's own
node: two provinces' 省委 never share a node.
"""
from __future__ import annotations

from kg.records import Extraction, Node, NodeKind
from kg.resolve import keys
from kg.resolve.merge import NodeBuilder


def resolve(extractions: list[Extraction]) -> tuple[dict[tuple[str, str], str], list[Node]]:
    """-> ((report_id, local key) -> node key, nodes)."""
    mapping: dict[tuple[str, str], str] = {}
    same: dict[str, str] = {}     # one string per key, not one per mention
    builder = NodeBuilder(NodeKind.BODY)
    for ex in extractions:
        rid = ex.report.report_id
        for b in ex.bodies:
            key = keys.body(b.name, b.jurisdiction, rid)
            key = same.setdefault(key, key)
            mapping[(rid, b.key)] = key
            builder.add(key, b.name, b.aliases, rid, jurisdiction=b.jurisdiction)
    return mapping, builder.nodes()
