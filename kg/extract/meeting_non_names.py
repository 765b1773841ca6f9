"""Spans that end in a meeting noun yet name no one gathering, so meeting_names.find drops
them: a kind of meeting held again and again (每月召开一次X会), a description (一次十分重要的会议,
针对X的专题会议) and a requirement's or a plan's words (要加强联席会议统筹调度, 压减会议规模:
kg/data/meeting_name_not_first.txt)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon

_RECURRING = re.compile("(?:每|定期|连续[^，,。；;]{0,3}年)[^，,。；;]{0,6}$")
_DESCRIBED = re.compile("(?<!党)(?<!感染)的")       # (党的二十大, 感染的: words of a name)


@lru_cache(maxsize=None)
def _not_first() -> tuple[str, ...]:
    return tuple(lexicon.words("meeting_name_not_first"))


def recurring(text: str, start: int) -> bool:
    """Does the text before a name starting at `start` make it a recurring kind (每月召开一次)?"""
    return _RECURRING.search(text, 0, start) is not None


def describes(name: str) -> bool:
    """A name (its inner date taken out) that describes a meeting or words a requirement."""
    return name.startswith(_not_first()) or _DESCRIBED.search(name) is not None
