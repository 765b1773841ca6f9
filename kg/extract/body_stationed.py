"""Discipline inspection groups stationed in an organ (省纪委监委驻省商务厅纪检监察组, 驻厅纪检
监察组组长): the organs named inside such a group's name are not mentions of their own.

Read as separate organs, the sending commission (省纪委监委) and the host (市政府办公厅) were
taken for bodies the report talks about, while it names only the group, mostly in its head's
post (纪检监察组组长). The group itself is left out: annotators nearly always leave it out or
optional, and name it in no one way (with or without the sending commission).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import resources as R
from kg.extract.sentences import Sentence

_GROUP = "纪检监察组"


@lru_cache(maxsize=None)
def _stationed_re() -> re.Pattern:
    """[commission][派]驻[host]纪检监察组, commission and host short phrases with no break."""
    return re.compile(f"(?:[{R.CJK}]{{1,8}}?纪委监委派?)?驻[{R.CJK}]{{1,16}}?{_GROUP}")


def spans(sentences: list[Sentence]) -> list[tuple[int, int, int]]:
    """(start, end, sentence) of each stationed group's name, in report offsets."""
    out = []
    for s in sentences:
        if _GROUP not in s.text:
            continue
        for m in _stationed_re().finditer(s.text):
            out.append((s.offset(m.start()), s.offset(m.end()), s.index))
    return out
