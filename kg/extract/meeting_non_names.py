"""Spans that end in a meeting noun yet name no one gathering, so meeting_names.find drops
them: a kind of meeting held again and again (每月召开一次X会), one a rule forbids
(原则上不召开X会), a description (一次十分重要的会议, 针对X的专题会议), a requirement's or a
plan's words (要加强联席会议统筹调度, 压减会议规模: kg/data/meeting_name_not_first.txt), a
verb's object (推动会议精神落地: kg/data/meeting_spirit_verbs.txt) and the topic of a name
that holds it (召开X民主生活会情况通报会: the X民主生活会 is reported on, not held)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R

_RECURRING = re.compile("(?:每|定期|连续[^，,。；;]{0,3}年)[^，,。；;]{0,6}$")
# 县级领导下乡镇原则上不召开专门汇报会 / 严禁召开X会: a rule against holding one
_NEGATED = re.compile("(?:不|不再|不得|严禁|禁止|避免)(?:召开|举行)$")
_DESCRIBED = re.compile("(?<!党)(?<!感染)(?<!修改)(?<!修订)的")     # (党的二十大, 感染的, 新修订的X法: words of a name)


@lru_cache(maxsize=None)
def generic_names() -> frozenset[str]:
    """会议, 本次会议, 各类会议: meeting words that name no meeting by themselves."""
    return frozenset(lexicon.words("meeting_generic"))


@lru_cache(maxsize=None)
def _not_first() -> tuple[str, ...]:
    return tuple(lexicon.words("meeting_name_not_first"))


# (两会期间: a time; 决定了大会副秘书长和会议日程: a plan; 检验民主生活会成效: an outcome; 采取召开座谈会、
# 设置意见箱等方式: one of the means used; 套开会议37次: meetings counted; 深化“亲清直通车·政企恳谈会”机制:
# an institution; 充分发挥X联席会议的统筹作用: an institution's part, no sitting)
_NO_SITTING_AFTER = re.compile(f"期间|前后|日程|议程|成效|效果|[”\"]?(?:机制|制度)|[^，,。；;]{{0,30}}?等(?:方式|形式|途径|渠道)"
                               f"|的?[{R.CJK}]{{0,4}}作用"
                               f"|[{R.NUM}\\d]+[次场]")


def no_sitting_after(text: str, end: int) -> bool:
    """Do the words right after a meeting noun ending at `end` make it no one sitting?"""
    return _NO_SITTING_AFTER.match(text, end) is not None


def not_one_sitting(text: str, start: int) -> bool:
    """Does the text before a name starting at `start` make it a recurring kind (每月召开一次)
    or forbid holding it (原则上不召开X会)?"""
    return _RECURRING.search(text, 0, start) is not None or _NEGATED.search(text, 0, start) is not None


@lru_cache(maxsize=None)
def _verb_object() -> re.Pattern:
    return re.compile(f"(?:{R._alt(lexicon.words('meeting_spirit_verbs'))})会议$")


def verb_object(text: str, start: int, end: int) -> bool:
    """Is the span a verb and its object, the meeting's spirit (以实干实绩推动会议精神)?"""
    return text.startswith("精神", end) and _verb_object().search(text, start, end) is not None


TOPIC_MIN = 12     # what follows a requirement's verb in a real name's topic (加强X和推进Y座谈会) runs long


def describes(name: str) -> bool:
    """A name (its inner date taken out) that describes a meeting or words a requirement
    (要加强联席会议: the verb close before the meeting noun; a symposium named for a long topic,
    加强荒漠化综合防治和推进三北等重点生态工程建设座谈会, is a name)."""
    first = next((w for w in _not_first() if name.startswith(w)), None)
    return first is not None and len(name) - len(first) <= TOPIC_MIN or _DESCRIBED.search(name) is not None


# after a meeting noun: the meeting is a longer name's topic (X民主生活会情况通报会, X民主生活会督导工作部署会)
NESTED_TOPIC = re.compile("情况|筹备|督导")


def without_topics(text: str, spans: list) -> list:
    """The spans but those a longer span holds when NESTED_TOPIC follows them."""
    return [s for s in spans if not NESTED_TOPIC.match(text, s.end)
            or not any(o.start <= s.start and s.end < o.end for o in spans)]


# (举行2024年第三次专题学习（扩大）会议: the study noun and the sitting's name are one meeting)
_SITTING_AFTER = re.compile(r"[(（]?扩大[)）]?会议?|会议?")


def without_stems(text: str, spans: list) -> list:
    """The spans but those another span starting there carries on to a sitting's noun."""
    return [s for s in spans
            if not any(o.start == s.start and o.end > s.end and _SITTING_AFTER.fullmatch(text, s.end, o.end) for o in spans)]
