"""Policies across reports: policies are national, so mentions with the same core name
(“四方”责任 and “四方责任”, 二十条 and 二十条优化措施, a plan with and without its years) are
one node; its label is the form most reports write."""
from __future__ import annotations

import re

from kg.records import Extraction, Node, NodeKind
from kg.resolve import keys
from kg.resolve.merge import NodeBuilder


# X三年行动方案（2024—2026年） and X三年行动方案 are one plan: the years are not part of the key
_YEARS_AFTER = re.compile(r"[(（]\d{4}\s*[—–\-－~至]\s*\d{4}年?[)）]$")


def resolve(extractions: list[Extraction]) -> tuple[dict[tuple[str, str], str], list[Node]]:
    mapping: dict[tuple[str, str], str] = {}
    same: dict[str, str] = {}     # one string per key, not one per mention
    builder = NodeBuilder(NodeKind.POLICY)
    for ex in extractions:
        rid = ex.report.report_id
        for p in ex.policies:
            key = keys.policy(_YEARS_AFTER.sub("", p.key))
            key = same.setdefault(key, key)
            mapping[(rid, p.key)] = key
            builder.add(key, p.name, p.aliases, rid)
    return mapping, builder.nodes()
