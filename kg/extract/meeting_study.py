"""A study group's sitting named by its kind of study (理论学习中心组专题学习 / 集中学习).

The words are verbs as often as names (专题学习《条例》, 要组织集中学习), so they end a
meeting's name only where the study group is written just before them (a verb and the
sitting's number between at most) and nothing studied follows (a clause end, 暨 or a
bracketed 扩大): 厅党组理论学习中心组开展第1次集中学习（扩大），传达学习… names one sitting;
中心组专题学习中央金融工作会议精神 names none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon

_GROUP_BEFORE = 24          # characters looked back for the group (its name, a verb, a number)
_GROUP = "中心组"
# between the group and the study word only a verb and the sitting's number: no topic (开展X专题学习,
# a headline's description) and no modal (各级中心组要组织专题学习, a task)
_GAP = re.compile(r"(?:[（(]扩大[）)])?(?:开展|举行|召开|进行|组织)?了?(?:\d{4}年度?)?(?:第[\d一二三四五六七八九十]+次)?")
_NAME_END = re.compile(r"[，,。；;:：\s]|暨|[（(]扩大[）)]|$")


@lru_cache(maxsize=None)
def study_heads() -> frozenset[str]:
    return frozenset(lexicon.words("meeting_study_heads"))


def is_study_sitting(text: str, head_start: int, head_end: int) -> bool:
    """Does the study word at text[head_start:head_end] end a study group's sitting's name?"""
    group = text.rfind(_GROUP, max(0, head_start - _GROUP_BEFORE), head_start)
    return group >= 0 and bool(_GAP.fullmatch(text, group + len(_GROUP), head_start)) \
        and bool(_NAME_END.match(text, head_end))


# 召开《信访工作条例》学习暨X推进会: a title the meeting studies, right after the held verb
_STUDIED_TITLE, _STUDY_AFTER = re.compile("(?:召开|举行)《[^《》]{1,30}》$"), re.compile("学习|宣讲|培训")
_TITLE_BEFORE_HEAD = re.compile("《[^《》]{2,30}》$")


def studied_title(text: str, end: int, head: int) -> int | None:
    """Where a title studied or reviewed at a meeting, ending at `end`, opens the meeting's name:
    right after its held verb (召开《X条例》学习暨Y会: the name starts at 《), or right before the
    meeting's head (《X县志》终审会, 《X规划》评审会: the document names the meeting). None where
    no such title ends there."""
    if end == head and (m := _TITLE_BEFORE_HEAD.search(text, 0, end)):
        return m.start()
    m = _STUDIED_TITLE.search(text, 0, end)
    return m.start() + 2 if m and _STUDY_AFTER.match(text, end) else None


# 全省学习贯彻新修改的慈善法工作推进会, 全省政协系统学习贯彻全国两会精神视频会议: a whole place (or a
# system in it) studying a law or a spirit names the meeting held for it; 全省学习贯彻中央经济工作
# 会议精神 (no spirit or law before the head) is a sentence relaying that meeting
_SCOPED_STUDY = re.compile("全[省市县区州盟旗](?:[\u4e00-\u9fff]{1,6}?系统)?(?=(?:学习宣传贯彻|学习贯彻|贯彻落实)"
                           "([^，。；、]+)$)")
_STUDIED_OBJECT = re.compile("精神|法|条例|《")
# (…慈善法工作推进会精神和9月6日省委常委会会议: a spirit listed ends the study's name before the next)
_SPIRIT_LISTED = re.compile("精神(?:和|及|以及|、)")


def scoped_study(text: str, left: int, head: int, start: int) -> int:
    """Where a name of a whole place's study of a law or spirit (全省学习贯彻X法推进会) starts in
    text[left:head]; `start` where the words before the head name no such study."""
    for m in _SCOPED_STUDY.finditer(text, left, head):
        if _STUDIED_OBJECT.search(m.group(1)) and not _SPIRIT_LISTED.search(m.group(1)):
            start = m.start()
    return start
