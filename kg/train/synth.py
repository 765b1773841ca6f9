"""Seeded generator of tagged report sentences (PER / POST / ORG, character-level BIO).

    >>> from kg.train.synth import generate_sentences
    >>> s = next(generate_sentences(1, seed=7)); len(s.text) == len(s.tags)
    True

Sentences come from the templates in kg/data/synth_templates.txt filled with synthetic
names, posts and bodies (kg.train.slots); `hard_cases()` adds the hand-written sentences
of kg/data/synth_hard_cases.tsv. The same seed always yields the same sentences.
Whole multi-sentence reports for the benchmark: `generate_reports` (kg.train.reports).
"""
from __future__ import annotations

import random
from functools import lru_cache
from typing import Iterator

from kg import lexicon
from kg.train.markup import TaggedSentence, from_markup, to_bio
from kg.train.slots import SlotFiller


def generate_sentences(n: int, seed: int) -> Iterator[TaggedSentence]:
    """`n` tagged sentences; one jurisdiction (province, city, county...) per sentence."""
    rng = random.Random(seed)
    filler = SlotFiller(rng)
    templates = filler.lex.templates
    for _ in range(n):
        place = filler.place()
        yield to_bio(filler.fill(rng.choice(templates), place))


@lru_cache(maxsize=1)
def hard_cases() -> tuple[TaggedSentence, ...]:
    """The hand-written hard cases; rows marked `traditional` are converted to Simplified first."""
    out = []
    for row in lexicon.rows("synth_hard_cases"):
        marked, note = row[0], (row[1] if len(row) > 1 else "")
        if note.startswith("traditional"):
            marked = _t2s(marked)
        out.append(from_markup(marked))
    return tuple(out)


def _t2s(text: str) -> str:
    import opencc     # only the hard cases need it; the converter is built once
    converted = _converter(opencc).convert(text)
    if len(converted) != len(text):
        raise ValueError(f"t2s changed the length of a hard case, its tags would shift: {text}")
    return converted


@lru_cache(maxsize=1)
def _converter(opencc_module):
    return opencc_module.OpenCC("t2s")


def write_tsv(rows, path) -> int:
    """Write `(tokens, tags)` rows as HanLP's TSV: one `token<TAB>tag` line per character, a blank
    line between sentences. Returns the number of sentences written."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for tokens, tags in rows:
            out.write("".join(f"{t}\t{tag}\n" for t, tag in zip(tokens, tags)))
            out.write("\n")
            count += 1
    return count


from kg.train.reports import generate_reports  # noqa: E402  (re-exported for the benchmark)

__all__ = ["generate_sentences", "generate_reports", "hard_cases", "write_tsv", "TaggedSentence"]
