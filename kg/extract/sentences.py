"""Sentence splitting with character offsets into Report.text.

A sentence ends at 。！？!? or ；; (kept) or at a line break. Lines with no sentence end
that are short are headline lines (the page title, sub-titles such as "易炼红主持");
they are kept, flagged, so that meetings and speakers named only there are not lost. A
sub-title's clause closed by its verb (杭明远主持 会后召开X) is a sentence of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_END = re.compile(r"[。！？!?；;]+|\n")
# 杭明远主持 会后召开X: a sub-title's clause closed by its verb; what follows is another's
_HEADLINE_GAP = re.compile(r"(?<=主持|出席|讲话|参加|强调|指出)\s+(?=\S)")
HEADLINE_MAX = 60   # a line longer than this is body text even without a full stop


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int          # offset of the first character in Report.text
    end: int            # offset after the last character
    text: str
    line: int           # line (paragraph) number, 0-based
    headline: bool      # a short line with no sentence end: title or sub-title

    def offset(self, local: int) -> int:
        """Report.text offset of a position inside this sentence."""
        return self.start + local


def split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    line, pos = 0, 0
    line_has_stop = _line_stops(text)
    for m in _END.finditer(text + "\n"):
        end = min(m.end(), len(text)) if m.group() != "\n" else m.start()
        _add(out, text, pos, end, line, line_has_stop)
        if m.group() == "\n":
            line += 1
        pos = m.end()
    return out


def _line_stops(text: str) -> list[bool]:
    return [bool(re.search(r"[。！？!?]", ln)) or len(ln.strip()) > HEADLINE_MAX
            for ln in text.split("\n")]


def _add(out, text, start, end, line, line_has_stop):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    headline = line < len(line_has_stop) and not line_has_stop[line]
    gap = _HEADLINE_GAP.search(text, start, end) if headline else None
    if gap:
        _add(out, text, start, gap.start(), line, line_has_stop)
        _add(out, text, gap.end(), end, line, line_has_stop)
        return
    out.append(Sentence(len(out), start, end, text[start:end], line, headline))
