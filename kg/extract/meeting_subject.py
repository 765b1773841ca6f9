"""The subjects of a sentence's verbs: who held a meeting, as written before its verb ("SUBJ召开X":
省委常委会召开, 我市随即召开, 国务院联防联控机制召开; meeting_scope turns the words into a holder), and
a meeting named as the one that relayed another (X会议已传达学习Y精神)."""
from __future__ import annotations

import re

from kg.extract import resources as R
from kg.extract.meeting_events import OPENING, clause_start
from kg.extract.meeting_names import NameSpan

# (州禁毒委以视频会议形式召开全体会议: the manner between the holder and its verb is no part of it)
_SUBJ_TAIL = re.compile(r"(?:立即|随即|接续|及时|专门|再次|紧接着|第一时间|迅速|当即|也|又|先后|分别|"
                        r"以[^，,。；]{1,8}?(?:形式|方式)|"
                        r"在[^，,。；在]{1,12}|"     # X主席团在广州举行第三次会议: the venue is no part of X
                        r"[（(](?:以下)?简称[^（()）]{1,12}[）)]|"    # X办公室（以下简称X办）召开: the short name given
                        r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚)?|"
                        f"(?:上午|下午|中午|晚上|晚)|{R.TODAY}|{R.PAST_DAY}|当天|当日|同日|日前|近日)+$")
_SEVERAL = re.compile("[和与及、][^，,。；]{1,12}(?:相继|先后|分别)$")
_MANY = re.compile("(?:^|[，,\\s])(?:多|多个|部分|一些|不少)(?:省|市|县|区|州|地)(?:份|区)?(?:相继|先后|分别|密集)?$")
_HELD_VERB = re.compile(r"(?:主持)?(?:召开了?|举行了?|开展了?|进行了?)(?:\d{4}年度?)?$")
# 会后我省… / X会议召开后我市…: the time before the holder, not part of it
_SUBJ_LEAD = re.compile(r"^.*(?:会|结束|召开|举行|之|随|以|议)后")


def _held_by(text: str, span: NameSpan) -> tuple[str, re.Match | None]:
    """The clause before the name (召开“三夏”X会: the verb is before the quote) and its held verb."""
    head = text[clause_start(text, span.start):span.start].rstrip(OPENING)
    return head, _HELD_VERB.search(head)


def several_held(text: str, span: NameSpan) -> bool:
    """省、市相继召开推进会议: a kind word for the meetings of several holders, one each."""
    head, verb = _held_by(text, span)
    return bool(verb) and bool(_SEVERAL.search(head, 0, verb.start()))


_EARLIER_EVENT = re.compile(r"(?:组织)?(?:收听收看|收看收听|召开|举行|参加|出席)")


def subject(text: str, span: NameSpan) -> str | None:
    """Who held a meeting written as "SUBJ召开X": 省委常委会 / 我市 / 宁化县 / 国务院联防联控机制.
    None when the holder is a person (主持召开) or not written."""
    head, verb = _held_by(text, span)
    if not verb or head[:verb.start()].endswith("主持") or "主持" in verb.group():
        return None
    if _SEVERAL.search(head, 0, verb.start()) or _MANY.search(head, 0, verb.start()):
        return None     # 省里和苏州市相继召开会议 / 多省召开政府常务会议: several holders, a meeting each
    subj = _SUBJ_TAIL.sub("", _SUBJ_LEAD.sub("", head[:verb.start()]))
    earlier = _EARLIER_EVENT.search(subj)
    if earlier:         # 市国资委组织收听收看X并随即召开Y: the holder is written before the first verb
        subj = subj[:earlier.start()]
    # (市村(社区)“两委”换届工作领导小组召开: a bracketed or quoted word inside the holder's name,
    # not after it: 各县(市)随即召开续会)
    if not subj or not all(R.HAN.match(c) or c in "()“”" for c in subj) or not R.HAN.match(subj[-1]) or len(subj) > 24 \
            or subj.startswith("会议"):
        return None     # (下午，会议移师柯桥区召开全体会议: the meeting reported goes on elsewhere, no holder)
    return subj


# X会议(已)(第一时间/专题)传达学习(了)Y精神: a meeting named as the subject of a relay verb
_SUBJECT_RELAYS = re.compile(r"[”\"]?(?:已|也|还|均)?(?:第一时间|专题|及时|认真|深入|集中)*"
                             r"(?:传达学习|学习贯彻|传达贯彻|贯彻落实|传达|学习|贯彻)了?[“\"]?")


def subject_relays(text: str, events) -> list[tuple]:
    """(later, earlier) for a meeting a sentence names as the one that relayed another
    (会议指出，N日召开的省委常委会会议已传达学习全国X大会精神): not the current
    meeting's relay, but the named one's, told as background."""
    out = []
    for (span, local, kind), (next_span, other, next_kind) in zip(events, events[1:]):
        if kind == "mention" and next_kind == "relay" and other is not local \
                and _SUBJECT_RELAYS.fullmatch(text, span.end, next_span.start):
            out.append((local, other))
    return out


def city_of(subj: str) -> str | None:
    """The prefecture a subject names by itself (佳木斯市, 佳木斯), else None."""
    return R.prefectures().get(subj, (None,))[0]
