"""Short forms of a working group the report also names in full: 中央第六指导组 after
中央党纪学习教育第六指导组, 中央层面专项工作机制 after 中央层面整治…专项工作机制.

A report names a working organ once in full, then drops part of its task. Read alone, the short
form is a second group; it is the same one where the report names exactly one group with the
same scope and kind (the same first characters, the same group word at the end) whose name
holds every character of the short form in order.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.meeting_refs import in_order


@lru_cache(maxsize=None)
def _suffix_re() -> re.Pattern:
    return re.compile(f"(?:{R._alt(lexicon.words('group_suffixes'))})$")


def _kind(name: str) -> str | None:
    m = _suffix_re().search(name)
    return m.group() if m else None


def to_full(hits: list) -> list:
    """The hits, each short form of a group named in full in the report read as that group."""
    groups: dict[str, list] = {}
    for h in hits:
        kind = _kind(h.ref.canonical)
        if kind:
            groups.setdefault(kind, []).append(h.ref)
    if not any(len(g) > 1 for g in groups.values()):
        return hits
    out = []
    for h in hits:
        name = h.ref.canonical
        kind = _kind(name)
        fulls = {r.canonical: r for r in groups.get(kind, ()) if len(r.canonical) > len(name)
                 and r.canonical[:2] == name[:2] and r.jurisdiction == h.ref.jurisdiction
                 and in_order(name, r.canonical)} if kind else {}
        if len(fulls) == 1:
            full = next(iter(fulls.values()))
            h = replace(h, ref=replace(full, written=h.ref.written,
                                       aliases=tuple(sorted({*full.aliases, *h.ref.aliases}))))
        out.append(h)
    return out
