"""Bytes -> str for scraped Chinese text: UTF-8 (with or without BOM), GB18030/GBK, Big5.

A strict cascade rather than statistical guessing: UTF-8 is tried first because random
GBK or Big5 bytes almost never form valid UTF-8. GB18030 and Big5 share their byte
ranges, so both are tried and the decoding whose characters are common Chinese
characters (kg/data/ingest_common_chars.txt) wins: a wrong decoding produces mostly rare
characters. A few bad bytes (a page cut mid-character) are tolerated and become U+FFFD,
which normalisation removes. charset-normalizer is the last resort for anything else.
"""
from __future__ import annotations

import codecs
from functools import lru_cache

from kg import lexicon
from kg.ingest import patterns as P

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
CHINESE_CODECS = ("gb18030", "cp950", "big5hkscs")
# Declared charsets mapped to the codec that decodes what pages labelled so really contain.
ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb18030": "gb18030",
           "big5": "cp950", "big5-hkscs": "big5hkscs", "utf8": "utf-8", "utf-8": "utf-8"}
MAX_BAD_SHARE = 0.002     # tolerated share of undecodable characters
MIN_COMMON_SHARE = 0.08   # below this, no decoding reads as Chinese
MIN_CJK_TO_JUDGE = 10     # fewer CJK characters than this cannot be judged
SAMPLE = 20000            # characters scored per candidate


class DecodeError(ValueError):
    """The bytes are not text in any supported encoding; the message says why."""


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    return frozenset("".join(lexicon.words("ingest_common_chars")))


def chinese_score(text: str) -> float:
    """Share of CJK characters that are common ones (0.0 when there is no CJK)."""
    cjk = P.CJK_CHAR.findall(text[:SAMPLE])
    if not cjk:
        return 0.0
    common = _common()
    return sum(ch in common for ch in cjk) / len(cjk)


def _lenient(data: bytes, codec: str) -> tuple[str, int] | None:
    try:
        text = data.decode(codec, errors="replace")
    except LookupError:
        return None
    # A UTF-8 file may legitimately carry U+FFFD already; only new ones are decode errors.
    bad = text.count("\ufffd") - (data.count(b"\xef\xbf\xbd") if codec == "utf-8" else 0)
    return (text, bad) if bad <= max(2, MAX_BAD_SHARE * len(text)) else None


def normalise_charset(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().lower()
    name = ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode `data`; returns (text, codec name). Raises DecodeError when nothing fits.

    `declared` (an HTML meta charset) is trusted when it decodes cleanly."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    if b"\x00" in data[:4096]:
        raise DecodeError("binary file (contains NUL bytes), not text")
    codec = normalise_charset(declared)
    if codec:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    utf8 = _lenient(data, "utf-8")
    if utf8:
        return utf8[0], "utf-8"
    scored = []
    for priority, codec in enumerate(CHINESE_CODECS):
        decoded = _lenient(data, codec)
        if decoded:
            scored.append((chinese_score(decoded[0]), -decoded[1], -priority, codec, decoded[0]))
    if scored:
        score, _, _, codec, text = max(scored)
        # Too few CJK characters to judge by: take the most likely codec (GB18030 first).
        if score >= MIN_COMMON_SHARE or len(P.CJK_CHAR.findall(text[:SAMPLE])) < MIN_CJK_TO_JUDGE:
            return text, codec
    return _fallback(data)


def _fallback(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        if P.CJK_CHAR.search(text) and chinese_score(text) >= MIN_COMMON_SHARE:
            return text, best.encoding
    raise DecodeError("cannot decode as UTF-8, GB18030/GBK or Big5 "
                      "(the bytes do not read as Chinese text in any of them)")
