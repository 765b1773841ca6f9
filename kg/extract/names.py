"""Person names: where a name starts and ends in running text, and whether a string is one. A name is
a listed surname + one or two characters (a compound surname + one or two), ending where the text goes
on with a word that may follow a name (李倩参加 -> 李倩). Right after a post the post vouches for what
the surname list cannot: four characters (Yi 吉伍拉哈) or no listed surname at all (Mongolian 其其格),
when a clear boundary closes them. No person is listed anywhere: only the grammar around names."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R

__all__ = ["name_at", "name_after_post", "is_name", "is_plain_name", "is_list_name", "in_byline"]

# (作: 甲某作总结讲话 / 作关于X的说明, a light verb before what the person delivers; 已, 曾: 县长韦宁已在…, an adverb)
_NOT_LAST = frozenset("等在的也都均就率到于对向作已曾及与")     # (镇人大副主席雷静及主席团成员 / 省委书记甲与省长乙: 及, 与 join the next)
# function words and meeting words: never inside a name the surname list does not vouch for
_NEVER_IN_NAME = frozenset("的了着在和与及等是为将对把从向并会议上下中")
_GLOSS = re.compile("[(（]")
# the interpunct forms that join the parts of a transliterated name (after NFKC)
_INTERPUNCT, _MAX_PART = "·•‧・", 6
_LONG = (4, 5, 6, 7)        # lengths of a name after a post that no listed length fits
_FIRST_PART = re.compile(f"[{R.CJK}]{{1,{_MAX_PART}}}(?=[{_INTERPUNCT}][{R.CJK}])")
# 部门负责同志, 成员单位负责同志: words written before 同志 that no name ends with
NO_NAME_ENDS = frozenset({"负责", "有关", "相关", "广大", "全体", "与会", "各位", "领导"})


def name_at(text: str, pos: int, vouched: bool = False) -> str | None:
    """The person's name, with every further part of a transliterated name joined by an
    interpunct (甲乙丙·丁戊己: Uyghur, Kazakh, Tibetan names), which is one name, not a cut."""
    name = _name_head(text, pos, vouched)
    first = _FIRST_PART.match(text, pos)
    if first and (R.post_head_regex().search(first.group()) or len(first.group()) < 2 and not vouched):
        first = None   # 旗政协主席包·额尔敦: a post is no part of the name; 包· only after a post
    if first and (name and len(first.group()) > len(name) or not name and vouched):
        name = first.group()     # 阿布都拉·…: 都 may follow a name, not inside a first part (叶尔波拉提·…: the post vouches)
    return name and _with_parts(text, pos, name)


# a level's leaders (每名县级领导至少包保两个项目) or a chief system's chiefs (市级林长包区县, 总林长令) as a
# class vouch for no name: only one the surname list knows follows them (连长: 大连长兴岛 is a place)
_CLASS_POSTS = ("级领导", "林长", "河长", "河湖长", "田长", "连长")


def name_after_post(text: str, at: int, post_end: int) -> str | None:
    """The name at `at`, after a post ending at `post_end`, which vouches for it unless it names a
    class; a chief's transliterated name (县级总田长热合曼·艾力) is vouched for by its interpunct."""
    if not text.endswith(_CLASS_POSTS, 0, post_end):
        return name_at(text, at, vouched=True)
    name = name_at(text, at)
    if not name and not text.endswith("级领导", 0, post_end):
        name = found if (found := name_at(text, at, vouched=True)) and _INTERPUNCT[0] in found else None
    return name


def _with_parts(text: str, pos: int, name: str) -> str:
    end = pos + len(name)
    while end < len(text) and text[end] in _INTERPUNCT:
        n = _part_length(text, end + 1)
        if not n:
            break
        end += 1 + n
    return text[pos:end]


def _part_length(text: str, at: int) -> int:
    """Length of the name part starting at `at`: the shortest closed for sure (…·阿布都拉、:
    都 may follow a name, so 阿布 is cut only where nothing surer comes), else the shortest
    a name follower closes."""
    fits = []
    for n in range(2, _MAX_PART + 1):
        part = text[at:at + n]
        if len(part) < n or not all(R.HAN.match(c) and c not in _NEVER_IN_NAME for c in part[:-1]) \
                or not R.HAN.match(part[-1]):
            break
        # (艾尼瓦尔·阿不都(挂职): a bracket after a transliterated part holds a gloss on the name)
        clear = R.clear_name_end_regex().match(text, at + n) or _GLOSS.match(text, at + n)
        if part[-1] in _NEVER_IN_NAME and not (part[-1] == "和" and clear):
            break       # (阿拉坦·苏和主持: a Mongolian name may end in 和, where a clear end follows)
        if clear:
            return n + 1 if _reaches_past(text, at + n, clear.end()) else n
        if R.name_follower_regex().match(text, at + n):
            fits.append(n)
    return fits[0] if fits else 0


def _reaches_past(text: str, cut: int, end: int) -> bool:
    """…·买买提出席: the word one character on (出席) reaches past the one at the cut (提出),
    which would leave 席 dangling: the character at the cut belongs to the name."""
    later = R.HAN.match(text[cut]) and text[cut] not in _NEVER_IN_NAME and R.clear_name_end_regex().match(text, cut + 1)
    return bool(later) and later.end() > end


def _name_head(text: str, pos: int, vouched: bool = False) -> str | None:
    """The person's name starting at `pos`, or None: surname + 1-2 characters, ending where a word
    that may follow a name begins (3 characters preferred over 2). With `vouched` (a post right
    before), also 4, a bare compound surname, or 2-4 with no listed surname, at a clear boundary."""
    single, compound = R.surnames()
    if text[pos:pos + 2] in compound:
        lengths = (4, 3)
    elif text[pos:pos + 1] in single:
        lengths = (3, 2)
    else:
        return _unlisted_at(text, pos) if vouched else None
    word = R.name_follower_regex().match(text, pos + 2) if lengths == (4, 3) else None
    if word and len(word.group()) >= 2:
        return text[pos:pos + 2]          # 省领导甲、乙、乌兰出席: a word after the surname alone ends it
    for n in lengths:
        cand = text[pos:pos + n]
        if len(cand) == n and all(R.HAN.match(c) for c in cand) and R.name_follower_regex().match(text, pos + n) \
                and cand[-1] != "的" and not (cand[-1] in JOINS_ZUO and text.startswith("作", pos + n)):
            # (委员时的重要讲话: 时 is a surname, 的 ends no name; 总书记文艺工作座谈会: 工作 is one word)
            if (n == lengths[0] or lengths == (4, 3)) and cand[-1] in _NOT_LAST \
                    and R.name_follower_regex().match(text, pos + n - 1):
                continue                  # 宋佳等出席 / 乌兰等参加: 等 closes the list, not part of the name
            shorter = R.name_follower_regex().match(text, pos + n - 1) if n == lengths[0] else None
            if shorter and len(shorter.group()) >= 2 \
                    and len(R.name_follower_regex().match(text, pos + n).group()) < len(shorter.group()):
                continue                  # 孙岚关于…: a two-character word (关于) follows the shorter name
            if n == 3 and text.startswith("和", pos + n) and R.clear_name_end_regex().match(text, pos + n + 1):
                return text[pos:pos + 4]  # 市长巴图孟和主持: 和 with nothing to join ends a Mongolian name
            return cand
    if vouched and lengths == (4, 3) and R.clear_name_end_regex().match(text, pos + 2):
        return text[pos:pos + 2]          # 检察长乌兰在…: a listed compound surname is the whole name
    if vouched and lengths == (3, 2):
        # 州长吉伍拉哈，: four characters; 专员艾克拜尔吐尔地作报告: a name without its interpunct, up to 7
        for n in _LONG:
            if _closed(text, pos, n):
                return text[pos:pos + n]
    return None


_COMMA_OR_STOP = frozenset("，,。；;：:）)")
JOINS_ZUO = frozenset("工合协操运创写动")     # X作 words (工作, 合作, 运作...)
_UNIT_LAST = frozenset("行局厅处")      # what ends a unit's name, not a long unlisted name
PERSON_NOUN_ENDS = frozenset("户民员家人生师者农")   # 种粮大户, 村民, 党员, 企业家, 医生 (not 敖登 of 敖登格日勒)


def _closed(text: str, pos: int, n: int, lead: int = 0) -> bool:
    """A name of n characters the surname list does not vouch for ends at pos + n. Past four
    characters a phrase could pass (党组成员要带头遵规守纪，/ 区卫生健康局、/ 种粮大户李长顺作): such a long
    name holds no place, organ or 种粮大户-like word and goes on with a verb, 、 or 等, not a comma."""
    cand = text[pos:pos + n]         # (lead: leading characters _plausible is not asked about, 和 of 和某某)
    if not _plausible(cand[lead:], n - lead) or not R.clear_name_end_regex().match(text, pos + n):
        return False
    if text.startswith("作", pos + n) and cand[-1] in JOINS_ZUO:
        return False        # 书记抓基层党建工作述职: 作 ends 工作, it is no light verb after a name
    if n >= 4 and cand[-1] in _UNIT_LAST:
        return False        # 人民银行长沙市分行: 行长 + a branch, no name
    return n <= 4 or (text[pos + n:pos + n + 1] not in _COMMA_OR_STOP and pos + n < len(text)
                      and not R.post_start_regex().search(cand) and not (cand[-4] in PERSON_NOUN_ENDS and is_name(cand[-3:])))


def _unlisted_at(text: str, pos: int) -> str | None:
    """A name whose surname we do not list, right after a post (盟长其其格在…): 3, 2 or 4
    characters that do not begin with a verb, place or organ and end at a clear boundary."""
    if text[pos:pos + 1] in _post_only_surnames():      # 部长和某某出席 (书记和县长: a post, no name)
        # (市委书记都兴邦主持: 都, an adverb too, starts a three-character name only: 领导都要参加)
        lengths = (3,) if text[pos] in "都来" else (3, 2)     # (部长和丽主持: 和 starts two-character ones too)
        return next((text[pos:pos + n] for n in lengths if _closed(text, pos, n, lead=1)), None)
    if R.post_start_regex().match(text, pos) or R.name_follower_regex().match(text, pos):
        return None
    for n in (3, 2, *_LONG):
        if _closed(text, pos, n):
            return text[pos:pos + n]
    return None


@lru_cache(maxsize=None)
def _post_only_surnames() -> frozenset[str]:
    return frozenset(lexicon.words("post_only_surnames"))


def _plausible(cand: str, n: int) -> bool:
    # (苏和巴鲁: a long Mongolian name may hold 和 inside, where no shorter name was closed)
    inner = cand[1:-1].replace("和", "") if n >= 4 else cand[1:-1]
    return (len(cand) == n and all(R.HAN.match(c) and c not in _NEVER_IN_NAME for c in cand[0] + inner + cand[-1])
            and not R.post_head_regex().search(cand) and cand[-2:] not in NO_NAME_ENDS)   # 成员单位负责同志: no name


def is_name(item: str) -> bool:
    single, compound = R.surnames()
    if item[:2] in compound:
        return 3 <= len(item) <= 4
    return item[:1] in single and 2 <= len(item) <= 3


def is_plain_name(item: str) -> bool:
    """A name of a listed surname holding no post word and no function or meeting word
    (王书记, 常委会 are none)."""
    return is_name(item) and _plausible(item, len(item))


def is_list_name(item: str) -> bool:
    """An item of a list of leaders (甲某、乙某等县领导): a name, or 2-3 characters of a name
    with a surname we do not list (the list makes it sure enough)."""
    return is_name(item) or (2 <= len(item) <= 3 and all(R.HAN.match(c) and c not in R.STOP_CHARS
                                                          for c in item))


def in_byline(text: str, pos: int) -> bool:
    return bool(R.byline_regex().search(text[max(0, pos - 8):pos]))
