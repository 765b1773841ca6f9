"""Units of central agencies at ports and borders: customs districts (南宁海关), border-inspection
stations (广西出入境边防检查总站, 河口出入境边防检查站) and maritime bureaus (青岛海事局).

Their names are a place without its level word (南宁, not 南宁市) and the unit word, so the
place patterns of local organs (which want 市/县 or a level) miss them, and a level character
inside the place (杭州海关) was read as 州 + 海关. The unit word is found first; the place is
the longest listed place name (province, prefecture or county, full or short) just before it.
The name is kept as written: it is that unit's own name, one across the country.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import body_checks as C
from kg.extract import resources as R
from kg.extract.body_names import BodyRef
from kg.extract.sentences import Sentence

_MAX_PLACE = 8


@lru_cache(maxsize=None)
def _unit_re() -> re.Pattern:
    # 海关总署 is the ministry (central table); 海关关区 and the like are no unit of their own
    return re.compile(f"(?:{R._alt(lexicon.words('body_port_units'))})(?!总署)")


@lru_cache(maxsize=None)
def _places() -> dict[str, bool]:
    """Place name -> is it only a county's (a county's short name is often a word too: 会同)."""
    out: dict[str, bool] = {}
    for full, short, *_rest in lexicon.rows("counties"):
        out[full] = True
        if len(short) >= 2:
            out[short] = True
    out.update((n, False) for n in (*R.provinces(), *R.prefectures()))
    return {n: county for n, county in out.items() if len(n) >= 2}


@lru_cache(maxsize=None)
def _leads() -> frozenset[str]:
    return frozenset(lexicon.words("body_port_leads"))


def place_names() -> tuple[str, ...]:
    """Every listed place name of 2+ characters (province, prefecture, county; full or short)."""
    return tuple(_places())


def _place_start(text: str, end: int) -> int | None:
    """Start of the longest place name ending at `end`; a county's only at the start of a phrase
    (、河口出入境边防检查站 yes, 要会同海关 no)."""
    places = _places()
    for k in range(min(_MAX_PLACE, end), 1, -1):
        county = places.get(text[end - k:end])
        if county is None:
            continue
        if county and end - k > 0 and R.HAN.match(text[end - k - 1]) and text[end - k - 1] not in _leads():
            continue
        return end - k
    return None


def find(sentences: list[Sentence]) -> list[tuple[BodyRef, int, int, int]]:
    """(body, start, end, sentence) of each port or border unit named in the text."""
    out = []
    for s in sentences:
        text = s.text
        for m in _unit_re().finditer(text):
            start = _place_start(text, m.start())
            if start is None or C.inside_title(text, start):
                continue        # 对接海关: no unit named; 《…海关…》: a title
            written = text[start:m.end()]
            out.append((BodyRef(written, written, (written,), "全国"), s.offset(start), s.offset(m.end()), s.index))
    return out
