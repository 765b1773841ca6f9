"""Canonical node keys. IRIs are minted from them, so a key depends only on what identifies
the entity (its canonical name, jurisdiction, date), never on the order reports are read in.

  body/中共江苏省委             a body whose jurisdiction the corpus knows
  body/省委@<report>            a short form whose place its report never says
  official/习近平@全国           a person: name + where their posts are
  meeting/全国/2022-11-10/<who>  scope / date (or "undated") / convener or core name
  policy/二十条措施              policies are national: the core name alone
  post/江西省委书记               a post title with its jurisdiction filled in
"""
from __future__ import annotations

import re

_LOCAL_POST = re.compile(r"^(?:常务副|副|代)?(?:自治区|省|市|县|区|州|盟|旗)")


def local(key: str, report_id: str) -> str:
    """A key that only holds inside one report."""
    return f"{key}@{report_id}"


def body(canonical: str, jurisdiction: str | None, report_id: str) -> str:
    base = f"body/{_UNDER_GOVERNMENT.sub('', canonical)}"
    return base if jurisdiction else local(base, report_id)


# 浙江省政府残疾人工作委员会 and 浙江省残疾人工作委员会 (省残工委): a government's working
# commission is written with or without the government it serves, one organ either way
_UNDER_GOVERNMENT = re.compile("(?<=[省市县区旗州])(?:人民)?政府(?=[^府]{2,12}工作委员会$)")


def official(name: str, jurisdiction: str | None, report_id: str) -> str:
    return f"official/{name}@{jurisdiction}" if jurisdiction else f"official/{name}@{report_id}"


def meeting(scope: str, date: str | None, who: str) -> str:
    return f"meeting/{scope}/{date or 'undated'}/{who}"


def policy(core: str) -> str:
    return f"policy/{core}"


def post(title: str, report_id: str) -> str:
    """A post still written with a bare level (市委书记: which city?) belongs to its report."""
    base = f"post/{title}"
    return local(base, report_id) if _LOCAL_POST.match(title) else base
