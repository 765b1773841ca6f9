"""Union-find over mention ids, refusing a union that would put two mentions of the same
group (for meetings: the same report) into one set. Unions are attempted in a fixed order by
the callers, so the outcome does not depend on the order reports were read in."""
from __future__ import annotations

from typing import Callable, Hashable, Iterable


class UnionFind:
    def __init__(self, ids: Iterable[Hashable], group_of: Callable[[Hashable], Hashable] | None = None):
        self._parent = {i: i for i in ids}
        self._group_of = group_of
        self._groups = {i: {group_of(i)} for i in self._parent} if group_of else {}

    def find(self, x):
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:
            self._parent[x], x = root, self._parent[x]
        return root

    def union(self, a, b) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self._group_of:
            if self._groups[ra] & self._groups[rb]:
                return False
            if len(self._groups[ra]) < len(self._groups[rb]):
                ra, rb = rb, ra
            self._groups[ra] |= self._groups.pop(rb)
        elif str(rb) < str(ra):
            ra, rb = rb, ra
        self._parent[rb] = ra
        return True

    def groups(self) -> list[set]:
        out: dict = {}
        for x in self._parent:
            out.setdefault(self.find(x), set()).add(x)
        return sorted(out.values(), key=lambda g: min(g))
