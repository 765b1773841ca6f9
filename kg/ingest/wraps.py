"""Sentences a page cut with a hard line break, joined back.

Scraped pages often wrap a paragraph at a fixed width or where an editor pressed return:

    会上,副主席甲某某,委员会主任乙某某,西北大学教授丙某某
    作交流发言,分别围绕……谈了学习体会。

Left as two lines, extraction reads two sentences (a line break ends one), so the speaker
list loses its verb and a post (…局长 / 王某,) loses its name. A line is joined to the next
when it holds a clause but no sentence end closes it, and the next line goes on with text
that is prose itself. Only inside the body (after a line with a full stop): a headline
with a comma right above the lead is not part of the lead.
"""
from __future__ import annotations

from kg.ingest import patterns as P


def join_wraps(lines: list[str]) -> list[str]:
    out: list[str] = []
    begun = False
    for line in lines:
        prev = out[-1] if out else ""
        if begun and prev and line and P.WRAP_OPEN_CLAUSE.search(prev) \
                and not P.WRAP_CLOSED.search(prev) and P.WRAP_GOES_ON.match(line):
            out[-1] = prev + line
        else:
            begun = begun or "。" in prev
            out.append(line)
    return out
