"""Posts that make no official on their own: a firm's titles (董事长, 总经理, perhaps with a chief
title after them) and the bare title of a unit's staff written right after a unit the post
table does not know (急诊科主任, 设计研究院总工程师). A party or state post beside them
(集团党委书记、董事长) makes the person an official again."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon

_STAFF_HEADS = ("主任", "成员")        # with the chief professional titles
_INSTITUTE_HEADS = ("院长", "副院长")    # after an institute of institute_units.txt
# after association_units.txt
_ASSOCIATION_HEADS = ("理事长", "副理事长", "常务副理事长", "主席", "副主席", "秘书长", "副秘书长")


@lru_cache(maxsize=None)
def _management_heads() -> tuple[str, ...]:
    """董事长, 总经理: a firm's titles, which alone do not make an official."""
    return tuple(lexicon.words("management_heads"))


@lru_cache(maxsize=None)
def _professional_titles() -> frozenset[str]:
    return frozenset(lexicon.words("professional_titles"))


@lru_cache(maxsize=None)
def _unit_ends() -> tuple[str, ...]:
    return tuple(lexicon.words("staff_unit_ends"))


def firm_title(post: str) -> bool:
    return post.endswith(_management_heads())


def firm_titles(posts) -> bool:
    """A firm's titles only: 董事长, maybe with a bare chief title after it (集团董事长、总工程师)."""
    firm = [firm_title(p) for p in posts]
    return any(firm) and all(f or p in _professional_titles() for f, p in zip(firm, posts))


@lru_cache(maxsize=None)
def _panel_seats() -> re.Pattern:
    return re.compile(f"(?:{'|'.join(lexicon.words('advisory_panels'))})(?:副?主任|委员|成员)$")


@lru_cache(maxsize=None)
def _institutes() -> tuple[str, ...]:
    return tuple(lexicon.words("institute_units"))


@lru_cache(maxsize=None)
def _associations() -> tuple[str, ...]:
    return tuple(lexicon.words("association_units"))


def unit_staff(text: str, begin: int, posts) -> bool:
    """县人民医院急诊科主任某某: bare staff titles (主任, 总工程师, 主任医师) right after a unit the
    post table does not know (the posts start at `begin`, after it): a hospital's or an
    institute's staff, not an official (nor is an expert pool's 成员); so is the 院长 of a
    research institute or a hospital, the head of an association or a cooperative, and a seat on an
    advisory panel (advisory_panels.txt)."""
    return bool(posts) and (all(_panel_seats().search(p) for p in posts) or all(p in _STAFF_HEADS or p in _professional_titles() for p in posts)
                            and text.endswith(_unit_ends(), 0, begin)
                            or all(p in _INSTITUTE_HEADS for p in posts) and text.endswith(_institutes(), 0, begin)
                            or all(p in _ASSOCIATION_HEADS for p in posts)
                            and text.endswith(_associations(), 0, begin - 1 if text.endswith("的", 0, begin) else begin))
