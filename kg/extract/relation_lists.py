"""Which meetings one role takes where a sentence lists several (主持召开X会议和Y会议,
收听收看了全国、全省会议和市续会, 在A、B上的讲话), which meeting a bare 全会 or 大会 means, and
the statements that name a person's meeting without a role verb after the name (出席会议的有：甲,
听取了甲的汇报, 会议指出，X…，省长甲的讲话)."""
from __future__ import annotations

import re

from kg.extract.meeting_events import MEETING_SAID
from kg.extract.meetings import Timeline

KIND_BACK = 4       # sentences back that a bare 在全会上 may look for the 全会 it means
_LISTED, _SPOKEN_AT = re.compile("、|和|及|以及"), re.compile(r"[”\"]?(?:上|期间|时)")    # 在X、Y上的讲话
_HELD_JOIN = re.compile(r"(?:和|及|以及)")


def joined_held(text: str, spans, n: int) -> list[str]:
    """主持召开X会议和Y会议: the chair chairs the held meetings the one verb takes."""
    out = [spans[n][1]]
    for (before, _, _), (span, mid, kind) in zip(spans[n:], spans[n + 1:]):
        if kind != "held" or not _HELD_JOIN.fullmatch(text, before.end, span.start):
            break
        out.append(mid)
    return out


_LIST_JOIN = re.compile(r"(?:、|和|及|以及|与)")


def listed(text: str, spans, n: int) -> list[str]:
    """收听收看了全国、全省会议和市续会: every meeting of the list the one verb takes."""
    out = [spans[n][1]]
    for (before, _, _), (span, mid, _) in zip(spans[n:], spans[n + 1:]):
        if span.start != before.start and not _LIST_JOIN.fullmatch(text, before.end, span.start):
            break
        if mid not in out:
            out.append(mid)
    return out


def last_of_kind(word: str, index: int, pos: int, timeline: Timeline, reach: int = KIND_BACK) -> str | None:
    """The meeting whose name ends with `word` (全会, 大会) named last before `pos`: in the
    sentence, else in the `reach` before it (…三中全会是一次重要会议。习近平总书记在全会上的讲话).
    A follow-up may be written 续会 alone (随即召开续会。甲在续会上要求…)."""
    for back in range(reach):
        spans = timeline.spans.get(index - back, [])
        found = [mid for span, mid, _ in spans
                 if span.name.endswith(word) and (span.name != word or word == "续会") and (back or span.end <= pos)]
        if found:
            return found[-1]
    return None


def respectively(text: str, spans, n: int, pos: int, end: int, names) -> list | None:
    """甲和乙在全省、全市X会议上的讲话: as many speakers as scopes of one name, each spoke at its
    own, in order (the speaker at `pos`, its name ending at `end`, counted within its clause)."""
    first = spans[n][0]
    one = [sp for sp in spans[n:] if (sp[0].start, sp[0].end) == (first.start, first.end)]
    if len(one) < 2:
        return None
    clause = max(text.rfind(c, 0, pos) for c in "，,。；;") + 1
    before = sum(text.count(other, clause, pos) for other in names)
    later = sum(text.count(other, end, first.start) for other in names)
    return [one[before]] if before + later + 1 == len(one) else None


def listed_to_speech(text: str, spans, n: int) -> list:
    """在A、B上的讲话 from A on: A and the spans listed after it, where the last is spoken at."""
    j = n
    while j + 1 < len(spans) and _LISTED.fullmatch(text, spans[j][0].end, spans[j + 1][0].start):
        j += 1
    return spans[n:j + 1] if j > n and _SPOKEN_AT.match(text, spans[j][0].end) else []


# 在主席台就座的还有：甲、乙 / 在分会场收听收看全省会议的还有甲、乙 (at the meeting named)
_PRESENT_BEFORE = re.compile(r"(?:出席|参加|列席|就座|收听收看|收看收听)[^。:：,，的]{0,16}的(?:还)?有(?!关)[:：]?[^。:：]*$")


def present_listed(text: str, spans, pos: int, current: list[str]) -> list[str] | None:
    """出席会议的有：甲、乙: a name listed after the words that say who was present is at the
    meeting they name, else at the current ones; None where no such words lead to `pos`."""
    present = _PRESENT_BEFORE.search(text, 0, pos)
    if not present:
        return None
    named = [mid for span, mid, _ in spans if present.start() < span.start < present.end()]
    return named[:1] or current


_PRESENT_AT = re.compile(r"(?:出席|参加|列席)了?[“\"]?$")


def present_before(text: str, spans, pos: int, verb_end: int) -> list[str]:
    """甲出席常务会议，乙列席会议: a bare 会议 after a presence verb is the meeting the sentence
    named after one before (not the current one, where a follow-up is)."""
    if not text.startswith("会议", verb_end):
        return []
    named = [mid for span, mid, _ in spans if span.end <= pos and _PRESENT_AT.search(text, 0, span.start)]
    return named[-1:]


# 会议听取了市委常委、秘书长甲代表市委办公厅所作的汇报 / 听取了局长丙受市政府委托所作的报告 / 听取了乙关于X的
# 说明: who reports to a meeting is there
# (听取了副市长甲，检察长乙关于X的汇报: each of a list, its names' posts set off by commas)
_HEARD_BEFORE = re.compile(r"听取了?(?:[^。；;，,]{1,30}[，,]){0,4}[^。；;，,]{0,30}$")
_HEARD_AFTER = re.compile(r"(?:[、和，,][^。；;，,]{1,25}?){0,4}?(?:(?:代表|受)[^。；;，,]{1,20}?)?(?:关于[^。；;]{1,80}?)?(?:所作|作)?的(?:工作)?(?:情况)?(?:汇报|报告|说明|通报)")


def heard_end(text: str, pos: int, after: int) -> int | None:
    """Where the report heard from the name at `pos` (ending at `after`) ends, if it is one."""
    heard = _HEARD_AFTER.match(text, after)
    return heard.end() if heard and _HEARD_BEFORE.search(text, 0, pos) else None


_POSTS_ONLY = re.compile(r"(?:[^,，。；;：:\d]{1,14}(?:书记|长|主任|主席)、?)*")


def said_first(text: str, spans, pos: int, current: list[str]) -> list[str]:
    """会议指出，全省推进会对X作出系统部署，省委副书记、省长甲的讲话站位高: a speech whose clause holds
    only the speaker's posts was given at the meeting the sentence opened with (not a current one)."""
    clause = max(text.rfind("，", 0, pos), text.rfind(",", 0, pos)) + 1
    return [mid for span, mid, _ in spans[:1] if span.end < clause and mid not in current
            and MEETING_SAID.match(text) and _POSTS_ONLY.fullmatch(text, clause, pos)]


# (会议指出，X大会是…部署。省委书记甲的讲话，对…提出了明确要求 / 乙强调，市委书记甲的讲话…: the posts
# alone before the name, maybe after who said so)
_SPEECH_OPEN = re.compile(r"^(?:(?:会议|[\u4e00-\u9fff]{2,4})(?:指出|强调)[,，]?)?(?:[^,，。；;：:、\d]{1,14}(?:书记|长|主任|主席))?$")
SPEECH_AFTER = re.compile(r"(?:总书记|书记|同志)?的(?:重要)?讲话")
_SPEECH_CLAUSE = re.compile(r"^[^,，。；;]{2,20}的(?:重要)?讲话[^。；;]*[,，]")
_DEPLOYED = re.compile(r"的(?:重要)?(?:讲话|部署要求|工作部署|部署)")


def speech_opens(text: str, pos: int, end: int) -> bool:
    """省委书记甲的讲话… opens the sentence (the name at `pos`, ending at `end`), or a second
    speaker's clause follows such an opening (…，省长乙的部署要求具体明确)."""
    second = _SPEECH_CLAUSE.match(text) and _SPEECH_OPEN.match(re.split("[,，]", text[:pos])[-1])
    return bool(_SPEECH_OPEN.match(text[:pos]) and SPEECH_AFTER.match(text, end) or second and _DEPLOYED.match(text, end))


def relayed_named(spans, pos: int, current: list[str], relays) -> list[str]:
    """落实组委会第二次会议部署和部长甲的讲话要求: the meeting a current one relays, named last before
    the speaker, is where the speech was given."""
    sources = {earlier for later, earlier, *_ in relays if later in current}
    return [mid for span, mid, _ in spans if span.end <= pos and mid not in current and mid in sources][-1:]
