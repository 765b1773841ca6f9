"""The meetings one sentence names: each name span's kind (meeting_events) and the meeting it
stands for, one seen before or a new one (meeting_mentions); the report's lead day is taken on
the way, from the first day the body tells. `state` is meetings._State, whose meetings this
extends."""
from __future__ import annotations

from kg.extract import meeting_events as E
from kg.extract import meeting_names as N
from kg.extract import meeting_refs as R
from kg.extract.dates import recalled
from kg.extract.meeting_mentions import resolve_mention


def sentence_events(state, s, dates, chairs) -> list[tuple]:
    """(span, meeting, kind) of each meeting the sentence names, in order; also recorded in
    the timeline's spans."""
    text = s.text
    # (a dateline, 广州5月23日电, dates the report, not the events it tells)
    told = [d for d in dates if not text.startswith(("电", "讯"), d.end) and not recalled(d.day, state.anchor)]
    spans = N.find(text)
    spans, kinds = E.without_followed(spans, E.listed_kinds(
        text, spans, [E.kind(text, sp, E.clause_start(text, sp.start)) for sp in spans]))
    # (汇报了贯彻落实5月10日全省会议部署的情况: the day of a meeting relayed, not of the events told)
    relayed_days = {R.written_day(sp, dates, text) for sp, k in zip(spans, kinds) if k == "relay"}
    told = [d for d in told if d.day not in relayed_days]
    if told and state.lead_date is None and not s.headline:
        state.lead_date = told[0].day
    events = []
    for span, kind in zip(spans, kinds):
        local = R.named_again(span, state.meetings)
        if local:
            kind = "this"
        elif kind == "chaired":
            # 甲主持专题会议: the one just told (or a new one, named as written); the
            # sentence is about it, held that day
            known = len(state.meetings)
            local = resolve_mention(state, s, span, "mention", text, dates, chairs)
            if local and local not in state.current:
                kind = "this"
            if local and len(state.meetings) > known:
                R.set_day(local, span, "held", dates, text, state.lead_date)
        else:
            local = resolve_mention(state, s, span, kind, text, dates, chairs)
        if local is None:
            continue
        events.append((span, local, kind))
        state.timeline.spans.setdefault(s.index, []).append((span, local.id, kind))
    return events
