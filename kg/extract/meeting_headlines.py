"""After a report is read: its headline's and its summaries' references (传达学习省市会议精神,
孙春兰在全国X电视电话会议上强调) join the meeting the body names in full; the smaller merges
(meeting_merge) run first."""
from __future__ import annotations

from kg.extract.meeting_labels import Local
from kg.extract.meeting_merge import (fold, forget, merge_joint_parts, merge_kind_words, merge_plenums,
                                      merge_short_names, merge_sittings, name_joint_parts)
from kg.extract.meeting_refs import in_order
from kg.extract.name_scope import core, split_scope

__all__ = ["merge_headlines"]


def merge_headlines(meetings: list[Local], timeline) -> None:
    """Bare references (省市会议精神) join the one meeting of their level named in full.
    A meeting named only in a headline ("孙春兰在全国X电视电话会议上强调") is the report's
    first held meeting when their scope and kind agree (国务院联防联控机制召开电视电话会议)."""
    name_joint_parts(meetings)
    merge_joint_parts(meetings, timeline)
    merge_plenums(meetings, timeline)
    merge_kind_words(meetings, timeline)
    merge_short_names(meetings, timeline)
    merge_sittings(meetings, timeline)
    for m in [m for m in meetings if m.headline_only and not m.kinds & {"held", "venue", "stage"}]:
        # 传达学习全国全省X会议精神 (a headline) -> the 全国X电视电话会议 the body names: the one
        # meeting of that level whose name holds the headline's in order
        fuller = [x for x in meetings if x is not m and not x.headline_only and x.level == m.level
                  and len(x.core) > len(m.core) >= 3 and in_order(m.core, x.core)]
        if m.level is None and not _relayed(m, timeline):
            continue
        if m.level is None:
            # (传达学习皖浙两省联席会议精神 over the body's X皖浙两省第十四次联席会议精神: an unscoped
            # relayed name is the one meeting the body relays whose name holds it, of any scope)
            fuller = [x for x in meetings if x is not m and not x.headline_only and _relayed(x, timeline)
                      and len(x.core) > len(m.core) >= 3 and in_order(m.core, x.core)]
        elif not fuller and _relayed(m, timeline):
            # 传达学习全国全省全市伏季休渔会议精神 over a body that relays 全国渔业安全生产视频会议:
            # the headline sums up in its own words the one meeting of its level the body relays
            fuller = [x for x in meetings if x is not m and not x.headline_only and x.level == m.level
                      and _relayed(x, timeline)]
            if len(fuller) > 1:
                fuller = [x for x in fuller if _abbreviates(m, x)]
        elif len(fuller) > 1 and _relayed(m, timeline):
            # 传达学习全省老龄工作会议精神 over the body's relayed 全省老龄工作电视电话会议 and the
            # 省老龄委全体会议 it only mentions: the one the body relays
            fuller = [x for x in fuller if _relayed(x, timeline)]
        if len(fuller) == 1:
            fold(meetings, timeline, m, fuller[0])
    for m in [m for m in meetings if m.in_headline and not m.headline_only and m.kinds <= {"relay", "mention"}
              and all(set(core(split_scope(n)[1])) <= set(m.core) for n in m.names)]:
        # 传达学习全国、全省化债工作会议精神 said again in the body (会议认为，全国、全省化债工作会议…):
        # the one meeting of its level the body relays and names in full, never listed beside it
        # (在全国科技大会、国家科学技术奖励大会上的讲话: two; 省推进会 in the body, its short form, is no other name)
        fuller = [x for x in meetings if x is not m and x.level == m.level and _relayed(x, timeline)
                  and _abbreviates(m, x) and not _named_together(timeline, m, x)]
        if len(fuller) == 1 and _relayed(m, timeline):
            fold(meetings, timeline, m, fuller[0])
    held = [m for m in meetings if not m.headline_only and m.kinds & {"held", "venue"}]
    if not held:
        return
    for m in list(meetings):
        if m.bare and m.level and (not m.kinds & {"held", "venue", "stage"} or _watched(m)):
            # 传达学习省市会议精神 (a headline, a summary): the 省 meeting(s) named in full
            same = [x for x in meetings if x is not m and not x.bare and x.level == m.level]
            if m.kinds & {"held", "venue", "stage"} and not (len(same) == 1 and _watched(same[0])):
                continue
            if len(same) > 1:
                forget(meetings, timeline, m)
            target = same[0] if len(same) == 1 else None
        elif not m.headline_only or "relay" in m.kinds and _relayed(m, timeline):
            continue        # (a headline's 传达学习X会议精神 names what the held meeting relays)
        else:
            # 平江县召开防汛工作会议 over a report that watched a 全省 meeting first: the held
            # meeting whose name holds the headline's (会后随即召开全县总田长会议, a second line),
            # else the first held meeting of its own scope
            named = [h for h in held if h.level in (None, m.level) and in_order(m.core, h.core)
                     and len(h.core) > len(m.core) >= 3]
            # (富锦市X续会 over the 全市 meeting 佳木斯市 held first: a meeting of another place is none of it)
            target = named[0] if len(named) == 1 else next((h for h in held if m.level and h.level == m.level
                                                            and (m.place is None or h.place in (None, m.place))), held[0])
            if m.level not in (None, target.level) and not _shortened(target, m) and target not in named:
                target = None
            elif m.place and not target.place:
                target.derived.update(m.names)   # (its name is the body's, not a listed line's)
        if target is None or target is m or not (m.format == target.format or None in (m.format, target.format)):
            continue
        fold(meetings, timeline, m, target)


def _shortened(held: Local, headline: Local) -> bool:
    """The body names the held meeting by the tail of the headline's name, its scope left out,
    maybe enlarged (headline 省林业局党组召开会议, body 局党组（扩大）会议): the headline's scope
    is the meeting's."""
    plain = held.core.replace("扩大", "")
    return held.level is None and len(held.core) >= 4 and headline.core.replace("扩大", "").endswith(plain)


def _watched(m: Local) -> bool:
    """Watched before the report's own meeting (收听收看全省会议后…在合肥分会场收听收看了全省会议):
    its venue is a branch hall of a higher meeting, not the scene of the report's."""
    return "prior" in m.kinds and "held" not in m.kinds


def _abbreviates(short: Local, full: Local) -> bool:
    """全国化债工作会议 for 全国地方政府债务风险化解工作电视电话会议 (not 全国两会): every character
    of the short name's core is in the longer one's."""
    return len(full.core) > len(short.core) and set(short.core) <= set(full.core)


def _named_together(timeline, a: Local, b: Local) -> bool:
    """Both named in one sentence (listed, or one relaying the other): two meetings."""
    return any({a.id, b.id} <= {i for _, i, _ in spans} for spans in timeline.spans.values())


def _relayed(m: Local, timeline) -> bool:
    """Only ever a source of the report's relays (what a meeting passes on), never relaying."""
    return any(r[1] == m.id for r in timeline.relays) and not any(r[0] == m.id for r in timeline.relays)
