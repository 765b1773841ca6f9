"""A meeting's short name against its full one, as an undated reference writes it: 全国林草工作会议
for 全国林业和草原工作会议, 省委编委会议 for 省委机构编制委员会会议, 中央主题教育工作会议 for
学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议 (meeting_refs.short_form). Bigram Dice
(meeting_match.similarity) scores such a pair low where the full name is long.

Only the undated-to-dated join uses it (meeting_days.py), where the scope and a window of days before
the report already narrow the candidates: it is too loose to join two dated mentions or to
lend a place (a 国资委党委扩大会 is not every 国资委党委理论学习中心组学习扩大会).
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract.meeting_refs import short_form
from kg.resolve.meeting_contrast import apart


def shortens(a: frozenset[str], b: frozenset[str]) -> bool:
    """Is one of a's cores a short form of one of b's, or the other way round?"""
    return any(_shortens(*sorted((x, y), key=lambda c: (len(c), c))) for x in a for y in b)


@lru_cache(maxsize=1 << 16)
def _shortens(short: str, full: str) -> bool:
    return short_form(short, full) and not apart(short, full)    # not 第三 for 第七
