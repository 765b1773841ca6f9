"""A national park's administration (三江源国家公园管理局), its province's bureau
(大熊猫国家公园四川省管理局) and its branches (…管理局白水江分局), read whole.

Such a name holds no place the scanner knows before its 管理局: read alone, 四川省管理局 is
an organ of a province that does not exist. The park's name is read back from 国家公园 to the
start of its phrase; the organ is one for the whole country (a park has one administration).
A name followed by a post title (管理局局长) is held, so nothing inside it is read, but not
emitted: an organ only inside a post is no mention of its own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.body_names import BodyRef
from kg.extract.sentences import Sentence

_PARK = "国家公园"
_BREAK = re.compile(f"[^{R.CJK}]|[了和与及由对向在将的是为要等]")
_LOOK_BACK = 8


@lru_cache(maxsize=None)
def _organ_re() -> re.Pattern:
    """国家公园 [province] 管理局 [branch 分局]: what follows the park's name."""
    return re.compile(f"{_PARK}(?:{R._alt(R.provinces())})?管理局(?:[{R.CJK}]{{2,3}}?分局)?")


@lru_cache(maxsize=None)
def _leads() -> tuple[str, ...]:
    return tuple(lexicon.words("body_park_lead_words"))


def _matches(sentences: list[Sentence]):
    """(sentence, start, end, in a post) of each park organ's name."""
    for s in sentences:
        if _PARK not in s.text:
            continue
        for m in _organ_re().finditer(s.text):
            lo = max(0, m.start() - _LOOK_BACK)
            for brk in _BREAK.finditer(s.text, lo, m.start()):
                lo = brk.end()
            for lead in _leads():
                if s.text.startswith(lead, lo):
                    lo += len(lead)
                    break
            if m.start() - lo >= 2:
                yield s, lo, m.end(), bool(R.post_head_regex().match(s.text, m.end()))


def find(sentences: list[Sentence]) -> list[tuple[BodyRef, int, int, int]]:
    """(organ, start, end, sentence) of each park organ named outside a post."""
    out = []
    for s, a, b, in_post in _matches(sentences):
        if not in_post:
            name = s.text[a:b]
            out.append((BodyRef(name, name, (name,), "全国"), s.offset(a), s.offset(b), s.index))
    return out


def spans(sentences: list[Sentence]) -> list[tuple[int, int, int]]:
    """(start, end, sentence) of every park organ's name, in posts too: nothing inside is read."""
    return [(s.offset(a), s.offset(b), s.index) for s, a, b, _ in _matches(sentences)]
