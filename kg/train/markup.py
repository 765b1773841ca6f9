"""Template markup and character-level BIO tags.

A template is text with `{SLOT}`s to fill and `[text|LABEL]` for a literal entity whose
text may itself hold slots (`[{P}常委会|ORG]`). Parsing happens once per template; filling
yields segments `(text, label or None)`, and `to_bio` turns segments into one tag per
character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.bio import spans  # noqa: F401  (re-exported: the generator's reading of BIO)

LABELS = ("PER", "POST", "ORG")

_PART = re.compile(r"\[([^\[\]|]+)\|(" + "|".join(LABELS) + r")\]|\{([A-Z]+)\}")
_SLOT = re.compile(r"\{([A-Z]+)\}")


@dataclass(frozen=True)
class TaggedSentence:
    text: str
    tags: tuple[str, ...]     # one BIO tag per character of text


# A parsed template: tuple of parts, each ("text", str, None) | ("slot", NAME, None)
# | ("ent", inner parts, LABEL).
Parts = tuple


@lru_cache(maxsize=None)
def parse(template: str) -> Parts:
    parts, at = [], 0
    for m in _PART.finditer(template):
        if m.start() > at:
            parts.append(("text", template[at:m.start()], None))
        if m.group(3):
            parts.append(("slot", m.group(3), None))
        else:
            parts.append(("ent", _parse_plain(m.group(1)), m.group(2)))
        at = m.end()
    if at < len(template):
        parts.append(("text", template[at:], None))
    return tuple(parts)


def _parse_plain(text: str) -> Parts:
    """Inner text of an entity: slots only, no nested entities."""
    parts, at = [], 0
    for m in _SLOT.finditer(text):
        if m.start() > at:
            parts.append(("text", text[at:m.start()], None))
        parts.append(("slot", m.group(1), None))
        at = m.end()
    if at < len(text):
        parts.append(("text", text[at:], None))
    return tuple(parts)


def to_bio(segments) -> TaggedSentence:
    """Segments (text, label|None) -> one sentence with a BIO tag per character."""
    text, tags = [], []
    for seg, label in segments:
        if not seg:
            continue
        text.append(seg)
        if label is None:
            tags.extend(["O"] * len(seg))
        else:
            tags.append("B-" + label)
            tags.extend(["I-" + label] * (len(seg) - 1))
    return TaggedSentence("".join(text), tuple(tags))




def from_markup(marked: str) -> TaggedSentence:
    """A hand-written sentence such as `副市长[李四|PER]出席` (no slots) -> tagged sentence."""
    segments = []
    for kind, value, label in parse(marked):
        if kind == "slot":
            raise ValueError(f"hand-written sentence has an unfilled slot {{{value}}}: {marked}")
        if kind == "text":
            segments.append((value, None))
        elif any(inner[0] == "slot" for inner in value):
            raise ValueError(f"hand-written sentence has an unfilled slot: {marked}")
        else:
            segments.append(("".join(v for _, v, _ in value), label))
    return to_bio(segments)
