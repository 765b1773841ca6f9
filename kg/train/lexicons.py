"""The generator's own language data (kg/data/synth_*), read through kg.lexicon.

The synthetic training set must be reproducible from the files the shipped model was
trained on, so the generator reads only its own `synth_*` files and never the extraction
lexicons, which change as the rules improve.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg import lexicon


@dataclass(frozen=True)
class Level:
    """One administrative level: the words that build its posts and bodies."""
    kind: str
    word: str          # 省 / 自治区 / 市 / 县 / 区
    party: str         # 省委 / 自治区党委 ...
    head: str          # 省长 / 自治区主席 ...
    deputy: str        # 副省长 ...
    suffix: str        # suffix of a place name of this level
    sub_word: str      # the level below, as reports name it (各市 / 各县 / 各乡镇)


@dataclass(frozen=True)
class SynthLexicons:
    surnames: tuple[str, ...]
    double_surnames: tuple[str, ...]
    given_chars: tuple[str, ...]
    syllables: tuple[str, ...]
    place_chars: tuple[str, ...]
    provinces: tuple[tuple[str, str], ...]      # (name, kind)
    levels: dict[str, Level]
    posts: dict[tuple[str, str], tuple[str, ...]]   # (scope, rank) -> templates
    bodies: dict[str, tuple[str, ...]]              # scope -> templates
    meetings: dict[str, tuple[str, ...]]            # scope -> templates
    topics: tuple[str, ...]
    policies: tuple[str, ...]
    fillers: tuple[str, ...]
    clauses: dict[str, tuple[str, ...]]             # adv / verb / obj / tail -> words
    templates: tuple[str, ...]
    directives: tuple[str, ...]
    report_sections: dict[str, tuple[str, ...]]     # section -> templates ("" = leave out)


def _grouped(rows, width: int) -> dict:
    grouped: dict = {}
    for row in rows:
        key = row[0] if width == 1 else tuple(row[:width])
        value = row[width] if len(row) > width else ""
        grouped.setdefault(key, []).append(value)
    return {key: tuple(values) for key, values in grouped.items()}


@lru_cache(maxsize=None)
def load() -> SynthLexicons:
    surnames = lexicon.words("synth_surnames")
    levels = {row[0]: Level(*row) for row in lexicon.rows("synth_levels")}
    return SynthLexicons(
        surnames=tuple(s for s in surnames if len(s) == 1),
        double_surnames=tuple(s for s in surnames if len(s) == 2),
        given_chars=tuple(dict.fromkeys(lexicon.words("synth_given_chars"))),
        syllables=lexicon.words("synth_name_syllables"),
        place_chars=lexicon.words("synth_place_chars"),
        provinces=tuple((row[0], row[1]) for row in lexicon.rows("synth_provinces")),
        levels=levels,
        posts=_grouped(lexicon.rows("synth_posts"), 2),
        bodies=_grouped(lexicon.rows("synth_bodies"), 1),
        meetings=_grouped(lexicon.rows("synth_meetings"), 1),
        topics=lexicon.words("synth_topics"),
        policies=lexicon.words("synth_policies"),
        fillers=lexicon.words("synth_fillers"),
        clauses=_grouped(lexicon.rows("synth_clauses"), 1),
        templates=lexicon.words("synth_templates"),
        directives=lexicon.words("synth_directives"),
        report_sections=_grouped(lexicon.rows("synth_report_sentences"), 1),
    )
