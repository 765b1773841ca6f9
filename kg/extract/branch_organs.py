"""Branch organs of vertically managed systems (税务, 统计, 海关, 气象, 消防, 金融监管...) as
evidence of the report's own place and level. Such a bureau's page rarely writes 市委 or 我市:
it speaks of itself as 市局 / 市统计局 (市局党委书记, 来源：市统计局办公室) and names its place
only inside the organ that holds the meeting (国家税务总局苏州市税务局召开, 昆山市税务局召开).
Without this its 全市 meetings and 续会 lose their place and split from the same meetings
relayed by other reports."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R

_TAIL = "(?:党委|党组)?(?:理论学习中心组)?"


@lru_cache(maxsize=None)
def _level_organ_re() -> re.Pattern:
    """A bare level heading a listed department, or 局 alone (市局, 省局); not after 、
    (各区分管领导、区统计局: a list of every district's organs, not the report's own)."""
    organs = R._alt(lexicon.words("departments"))
    return re.compile(f"(?<![{R.CJK}、])(省|市|县|区)(?:{organs}|局(?![长势面]))")


@lru_cache(maxsize=None)
def _organ_end_re() -> re.Pattern:
    """A branch organ ending right before an actor verb (…税务局党委召开): what precedes it is its place."""
    organs = R._alt(lexicon.words("departments"))
    return re.compile(f"(?:{organs}){_TAIL}$")


def branch_levels(text: str) -> list[str]:
    """Level words heading a bare branch organ (市局, 市统计局): the report's own levels."""
    return [m.group(1) for m in _level_organ_re().finditer(text)]


def before_organ(text: str, pos: int) -> int:
    """Where the place of an organ ending at `pos` ends (the start of 税务局 in 昆山市税务局召开);
    `pos` itself where no listed organ ends there."""
    m = _organ_end_re().search(text, max(0, pos - 16), pos)
    return m.start() if m else pos


# 国家税务总局 / 国家统计局 / 国家金融监督管理总局 heading a branch: the national agency's name,
# not the branch's scope (国家税务总局苏州市税务局 is Suzhou's bureau, not a national organ)
_NATIONAL_HEAD = re.compile(f"^(?:国家|中国)[{R.CJK}]{{1,6}}?(?:总局|局|署)")


def branch_of(written: str) -> str:
    """The branch a national agency's name heads (国家统计局宁波调查队 -> 宁波调查队), when a
    listed place follows that name; `written` itself otherwise."""
    m = _NATIONAL_HEAD.match(written)
    if not m:
        return written
    rest = written[m.end():]
    places = (R.provinces(), R.prefectures(), R.counties())
    if any(rest[:n] in table for n in (2, 3, 4) for table in places) and len(rest) > 3:
        return rest
    return written
