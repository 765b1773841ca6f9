"""When a meeting mention names a meeting already seen in the report (coreferent).

Two mentions are one meeting when their scopes agree (全国 / 省 / 江苏省 / 市...) and their
cores agree: equal, nearly equal (character-bigram Dice >= 0.8), an abridged form of the
other (国家防总会商调度会 for 国家防总防汛抗旱视频会商调度会), or one is a short form that names
nothing but its kind (省会议, 市视频会, 省委专题会议) and the other is the meeting of that scope.
"""
from __future__ import annotations

import re

from kg.extract import resources as R
from kg.extract.dates import Day
from kg.extract.meeting_labels import Local, dice, same_but_year
from kg.extract.meeting_plenum import is_plenum_session, plenum_key, same_sitting, sitting
from kg.extract.meeting_short_forms import (abridged, abridges, joint_part, kind_tail, organ_tail, sitting_of,
                                             tail_of, topic_short, unwidened)
from kg.extract.name_scope import core, split_scope

SAME_CORE = 0.8
_STAGE = re.compile("第[一二三四五六七八九十]+阶段会(?:议)?")
_ORGAN = re.compile(r"^(?:委|党委|政府)?(?:常委会|常委)?")


def _scopes_agree(a: Local, b: Local) -> bool:
    if a.level and b.level and a.level != b.level:
        return False
    return not (a.place and b.place and a.place != b.place)


def coreferent(cand: Local, meetings: list[Local], current: list[Local], exclude=(),
               held: bool = False, day: Day | None = None, relay: bool = False) -> Local | None:
    """The meeting already seen that `cand` names, or None. A meeting said to be held may also
    give its full name to one seen only as a kind (我市召开会议 … headline 我市召开X会议),
    unless its sentence gives it another day and another convener (`day`, cand.convener):
    then it is a later meeting, not the full name of the earlier one."""
    for m in current:
        # 学习会上 while the 集体学习会 is current (常务会议结束后 while the 省政府第48次常务会议
        # is): an unscoped short kind word ending its name, before any other of that kind
        # (学习会 while a 集体学习 is current: the kind word without its 会; 部务会 while a
        # 部务会(扩大)会议 is: the kind word before the bracketed 扩大; 党组会议 while a 局党组(扩大)会议
        # is: the sitting named without its 扩大; 党组(扩大)会议结束后 while 省市场监管局党组(扩大)会议 is:
        # that one, before the headline's 省局党组(扩大)会议; 报告会上 while X宣讲报告会暨Y推进会 is: its first part)
        short_kind = len(cand.core) == 3 and cand.core.endswith("会")
        if m not in exclude and cand.level is None and not cand.place and 2 <= len(cand.core) \
                and len(m.core) > len(cand.core) and (m.core.endswith(cand.core) or unwidened(m.core).endswith(cand.core)
                                                      or cand.core + "扩大" in m.core
                                                      or short_kind and cand.core + "暨" in m.core
                                                      or short_kind and m.core.endswith(cand.core[:-1])):
            return m
    if cand.level is None and not cand.place and len(cand.core) == 3 and cand.core.endswith("会"):
        # 市委书记甲在推进会上讲的… after 全市推进会精神: the one meeting written as that kind before
        written = [m for m in meetings if m not in exclude and any(core(split_scope(n)[1]) == cand.core for n in m.names)]
        if len(written) == 1:
            return written[0]
    if _STAGE.fullmatch(cand.core) and current and cand.level is None and not cand.place:
        return current[0]       # 主持第一阶段会议: a stage of the sitting reported, no meeting of its own
    if is_plenum_session(cand):
        # 在第一次全体会议上 while a 全会 (or a standing committee's numbered session: 省人大常委会
        # 第十一次会议举行第一次全体会议) is current: a sitting of it, not a meeting of its own (nor
        # one it relays, whatever `exclude` says)
        plenum = [m for m in current if plenum_key(m.core) or sitting(m.core)]
        if plenum:
            return plenum[0]
    pool = [m for m in reversed(meetings) if m not in exclude and _scopes_agree(cand, m) and not _other_year(m, day)]
    if sitting(cand.core):
        for m in pool:
            if same_sitting(cand.core, m.core):    # 中国共产党X市第十三届委员会第八次全体会议 = X市委十三届八次全会
                return m
    for m in pool:
        if m.core == cand.core or dice(m.core, cand.core) >= SAME_CORE \
                or same_but_year(m.core, cand.core) and m.level == cand.level and m.place == cand.place:
            return m
    for m in pool:
        if joint_part(cand, m) or not held and joint_part(m, cand):
            return m
    for m in pool:
        if tail_of(cand, m) or tail_of(m, cand):
            return m
    for m in pool:
        if abridged(cand, m) or abridged(m, cand):
            return m
    if cand.level is None and not cand.place and 2 <= len(cand.core) <= 3 and not cand.generic:
        # 在座谈会上 after 新时代推动西部大开发座谈会: the one meeting of that kind named before
        ending = [m for m in pool if len(m.core) > len(cand.core) + 1 and m.core.endswith(cand.core)]
        if len(ending) == 1 or len(_held(ending, relay)) == 1:
            return (ending if len(ending) == 1 else _held(ending, relay))[0]
    short_organ = [m for m in pool if organ_tail(cand, m)]
    if len(short_organ) == 1:
        return short_organ[0]
    if not held and cand.level is None and not cand.place and len(cand.core) >= 4 and not cand.generic:
        # 在1月23日的述职评议会上 after X旗县党委书记抓基层党建工作述职评议会: named by its kind
        # alone, the one meeting named before whose name ends so (a held one may be another,
        # and the one reported now does not relay itself: 市委中心组学习会传达了省委…中心组学习会精神)
        ending = [m for m in pool if len(m.core) > len(cand.core) + 1 and m.core.endswith(cand.core)]
        if len([m for m in ending if m not in current]) == 1:
            return next(m for m in ending if m not in current)
        if len(_held(ending, relay)) == 1:      # (述职评议会议结束后: the one held, of several so named)
            return _held(ending, relay)[0]
        # (在4月8日召开的督察动员会上 after 中央第三生态环境保护督察组督察X省工作动员会: its
        #  characters in order and its kind, of one meeting alone)
        spread = [m for m in pool if m not in current and abridges(cand.core, m.core)]
        if not ending and len(spread) == 1:
            return spread[0]
    for m in pool:
        if sitting_of(cand, m) or sitting_of(m, cand):
            return m
    if cand.generic and cand.level:
        same = [m for m in pool if (m.level == cand.level or m.level is None and _short_place_of(cand, m))
                and _written_alike(cand, m)]
        organ = _organ(cand.core[:-1])
        modifier = cand.core[len(organ):-1]
        # 省委常委会会议 names an organ: it is not the one 全省X视频会议 of that level
        fitting = [m for m in same if (not organ or organ in m.core) and (not modifier or modifier in m.core)]
        if not fitting and not organ:
            # 市视频会 after 我市召开会议: the one meeting of that level (not an organ's sitting:
            # 全区视频会议 is not the 自治区党委常委会扩大会议 named before it)
            fitting = [m for m in same if not _organ(m.core)]
        if not organ:                 # 全省会议 is the province-wide one, not the 省委常委会会议
            # (nor the headline's second part over the joint 省政府X委员会全体会议暨全省Y电视电话会议)
            fitting = sorted(fitting, key=lambda m: all(_organ(part) for part in m.core.split("暨")))
        return fitting[0] if fitting else None
    for m in pool:
        if kind_tail(cand, m) or kind_tail(m, cand):
            return m
    topical = [m for m in pool if topic_short(cand, m)]
    if len(topical) > 1:                # a headline's name is merged with the body's later
        topical = [m for m in topical if not m.headline_only]
    if len(topical) == 1:
        return topical[0]
    if held and not cand.generic and cand.level:
        for m in pool:
            if m.generic and m.level == cand.level and not _held_apart(cand, m, day) \
                    and _organ(m.core) in cand.core:     # 省委常委会会议 is no kind of 全省X视频会议
                return m
    return None


def _written_alike(a: Local, b: Local) -> bool:
    """省、州会议 in a county-level city's report: 州 names the prefecture's meeting, never one the
    report writes with its own 市 (the two are of one level, written apart)."""
    ends = [{e for n in m.names if (e := _scope_end(n))} for m in (a, b)]
    return not (ends[0] and ends[1]) or bool(ends[0] & ends[1])


def _short_place_of(a: Local, b: Local) -> bool:
    """省、州会议 after 西双版纳州委常委会会议: a sitting whose place is written short (no level known
    for it) is of the level its 州 / 盟 says."""
    end = _scope_end(a.names[0])
    return end in ("州", "盟") and any(_SHORT_PLACE_ORGAN.match(n) and _scope_end(n) == end for n in b.names)


def _scope_end(name: str) -> str | None:
    scopes = split_scope(name)[0]
    end = scopes[0][-1:] if scopes else (m.group(1) if (m := _SHORT_PLACE_ORGAN.match(name)) else "")
    return end if end and end in "市州盟" else None


# 西双版纳州委常委会会议: a place written short before its organ (no scope split_scope knows)
_SHORT_PLACE_ORGAN = re.compile(f"^[{R.CJK}]{{2,5}}?([市州盟])(?:委|政府|人民政府)")


def _other_year(m: Local, day: Day | None) -> bool:
    """十年前的今天…召开X座谈会。今天上午…召开全省X座谈会: held in another year, another meeting."""
    return bool(day and day.year and m.date and m.date.year) and day.year != m.date.year


def _held(ending: list[Local], relay: bool) -> list[Local]:
    """Of several meetings a bare kind word could name, those the report holds (列席常务会议 after a relayed
    省政府常务会议 and a held 县政府第52次常务会议), or for a relay's words those relayed (学习贯彻座谈会精神)."""
    return [m for m in ending if ("relay" if relay else "held") in m.kinds and not m.headline_only]


def _organ(core: str) -> str:
    return _ORGAN.match(core).group()


def _held_apart(cand: Local, m: Local, day: Day | None) -> bool:
    """Its own day and its own convener, both differing from the earlier meeting's."""
    other_day = day is not None and m.date is not None and (day.month, day.day) != (m.date.month, m.date.day)
    name = getattr(cand.convener, "canonical", None)
    return other_day and name is not None and name != getattr(m.convener, "canonical", name)
