"""Named strategies written without quotes: 深入实施科教兴国战略、人才强国战略、创新驱动发展战略,
主动对接京津冀协同发展战略. Only a name right after a verb of carrying out (or after 、 in a list
that began so) is read, and only a compact one (4-8 characters, no function word), so 作出战略部署
or 民族复兴的战略 stay prose. An era or kind word before the name (新时代, 国家) is left out."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R

_NAME = f"(?:(?![的和与及是在对把将为等了、])[{R.CJK}]){{4,8}}?"


@lru_cache(maxsize=None)
def _strategy_re() -> re.Pattern:
    verbs = R._alt(lexicon.words("policy_strategy_verbs"))
    generic = R._alt(lexicon.words("policy_strategy_generic"))
    return re.compile(f"(?:{verbs})(?:(?:{generic})(?=[{R.CJK}]{{4}}))?(?P<name>{_NAME}战略)(?![{R.CJK}])")


@lru_cache(maxsize=None)
def _listed_re() -> re.Pattern:
    return re.compile(f"、(?P<name>{_NAME}战略)(?![{R.CJK}])")


@lru_cache(maxsize=None)
def _campaign_re() -> re.Pattern:
    """A named campaign of some years (安全生产治本攻坚三年行动) after a verb carrying it out; not
    its plan or meeting (三年行动方案, 三年行动推进会), which are named otherwise."""
    verbs = R._alt([*lexicon.words("policy_strategy_verbs"), *lexicon.words("policy_campaign_verbs")])
    name = f"(?:(?![的和与及是在对把将为等了、])[{R.CJK}]){{4,14}}?[{R.NUM}]年行动"
    leads = R._alt(lexicon.words("policy_campaign_leads"))
    return re.compile(f"(?:{verbs})(?:{leads})*(?P<name>{name})(?!方案|计划|推进|会|实施|工作|领导|专班|指挥)")


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each unquoted strategy or campaign carried out in the text."""
    out = [(m.start("name"), m.end(), m.group("name")) for m in _campaign_re().finditer(text)] \
        if "年行动" in text else []
    if "战略" not in text:
        return out
    for m in _strategy_re().finditer(text):
        end = m.end()
        out.append((m.start("name"), end, m.group("name")))
        nxt = _listed_re().match(text, end)
        while nxt:
            out.append((nxt.start("name"), nxt.end(), nxt.group("name")))
            nxt = _listed_re().match(text, nxt.end())
    return [hit for hit in out if not hit[2].startswith(_generic())]


@lru_cache(maxsize=None)
def _generic() -> tuple[str, ...]:
    return lexicon.words("policy_strategy_generic")
