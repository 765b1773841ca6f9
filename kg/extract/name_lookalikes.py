"""What stands where a name would stand after a post, and is none: a military rank, a
bracketed qualifier or a delegate's word, passed over to reach the name (省军区副司令员、大校
欧阳晨, 副县长（挂职）某某, 村党支部书记代表某某: kg/data/military_ranks.txt, post_qualifiers.txt,
post_delegate_words.txt), and the words of cadre work a post is
followed by (县领导包案督办, 县委书记领衔: kg/data/name_lookalikes.txt), never taken for a name;
nor is a county's or a prefecture's full name where a list goes on (县委书记甲、桑植县县长乙:
桑 and 黄 are surnames, 桑植县, 黄骅市 and 田阳区 (once 田阳县) are places), nor a place with its
post right after it (甲、阳东区长乙 / 甲、云冈区区长乙)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.names import is_plain_name, name_at


@lru_cache(maxsize=None)
def _rank() -> re.Pattern:
    ranks = R._alt(lexicon.words("military_ranks"))
    qualifiers = R._alt(lexicon.words("post_qualifiers"))
    delegates = R._alt(_delegates())
    # (局长（大熊猫国家公园四川省管理局局长）某某: a second post in brackets, between post and name)
    bracketed = f"[（(][^（）()，,。]{{2,30}}(?:{R._alt(R.post_heads())})[）)]"
    return re.compile(f"、?(?:{ranks})|[（(](?:{qualifiers})[）)]|{bracketed}|(?P<delegate>{delegates})")


@lru_cache(maxsize=None)
def _delegates() -> tuple[str, ...]:
    return tuple(lexicon.words("post_delegate_words"))


def delegate_at(text: str, pos: int) -> bool:
    """Does a delegate's word start at `pos` (管理员代表某某: what stands before it is a post)?"""
    return text.startswith(_delegates(), pos)


@lru_cache(maxsize=None)
def _lookalikes() -> tuple[str, ...]:
    return tuple(lexicon.words("name_lookalikes"))


def name_start(text: str, at: int) -> int:
    """Where the name starts after a post ending at `at`: past a rank, a qualifier or a
    delegate's word written there (、大校, （挂职）, 代表)."""
    m = _rank().match(text, at)
    if m and m.group("delegate"):
        # the post no longer vouches for what follows: 主任代表常委会作报告 names no one
        name = name_at(text, m.end())
        return m.end() if name and is_plain_name(name) else at
    return m.end() if m else at


@lru_cache(maxsize=None)
def _place_names() -> frozenset[str]:
    # a county since made a district or a city keeps its short name (田阳县 -> 田阳区)
    renamed = (row[1] + suffix for row in lexicon.rows("counties") if len(row[1]) >= 2 for suffix in "县区市")
    return frozenset((*renamed, *(row[0] for table in ("counties", "prefectures") for row in lexicon.rows(table))))


_UNIT_ENDS = "区县市州旗盟"


def place_before_post(text: str, at: int, name: str) -> bool:
    """阳东区长乙 / 云冈区区长乙 where a list of names goes on: a place and its own post, the
    unit's character written once (阳东 + 区 is 阳东区) or a name no person has (…区); or a
    listed county's full name and a post after it (萧县副县长乙: 萧 is a surname too)."""
    end = at + len(name)
    return bool(R.post_head_regex().match(text, end)) and (
        name[-1] in _UNIT_ENDS or name + text[end] in _place_names()) or _county_post_at(text, at)


def _county_post_at(text: str, pos: int) -> bool:
    return any(text[pos + n - 1] in "县区市旗" and text[pos:pos + n] in R.counties()
               and (text.startswith(("副", "常务副", "代"), pos + n) or R.post_start_regex().match(text, pos + n))
               for n in range(2, min(8, len(text) - pos + 1)))


def lookalike(name: str) -> bool:
    """包案, 领衔, 负总责, 桑植县: where a name stands after a post, yet no name."""
    return name.startswith(_lookalikes()) or name in _place_names()
