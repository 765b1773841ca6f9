"""Meetings of one report: the reported meeting(s) and every meeting they refer to. The text is
read in order, keeping "the current meeting": the last one held or watched (召开 / 组织收听收看),
outside reported speech (会议指出...). Every mention is matched to a meeting already seen (same scope
and core, or a short form such as 省会议 / 市视频会 / 省委专题会议 for the one meeting of that scope)
or starts a new one. Relays are read off the events: 传达学习X精神 while C is current -> C relays X;
在X后…召开C -> C relays X; 会后…召开C -> C relays the meetings current before."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import meeting_events as E
from kg.extract import meeting_names as N
from kg.extract import meeting_refs as R
from kg.extract import meeting_scope as S
from kg.extract.dates import Anchor, Day, find as find_dates
from kg.extract.jurisdiction import RANK, Region
from kg.extract.meeting_follow_ups import carried_on, name_follow_up, sat_elsewhere
from kg.extract.meeting_headlines import merge_headlines
from kg.extract.meeting_labels import Local, choose_label
from kg.extract.meeting_spans import sentence_events
from kg.extract.meeting_speech import Speech
from kg.extract.meeting_subject import subject_relays
from kg.extract.sentences import Sentence

_RELAYING = re.compile("传达|学习|贯彻|落实|精神|续会|接续")
# 4日晚，甲已主持召开X: held before the current meeting, told as background
_TOLD_BEFORE = re.compile("已(?:主持)?(?:召开|举行)")
_AT_VENUE = re.compile("[主分]会场")


@dataclass
class Timeline:
    """What relations need from the meetings: per sentence, the current meetings and the
    meeting each name span stands for."""
    current: dict[int, list[str]] = field(default_factory=dict)          # sentence -> ids
    spans: dict[int, list[tuple[N.NameSpan, str, str]]] = field(default_factory=dict)  # (span, id, kind)
    relays: list[tuple[str, str, int, int, int]] = field(default_factory=list)   # later, earlier, sent, start, end


def read(sentences: list[Sentence], region: Region, anchor: Anchor, chairs: dict[int, list[tuple[int, tuple[str, ...]]]]
         ) -> tuple[list[Local], Timeline]:
    """`chairs`: per sentence, (offset in sentence, posts of the chair) of 主持召开 statements,
    used to name meetings like 七届常委会第67次会议 after the chair's organ."""
    state = _State(region, anchor)
    for s in sentences:
        state.sentence(s, chairs.get(s.index, []))
    merge_headlines(state.meetings, state.timeline)
    by_id = {m.id: m for m in state.meetings}
    for m in state.meetings:
        sources = [by_id[e] for e in dict.fromkeys(e for l, e, *_ in state.timeline.relays if l == m.id and e in by_id)]
        name_follow_up(m, sources)
    for m in state.meetings:
        m.label = S.qualified_label(choose_label(m), m, region)
    return state.meetings, state.timeline


class _State:
    def __init__(self, region: Region, anchor: Anchor):
        self.region, self.anchor = region, anchor
        self.meetings: list[Local] = []
        self.current: list[Local] = []
        self.timeline = Timeline()
        self.lead_date: Day | None = None
        self._dateline: Day | None = None
        self.prior_here: list[Local] = []
        self.held_here: list[Local] = []
        self._headline_current = False      # the current meetings were set by a headline line
        self._aside = None                  # (("line"|"sentence", n), meetings current before a 会前 aside)
        self._toured_line = None            # 会后，甲带领…走访…: the paragraph tells of no meeting
        self._venue_line = None             # (line, meetings) where a meeting held before was watched
        self.in_speech, self._speech = False, Speech()   # a sentence of the meeting's words

    # ---------------------------------------------------------------- one sentence
    def sentence(self, s: Sentence, chairs):
        # 会前，Y召开。 told, a new paragraph (or sentence, for 会前，与会人员…): back to X
        if self._aside and self._aside[0] not in (("line", s.line), ("sentence", s.index)):
            self.current, self._aside = self._aside[1], None
        text = s.text
        speech = self.in_speech = self._speech.said(s)
        # (会议指出，昨天召开的X: the meeting's 昨天 counts from its own day, not the page's)
        # (湖南日报10月15日讯…。今天上午: 今天 counts from the dateline written before it)
        dates = find_dates(text, self.anchor, self.lead_date if speech else self._dateline)
        self._dateline = self._dateline or next((d.day for d in dates if text.startswith(("电", "讯"), d.end)), None)
        self.prior_here = []
        self.held_here = []
        events = sentence_events(self, s, dates, chairs)
        S.borrow_rest(events)
        self._advance(s, events, speech, dates)
        if not events and (there := sat_elsewhere(self.current, self.meetings, self.timeline.relays, text)):
            self.timeline.current[s.index] = [m.id for m in there]
        if not events and self._venue_line and self._venue_line[0] == s.line and _AT_VENUE.search(text):
            # 我市在分会场收听收看了X。甲在主会场出席；乙在分会场参加会议: the paragraph's venues are X's
            self.timeline.current[s.index] = [m.id for m in self._venue_line[1]]
        if not events and R.TOUR_AFTER.match(text):
            self._toured_line = s.line
        if self._toured_line == s.line:
            self.timeline.current[s.index] = []     # (陪同走访的村党总支书记甲表示: at no meeting)
        if R.ALL_TOLD.search(text) and not speech:     # 甲参加上述会议
            self.timeline.current[s.index] = [m.id for m in self.meetings if "held" in m.kinds]
        self._describe(s)

    # ---------------------------------------------------------------- current meeting, relays
    def _advance(self, s, events, speech, dates):
        # 在X上，… / 在分会场收听收看了X (held before the current meeting): roles at X, not current
        # (a current meeting known from the headline only does not count: the body tells the
        # day in order, 收听收看X后 我市随即召开Y / 我市在分会场收听收看X。…参加会议。会后，召开Y)
        scene = _unique([l for _, l, k in events if k == "scene"
                         or k == "venue" and "prior" in l.kinds and self.current and l not in self.current
                         and not (self._headline_current and not s.headline)])
        if scene:
            self.timeline.current[s.index] = [m.id for m in scene]
            self._venue_line = (s.line, scene) if any(k == "venue" for _, _, k in events) else None
            return
        held = [l for _, l, k in events if k in ("held", "venue", "this")]
        # 5月27日，X主持召开Y (Y, which the current meeting relays, told as background): the
        # sentence's roles are at Y, but later sentences are still about the current meeting
        # (held days before it: a relayed meeting held that day is the report's too, 会后…召开)
        sources = {e for l, e, *_ in self.timeline.relays if any(l == c.id for c in self.current)}
        background = bool(_TOLD_BEFORE.search(s.text))
        if held and not speech and self.current and all(
                (l.id in sources or background) and l not in self.current and R.held_before(l, self.current)
                for l in held):
            self.timeline.current[s.index] = [m.id for m in _unique(held)]
            return
        if held and speech and self.current and all(l not in self.current and R.held_before(l, self.current)
                                                    for l in held):
            self.timeline.current[s.index] = [m.id for m in _unique(held)]     # roles there, then back
            return
        prior = [l for _, l, k in events if k == "prior"]
        relayed = [(sp, l) for sp, l, k in events if k == "relay"]
        if held and not speech:
            previous = self.current
            # (会前，与会人员收听收看了Y: the current meeting's own people; the next sentence is its again)
            aside_of = ("sentence", s.index) if "与会" in s.text else ("line", s.line)
            self._aside = (aside_of, previous) if previous and R.BEFORE_CURRENT.match(s.text) else None
            self.current = _unique(R.held_then(s.text, [(sp, l) for sp, l, k in events if k in ("held", "venue", "this")])
                                   if s.headline else held)
            self._headline_current = s.headline
            if R.AFTER_CURRENT.match(s.text) and (
                    all(k == "venue" for _, _, k in events if k in ("held", "venue"))
                    or R.SAME_SITTING.search(s.text) and self._above_own(previous + self.current)):
                # 会议结束后，紧接着收听收看了X / 会后，市里接续召开X (both above the report's
                # level): one branch venue watched both, in one sitting
                self.current = _unique(previous + self.current)
            for later in self.current:
                for earlier in prior:       # (X结束后，随即召开Y: held right after the report's own X, Y carries it on)
                    if not R.own_sitting(earlier, self.region) or later.follow_up or R.SAME_SITTING.search(s.text):
                        self._relay(later, earlier, s)
                if R.AFTER_CURRENT.match(s.text) and not prior:
                    # 会后…召开X传达… / 会后，甲随即主持召开X (held at once after Y): X carries Y on
                    for earlier in previous:
                        if _RELAYING.search(s.text + "".join(later.names)) \
                                or R.SAME_SITTING.search(s.text):
                            self._relay(later, earlier, s)
                if later.follow_up and later not in previous and not any(l == later.id for l, *_ in self.timeline.relays):
                    for earlier in carried_on(later, previous, self.region.level):    # X召开…。当晚，我市召开续会
                        self._relay(later, earlier, s)
            # X召开，会后我省接着召开续会: a follow-up relays the meetings held before it in the sentence
            order = [l for _, l, k in events if k in ("held", "venue")]
            for n, later in enumerate(order):
                if later.follow_up:
                    for earlier in order[:n]:
                        if earlier is not later and not earlier.follow_up:
                            self._relay(later, earlier, s)
        elif not self.current:
            stage = [l for _, l, k in events if k == "stage"]
            self.current = _unique(stage or held)
        for later in self.current:
            for span, earlier in relayed:
                self._relay(later, earlier, s)
        for later, earlier in subject_relays(s.text, events):
            self._relay(later, earlier, s)
        for span, inner, kind in events:              # 全省传达学习贯彻全国两会精神领导干部会议
            for other_span, other, _ in events:
                if other is not inner and span.start <= other_span.start and other_span.end <= span.end \
                        and span.end - other_span.end > 2 and E.RELAY_VERB.search(span.name):
                    self._relay(inner, other, s)
        self.timeline.current[s.index] = [m.id for m in self.current]

    def _above_own(self, meetings) -> bool:
        """Every meeting is above the report's own level (a county watching a province's and a city's)."""
        own = RANK.get(self.region.level or "")
        return own is not None and all(RANK.get(m.level or "", own) < own for m in meetings)

    def _relay(self, later: Local, earlier: Local, s: Sentence):
        if later is not earlier:
            self.timeline.relays.append((later.id, earlier.id, s.index, s.start, s.end))

    def _describe(self, s):
        """Format and venues said of the current meeting (会议以视频形式召开, 在X分会场)."""
        held_by, venues = E.describe(s.text)
        for m in self.current:
            m.format = m.format or held_by
            m.venues.extend(v for v in venues if v not in m.venues)


def _unique(items):
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out
