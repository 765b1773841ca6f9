"""A meeting's short name against its full one, as an undated reference writes it: 全国林草工作会议
for 全国林业和草原工作会议, 省委自贸港工委会议 for 省委自由贸易港工作委员会会议, 中央主题教育工作会议 for
学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议. A Chinese short form keeps characters of
the full name in their order, so bigram Dice (meeting_match.similarity) scores it low where
the full name is long.

Only meetings.py's undated-to-dated join uses it, where the scope and a window of days before
the report already narrow the candidates: it is too loose to join two dated mentions or to
lend a place (a 国资委党委扩大会 is not every 国资委党委理论学习中心组学习扩大会).
"""
from __future__ import annotations

from functools import lru_cache

from kg.resolve.meeting_contrast import apart

SHORT_MIN = 4       # characters of a short core: 工作会 or 推进会 alone names no meeting
SAME_HEAD = 3       # trailing characters both must share: the kind of meeting (工作会, 推进会)
SAME_LEAD = 1       # the short name starts with a character of the full one (林草 in 林业和草原)


def shortens(a: frozenset[str], b: frozenset[str]) -> bool:
    """Is one of a's cores a short form of one of b's, or the other way round?"""
    return any(_shortens(*sorted((x, y), key=lambda c: (len(c), c))) for x in a for y in b)


@lru_cache(maxsize=1 << 16)
def _shortens(short: str, full: str) -> bool:
    if len(short) < SHORT_MIN or len(short) == len(full) or short[-SAME_HEAD:] != full[-SAME_HEAD:]:
        return False
    lead = full.find(short[:SAME_LEAD])
    if lead < 0 or apart(short, full):
        return False
    rest = iter(full[lead:])
    return all(c in rest for c in short)     # each character found after the one before
