"""A quoted programme named only as the whole object of a verb: 推进“高效办成一件事”，/
聚焦“X”、/ 以“X”为牵引. Such a phrase carries no cue word (要求, 工程, 改革) after it, yet the
verb (kg/data/policy_object_verbs.txt) shows it is a programme being carried out. Only a phrase
of Han characters alone, followed by a clause break, counts: 推进“X”工作 is work on X.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R

_HAN_ONLY = re.compile(f"[{R.CJK}]+$")
_OBJECT_AFTER = re.compile("[，,。、；;]|为牵引")


def as_object(text: str, m: re.Match, inner: str) -> bool:
    """m: the quoted phrase's match in text; inner: the phrase without its marks."""
    if not 4 <= len(inner) <= 12 or not _HAN_ONLY.match(inner) or not _OBJECT_AFTER.match(text, m.end()):
        return False
    if text.endswith(_object_verbs(), 0, m.start()):
        return True
    return text.endswith("以", 0, m.start()) and text.startswith("为牵引", m.end())


@lru_cache(maxsize=None)
def _object_verbs() -> tuple[str, ...]:
    return tuple(lexicon.words("policy_object_verbs"))
