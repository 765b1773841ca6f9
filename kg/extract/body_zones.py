"""Organs of zones and streets: a development zone's administrative committee (郑东新区管委会,
厦门火炬高新区管委会), its party working committee (合肥高新区党工委) and a street's office or
party committee (德胜街道办事处, 双塔街道党工委).

A zone's name is no place of the place lists: it is read from the word it ends with (新区,
高新区, 街道...) back to the start of its phrase, and kept as written, for a zone's full name
(合肥高新技术产业开发区) cannot be told from its short one. A bare 高新区管委会 or 街道工委 names
no zone and is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.body_names import BodyRef
from kg.extract.jurisdiction import Region
from kg.extract.sentences import Sentence

# where a zone's phrase starts: after punctuation, or after a word joining it to the sentence
_PHRASE_BREAK = re.compile(f"[^{R.CJK}]|[了和与及由对向在将的是为]")
_LOOK_BACK = 14
_COUNTRY_LED = re.compile(f"中国[(（][{R.CJK}]{{2,8}}[)）](?=[{R.CJK}]+$)")


def find(sentences: list[Sentence], region: Region, masked: list[tuple[int, int]]) -> list[tuple[BodyRef, int, int, int]]:
    """(body, start, end, sentence) of each zone or street organ named in the text."""
    out = []
    for s in sentences:
        text = s.text
        for m in _organ_re().finditer(text):
            if R.post_head_regex().match(text, m.end()):
                continue            # 管委会主任, 党工委书记: a post
            start = _zone_start(text, m.start())
            led = _COUNTRY_LED.search(text, max(0, m.start() - 26), m.start())
            if led and _zone_name_re().fullmatch(text, led.end(), m.start()):
                start = led.start()         # 中国（广西）自由贸易试验区…: the country and province lead the name
            if start is None or text.startswith(_words()["generic"], start):
                continue            # 各相关街道办事处: every street's, not one body
            a, b = s.offset(start), s.offset(m.end())
            if any(x < b and a < y for x, y in masked):
                continue            # part of a meeting's name or a post
            written = text[start:m.end()]
            out.append((BodyRef(written, written, (written,), region.name), a, b, s.index))
    return out


def _zone_start(text: str, end: int) -> int | None:
    """The start of a zone name ending at `end`: the leftmost start after the phrase's break."""
    lo = max(0, end - _LOOK_BACK)
    for brk in _PHRASE_BREAK.finditer(text, lo, end):
        lo = brk.end()
    for start in range(lo, end - 3):
        if _zone_name_re().fullmatch(text, start, end):
            return start
    return None


@lru_cache(maxsize=None)
def _words() -> dict[str, tuple[str, ...]]:
    """kind (zone, organ, generic) -> its words, from kg/data/body_zone_words.tsv."""
    out: dict[str, list[str]] = {}
    for kind, word in lexicon.rows("body_zone_words"):
        out.setdefault(kind, []).append(word)
    return {kind: tuple(words) for kind, words in out.items()}


@lru_cache(maxsize=None)
def _organ_re() -> re.Pattern:
    return re.compile("|".join(map(re.escape, _words()["organ"])))


@lru_cache(maxsize=None)
def _zone_name_re() -> re.Pattern:
    return re.compile(f"[{R.CJK}]{{2,10}}?(?:{'|'.join(map(re.escape, _words()['zone']))})")
