"""A people's congress session's presidium (大会主席团, 省十四届人大二次会议主席团): a body of
its own, elected at the session's preparatory meeting, that convenes its own meetings.

Reports write it short (大会主席团, 主席团) and name the session elsewhere, in full
(湖北省第十四届人民代表大会第二次会议) or short (省十四届人大二次会议). The canonical name is
the session's short name with its place, then 主席团 (省十四届人大二次会议主席团 -> 湖北省十四届
人大二次会议主席团; the full name is an alias), so two places' or two sessions' presidiums never
share a node. A report that names no session, or no place for it, yields none.
Not read: 主席团常务主席 / 主席团成员 (a post, a member list), a CPPCC session's presidium
(政协…会议主席团), a town congress's standing presidium (镇人大主席团).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import resources as R
from kg.extract.body_names import BodyRef
from kg.extract.body_places import free_place, full_place, named, place_path
from kg.extract.jurisdiction import Region
from kg.extract.sentences import Sentence

_WORD = "主席团"
_NOT_AFTER = re.compile("常务主席|常务委员会|成员|委员|主席(?!团)")
_CPPCC = re.compile(f"政协[^，。；、]{{0,12}}?[{R.NUM}]{{1,3}}届[{R.NUM}]{{1,3}}次会议")
_NOT_BEFORE = re.compile("(?:政协[^，。；]{0,12}|镇人大|乡人大|党代会|代表大会)$")


@lru_cache(maxsize=None)
def _session_re() -> re.Pattern:
    num = f"[{R.NUM}]{{1,3}}"
    return re.compile(f"(?:(?P<listed>{R.listed_place_pattern()})?(?P<free>{R.free_place_pattern()})?"
                      f"|(?P<level>省|自治区|市|州|县|区))"
                      f"第?(?P<term>{num})届人(?:民代表大会|大)第?(?P<n>{num})次会议")


def _place(m: re.Match, region: Region) -> str | None:
    if m["level"]:
        place = region.place_for(m["level"])
        return named(place, region) if place else None
    parts = [full_place(m["listed"])] if m["listed"] else []
    if m["free"]:
        free = free_place(m["free"], region)
        if free is None and not parts:
            return None
        parts.append(m["free"])
    return "".join(parts) or None


def _sessions(sentences: list[Sentence], region: Region) -> list[tuple[int, int, str | None, tuple]]:
    """(sentence, offset, place, (term, number)) of each session named, in text order; a CPPCC
    session's place is None (its presidium is not read)."""
    out = []
    for s in sentences:
        if "届" not in s.text:
            continue
        for m in _session_re().finditer(s.text):
            out.append((s.index, m.start(), _place(m, region) or "", (m["term"], m["n"])))
        out.extend((s.index, m.start(), None, ()) for m in _CPPCC.finditer(s.text))
    return sorted(out, key=lambda x: x[:2])


def find(sentences: list[Sentence], region: Region) -> list[tuple[BodyRef, int, int, int]]:
    """(presidium, start, end, sentence) of each presidium mention outside a post: of the session
    named last before it (or first after it, where none is before)."""
    hits = [(s, i) for s in sentences if _WORD in s.text for i in _starts(s.text)]
    if not hits:
        return []
    sessions = _sessions(sentences, region)
    # a session written twice (天津市河西区第十八届…, 河西区十八届…): its short name (the form
    # every writer accepts) with the shortest place, the full name with the longest
    places: dict[tuple, list[str]] = {}
    for *_, place, key in sessions:
        if place:
            places.setdefault(key, []).append(place)
    out = []
    for s, i in hits:
        before = [x for x in sessions if x[:2] <= (s.index, i)]
        session = (before or sessions or [None])[-1 if before else 0]
        if session is None or session[2] is None or session[3] not in places:
            continue
        (term, n), place = session[3], min(places[session[3]], key=len)
        short = f"{place}{term}届人大{n}次会议{_WORD}"
        full = f"{max(places[session[3]], key=len)}第{term}届人民代表大会第{n}次会议{_WORD}"
        a = i - 2 if s.text.startswith("大会", i - 2) else i
        written = s.text[a:i + len(_WORD)]
        ref = BodyRef(short, written, tuple(sorted({full, short, written})), place_path(place, region))
        out.append((ref, s.offset(a), s.offset(i + len(_WORD)), s.index))
    return out


def _starts(text: str) -> list[int]:
    out = []
    i = text.find(_WORD)
    while i >= 0:
        end = i + len(_WORD)
        if not _NOT_AFTER.match(text, end) and not _NOT_BEFORE.search(text, max(0, i - 16), i):
            out.append(i)
        i = text.find(_WORD, end)
    return out
