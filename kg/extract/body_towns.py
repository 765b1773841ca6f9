"""A township's party committee named with its town (乳城镇党委召开…, 泼陂河镇召开党委扩大会议).

A town is no listed place, so the scanner reads only the bare 镇党委. After a clause break (or a
county: 平和县坂仔镇党委), 2-4 characters ending in 镇 or 乡 are the town before 召开党委…会议 (a
meeting it holds), and before 党委 where the report writes the town elsewhere too (a byline, a
plan's title): 提请镇党委研究 is a verb before a bare 镇党委. 镇党委书记 is a post, X镇党委理论学习
中心组 a group of its own. Where a report names one town committee, its bare 镇党委 (乡党委) is
that committee, so the meeting's convener and the mentions agree.
"""
from __future__ import annotations

import re

from kg.extract import resources as R
from kg.extract.body_names import BodyRef
from kg.extract.jurisdiction import Region
from kg.extract.sentences import Sentence

_TOWN = re.compile(f"(?:(?<=[^{R.CJK}])|^|(?<=[县区市旗]))(?P<town>[{R.CJK}]{{2,4}}?(?P<kind>[镇乡]))"
                   f"(?P<word>党委|召开党委(?=(?:扩大|[(（]扩大[)）])?会议))(?![书副委班理])")
_NOT_TOWN = ("城乡", "全镇", "全乡", "各镇", "各乡", "本镇", "我镇", "该镇", "乡镇")


def town_committee(text: str, at: int, region: Region) -> tuple[BodyRef, int] | None:
    """(the committee, its end) for a town committee written at `at`, if one is."""
    m = _TOWN.match(text, at)
    if m is None or m["town"].endswith(_NOT_TOWN) or R.post_head_regex().match(text, m.end()):
        return None
    return _ref(m["town"], m["kind"], m.group(), region), m.end()


def _ref(town: str, kind: str, written: str, region: Region) -> BodyRef:
    name = town + "党委"
    aliases = tuple(sorted({name, kind + "党委", "中共" + town + "委员会"}))
    return BodyRef(name, written.replace("召开", ""), aliases, f"{region.name}{town}" if region.name else None)


def find(sentences: list[Sentence], region: Region) -> list[tuple[BodyRef, int, int, int]]:
    """(committee, start, end, sentence) for each town committee written with its town."""
    out, whole = [], None
    for s in sentences:
        if "党委" not in s.text:
            continue
        for m in _TOWN.finditer(s.text):
            found = town_committee(s.text, m.start(), region)
            whole = whole if whole is not None else "\n".join(x.text for x in sentences)
            if found and (m["word"] != "党委" or whole.count(m["town"]) > 1):
                end = m.start() + len(m["town"]) + 2 * (m["word"] == "党委")
                out.append((found[0], s.offset(m.start()), s.offset(end), s.index))
    return out


def own_bare(hits: list, towns: list) -> list:
    """The bare 镇党委 / 乡党委 hits read as the one town committee the report names."""
    named = {t.ref.canonical: t.ref for t in towns}
    if len(named) != 1:
        return hits
    ref = next(iter(named.values()))
    bare = ref.canonical[-3] + "党委"
    return [type(h)(ref, h.start, h.end, h.sentence) if h.ref.canonical == bare and h.ref.jurisdiction is None else h
            for h in hits]
