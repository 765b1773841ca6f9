"""How a short form of a meeting's name matches the full name a report gave before it: an
organ's unit written short (局党组会议), a back-reference without 扩大, the kind or topic word
of one scope (全省联席会议, 省防汛会议), an abridgement (国家防总会商调度会), an unscoped tail
(领导小组第三次会议), a plain name of a numbered sitting (X领导小组召开会议) and one part of a
joint name (全省X电视电话会议 of Y全体会议暨全省X电视电话会议)."""
from __future__ import annotations

import re

from kg.extract import resources as R
from kg.extract.meeting_labels import Local
from kg.extract.meeting_refs import NUMBERED_SITTING, in_order, sitting_tail
from kg.extract.name_scope import core, scope_of, split_scope

_UNIT_ORGAN = re.compile("(?:党组|党工委|党委)")
# what ends a part of a joint name (X全会暨Y工作会议) that is a meeting's name of its own
JOINT_HEAD = re.compile("(?:会议|全会|大会|会)$")
_ORDINAL = re.compile(f"第[{R.NUM}]+次")


def organ_tail(short: Local, full: Local) -> bool:
    """局党组会议 after 市经信局党组会议: a unit's organ written short (no scope) once the report
    has named it in full is that organ's one meeting."""
    return (short.level is None and not short.place and len(short.core) >= 4
            and len(full.core) > len(short.core) and short.core in (full.core[-len(short.core):], unwidened(full.core)[-len(short.core):])
            and bool(_UNIT_ORGAN.search(short.core)))


def unwidened(core: str) -> str:
    """党工委会议部署 after X街道党工委(扩大)会议: a back-reference drops the 扩大 of the sitting."""
    return core[:-3] + "会" if core.endswith("扩大会") else core


def kind_tail(short: Local, full: Local) -> bool:
    """全省联席会议 after 全省促进民营经济发展工作联席会议 (same scope, the kind that ends it; ends
    any name of it: 全省推进会 after 全省X会议 that the body calls 全省X推进会)."""
    return (bool(short.level) and short.level == full.level and 3 <= len(short.core) <= 4 and len(full.core) > len(short.core) + 1
            and (full.core.endswith(short.core) or any(core(n).endswith(short.core) for n in full.names)))


def topic_short(short: Local, full: Local) -> bool:
    """省防汛会议 after 全省防汛防旱防风工作视频会议: a level and a topic word is the one meeting
    of that level whose name holds the topic."""
    topic = short.core[:-1]
    return (bool(short.level) and short.level == full.level and short.core.endswith("会")
            and 2 <= len(topic) <= 4 and len(full.core) > len(short.core) and topic in full.core)


_ORDINAL_HEAD = re.compile("^第[一二三四五六七八九十]+(?!次|届)")


def abridged(short: Local, full: Local) -> bool:
    """国家防总会商调度会 after 国家防总防汛抗旱视频会商调度会: the same organ or topic at the head, the
    same kind of sitting at the tail, and nothing the full name lacks (its characters, in order)."""
    a, b = short.core, full.core
    if short.level is None or short.level != full.level or "暨" in b:
        return False          # (one scope, one sitting: X推进会 is not X指挥部会议暨全区推进会)
    # (中央生态环境保护督察动员会 after 中央第三生态环境保护督察组督察X省工作动员会: the full
    #  name's ordinal first, the organ's number)
    b = _ORDINAL_HEAD.sub("", b) if not _ORDINAL_HEAD.match(a) else b
    return a[:2] == b[:2] and abridges(a, b)


def abridges(a: str, b: str) -> bool:
    """`a` (five characters or more) is `b` with characters left out, the kind at the end kept."""
    return len(a) >= 5 and len(b) > len(a) + 1 and a[-3:] == b[-3:] and in_order(a, b)


def prior_tail(short: Local, priors: list[Local]) -> Local | None:
    """X召开后，…传达学习全省督导工作部署视频会议精神: the relayed name, of the level of a meeting
    held before in the sentence and its name's tail, is that meeting written short."""
    return next((m for m in reversed(priors) if short.level and m.level == short.level and len(short.core) >= 4
                 and len(m.core) > len(short.core) and m.core.endswith(short.core)), None)


def tail_of(short: Local, full: Local) -> bool:
    """领导小组第三次会议 after 市X工作领导小组第三次会议: an unscoped tail of a longer name (a numbered sitting)."""
    return short.level is None and not short.place and sitting_tail(short.core, full.core)


# (常务: 市政府常务会议 is the 市政府第五十六次常务会议 of the report)
_YEAR_SITTING = re.compile("(?:[12]\\d{3}年(?:度)?)?第[一二三四五六七八九十百零〇\\d]+次(?=(?:全体|扩大|常务)?会$)|[12]\\d{3}年(?:度)?(?=(?:第.+次)?(?:全体|扩大)?会$)")


def sitting_of(plain: Local, numbered: Local) -> bool:
    """X领导小组召开会议 (a headline) and X领导小组召开2019年第一次会议: one report's plain name
    of an organ's meeting is its one numbered (or dated) sitting."""
    if NUMBERED_SITTING.search(plain.core) or not _YEAR_SITTING.search(numbered.core):
        return False
    # 主席团会议 and 大会主席团第一次会议: the plain name may drop what the organ is part of
    # (X联席会议 and X联席会议2024年全体会议: the organ's plenary sitting is its meeting)
    base = _YEAR_SITTING.sub("", numbered.core)
    return len(plain.core) >= 4 and (base.endswith(plain.core) or _PLENARY.sub("", base).endswith(plain.core))


_PLENARY = re.compile("(?<=会)全体会$")


def joint_part(joint: Local, part: Local) -> bool:
    """收听收看全省老龄工作电视电话会议 (a headline) and the body's 省老龄工作委员会全体会议暨全省老龄工作
    电视电话会议: one part of a joint meeting's name names that meeting, written before or after it
    (but not one said to be held after it: X全会暨县委经济工作会议, then 全会结束后，随即召开县委经济工作会议)."""
    if not any("暨" in n for n in joint.names) or len(part.core) < 4 or part.generic:
        return False
    # (省安委会全体会议(第三次)暨…, its first part, named 省安委会全体会议 before: its number may go
    # unsaid; but the part has its own scope: 县委经济工作会议 of a county's joint plenum is no
    # 省委经济工作会议)
    unnumbered = _ORDINAL.search(part.core) is None
    written = (split_scope(p) for n in joint.names for p in n.split("暨"))
    return any((_ORDINAL.sub("", core(rest)) if unnumbered else core(rest)) == part.core
               and (not scopes or scope_of(scopes[0])[0] in (None, part.level)) for scopes, rest in written)
