"""The office of a working group written as a two-character short form: 市普查办 for the office
of the 市第五次全国经济普查领导小组 the report names, 区经普办 likewise.

Staff write a group's office as level + two characters of the group's task + 办. Alone the two
characters say nothing a table could hold (普查 names every census); read against the report
they do: it is the office of the one group of that level, named in the report, whose task holds
both characters in order. Where the report names no such group, or more than one, nothing is read.
"""
from __future__ import annotations

import re

from kg.extract import resources as R
from kg.extract.body_names import BodyRef
from kg.extract.meeting_refs import in_order
from kg.extract.sentences import Sentence

# 办 that starts a word (办公室 is the full form, 办理/办事/办法/办好/办实事) is no short office
_SHORT = re.compile(f"(?P<level>自治区|[省市县区州旗])(?P<abbr>[{R.CJK}]{{2}})办(?![公理事法好实学])")
_GROUPS = ("领导小组", "指挥部")
_PLACE_MAX = 9


def find(sentences: list[Sentence], found: list) -> list[tuple[BodyRef, int, int, int]]:
    """(office, start, end, sentence) for each short office form whose group `found` holds."""
    groups = [h.ref for h in found if h.ref.canonical.endswith(_GROUPS)]
    if not groups:
        return []
    spans: dict[int, list[tuple[int, int]]] = {}
    for h in found:
        spans.setdefault(h.sentence, []).append((h.start, h.end))
    out = []
    for s in sentences:
        if "办" not in s.text:
            continue
        for m in _SHORT.finditer(s.text):
            at, end = s.offset(m.start()), s.offset(m.end())
            if any(x < end and at < y for x, y in spans.get(s.index, ())) or R.post_head_regex().match(s.text, m.end()):
                continue        # read already (市委办), or 市普查办主任: a post's words
            group = _group_of(groups, m.group("level"), m.group("abbr"))
            if group is not None:
                name = group.canonical + "办公室"
                ref = BodyRef(name, m.group(), tuple(sorted({name, m.group()})), group.jurisdiction)
                out.append((ref, at, end, s.index))
    return out


def _group_of(groups: list[BodyRef], level: str, abbr: str) -> BodyRef | None:
    """The one group of that level (市X领导小组, 松原市X领导小组) whose task holds `abbr` in order."""
    hits = {}
    for g in groups:
        if g.jurisdiction is not None and not g.jurisdiction.endswith(level):
            continue
        for a in g.aliases:
            at = a.find(level, 0, _PLACE_MAX)       # 市X领导小组, 松原市X领导小组: the task follows the level
            task = a[at + len(level):].removesuffix("领导小组").removesuffix("指挥部")
            if at >= 0 and in_order(abbr, task):
                hits[g.canonical] = g
    # a short form of the group written too (市普查领导小组) is the same group: the full name stands
    full = [g for n, g in hits.items() if not any(n != o and in_order(n, o) for o in hits)]
    return full[0] if len(full) == 1 else None
