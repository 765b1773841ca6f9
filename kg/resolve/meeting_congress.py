"""Meetings numbered so that one name is one meeting whatever day a report gives it: a
national congress (二十大, 中国共产党第二十次全国代表大会, and a mass organisation's: 中国妇女十三大,
kg/data/mass_organisations.txt), a plenum (二十届三中全会) and an organ's sitting numbered by
term and session (十二届湖南省纪委三次全会, 十四届全国人大常委会第十一次会议)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract.meeting_plenum import sitting

_CONGRESS = re.compile(r"第([一二三四五六七八九十]+)次全国代表大会|([一二三四五六七八九十]{2,3})大"
                       r"|([一二三四五六七八九十]+届[一二三四五六七八九十]+中全会)")


@lru_cache(maxsize=None)
def _organisation() -> re.Pattern:
    return re.compile("|".join(map(re.escape, lexicon.words("mass_organisations"))))


def congress(name: str) -> str | None:
    """二十大 for the party's 20th congress, 妇女十三大 for the women's federation's 13th."""
    m = _CONGRESS.search(name)
    if not m or name.startswith("精神", m.end()):
        return None         # 党的二十届三中全会精神宣讲报告会: a meeting about the plenum, not it
    if m.group(3):
        return m.group(3)
    key = f"{m.group(1) or m.group(2)}大"
    organisation = _organisation().search(name, 0, m.start())
    return organisation.group() + key if organisation else key


def numbered_sitting(core: str, scope: str) -> str | None:
    """The key of an organ's sitting numbered by term and session in its scope, from the
    name's core (meeting_match._core_of)."""
    key = sitting(core)
    return f"{scope}|{key[0]}|{key[1]}|{key[2]}" if key else None
