"""Officials: names found next to the posts written with them, and in lists of leaders.

Statements recognised (the rules never list a person, only the grammar around names):
  POST[、POST...]NAME            自治区党委副书记、自治区主席王莉霞 (two posts)
  POST NAME、NAME ...            副市长甲某、乙某 (both hold the post)
  NAME、NAME...等X领导/同志       甲某、乙某等县领导出席
  NAME总书记 / NAME书记 / NAME同志   (the title after the name)
Where a name starts and ends, and what makes a string one, is names.py (is_name is
re-exported here). Names in bylines (记者 某某) are skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.bracketed_posts import bracketed
from kg.extract.jurisdiction import Region
from kg.extract.name_lookalikes import delegate_at, lookalike, name_start, place_before_post
from kg.extract.names import PERSON_NOUN_ENDS, in_byline, is_list_name, is_name, name_after_post, name_at
from kg.extract.posts import MAX_POST, parse_posts
from kg.extract.sentences import Sentence
from kg.extract.staff_posts import firm_title, firm_titles, unit_staff
from kg.extract.titled_names import head_starts_name, name_before, title_after_name

__all__ = ["OfficialHit", "find", "chairs", "is_name", "in_byline", "name_at"]

_ENUMERATION = re.compile("、")      # 、 may continue a chain of posts with an unlisted title
_CJK_RUN = re.compile(f"[{R.CJK}]+")
# 李强总理主持召开的X: a national leader's title written after the name, as 总书记 is
_TITLE_AFTER = re.compile(f"([{R.CJK}]{{2,4}}?)(总书记|书记|同志|副总理|总理|委员长)")
# 甲某、乙某出席会议 / 出席会议的有：甲某、乙某: names are sure enough when every item has a
# listed surname (is_name), since no post vouches for them
_LIST_BEFORE_VERB = re.compile(f"(?<![·•‧・{R.CJK}])((?:[{R.CJK}]{{2,4}}、)+[{R.CJK}]{{2,4}})(?:同志)?(?=出席|参加|列席|陪同)")
# 会议由甲某主持: the one who chairs, named bare (a listed surname vouches)
_BY_CHAIR = re.compile(f"由([{R.CJK}]{{2,3}})(?=主持)")
_LIST_AFTER_YOU = re.compile(f"(?:出席|参加|列席)(?:会议|会)?的(?:还)?有[:：]?((?:[{R.CJK}]{{2,4}}、)+[{R.CJK}]{{2,4}})")
# 甲、乙等人 / 甲、乙等同志 (籍山镇、弋江镇等人口密集区域, 学校、车站等人员密集场所: places, 人 begins 人口 or 人员)
_LIST_BEFORE_DENG = re.compile(
    f"((?:[{R.CJK}]{{2,4}}、)+[{R.CJK}]{{2,4}})等(?=(?:省|市|县|区|州|盟|旗|自治区)?(?:级)?领导|与会同志|同志|负责同志|人(?![口员])"
    f"|(?:分别)?(?:参加|出席|列席)"
    f"|(?P<post>(?:省|市|县|区|州|盟|旗|自治区)(?:委|党委|政府|人大常委会|政协)(?:常委|委员|成员|领导班子成员)))")


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

    def add(name, posts, pos, via="post") -> bool:
        """False where what stands after the post is no name (市长负责制, a byline's): a list
        does not go on from it (“菜篮子”市长负责制，加强蔬菜、猪肉: no names share the post)."""
        if in_byline(text, pos) or lookalike(name):
            return False
        if pos not in taken:
            taken.add(pos)
            out.append(OfficialHit(name, tuple(posts), s.offset(pos), s.offset(pos + len(name)), s.index, via))
        return True

    for m in R.post_head_regex().finditer(text):
        if text.startswith(R.post_noun_tails(), m.end()):
            continue
        at = name_start(text, m.end())         # 省军区副司令员、大校欧阳晨, 副县长（挂职）某某
        name = name_after_post(text, at, m.end())
        if not name and text.startswith(" ", at):
            # 市长 刘焕在分会场: a gap left by a padded name's alignment; a listed surname only
            at += 1
            name = name_at(text, at)
            name = name if name and is_name(name) else None
        if not name:
            continue
        posts, begin = parse_posts(text, m.end(), region)
        # after a name's title (习近平总书记关于“…), what follows is a name only if it is one
        # and a clear boundary closes it
        if not posts or firm_titles(posts) or unit_staff(text, begin, posts) or head_starts_name(text, begin, m.end()) \
                or title_after_name(text, begin) and not (
                is_name(name) and R.clear_name_end_regex().match(text, at + len(name))):
            continue
        if add(name, posts, at):
            _continue_list(text, at + len(name), posts, add)
    for m in _ENUMERATION.finditer(text):
        _tail_title(text, m, region, add)
    for m in _TITLE_AFTER.finditer(text):
        name, pos = name_before(text, m.start(2))
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
            if is_list_name(item):
                found.append((item, pos))
            else:
                found = []       # a list is names from its first item on
            pos += len(item) + 1
        if len(found) >= 2 and 2 * sum(is_name(n) for n, _ in found) >= len(found):
            for item, p in found:       # 甲、乙等省委常委: the post after 等 is each one's
                add(item, (m.group("post"),) if m.group("post") else (), p, "list")
    for name, posts, pos in bracketed(text, region):
        add(name, posts, pos, "bracket")
    for pattern in (_LIST_BEFORE_VERB, _LIST_AFTER_YOU, _BY_CHAIR):
        for m in pattern.finditer(text):
            items, pos = m.group(1).split("、"), m.start(1)
            if all(is_name(item) for item in items):
                for item in items:
                    add(item, (), pos, "list")
                    pos += len(item) + 1
    return sorted(out, key=lambda h: h.start)


@lru_cache(maxsize=None)
def _chain_tails() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(lexicon.words("post_chain_tails")), tuple(R.post_heads())


_FUNCTION_CHARS = frozenset("的了在和与及等是将把从向并对由")


def _tail_title(text, m, region, add) -> None:
    """POST、TITLE NAME where no table lists TITLE (副省长、省副总河长某某): the listed post before
    the 、 vouches for a title of 2-17 characters closed by post_chain_tails.txt, and a name with
    a listed surname must follow it at once."""
    tails, heads = _chain_tails()
    if not text.endswith(heads, 0, m.start()):
        return
    for end in range(m.end() + 2, min(len(text), m.end() + 18)):
        # past six characters a title names its unit (浙江省援建工作队X工作组组长): no function word
        long = end - m.end() > 6      # (a long one may also end in a listed head: …农业农村委副主任)
        if (text.endswith(tails, m.end(), end) or long and text.endswith(heads, m.end(), end)) \
                and _CJK_RUN.fullmatch(text, m.end(), end) \
                and not (long and _FUNCTION_CHARS.intersection(text[m.end():end])):
            name = name_at(text, end, vouched=True)
            if name and is_name(name):
                posts, begin = parse_posts(text, m.start(), region)
                chain = (*posts, text[m.end():end])
                if posts and not any(firm_title(p) for p in posts) and not unit_staff(text, begin, chain):
                    if add(name, chain, end):
                        _continue_list(text, end + len(name), chain, add)
                return


# …局长甲，东海救助局、海警等单位负责同志 / 副主任甲，区科技局、区工业和信息化局负责同志 / 秘书长乙，
# 汕头海关、市商务局有关负责同志 / 书记丙，象溪镇、四都乡负责同志: units or townships listed next, no names
_UNITS_NEXT = re.compile("[^,，。；;]*?等(?:有关|相关|成员)?(?:单位|部门)"
                         f"|[{R.CJK}]{{1,12}}?(?:局|委|办|厅|海关|法院|检察院|中心|集团|镇|乡|街道)(?:[、,，和及等]|(?:主要)?负责)")


def _continue_list(text, pos, posts, add):
    """副市长甲某、乙某 / 省领导甲、乙、丙,丁等: names that share the post before them."""
    while pos < len(text) and text[pos] in "、,，和":
        sep, nxt = text[pos], pos + 1
        name = name_at(text, nxt, vouched=sep != "和")
        if sep == "和":     # 副主任甲和乙分别就…作了部署: the last of the list, a listed name closed
            if name and is_name(name) and R.clear_name_end_regex().match(text, nxt + len(name)):
                add(name, posts, nxt)
            return
        if not name or R.post_start_regex().match(text, nxt) and parse_posts_at(text, nxt) or _UNITS_NEXT.match(text, nxt) \
                or place_before_post(text, nxt, name) or (name in R.prefectures() or name in R.provinces()) and not is_name(name):
            return      # (units, not names; 阳东区长乙: a place's post; 合肥、芜湖、宿州市政府: places, though 吕梁 may be a name)
        after = text[nxt + len(name): nxt + len(name) + 1]
        if sep != "、" and after not in ("、", "等") or not is_name(name) and name[-1] in PERSON_NOUN_ENDS \
                or delegate_at(text, nxt + len(name)) and (not is_name(name) or name[-1] in PERSON_NOUN_ENDS):
            return      # 书记代表甲、农家书屋管理员代表乙 / 果农代表乙 / 书记甲，退役军人、…: a group's role, no name
        if not add(name, posts if sep == "、" else (), nxt, "post" if sep == "、" else "list"):
            return
        pos = nxt + len(name)


def parse_posts_at(text: str, pos: int) -> bool:
    """Does a post followed by a name start at `pos`?"""
    for m in R.post_head_regex().finditer(text, pos, min(len(text), pos + MAX_POST)):
        if name_at(text, m.end()) and parse_posts(text, m.end(), None)[0]:
            return True
    return False


_CHAIRS = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚)?(?:在[^,，。]{1,10})?(?:随即|立即|亲自|接着|紧接着|随后)?主持召开")


def chairs(sentences: list[Sentence], hits: list[OfficialHit]) -> dict[int, list[tuple[int, tuple[str, ...]]]]:
    """Per sentence, (offset in the sentence, posts) of each official who 主持召开 there:
    a meeting named after its organ only (七届常委会第67次会议) takes the chair's organ."""
    out: dict[int, list[tuple[int, tuple[str, ...]]]] = {}
    for h in hits:
        s = sentences[h.sentence]
        local = h.end - s.start
        if h.posts and _CHAIRS.match(s.text, local):
            out.setdefault(h.sentence, []).append((local, tuple(h.posts)))
    return out
