"""Person names proposed by a HanLP tagger (--nlp hanlp / hanlp:PATH) that the rules missed.

The tagger only proposes: a PER span becomes a candidate official when it looks like a name
(listed surname, 2-4 characters, not in a byline). It is kept in the graph only if the rules
then give it a role at a meeting (assemble keeps bare names with a role only).
"""
from __future__ import annotations

import re

from kg.extract import officials as O
from kg.extract.sentences import Sentence

_PLACE_AFTER = re.compile("\0(?:省|市|县|区|镇|乡|旗|州)")


def propose(text: str, sentences: list[Sentence], hits: list[O.OfficialHit], spec: str) -> list[O.OfficialHit]:
    from kg.extract.tagger import load_tagger      # imports HanLP lazily; raises ModelError if absent

    known = {h.name for h in hits}
    out: list[O.OfficialHit] = []
    tagger = load_tagger(spec)
    for s in sentences:
        for start, end, label in tagger.tag(s.text):
            name = s.text[start:end]
            if label != "PER" or name in known or not O.is_name(name) or O.in_byline(s.text, start):
                continue
            if _PLACE_AFTER.search(text.replace(name, "\0")):
                continue          # 宁化 when the text also writes 宁化县: a place, not a person
            known.add(name)
            out.append(O.OfficialHit(name, (), s.offset(start), s.offset(end), s.index, "tagger"))
    return out
