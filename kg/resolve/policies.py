"""Policies across reports: policies are national, so mentions with the same core name
(“四方”责任 and “四方责任”, 二十条 and 二十条优化措施) are one node; its label is the
form most reports write."""
from __future__ import annotations

from kg.records import Extraction, Node, NodeKind
from kg.resolve import keys
from kg.resolve.merge import NodeBuilder


def resolve(extractions: list[Extraction]) -> tuple[dict[tuple[str, str], str], list[Node]]:
    mapping: dict[tuple[str, str], str] = {}
    same: dict[str, str] = {}     # one string per key, not one per mention
    builder = NodeBuilder(NodeKind.POLICY)
    for ex in extractions:
        rid = ex.report.report_id
        for p in ex.policies:
            key = keys.policy(p.key)
            key = same.setdefault(key, key)
            mapping[(rid, p.key)] = key
            builder.add(key, p.name, p.aliases, rid)
    return mapping, builder.nodes()
