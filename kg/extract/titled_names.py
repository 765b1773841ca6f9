"""Names written with a title after them (习近平总书记, 某某同志), and posts that are such a
title after a name (习近平总书记重要讲话: what follows the title is no name)."""
from __future__ import annotations

from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.names import NO_NAME_ENDS, PERSON_NOUN_ENDS, is_name

_ORGAN_ENDS = frozenset("办局厅署处科室站司所")     # 市文明办主任, 管理司司长, 监管所所长: an organ's short form, no name
_PLACE_UNITS = ("街道", "镇", "乡", "村", "社区", "苏木", "嘎查")    # 卞庄街道人大工委主任: 卞庄 is a place, no name
# 沿江村党总支书记, 某苏木党委书记: a village or township (沿 and 苏 surnames), no name before a title
_PLACE_ENDS = ("村", "镇", "乡", "苏木", "嘎查")
# 市地方志办公室主任: a title opening with an organ's unit follows that organ's field (方志 reads as a name)
_UNIT_STARTS = ("办公室", "委员会")
# (联席会议副召集人某某: 席会议 reads as a name, but a meeting's 会议 ends none)
_NOT_NAME_ENDS = ("了", "由", "会议")


def title_after_name(text: str, begin: int) -> bool:
    """习近平总书记重要讲话: the post is a title after a name, so what follows it is no name
    (安庆军分区司令员: a place's short name that reads as a name is none)."""
    return text[begin - 1:begin] not in _ORGAN_ENDS and not text.endswith(_PLACE_ENDS, 0, begin) \
        and not text.startswith(_PLACE_UNITS + _UNIT_STARTS, begin) and not text.startswith(_departments(), begin) \
        and any(begin >= n and _han_name(text[begin - n:begin]) and not _place(text[begin - n:begin]) for n in (3, 2))


def _place(cand: str) -> bool:
    return cand in R.prefectures() or cand in R.counties() or cand in R.provinces()


@lru_cache(maxsize=None)
def _departments() -> tuple[str, ...]:
    """农牧和科技局局长: a post opening with a department follows the field joined to it, no name
    (a title after a name is a bare one: 习近平总书记, 某某同志)."""
    return tuple(lexicon.words("departments"))


def _han_name(cand: str) -> bool:
    # (传达了省委书记某的批示 / 续会由县委副书记某主持: 达了, 宣读了 and 续会由 read as names, but a
    # verb's 了 or the preposition 由 ends none)
    return is_name(cand) and all(R.HAN.match(c) for c in cand) and not cand.endswith(_NOT_NAME_ENDS)


def name_before(text: str, end: int) -> tuple[str | None, int]:
    """The name right before a title (习近平总书记): 3 characters if they make a name, else 2."""
    for n in (3, 2):
        pos = end - n
        cand = text[pos:end] if pos >= 0 else ""
        if len(cand) != n or not _han_name(cand):
            continue
        if any(R.post_regex().fullmatch(text, at, end + 2) for at in range(pos, end)):
            return None, -1            # 区委书记 is a post, not 区委 + 书记 (学习省委书记在…: nor 习省委)
        if n == 3 and pos > 0 and R.HAN.match(text[pos - 1]) and cand[0] in R.STOP_CHARS \
                and is_name(cand[1:]):
            continue                   # 学习李强总理: 习 ends the verb, the name is 李强
        if n == 3 and cand[1:] in _verbs():
            continue                   # 把学习贯彻总书记…: 习 ends 学习, 贯彻 is no given name
        if n == 2 and pos > 0 and R.HAN.match(text[pos - 1]) and not (
                pos > 1 and text[pos - 1] in R.STOP_CHARS and R.HAN.match(text[pos - 2])
                and is_name(text[pos - 1:end])):
            continue                   # a two-character name needs a clear left edge
        if text.startswith("同志", end) and text[end - 2:end] in NO_NAME_ENDS:
            return None, -1            # 部门负责同志, 有关同志
        return cand, pos
    return None, -1


@lru_cache(maxsize=None)
def _verbs() -> frozenset[str]:
    """The verbs written before a meeting's name (贯彻, 落实, 传达): never a given name."""
    return frozenset(w for w in lexicon.words("meeting_left_stops") if len(w) == 2)


def head_starts_name(text: str, begin: int, end: int) -> bool:
    """消费维权义务监督员关长海: a bare post head (关长) right after a role noun (监督员) is the
    start of a listed name, not a post."""
    return begin > 0 and text[begin - 1] in PERSON_NOUN_ENDS and any(
        is_name(text[begin:begin + n]) and R.name_follower_regex().match(text, begin + n) for n in (3, 2) if begin + n > end)
