"""Character-level cleaning: small str -> str steps composed into `normalise`.

Order matters and is fixed in STEPS:
1. invisible characters and U+FFFD go first, so later patterns see clean text; then HTML
   tags and entities a page saved as text kept;
2. NFKC unifies full-width and half-width forms. Chinese commas, colons, semicolons,
   brackets, ! and ? become their ASCII forms (，→, ：→: （）→()), as the scorer's own NFKC
   does; 、 。 “” 《》 【】 — are untouched by NFKC and stay. The ellipsis … is kept as one
   character (NFKC would make it "...");
3. inline pinyin is removed after NFKC, so full-width brackets are already ASCII;
4. Traditional -> Simplified with OpenCC's standard t2s table (no regional idioms, so
   names are converted character by character and 於 -> 于 as everywhere else), unless
   the only characters it would change are ones Simplified writes too (钟秉乾, 於丹:
   kg/data/simplified_own_chars.txt): such a report is Simplified already; corner-bracket
   quotes (「扫黄打非」) become the mainland's curly ones;
5. doubled punctuation and whitespace runs are tidied; line breaks are kept because
   paragraph structure is what boilerplate detection works on; a space between two
   ideographs inside quotation marks goes (“优化政务服务 提升行政效能”专题协商会 is one name);
6. a two-character name padded with spaces for alignment (王  敏) is closed up.
"""
from __future__ import annotations

import html
import unicodedata
from functools import lru_cache

from kg import lexicon
from kg.ingest import patterns as P


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # the native package; one converter per process

    return opencc.OpenCC("t2s")


def _invisible(match) -> str:
    return "\n" if match.group() in P.RARE_BREAKS else ""


def drop_invisible(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return P.INVISIBLE.sub(_invisible, text)


def drop_markup(text: str) -> str:
    """Tags and character entities a page saved as text kept (<p>&nbsp;…</p>): the tags go
    (a <br> is a line break), the entities become their characters."""
    if "<" in text:
        text = P.MARKUP_TAG.sub("", P.MARKUP_BREAK.sub("\n", text))
    if "&" in text:
        text = P.MARKUP_ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text


def unify_width(text: str) -> str:
    if text.isascii():
        return text
    if "…" not in text:
        return unicodedata.normalize("NFKC", text)
    return "…".join(unicodedata.normalize("NFKC", part) for part in text.split("…"))


def _after_cjk(match) -> bool:
    start = match.start()
    return start > 0 and P.CJK_CHAR.match(match.string, start - 1) is not None


def _drop_after_cjk(match) -> str:
    return "" if _after_cjk(match) else match.group()


def strip_pinyin(text: str) -> str:
    if ")" not in text or not any(mark in text for mark in P.TONED):
        return text  # every annotation carries a tone mark somewhere in the text
    text, damaged = P.PINYIN_DAMAGED.subn("", text)
    before = len(text)
    text = P.PINYIN_TONED.sub(_drop_after_cjk, text)
    if damaged or len(text) < before:
        # Only a text that carries annotations loses its unmarked (neutral-tone) ones too.
        text = P.PINYIN_NEUTRAL.sub(_drop_after_cjk, text)
    return text


@lru_cache(maxsize=1)
def _simplified_own() -> frozenset[str]:
    return frozenset(lexicon.words("simplified_own_chars"))


def to_simplified(text: str) -> str:
    if text.isascii():
        return text
    converted = _t2s().convert(text)
    if converted == text or len(converted) != len(text):
        return converted
    own = _simplified_own()
    if all(a == b or a in own for a, b in zip(text, converted)):
        return text
    return converted


def mainland_quotes(text: str) -> str:
    if "「" not in text and "『" not in text:
        return text
    return text.translate(P.CORNER_QUOTES)


def collapse_punctuation(text: str) -> str:
    if not any(double in text for double in P.DOUBLES):
        return text
    return P.DOUBLED_PUNCT.sub(r"\1", text)


def tidy_whitespace(text: str) -> str:
    if " " in text or "\t" in text:
        # str.split() collapses every whitespace run and trims line edges in one C call.
        text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
        if " " in text:
            text = P.SPACE_BY_PUNCT.sub("", text)
    if "\n\n\n" in text:
        text = P.BLANK_LINES.sub("\n\n", text)
    return text.strip()


def close_quoted_gaps(text: str) -> str:
    if " " not in text:
        return text
    return P.QUOTED_GAP.sub("", text)


def join_padded_names(text: str) -> str:
    if " " not in text:
        return text
    return P.PADDED_NAME.sub(lambda m: m.group(1) or m.group(2), text)


STEPS = (drop_invisible, drop_markup, unify_width, strip_pinyin, to_simplified, mainland_quotes, collapse_punctuation,
         tidy_whitespace, close_quoted_gaps, join_padded_names)


def normalise(text: str) -> str:
    """Clean characters of scraped report text; keeps line structure (see module doc)."""
    for step in STEPS:
        text = step(text)
    return text
