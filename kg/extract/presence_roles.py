"""Where a presence verb (出席, 参加, 收听收看…) puts the names before it: at the venue of a meeting
named before them (全省推进会温州分会场，甲、乙收听收看了会议), at the meeting named before that
they watched, at the meeting the verb takes (甲在分会场参加全省会议后主持续会: present there, then
chair of the next; …收听收看了全国和全省会议，并参加全县会议: present at the one joined after too).
relations._roles_at asks it once the first role verb after a name is a presence verb."""
from __future__ import annotations

import re

from kg.extract import relation_lists as RL, resources as R

_THEN_CHAIRED = re.compile(r"后[,，]?(?:随即|立即)?主持(?:召开)?了?")
_THEN_JOINED = re.compile(r"(?:[,，]?并|[,，](?:随后|又|接着)|后[,，]?(?:随即|又|接着)?)(?:参加|出席)了?(?=[^,，。；;]{0,20}会)")
_OBJECT_GAP = re.compile(r"了?(?:[^,，。；;]{2,8}?(?:召开|举行)的)?[“\"]?")     # (收听收看了省委召开的X)
# 全省推进会温州分会场，甲、乙收听收看了会议: the named meeting's venue, not the meeting held here
_VENUE_OF = re.compile(r"[^,，。；;、：:]{0,10}?分会场")


def present_at(s, pos: int, after: int, verb: re.Match, timeline, role) -> list | None:
    """The roles of the name at `pos` (its title ending at `after`) that the presence `verb`
    gives, or None where none of these forms is written (the current meetings then)."""
    text = s.text
    spans = timeline.spans.get(s.index, [])
    current = timeline.current.get(s.index, [])
    venue_of = [mid for span, mid, _ in spans if span.end <= pos and _VENUE_OF.match(text, span.end)]
    if venue_of:
        return [role(venue_of[-1], False, verb.end(), "branch-venue")]
    # X召开后，甲、乙在分会场收听收看了大会实况: watched the meeting named before, not the one held here
    watched = [mid for span, mid, _ in spans if span.end <= pos and mid not in current]
    if watched and verb.group() in R.watching_verbs():
        venue = "branch-venue" if "分会场" in text[after:verb.end()] else None
        return [role(watched[-1], False, verb.end(), venue)]
    # 甲、乙在分会场参加X后，…召开Y: present at X, the meeting the verb takes (not Y)
    taken = [n for n, (span, _, _) in enumerate(spans) if _OBJECT_GAP.fullmatch(text, verb.end(), span.start)]
    if not taken and (again := RL.present_before(text, spans, pos, verb.end())):
        return [role(again[0], False, verb.end())]
    if taken:
        venue = "branch-venue" if "分会场" in text[after:verb.end()] else None
        present = [role(mid, False, verb.end(), venue) for mid in RL.listed(text, spans, taken[0])]
        # 甲在分会场参加全省会议后主持续会: then the chair of the next (the current one, unnamed)
        then = _THEN_CHAIRED.match(text, spans[taken[0]][0].end)
        if then:
            named = [mid for span, mid, _ in spans if span.start == then.end()]
            held_next = named or (current if text.startswith(("续会", "会议"), then.end()) else [])
            present += [role(mid, True, then.end()) for mid in held_next[:1]]
        # 甲在县分会场收听收看了全国和全省会议，并参加全县会议: present at the one joined after too
        seen = {p.meeting for p in present}
        joined = None if then else _THEN_JOINED.match(text, max(sp.end for sp, mid, _ in spans if mid in seen))
        if joined:
            named = [mid for span, mid, _ in spans if span.start == joined.end()]
            # (…收听收看了市推进会，并参加续会: the follow-up held, however far back)
            if not named and text.startswith("续会", joined.end()):
                named = [m for m in [RL.last_of_kind("续会", s.index, pos, timeline, s.index + 1)] if m]
            present += [role(mid, False, joined.end()) for mid in (named or current)[:1] if mid not in seen]
        return present
    return None
