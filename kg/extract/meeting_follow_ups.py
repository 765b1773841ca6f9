"""Follow-ups (续会): one written bare (我市随即召开续会) named after the meeting it continues, as
later reports name it (市防汛工作续会, 市食品安全委员会全体会议续会); and, while one is current, the
sentences whose roles belong elsewhere: those present at the organ's own sitting it carries on
(出席会议), or told from the main hall of the higher meeting it follows (省主会场上，…)."""
from __future__ import annotations

import re

from kg.extract import name_scope as S
from kg.extract import resources as R
from kg.extract.jurisdiction import RANK
from kg.extract.meeting_labels import Local, choose_label
from kg.extract.meeting_short_forms import JOINT_HEAD

# (残疾人工作委员会 is an organ: its 工作 names no topic of the meeting)
_WORK_TOPIC = re.compile(f"^([{R.CJK}]{{2,12}}?工作)(?!委员会|委|专班)")
_NUMBERED_CALL = re.compile(f"第[{R.NUM}]+次(?:(?!工作|暨)[{R.CJK}])+(?:电视电话|视频)会议")
# 省食品安全委员会第十次全体会议 -> 市食品安全委员会全体会议续会: an organ's plenary, its number left out
_ORGAN_PLENARY = re.compile(f"^([{R.CJK}]{{2,12}}?(?:委员会|委|领导小组|指挥部))(?:第[{R.NUM}\\d]+次)?(全体(?:成员)?会议)$")


def name_follow_up(m: Local, sources: list[Local]) -> None:
    """我市召开续会 after the 全省防汛工作视频调度会议 -> 市防汛工作续会: a follow-up written as a bare
    续会 takes the work topic, or the organ's plenary, of the meeting it continues (the first it relays). One of a
    county the scope words do not list (三台县续会) does so when the meetings it relays share one topic."""
    bare = [n for n in m.names if n.endswith("续会") and _unplaced(S.split_scope(n)[1], m.place) == "续会"]
    label = choose_label(m)
    if not bare or not sources or label not in bare:
        return
    topics = [_topic(source) for source in sources]
    if S.split_scope(label)[1] != "续会" and len(set(topics)) > 1:
        return          # (三台县续会 after two meetings of two topics: which one it carries is a guess)
    topic = topics[0]
    m.names.extend(named for n in bare if topic and (named := n[:-2] + topic + "续会") not in m.names)


def _topic(source: Local) -> str | None:
    """What a follow-up of `source` is named after: its work topic, else its organ's plenary."""
    rest = S.split_scope(choose_label(source))[1]
    # 省政府残疾人工作委员会全体(扩大)会议暨全省残疾人就业帮扶工作电视电话会议: a joint meeting's
    # work topic may be in a later part written as a meeting of its scope (市残疾人就业帮扶工作续会;
    # not 煤矿安全生产暨矿产资源开发秩序整治工作电视电话会议, one meeting on two topics, nor X推进会暨
    # 党管武装工作述职会, a part with no scope of its own)
    parts = rest.split("暨")
    written = [S.split_scope(part) for part in (parts if all(JOINT_HEAD.search(p) for p in parts) else [rest])]
    worked = [found.group(1) for n, (scopes, own) in enumerate(written)
              if (n == 0 or scopes) and (found := _WORK_TOPIC.match(own))]
    # (省续会 after 国务院第五次全国经济普查电视电话会议, a numbered call with no 工作 in it:
    # 省第五次全国经济普查电视电话会议续会)
    return (worked[0] if worked
            else "".join(found.groups()) if (found := _ORGAN_PLENARY.match(rest))
            else rest if _NUMBERED_CALL.fullmatch(rest) else None)


def _unplaced(rest: str, place: str | None) -> str:
    """三台县续会: the county its scope words do not list is no part of the name's rest."""
    return rest[len(place):] if place and rest.startswith(place) else rest


def sat_elsewhere(current: list[Local], meetings: list[Local], relays, text: str) -> list[Local]:
    """While a follow-up is current, the meetings a sentence with no meeting named puts its people
    at, when not the follow-up (one_sitting, main_hall, branch_hall); [] otherwise."""
    return (one_sitting(current, meetings, relays, text) or main_hall(current, meetings, text)
            or branch_hall(current, relays, meetings, text))


# 市委副书记甲，市委常委乙等出席会议 / 丙列席会议: those present at the sitting, the word 会议 its own
_PRESENT = re.compile("(?:出席|列席|参加)了?会议")


def one_sitting(current: list[Local], meetings: list[Local], relays, text: str) -> list[Local]:
    """会后，甲主持召开市委常委会续会 … 乙、丙等出席会议: where an organ's follow-up carries on its
    own sitting, those said present at 会议 (not 续会) sat through both; [] otherwise."""
    if len(current) != 1 or not current[0].follow_up or not current[0].convener or "续会" in text \
            or not _PRESENT.search(text):
        return []
    follow = current[0]
    sitting = [m for m in _relayed_by(follow, meetings, relays)
               if m.convener and m.convener.canonical == follow.convener.canonical]
    return [sitting[0], follow] if len(sitting) == 1 else []


# 省主会场上，副省长甲…，乙主持会议: told from the main hall of a higher meeting, while its follow-up is current
_MAIN_HALL = re.compile("^(?:在)?(全国|国家|省|自治区|市|州)主会场(?:上)?[,，]")


def main_hall(current: list[Local], meetings: list[Local], text: str) -> list[Local]:
    """会后，我市随即召开续会 … 省主会场上，乙主持会议: the roles of a sentence told from a higher
    meeting's main hall are at that meeting (the one of that level seen before), not at the follow-up
    current; [] otherwise."""
    hall = _MAIN_HALL.match(text)
    if not hall or not current or not all(m.follow_up for m in current) or "续会" in text:
        return []       # (在省主会场，甲…参加续会: the province's own follow-up)
    level = "国" if hall.group(1) in ("全国", "国家") else S.LEVEL_OF[hall.group(1)]
    if any(m.level == level for m in current):
        return []
    seen = [m for m in meetings if m.level == level and m not in current]
    return seen if len(seen) == 1 else []


# 甲、乙等在分会场参加会议 (续会 not said): present where the higher meeting was watched
_OWN_HALLS = re.compile("主会场|设(?:立)?(?:了)?分会场|开到|形式|发言")
_AT_BRANCH = re.compile("在[^,，。；]{0,10}分会场(?:参加|出席|收听收看|收看)了?会议")


def branch_hall(current: list[Local], relays, meetings: list[Local], text: str) -> list[Local]:
    """我市随即召开续会 … 丙、丁等在分会场参加会议: while a follow-up is current, those said present
    at 会议 in a branch venue sat at the one meeting it carries on, watched there; [] otherwise."""
    if len(current) != 1 or not current[0].follow_up or "续会" in text or not _AT_BRANCH.search(text) \
            or _OWN_HALLS.search(text) or current[0].format or "主会场" in current[0].venues:
        return []       # (…在主会场参加会议，乙等在分会场参加会议 / 续会以视频形式开到各乡镇，县上设主会场:
        # the follow-up's own venues; 乙在分会场作交流发言: a speaker at it)
    followed = _relayed_by(current[0], meetings, relays)
    return followed if len(followed) == 1 else []


def _relayed_by(later: Local, meetings: list[Local], relays) -> list[Local]:
    """The meetings `later` relays, in the order the report names them."""
    sources = {earlier for each, earlier, *_ in relays if each == later.id}
    return [m for m in meetings if m.id in sources]


def carried_on(follow: Local, previous: list[Local], own_level: str | None) -> list[Local]:
    """X召开…。当晚，我市召开续会: the meetings current till a follow-up is held that it carries on,
    those above it (and, for a county-level city's, its prefecture's: 富锦市's after 佳木斯市's 全市 meeting)."""
    own = RANK.get(follow.level or own_level or "")
    if own is None:
        return []
    parent = R.counties().get(follow.place or "", (None, None))[1]
    return [m for m in previous if not m.follow_up and (RANK.get(m.level or "", own) < own
                                                        or m.place is not None and m.place == parent)]
