"""What stands where a name would stand after a post, and is none: a military rank or a
bracketed qualifier, passed over to reach the name (省军区副司令员、大校欧阳晨, 副县长（挂职）
某某: kg/data/military_ranks.txt, post_qualifiers.txt), and the words of cadre work a post is
followed by (县领导包案督办, 县委书记领衔: kg/data/name_lookalikes.txt), never taken for a name;
nor is a county's or a prefecture's full name where a list goes on (县委书记甲、桑植县县长乙:
桑 and 黄 are surnames, 桑植县 and 黄骅市 are places)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R


@lru_cache(maxsize=None)
def _rank() -> re.Pattern:
    ranks = R._alt(lexicon.words("military_ranks"))
    qualifiers = R._alt(lexicon.words("post_qualifiers"))
    return re.compile(f"、?(?:{ranks})|[（(](?:{qualifiers})[）)]")


@lru_cache(maxsize=None)
def _lookalikes() -> tuple[str, ...]:
    return tuple(lexicon.words("name_lookalikes"))


def name_start(text: str, at: int) -> int:
    """Where the name starts after a post ending at `at`: past a rank or a qualifier written
    there (、大校, （挂职）)."""
    m = _rank().match(text, at)
    return m.end() if m else at


@lru_cache(maxsize=None)
def _place_names() -> frozenset[str]:
    return frozenset(row[0] for table in ("counties", "prefectures") for row in lexicon.rows(table))


def lookalike(name: str) -> bool:
    """包案, 领衔, 负总责, 桑植县: where a name stands after a post, yet no name."""
    return name.startswith(_lookalikes()) or name in _place_names()
