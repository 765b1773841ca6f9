"""After a report is read: references that stand for a meeting named in full elsewhere are
merged into it (a plenum without its number, a short name, a joint meeting's first part); the
timeline (meetings.Timeline: current meetings, name spans, relays) follows the merge. The
headline's references (meeting_headlines) are merged after these."""
from __future__ import annotations

import re

from kg.extract.meeting_labels import Local
from kg.extract.meeting_plenum import plenum_key, sitting, unnumbered_plenum, unnumbered_sitting
from kg.extract.meeting_refs import short_form, sitting_key, sitting_of, sitting_tail
from kg.extract.meeting_short_forms import JOINT_HEAD
from kg.extract.name_scope import core

_NUMBERED = re.compile(r"(?:20\d\d年)?第[^第]+次(?:全体)?会$")

__all__ = ["name_joint_parts", "merge_joint_parts", "merge_plenums", "merge_kind_words",
           "merge_short_names", "merge_sittings", "fold", "forget", "rename"]


def name_joint_parts(meetings: list[Local]) -> None:
    """省委十四届八次全会暨省委经济工作会议: one sitting held as both, so the first name is
    also a name of it (other reports name it so: 省委十四届八次全会, 省委全会)."""
    for m in meetings:
        for name in list(m.names):
            first = name.split("暨")[0]
            if first != name and JOINT_HEAD.search(first) and first not in m.names:
                m.names.append(first)
                m.derived.add(first)


def merge_joint_parts(meetings: list[Local], timeline) -> None:
    """贯彻落实全省X推进会精神 (a headline, 全省推进会) over the body's 全省X推进会暨Y会议召开: the
    first part of the one joint meeting that writes it is that meeting, not another."""
    firsts: dict = {}
    for x in meetings:
        for name in x.names:
            if "暨" in name:
                firsts.setdefault(name.split("暨")[0], set()).add(x.id)
    if not firsts:
        return
    for m in list(meetings):
        joint = {i for n in m.names if "暨" not in n for i in firsts.get(n, ())} - {m.id}
        if len(joint) != 1 or m.kinds & {"held", "venue", "stage"}:
            continue
        into = next(x for x in meetings if x.id in joint)
        if m.level == into.level and (m.date is None or m.date == into.date):
            fold(meetings, timeline, m, into)


def merge_plenums(meetings: list[Local], timeline) -> None:
    """市委全会 (the headline, 会议指出市委全会…) and 市委十三届六次全会 in one report: a plenum
    written without its term and session is the one numbered plenum of its level and organ."""
    for m in list(meetings):
        organ, written = unnumbered_plenum(m.core), unnumbered_sitting(m.core)
        if organ is None and written is None or m.kinds & {"held", "venue", "stage"}:
            continue
        # (省纪委全会 and 八届省纪委三次全会: the organ as sitting() writes it)
        numbered = [x for x in meetings if x is not m and x.level == m.level and x.place in (None, m.place)
                    and (organ is not None and plenum_key(_first(x.core)) and plenum_key(_first(x.core))[0] == organ
                         or written is not None and (sitting(_first(x.core)) or ("",))[0] == written)]
        if len(numbered) == 1:
            fold(meetings, timeline, m, numbered[0])


def _first(core: str) -> str:
    return core.split("暨")[0]


def merge_kind_words(meetings: list[Local], timeline) -> None:
    """反馈会前，… then 在随后召开的巡视反馈会议上: a bare kind word (反馈会, 座谈会) mentioned before
    the meeting is named in full is that meeting, when it is the one meeting of that kind."""
    for m in list(meetings):
        if m.level or m.place or not 2 <= len(m.core) <= 3 or m.generic or m.kinds & {"held", "venue", "stage"}:
            continue
        fuller = [x for x in meetings if x is not m and len(x.core) > len(m.core) + 1 and x.core.endswith(m.core)]
        if "relay" in m.kinds or len(fuller) != 1:
            # 联席会议精神 beside 川渝党政联席会议第十一次会议精神: the one numbered sitting of that kind
            # the report relays (联席会议审议通过的政策措施: mentioned, no one other meeting so named)
            fuller = [x for x in meetings if x is not m and "relay" in x.kinds and sitting_key(x.core)
                      and _NUMBERED.sub("", x.core).endswith(m.core)]
        if len(fuller) == 1:
            fold(meetings, timeline, m, fuller[0])


def merge_short_names(meetings: list[Local], timeline) -> None:
    """全国林业和草原工作会议 and, further on, 全国林草工作会议: a name that is a short form of one other
    meeting's of the same level and place (meeting_refs.short_form), held on its day or not
    dated, is that meeting; so is a joint body's meeting named without the sitting's number
    (川渝党政联席会议 beside 川渝党政联席会议第十次会议)."""
    for m in sorted(meetings, key=lambda x: len(x.core)):
        if m.kinds & {"held", "venue", "stage"}:
            continue
        fuller = [x for x in meetings if x is not m and x.level == m.level and m.place in (None, x.place)
                  and m.date in (None, x.date) and (short_form(m.core, x.core) or sitting_of(m.core, x.core)
                                                    or m.level is None and any(sitting_tail(m.core, core(n)) for n in x.names))]
        if len(fuller) == 1 and (m.format == fuller[0].format or None in (m.format, fuller[0].format)):
            fold(meetings, timeline, m, fuller[0])


def merge_sittings(meetings: list[Local], timeline) -> None:
    """川渝党政联席会议第十一次会议 and 推动成渝…重庆四川党政联席会议第十一次会议 in one report: one
    joint conference's numbered sitting (meeting_refs.sitting_key), kept under the held one."""
    by_key: dict = {}
    for m in meetings:
        if (k := next(filter(None, (sitting_key(core(n)) for n in [m.core, *m.names])), None)) is not None:
            by_key.setdefault(k, []).append(m)
    for same in by_key.values():
        days = {m.date for m in same if m.date is not None}
        if len(same) > 1 and len(days) <= 1:
            keep = max(same, key=lambda m: (bool(m.kinds & {"held", "venue", "stage"}), m.date is not None))
            for m in same:
                if m is not keep:
                    fold(meetings, timeline, m, keep)


def fold(meetings: list[Local], timeline, m: Local, into: Local) -> None:
    """m is `into` under another name: one meeting, its spans and relays moved over (a relay
    between the two would now be a meeting relaying itself, so it goes)."""
    into.absorb(m)
    meetings.remove(m)
    rename(timeline, m.id, into.id)
    timeline.relays = [r for r in timeline.relays if r[0] != r[1]]


def forget(meetings: list[Local], timeline, m: Local) -> None:
    """Drop a reference that stands for several meetings named in full elsewhere."""
    meetings.remove(m)
    t = timeline
    t.current = {k: [i for i in v if i != m.id] for k, v in t.current.items()}
    t.spans = {k: [x for x in v if x[1] != m.id] for k, v in t.spans.items()}
    t.relays = [r for r in t.relays if m.id not in r[:2]]


def rename(timeline, old: str, new: str) -> None:
    t = timeline
    t.current = {k: [new if i == old else i for i in v] for k, v in t.current.items()}
    t.spans = {k: [(sp, new if i == old else i, kd) for sp, i, kd in v] for k, v in t.spans.items()}
    t.relays = [(new if a == old else a, new if b == old else b, *rest) for a, b, *rest in t.relays]
