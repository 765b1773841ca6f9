"""Collecting the mentions of one node: labels, aliases, reports and attributes are united,
and every choice (which label, which date) is made from the whole set, so the result does
not depend on the order reports were read in."""
from __future__ import annotations

from collections import Counter, defaultdict

from kg.records import Node, NodeKind


class NodeBuilder:
    def __init__(self, kind: NodeKind):
        self.kind = kind
        self._labels: dict[str, Counter] = defaultdict(Counter)
        self._aliases: dict[str, set[str]] = defaultdict(set)
        self._reports: dict[str, set[str]] = defaultdict(set)
        self._attrs: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))

    def add(self, key: str, label: str, aliases, report_id: str, weight: int = 1, **attrs) -> None:
        self._labels[key][label] += weight
        self._aliases[key].update(a for a in aliases if a)
        self._reports[key].add(report_id)
        for name, value in attrs.items():
            if value is None:
                continue
            if isinstance(value, (tuple, list, set, frozenset)):
                self._attrs[key][name].update(value)
            else:
                self._attrs[key][name].add(value)

    def label(self, key: str) -> str:
        """The label most mentions use; ties go to the longer, then the smaller string."""
        return min(self._labels[key].items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]

    def nodes(self, labels: dict[str, str] | None = None, dates: dict[str, str] | None = None) -> list[Node]:
        out = []
        for key in sorted(self._labels):
            label = (labels or {}).get(key) or self.label(key)
            attrs = self._attrs[key]
            aliases = sorted((self._aliases[key] | set(self._labels[key])) - {label})
            out.append(Node(
                key=key, kind=self.kind, label=label, aliases=tuple(aliases),
                reports=tuple(sorted(self._reports[key])),
                date=(dates or {}).get(key),
                format=_one(attrs.get("format")),
                venues=tuple(sorted(attrs.get("venues", ()))),
                jurisdiction=_one(attrs.get("jurisdiction"))))
        return out


def _one(values) -> str | None:
    """One value of a set: the most specific (longest), then the smallest string."""
    if not values:
        return None
    return sorted(values, key=lambda v: (-len(v), v))[0]
