"""Names whose post follows them in brackets, as lists of those present are often written:
出席会议的有：甲某(副区长)、乙某(区政府党组成员). The bracket must hold posts and nothing
else, so 甲某(女) or 某某(化名) name no official."""
from __future__ import annotations

import re

from kg.extract import resources as R
from kg.extract.jurisdiction import Region
from kg.extract.names import name_at
from kg.extract.posts import parse_posts

# (the sentence text has ASCII brackets after ingest; a list opens after 有 or a colon, or starts
# a line (甲某(镇党委副书记)：挂钩五星村), and goes on after 、: 各苏木乡镇党委书记、苏木达(乡镇长)
# is a title glossed, in no such list)
_BRACKETED = re.compile(f"(?:^|(?<=[:：有])|(?<=\\)、))([{R.CJK}·]{{2,12}}?)\\(([{R.CJK}、]{{2,30}})\\)")


def bracketed(text: str, region: Region) -> list[tuple[str, list[str], int]]:
    """(name, posts, offset) of each NAME(POST、POST) in a sentence."""
    out = []
    for m in _BRACKETED.finditer(text):
        name = name_at(text, m.start(1), vouched=True)
        inside = m.group(2)
        posts, begin = parse_posts(inside, len(inside), region)
        if name == m.group(1) and posts and begin == 0:
            out.append((name, posts, m.start(1)))
    return out
