"""Rosters set one person per line, joined back into the sentence that introduces them.

A page often closes a meeting report with its attendance laid out as a column:

    出席会议的有:
    市委常委、常务副市长甲某某
    副市长 乙某、丙某某
    市政府秘书长 丁某

Left as lines, they read like a headline list closing the page (short, no sentence
punctuation) and boilerplate cleaning drops them; extraction would also see each line as
a headline of its own. Joined, they are one sentence, "出席会议的有:市委常委、常务副市长甲某某,
副市长 乙某、丙某某,市政府秘书长 丁某。", which the attendance rules read like any other.
"""
from __future__ import annotations

from functools import lru_cache

from kg import lexicon
from kg.ingest import patterns as P

ITEM_MAX = 40          # a roster line: a post and a few names


def join_rosters(text: str) -> str:
    """Every roster (a header line ending in a colon, then one short line per item) joined
    into the header's line; blank lines between items are skipped. Other lines unchanged."""
    if not P.ROSTER_COLON_EOL.search(text) or not P.ROSTER_HEADER.search(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not P.ROSTER_HEADER.search(line.strip()):
            out.append(line)
            i += 1
            continue
        items, j = [], i + 1
        while j < len(lines):
            item = lines[j].strip()
            if not item:
                j += 1
                continue
            if not _is_item(item):
                break
            items.extend(_items(item.rstrip("。")))
            j += 1
            if item.endswith("。"):
                break
        if not items:
            out.append(line)
            i += 1
            continue
        # bare names join as a list (甲、乙); lines with posts as clauses (POST甲,POST乙)
        sep = "、" if all(P.ROSTER_BARE_NAME.match(item) for item in items) else ","
        joined = line.rstrip() + sep.join(items)
        k = j
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k < len(lines) and P.ROSTER_CLOSING_VERB.match(lines[k].strip()):
            out.append(joined + lines[k].strip())
            i = k + 1
        else:
            out.append(joined + "。")
            i = j
    return "\n".join(out)


def _items(line: str) -> list[str]:
    """A row of a name grid (甲某 乙某 丙某) is several items; a post and the names set apart
    from it by alignment gaps (副市长  甲某  乙某) is one item, 副市长甲某、乙某."""
    tokens = line.split()
    if not any(_is_post(t) for t in tokens):
        return tokens if len(tokens) > 1 and all(P.ROSTER_BARE_NAME.match(t) for t in tokens) else [line]
    groups: list[list[str]] = []        # [post, name, name...]
    for token in tokens:
        if _is_post(token):
            if groups and len(groups[-1]) == 1 and _is_post(groups[-1][0]):
                groups[-1][0] += "、" + token      # 省委常委  秘书长  甲某
            else:
                groups.append([token])
        elif groups:
            groups[-1].append(token)
        else:
            groups.append(["", token])
    return [g[0] + "、".join(g[1:]) for g in groups]


@lru_cache(maxsize=None)
def _post_heads() -> tuple[str, ...]:
    return tuple(lexicon.words("post_heads"))


def _is_post(token: str) -> bool:
    return token.endswith(_post_heads())


def _is_item(line: str) -> bool:
    if len(line) > ITEM_MAX or not P.CJK_CHAR.search(line):
        return False
    return not P.ROSTER_ITEM_STOP.search(line.rstrip("。")) and not P.ROSTER_NOT_ITEM.search(line)
