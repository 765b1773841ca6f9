"""The two general offices written as a pair of short forms: 中办、国办 (印发…), 中办国办.

Alone, 中办 and 国办 are parts of other words too often (集中办理, 全国办理, 国办发 document
numbers) to be read as bodies; written side by side they are the party centre's general office
(中共中央办公厅) and the State Council's (国务院办公厅), which issue documents jointly.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract.body_names import BodyRef, central_forms
from kg.extract.sentences import Sentence

# 集中办理 / 国办发: words and document numbers holding the short forms
_PAIR = re.compile("(?<!集)(中办)[、和与]?(国办)(?![理事公发])")


def find(sentences: list[Sentence]) -> list[tuple[BodyRef, int, int, int]]:
    """(office, start, end, sentence) for each office of a 中办、国办 pair."""
    out = []
    for s in sentences:
        if "国办" not in s.text:
            continue
        for m in _PAIR.finditer(s.text):
            for k in (1, 2):
                name, aliases = central_forms()[_shorts()[m.group(k)]]
                ref = BodyRef(name, m.group(k), tuple(sorted({name, m.group(k), *aliases})), "全国")
                out.append((ref, s.offset(m.start(k)), s.offset(m.end(k)), s.index))
    return out


@lru_cache(maxsize=None)
def _shorts() -> dict[str, str]:
    return dict(lexicon.rows("body_office_pairs"))
