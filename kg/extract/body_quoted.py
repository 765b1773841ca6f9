"""Working organs whose task is written in quotation marks (市“三夏”生产指挥部, 区“五水共治”工作
领导小组): the marks break the scanner's run of Han characters, so such a name is read here,
whole, with the marks taken out (the scorer and a reader take the name without them).

The scope is read back from the opening mark to the start of its phrase, the suffix forward
from the closing one; the unquoted name must then read as a group (scope + task + suffix)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.body_names import BodyRef, canonical, group_re
from kg.extract.jurisdiction import Region
from kg.extract.sentences import Sentence

_LOOK_BACK = 10
_BREAK = re.compile(f"[^{R.CJK}]|[了和与及由对向在将的是为要等各]")
_OFFICE = "办公室"


@lru_cache(maxsize=None)
def _quoted_re() -> re.Pattern:
    suffix = R._alt(lexicon.words("group_suffixes"))
    return re.compile(f"“(?P<q>[{R.CJK}A-Za-z0-9]{{1,8}})”(?P<rest>[{R.CJK}]{{0,10}}?(?:{suffix}))")


def find(sentences: list[Sentence], region: Region) -> list[tuple[BodyRef, int, int, int]]:
    """(organ, start, end, sentence) of each working organ whose task is quoted."""
    out = []
    for s in sentences:
        if "”" not in s.text:
            continue
        for m in _quoted_re().finditer(s.text):
            lo = max(0, m.start() - _LOOK_BACK)
            for brk in _BREAK.finditer(s.text, lo, m.start()):
                lo = brk.end()
            found = _read(s.text, lo, m, region)
            if found:
                out.append((found[0], s.offset(found[1]), s.offset(found[2]), s.index))
    return out


def _read(text: str, lo: int, m: re.Match, region: Region) -> tuple[BodyRef, int, int] | None:
    """The group whose quoted task `m` holds, from the leftmost start in [lo, m.start()) that reads
    as one; its office (指挥部办公室) where the name goes on with 办公室."""
    office = text.startswith(_OFFICE, m.end())
    for a in range(lo, m.start()):
        for end in (m.end() + len(_OFFICE), m.end()) if office else (m.end(),):
            name = text[a:m.start()] + m.group("q") + text[m.end("q") + 1:end]
            if group_re().fullmatch(name):
                ref = canonical(name, region)
                return (ref, a, end) if ref is not None else None
    return None
