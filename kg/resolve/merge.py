"""Collecting the mentions of one node: labels, aliases, reports and attributes are united,
and every choice (which label, which date) is made from the whole set, so the result does
not depend on the order reports were read in."""
from __future__ import annotations

from kg.records import Node, NodeKind

# what one key collects, by position (a list, not an object: add() runs once per mention)
_LABELS, _ALIASES, _REPORTS, _FORMATS, _VENUES, _PLACES = range(6)


class NodeBuilder:
    def __init__(self, kind: NodeKind):
        self.kind = kind
        self._keys: dict[str, list] = {}

    def add(self, key: str, label: str, aliases, report_id: str, weight: int = 1, *,
            format: str | None = None, venues=(), jurisdiction: str | None = None) -> None:
        entry = self._keys.get(key)
        if entry is None:
            # sets are made when first needed: an empty set is 216 bytes, and most nodes of a
            # big corpus have no alias, format or venue
            entry = self._keys[key] = [{label: weight}, None, {report_id}, None, None, None]
        else:
            labels = entry[_LABELS]
            labels[label] = labels.get(label, 0) + weight
            entry[_REPORTS].add(report_id)
        if aliases:
            _grow(entry, _ALIASES, filter(None, aliases))
        if format is not None:
            _grow(entry, _FORMATS, (format,))
        if venues:
            _grow(entry, _VENUES, venues)
        if jurisdiction is not None:
            _grow(entry, _PLACES, (jurisdiction,))

    def label(self, key: str) -> str:
        return _label(self._keys[key][_LABELS])

    def nodes(self, labels: dict[str, str] | None = None, dates: dict[str, str] | None = None) -> list[Node]:
        out = []
        for key in sorted(self._keys):
            counts, aliases, reports, formats, venues, places = self._keys[key]
            label = (labels.get(key) if labels else None) or _label(counts)
            aliases = aliases.union(counts) if aliases else set(counts)
            aliases.discard(label)
            out.append(Node(
                key=key, kind=self.kind, label=label, aliases=_sorted(aliases),
                reports=_sorted(reports), date=dates.get(key) if dates else None,
                format=_one(formats or ()), venues=_sorted(venues or ()), jurisdiction=_one(places or ())))
        return out


def _grow(entry: list, slot: int, values) -> None:
    if entry[slot] is None:
        entry[slot] = set(values)
    else:
        entry[slot].update(values)


def _label(counts: dict[str, int]) -> str:
    """The label most mentions use; ties go to the longer, then the smaller string."""
    if len(counts) == 1:
        return next(iter(counts))
    return min(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


def _sorted(values) -> tuple:
    # most nodes have one report, one alias or none: skip sorted() for those
    return tuple(values) if len(values) < 2 else tuple(sorted(values))


def _one(values) -> str | None:
    """One value of a set: the most specific (longest), then the smallest string."""
    if len(values) < 2:
        return next(iter(values)) if values else None
    return min(values, key=lambda v: (-len(v), v))
