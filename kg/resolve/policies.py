"""Policies across reports: policies are national, so mentions with the same core name
(“四方”责任 and “四方责任”, 二十条 and 二十条优化措施, a plan with and without its years) are
one node; its label is the form most reports write."""
from __future__ import annotations

import re

from kg.records import Extraction, Node, NodeKind
from kg.resolve import keys
from kg.resolve.merge import NodeBuilder


# 百县千镇万村高质量发展工程 is written short by its numerals, 百千万工程: a core that opens with
# three or more numeral-led words has the short core of those numerals (百千万) too
_NUMERAL_LED = re.compile("(?:[一二三四五六七八九十两百千万亿](?![一二三四五六七八九十两百千万亿])[\u3400-\u9fff]{1,2}?)"
                          "(?=[一二三四五六七八九十两百千万亿])")
_NUMERALS = "一二三四五六七八九十两百千万亿"


def _numeral_short(core: str) -> str | None:
    """百县千镇万村高质量发展 -> 百千万; None where the core does not open with such words."""
    heads, at = [], 0
    while True:
        m = _NUMERAL_LED.match(core, at)
        if not m:
            break
        heads.append(core[at])
        at = m.end()
    # the last numeral-led word: a numeral, then 1-2 characters that are no numeral
    if heads and at < len(core) and core[at] in _NUMERALS and len(core) > at + 1 and core[at + 1] not in _NUMERALS:
        heads.append(core[at])
    return "".join(heads) if len(heads) >= 3 else None


# X三年行动方案（2024—2026年） and X三年行动方案 are one plan: the years are not part of the key
_YEARS_AFTER = re.compile(r"[(（]\d{4}\s*[—–\-－~至]\s*\d{4}年?[)）]$")


def resolve(extractions: list[Extraction]) -> tuple[dict[tuple[str, str], str], list[Node]]:
    mapping: dict[tuple[str, str], str] = {}
    same: dict[str, str] = {}     # one string per key, not one per mention
    builder = NodeBuilder(NodeKind.POLICY)
    cores = {_YEARS_AFTER.sub("", p.key) for ex in extractions for p in ex.policies}
    fulls: dict[str, set[str]] = {}
    for c in cores:
        fulls.setdefault(_numeral_short(c), set()).add(c)
    # a short two full names share (百企千村万户X, 百县千镇万村Y) names neither: no guess, and no
    # answer that depends on the order a set is walked in
    shorts = {short: next(iter(f)) for short, f in fulls.items() if short and len(f) == 1}
    for ex in extractions:
        rid = ex.report.report_id
        for p in ex.policies:
            core = _YEARS_AFTER.sub("", p.key)
            key = keys.policy(shorts.get(core, core))
            key = same.setdefault(key, key)
            mapping[(rid, p.key)] = key
            builder.add(key, p.name, p.aliases, rid)
    return mapping, builder.nodes()
