"""An organ's party group (党组) or party committee (党委) as a body of its own.

Written after the organ (省教育厅党组, 市公安局党委召开会议, 省卫生健康委召开党组会议) it is that
organ's. Written bare (厅党组召开会议, 委党组) it is the party group of the department whose
report it is: a department's site writes its own organ plainly and the rest with a place, so the
first department of the report with the same ending (厅, 委, 局) is the one meant. In 党组书记
the word is only part of a post, not a mention of the body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import resources as R
from kg.extract.body_names import BodyRef, canonical, departments, group_re, party_group
from kg.extract.sentences import Sentence

# 厅党组 / 委党组 / 局党委 with no organ written: 党组织 is a party organisation, not the group
_BARE = re.compile("(?P<end>[厅委局]|总队|支队)(?P<word>党组|党委)(?!织)")


def group_after(text: str, end: int, written: str) -> str | None:
    """党组 or 党委 right after an organ written in `text` up to `end` (not the start of a post):
    党委 only after a department (市公安局党委), as 省委 and 自治区党委 name the committee itself."""
    for word in ("党组", "党委"):
        if text.startswith(word, end) and text[end + 2:end + 3] != "织" \
                and not R.post_head_regex().match(text, end + 2):
            if word == "党组" or _is_department(written):
                return word
    return None


def convened_group(text: str, end: int, written: str) -> str | None:
    """省卫生健康委召开党组会议, 县公安局召开党委会议: the department's party group (committee) meets."""
    for word in ("党组", "党委"):
        if text.startswith("召开" + word, end) and _is_department(written):
            return word
    return None


def party_body(ref: BodyRef, word: str) -> BodyRef:
    """The organ's 党组 or 党委, named after its place-first form (陕西省政协党组, not 政协陕西省
    委员会党组); a department's after its full name (芜湖市经济和信息化局党组)."""
    if not _is_department(ref.written):
        return party_group(ref) if word == "党组" else _after(ref.written, ref, word)
    return _after(ref.canonical, ref, word)


def _after(base: str, ref: BodyRef, word: str) -> BodyRef:
    name = base.removeprefix("中共") + word
    return BodyRef(name, ref.written + word, tuple(sorted({name, ref.written + word})), ref.jurisdiction)


def bare_groups(sentences: list[Sentence], found: list, headers: list, region=None) -> list[tuple[BodyRef, int, int, int]]:
    """(party body, start, end, sentence) for each bare 厅党组 / 委党组 whose department the
    report names; `found` holds the body hits already read (in sentence order), `headers` the
    organs written as lines of their own (a site's name), tried after them."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for h in found:
        spans.setdefault(h.sentence, []).append((h.start, h.end))
    out = []
    for s in sentences:
        if "党" not in s.text:
            continue
        for m in _BARE.finditer(s.text):
            at = s.offset(m.start())
            if any(x <= at < y for x, y in spans.get(s.index, ())) or R.post_head_regex().match(s.text, m.end()):
                continue            # 省教育厅党组 is read with its organ; 厅党组书记 is a post
            own = _own_department(found, m.group("end")) or _own_department(headers, m.group("end"))
            if own is not None:
                out.append((party_body(own, m.group("word")), s.offset(m.start()), s.offset(m.end()), s.index))
    return out + _bare_offices(sentences, found, spans, region)


# 领导小组办公室要加强调度, 代表联席会议办公室汇报: the office of the group the report names
_BARE_OFFICE = re.compile("(?P<group>领导小组|联席会议|指挥部)办公室")


def _bare_offices(sentences: list[Sentence], found: list, spans: dict, region) -> list[tuple[BodyRef, int, int, int]]:
    """(office, start, end, sentence) for each bare 领导小组办公室 (联席会议办公室, 指挥部办公室) not read
    with a name of its own, where the report names exactly one group of that kind: its office.
    A group named only inside a meeting's name (省X领导小组第五次会议) is not among the hits found."""
    out, named = [], None
    for s in sentences:
        if "办公室" not in s.text:
            continue
        for m in _BARE_OFFICE.finditer(s.text):
            at = s.offset(m.start())
            if any(x <= at < y for x, y in spans.get(s.index, ())):
                continue
            groups = {h.ref.canonical: h.ref for h in found if h.ref.canonical.endswith(m.group("group"))}
            if not groups and region is not None:
                named = named if named is not None else _named_groups(sentences, region)
                groups = {r.canonical: r for r in named if r.canonical.endswith(m.group("group"))}
            if len(groups) == 1:
                group = next(iter(groups.values()))
                name = group.canonical + "办公室"
                ref = BodyRef(name, m.group(), tuple(sorted({name, m.group()})), group.jurisdiction)
                out.append((ref, at, s.offset(m.end()), s.index))
    return out


def _own_department(found: list, ending: str) -> BodyRef | None:
    for h in found:
        if _is_department(h.ref.written) and not h.ref.canonical.startswith("中共") \
                and h.ref.written.endswith((ending, ending + "员会")):
            return h.ref
    return None


def _is_department(written: str) -> bool:
    """A government department (教育厅, 公安局, 卫生健康委), not a party committee or its office."""
    return written.endswith(_department_ends()) and not written.endswith(("委办公室", "委办", "常委会"))


@lru_cache(maxsize=None)
def _department_ends() -> tuple[str, ...]:
    return (*departments(), "局", "厅")


def _named_groups(sentences: list[Sentence], region) -> list[BodyRef]:
    """Every working group written with its scope in the report (run only for a bare office)."""
    refs = (canonical(m.group(), region) for s in sentences for m in group_re().finditer(s.text))
    return [r for r in refs if r is not None and r.jurisdiction is not None]
