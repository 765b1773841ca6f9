"""Union-find over mention ids, where each set carries what a union must respect: the
reports its mentions come from (two meetings of one report are never joined) and, for
meetings, the year it is known to be in (a --11-10 reference may join 2021-11-10 or
2022-11-10, never both). Callers attempt unions in a fixed order, so the outcome does not
depend on the order reports were read in."""
from __future__ import annotations

from typing import Hashable, Iterable


class UnionFind:
    def __init__(self, ids: Iterable[tuple[Hashable, str, int | None]]):
        """ids: (id, report id, year or None)."""
        self._parent: dict = {}
        # A root's reports: the report id itself while the set has one member (most sets of a
        # big corpus never grow, and a set per id cost 216 bytes), a set once it has joined.
        self._reports: dict = {}
        self._year: dict = {}       # only the known years
        for ident, report, year in ids:
            self._parent[ident] = ident
            self._reports[ident] = report
            if year is not None:
                self._year[ident] = year

    def find(self, x):
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:
            self._parent[x], x = root, self._parent[x]
        return root

    def can_join(self, a, b) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ya, yb = self._year.get(ra), self._year.get(rb)
        return _disjoint(self._reports[ra], self._reports[rb]) and (ya is None or yb is None or ya == yb)

    def union(self, a, b) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.can_join(ra, rb):
            return False
        if _size(self._reports[ra]) < _size(self._reports[rb]):
            ra, rb = rb, ra
        self._parent[rb] = ra
        mine, theirs = self._reports[ra], self._reports.pop(rb)
        if type(mine) is str:
            mine = self._reports[ra] = {mine}
        if type(theirs) is str:
            mine.add(theirs)
        else:
            mine |= theirs
        year = self._year.pop(rb, None)
        if ra not in self._year and year is not None:
            self._year[ra] = year
        return True

    def chain(self, ids) -> None:
        """Join consecutive ids where allowed (a chain, so a refused pair does not stop the rest)."""
        ids = list(ids)
        for n in range(1, len(ids)):
            if not self.union(ids[n - 1], ids[n]):
                self.union(ids[0], ids[n])

    def year(self, x) -> int | None:
        return self._year.get(self.find(x))

    def groups(self) -> list[list]:
        """Each set as a sorted list, in the order of their smallest ids."""
        out: dict = {}
        # walked in id order, a set is met first at its smallest id: no sort of the sets needed
        for x in sorted(self._parent):
            root = self.find(x)
            group = out.get(root)
            if group is None:
                out[root] = [x]
            else:
                group.append(x)
        return list(out.values())


def _size(reports) -> int:
    return 1 if type(reports) is str else len(reports)


def _disjoint(a, b) -> bool:
    """No report in common; either side a report id or a set of them."""
    if type(a) is str:
        return a != b if type(b) is str else a not in b
    return b not in a if type(b) is str else a.isdisjoint(b)
