"""Officials: names found next to the posts written with them, and in lists of leaders.

Statements recognised (the rules never list a person, only the grammar around names):
  POST[、POST...]NAME            自治区党委副书记、自治区主席王莉霞 (two posts)
  POST NAME、NAME ...            副市长甲某、乙某 (both hold the post)
  NAME、NAME...等X领导/同志       甲某、乙某等县领导出席
  NAME总书记 / NAME书记 / NAME同志   (the title after the name)
A name is a listed surname + one or two characters, ending where the text goes on with a
word that can follow a name (李倩参加 -> 李倩). Right after a post, the post vouches for names
the surname list cannot: four characters (Yi 吉伍拉哈) or no listed surname at all (Mongolian
其其格), when a clear boundary (punctuation, 主持, 出席...) closes them. Names in bylines
(记者 某某) are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import resources as R
from kg.extract.jurisdiction import Region
from kg.extract.posts import MAX_POST, parse_posts
from kg.extract.sentences import Sentence

_TITLE_AFTER = re.compile(f"([{R.CJK}]{{2,4}}?)(总书记|书记|同志)")
# 甲某、乙某出席会议 / 出席会议的有：甲某、乙某: names are sure enough when every item has a
# listed surname (is_name), since no post vouches for them
_LIST_BEFORE_VERB = re.compile(f"((?:[{R.CJK}]{{2,4}}、)+[{R.CJK}]{{2,4}})(?:同志)?(?=出席|参加|列席|陪同)")
_LIST_AFTER_YOU = re.compile(f"(?:出席|参加|列席)(?:会议|会)?的(?:还)?有[:：]?((?:[{R.CJK}]{{2,4}}、)+[{R.CJK}]{{2,4}})")
_LIST_BEFORE_DENG = re.compile(
    f"((?:[{R.CJK}]{{2,4}}、)+[{R.CJK}]{{2,4}})等(?=(?:省|市|县|区|州|盟|旗|自治区)?(?:级)?领导|与会同志|同志|负责同志|人)")
_NOT_LAST = frozenset("等在的也都均就率到于")
# function words and meeting words: never inside a name the surname list does not vouch for
_NEVER_IN_NAME = frozenset("的了在和与及等是为将对把从向并会议上下中")
_NOT_NAME_BEFORE_TONGZHI = frozenset({"负责", "有关", "相关", "广大", "全体", "与会", "各位", "领导"})


@dataclass(frozen=True)
class OfficialHit:
    name: str
    posts: tuple[str, ...]      # as written
    start: int                  # name offsets in Report.text
    end: int
    sentence: int
    via: str = "post"           # post | list | title: how the name was found


def find(sentences: list[Sentence], region: Region) -> list[OfficialHit]:
    """Every introduction of a named official (with or without post), in text order."""
    hits: list[OfficialHit] = []
    for s in sentences:
        hits.extend(_in_sentence(s, region))
    return hits


def _in_sentence(s: Sentence, region: Region) -> list[OfficialHit]:
    text, out, taken = s.text, [], set()

    def add(name, posts, pos, via="post"):
        if pos in taken or in_byline(text, pos):
            return
        taken.add(pos)
        out.append(OfficialHit(name, tuple(posts), s.offset(pos), s.offset(pos + len(name)), s.index, via))

    for m in R.post_head_regex().finditer(text):
        name = name_at(text, m.end(), vouched=True)
        if not name:
            continue
        posts, begin = parse_posts(text, m.end(), region)
        if not posts or not is_name(name) and _title_after_name(text, begin):
            continue
        add(name, posts, m.end())
        _continue_list(text, m.end() + len(name), posts, add)
    for m in _TITLE_AFTER.finditer(text):
        name, pos = _name_before(text, m.start(2))
        if name:
            title = m.group(2)
            add(name, ("总书记",) if title == "总书记" else (), pos, "title")
    for m in _LIST_BEFORE_DENG.finditer(text):
        items = m.group(1).split("、")
        pos = m.start(1)
        for n in (3, 2):           # the first item may carry words before the name
            if not is_name(items[0]) and len(items[0]) > n and is_name(items[0][-n:]):
                pos += len(items[0]) - n
                items[0] = items[0][-n:]
        found = []
        for item in items:
            if _is_list_name(item):
                found.append((item, pos))
            else:
                found = []       # a list is names from its first item on
            pos += len(item) + 1
        if len(found) >= 2 and 2 * sum(is_name(n) for n, _ in found) >= len(found):
            for item, p in found:
                add(item, (), p, "list")
    for pattern in (_LIST_BEFORE_VERB, _LIST_AFTER_YOU):
        for m in pattern.finditer(text):
            items, pos = m.group(1).split("、"), m.start(1)
            if all(is_name(item) for item in items):
                for item in items:
                    add(item, (), pos, "list")
                    pos += len(item) + 1
    return sorted(out, key=lambda h: h.start)


def _continue_list(text, pos, posts, add):
    """副市长甲某、乙某 / 省领导甲、乙、丙,丁等: names that share the post before them."""
    while pos < len(text) and text[pos] in "、,，":
        sep, nxt = text[pos], pos + 1
        name = name_at(text, nxt, vouched=True)
        if not name or R.post_start_regex().match(text, nxt) and parse_posts_at(text, nxt):
            return
        after = text[nxt + len(name): nxt + len(name) + 1]
        if sep != "、" and after not in ("、", "等"):
            return
        add(name, posts if sep == "、" else (), nxt, "post" if sep == "、" else "list")
        pos = nxt + len(name)


def parse_posts_at(text: str, pos: int) -> bool:
    """Does a post followed by a name start at `pos`?"""
    for m in R.post_head_regex().finditer(text, pos, min(len(text), pos + MAX_POST)):
        if name_at(text, m.end()) and parse_posts(text, m.end(), None)[0]:
            return True
    return False


def name_at(text: str, pos: int, vouched: bool = False) -> str | None:
    """The person's name starting at `pos`, or None: surname + 1-2 characters, ending
    where a word that may follow a name begins (3 characters preferred over 2). With
    `vouched` (a post right before), also 4 characters, or 2-4 with no listed surname,
    closed by a clear boundary (see unvouched_ok)."""
    single, compound = R.surnames()
    if text[pos:pos + 2] in compound:
        lengths = (4, 3)
    elif text[pos:pos + 1] in single:
        lengths = (3, 2)
    else:
        return _unlisted_at(text, pos) if vouched else None
    for n in lengths:
        cand = text[pos:pos + n]
        if len(cand) == n and all(R.HAN.match(c) for c in cand) and R.name_follower_regex().match(text, pos + n):
            if n == lengths[0] and cand[-1] in _NOT_LAST and R.name_follower_regex().match(text, pos + n - 1):
                continue                  # 宋佳等出席: 等 closes the list, it is not part of the name
            return cand
    if vouched and lengths == (3, 2):
        cand = text[pos:pos + 4]          # 州长吉伍拉哈，: a four-character name after a post
        if _plausible(cand, 4) and R.clear_name_end_regex().match(text, pos + 4):
            return cand
    return None


def _unlisted_at(text: str, pos: int) -> str | None:
    """A name whose surname we do not list, right after a post (盟长其其格在…): 3, 2 or 4
    characters that do not begin with a verb, place or organ and end at a clear boundary."""
    if R.post_start_regex().match(text, pos) or R.name_follower_regex().match(text, pos):
        return None
    for n in (3, 2, 4):
        cand = text[pos:pos + n]
        if _plausible(cand, n) and R.clear_name_end_regex().match(text, pos + n):
            return cand
    return None


def _plausible(cand: str, n: int) -> bool:
    return (len(cand) == n and all(R.HAN.match(c) and c not in _NEVER_IN_NAME for c in cand)
            and not R.post_head_regex().search(cand))


def _title_after_name(text: str, begin: int) -> bool:
    """习近平总书记重要讲话: the post is a title after a name, so what follows it is no name."""
    return any(begin >= n and is_name(text[begin - n:begin]) and all(R.HAN.match(c) for c in text[begin - n:begin])
               for n in (3, 2))


def is_name(item: str) -> bool:
    single, compound = R.surnames()
    if item[:2] in compound:
        return 3 <= len(item) <= 4
    return item[:1] in single and 2 <= len(item) <= 3


def _is_list_name(item: str) -> bool:
    """An item of a list of leaders (甲某、乙某等县领导): a name, or 2-3 characters of a name
    with a surname we do not list (the list makes it sure enough)."""
    return is_name(item) or (2 <= len(item) <= 3 and all(R.HAN.match(c) and c not in R.STOP_CHARS
                                                          for c in item))


def _name_before(text: str, end: int) -> tuple[str | None, int]:
    """The name right before a title (习近平总书记): 3 characters if they make a name, else 2."""
    for n in (3, 2):
        pos = end - n
        cand = text[pos:end] if pos >= 0 else ""
        if len(cand) != n or not is_name(cand) or not all(R.HAN.match(c) for c in cand):
            continue
        if R.post_regex().fullmatch(text, pos, end + 2):
            return None, -1            # 区委书记 is a post, not 区委 + 书记
        if n == 2 and pos > 0 and R.HAN.match(text[pos - 1]):
            continue                   # a two-character name needs a clear left edge
        if text.startswith("同志", end) and text[end - 2:end] in _NOT_NAME_BEFORE_TONGZHI:
            return None, -1            # 部门负责同志, 有关同志
        return cand, pos
    return None, -1


def in_byline(text: str, pos: int) -> bool:
    return bool(R.byline_regex().search(text[max(0, pos - 8):pos]))


_CHAIRS = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚)?(?:在[^,，。]{1,10})?(?:随即|立即|亲自)?主持召开")


def chairs(sentences: list[Sentence], hits: list[OfficialHit]) -> dict[int, list[tuple[int, str]]]:
    """Per sentence, (offset in the sentence, first post) of each official who 主持召开 there:
    a meeting named after its organ only (七届常委会第67次会议) takes the chair's organ."""
    out: dict[int, list[tuple[int, str]]] = {}
    for h in hits:
        s = sentences[h.sentence]
        local = h.end - s.start
        if h.posts and _CHAIRS.match(s.text, local):
            out.setdefault(h.sentence, []).append((local, h.posts[0]))
    return out
