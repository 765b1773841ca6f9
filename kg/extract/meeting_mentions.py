"""One meeting mention of a sentence resolved to a meeting of the report (meetings.py reads
the sentences in order and keeps the state): the name is completed from its holder
(省委常委会召开扩大会议), its chair's organ or its topic, matched to a meeting seen before
(meeting_coref.py) or added as a new one, and given its day and convener.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import meeting_refs as R
from kg.extract import meeting_scope as S
from kg.extract import name_scope as NS
from kg.extract.branch_organs import branch_of
from kg.extract.county_places import county_lead
from kg.extract.dates import day_after, recalled
from kg.extract.meeting_coref import coreferent
from kg.extract.meeting_labels import Local, is_generic_rest
from kg.extract.meeting_non_names import generic_names
from kg.extract.meeting_plenum import is_plenum_session, sitting
from kg.extract.meeting_short_forms import prior_tail
from kg.extract.meeting_subject import city_of, several_held, subject
from kg.extract.told_sittings import sitting_of_told


def resolve_mention(state, s, span, kind, text, dates, chairs) -> Local | None:
    """The meeting one name span stands for (a new one, or one seen before), or None for what
    names no meeting here (a planned one, a holder, 会议指出). `state`: meetings._State."""
    if kind in ("future", "holder"):
        return None
    name, level, place, rest = span.name, span.level, span.place, span.rest
    if level is None and len(NS.core(rest)) <= 3 and several_held(text, span):
        return None         # (会议指出，省、市相继召开推进会议: the meetings named in full elsewhere, no third)
    subj = subject(text, span) if kind == "held" else None
    if kind == "mention" and level is None and (told := subject(text, span)) and S.level_of_body(told) == "国":
        level = "国"        # 甲指出，4月3日，党中央召开X: the nation's meeting, told in a speech
    subj = subj and branch_of(subj)     # 国家统计局宁波调查队召开: the branch holds it, not the nation
    holder = S.holder(subj, state.region) if subj else None
    # 泽掌镇召开第四次全国文物普查工作部署会: the census is the nation's, not the meeting (州委X办公室召开
    # 全国民族团结进步示范州创建迎检工作调度会: a local organ's sitting on a national title it holds)
    if subj and level == "国" and (NS.CENSUS_LED.match(name) and S.level_of_body(subj) != "国"
                                  or name.startswith("全国") and S.level_of_body(subj) not in (None, "国")):
        level = None
    # (区委常委会召开会议暨区委中心组专题学习: the holder names the sitting before 暨, whatever follows)
    if subj and level is None and not S.convener_in(name.split("暨", 1)[0], state.region):
        level, place, name = S.named_by_subject(subj, holder, name, state.region)
        if span.name == "联组会议" and name == subj + span.name and sitting(NS.core(subj)):
            name = subj         # 县人大常委会第二十次会议举行联组会议: a sitting of the session, the session
    if level is None and kind == "held" and not S.convener_in(name, state.region):
        name, level = S.named_by_chair(span, name, chairs)
    if level is None and text.endswith("总书记", 0, span.start):
        level = "国"                  # 习近平总书记文艺工作座谈会重要讲话: the national meeting he spoke at
    if level == "县" and name.startswith("全区") and (state.region.level == "省" or state.region.in_autonomous_region):
        level = "省"                  # 全区 in an autonomous region (or a city in one) is the region
    if level == "市" and not place and (scopes := NS.split_scope(name)[0]) and scopes[0] in ("全州", "我州", "全盟", "我盟"):
        # 全州X会议 in a county-level city's report (禄丰市): its autonomous prefecture's, not the city's
        # (州委X会议 is placed by its label: meeting_scope.qualified_label)
        above = state.region.place_for(scopes[0][-1])
        place = above if above != state.region.place_for("市") else place
    if subj and level == "市" and not place and name.startswith("全市"):
        place = city_of(subj)       # 佳木斯市随即召开全市X会议 in 富锦市's report: the city named holds its own
    if kind == "held" and level and not place and not subj:
        place, name = S.placed_by_chair(span, name, level, chairs, state.region)
    if kind == "held" and not subj:       # 主持召开专题会，研究X工作
        level, place, name = (S.named_by_topic(text, span, state.region)
                              or chaired_sitting(text, span, state.region) or (level, place, name))
    if kind == "held" and not subj and level is None and span.name == "续会":
        level, place, name, rest = (not s.headline and _carried_on(state, text)) or (level, place, name, rest)
    if not subj and level is None and (told := sitting_of_told(state.current, kind, name, NS.core(rest), text, span.start)):
        return told
    generic = name in generic_names() or (level is None and is_generic_rest(NS.core(rest)))
    # (要把今天现场会部署的各项任务落实到位: an unscoped kind written with 今天, the meeting told)
    today = level is None and text.endswith(("今天", "今日"), 0, span.start)
    if (generic or R.says_this(span) or today) and not (subj and kind == "held"):
        # 会议指出 / 本次会议: the current meeting, not a new one
        return _organ_sitting_before(state, name, level) if kind != "held" else None
    own_rest = NS.split_scope(name)[1]
    if level is None and not place and (county := county_lead(name, state.region)):
        level, place, own_rest = county     # 于都县委常委会会议: the report's county, named
    candidate = Local.new(name, level, place, NS.core(own_rest), s, span, state.region)
    candidate.convener = holder
    if re.sub(f"[{NS.INNER_PUNCT}]", "", span.name) != re.sub(f"[{NS.INNER_PUNCT}]", "", text[span.start:span.end]):
        candidate.derived.add(candidate.names[0])     # one scope of 全省、全市X会议
    exclude, own_day = (), R.own_day(span, dates, text) if kind == "held" else None
    if kind == "held":       # 随后/会后…召开会议 is another meeting than the one before
        # (十年前的今天，X召开Y座谈会: a meeting recalled is none of the report's own)
        recall = recalled(own_day, state.anchor)
        exclude = state.prior_here + (state.current if R.AFTER_CURRENT.match(text) or recall else [])
    elif kind == "relay":
        # 召开民营企业座谈会，学习贯彻在民营企业座谈会上的讲话精神: no meeting relays itself
        # (X召开会议，传达学习Y和全市续会精神: nor one held in the same sentence)
        # (各地召开常委会会议，传达学习在X上的讲话 right after X is told: X, the current meeting till
        # then, is not the one this sentence holds)
        exclude = (state.held_here or state.current) if span.in_speech else state.held_here
    if kind == "relay" and (day := R.written_day(span, dates, text)):
        # 传达7月21日全国X会议和7月28日Y全国X动员部署会议精神: names alike, days apart, two meetings
        exclude = (*exclude, *(m for m in state.meetings if m.date and (m.date.month, m.date.day) != (day.month, day.day)))
    if name.endswith("专题会议") and span.name != name and _chaired_before(text, span.start):
        exclude = (*exclude, *(m for m in state.meetings if "专题" not in m.core))   # its own sitting
    own = state.region.place_for(candidate.level or "")
    if kind == "held" and candidate.place and own and candidate.place != own:
        # 邯郸市随即召开续会 in 武安市's report: another city's, never the report's own 全市 meeting
        exclude = (*exclude, *(m for m in state.meetings if m.level == candidate.level and not m.place))
    existing = (kind == "relay" and prior_tail(candidate, state.prior_here)
                or coreferent(candidate, state.meetings, state.current, exclude,
                              held=kind in ("held", "stage", "venue"), day=own_day, relay=kind == "relay"))
    local = existing or candidate
    if kind == "prior":
        state.prior_here.append(local)
    if kind == "held":
        state.held_here.append(local)
    if existing and is_plenum_session(candidate):
        existing.kinds.add(kind)          # a sitting's name is no name of the plenum
        return existing
    if existing:
        existing.absorb(candidate)
    elif candidate.core in _back_references():
        return None                   # 省、市、县三级会议 with no such meeting named: none of its own
    else:
        candidate.id = f"m{len(state.meetings) + 1}"
        state.meetings.append(candidate)
    local.kinds.add(kind)
    if holder and not local.convener:
        local.convener = holder
    if not local.convener:
        local.convener = S.convener_in(name, state.region)
    R.set_day(local, span, kind, dates, text, _day_held_after(state, text, local))
    return local


def _day_held_after(state, text, local):
    """The day a meeting held 会后…随即 takes when its sentence says none: the day of the
    meeting it follows, where that one is dated (闭幕会后…随即召开X, the report's lead day
    being the session's first; the latest of those held so far), else the lead day."""
    if state.in_speech:
        return None         # (会议指出，…省委随即召开X: held before the meeting that says so)
    next_day = bool(R.NEXT_DAY.match(text))
    if next_day or R.AFTER_CURRENT.match(text) and R.SAME_SITTING.search(text):
        days = [m.date for m in (*state.current, *state.meetings) if m.date and m is not local and "held" in m.kinds]
        day = max(days, key=lambda d: (d.year or 0, d.month, d.day)) if days else state.lead_date
        return day_after(day) if next_day else day
    return state.lead_date


_ORGAN_SITTING = re.compile("^(?:委)?常委会会$")
_BARE_KINDS = ("大会", "全会")


def _organ_sitting_before(state, name: str, level) -> Local | None:
    """列席常委会会议 while the 续会 held after the 市委常委会会议 is current: an organ's sitting
    written short names the one such sitting told before, not the meeting reported now (so does
    在大会上的讲话 the one 大会 told before, while a 续会 is current)."""
    if name in _BARE_KINDS and state.current and all(m.follow_up for m in state.current):
        before = [m for m in state.meetings if any(n.endswith(name) for n in m.names)]
        return before[0] if len(before) == 1 else None
    short = NS.core(name)
    if level is not None or not _ORGAN_SITTING.match(short) or any(m.core.endswith(short) for m in state.current):
        return None
    before = [m for m in state.meetings if m.core.endswith(short)]
    return before[0] if len(before) == 1 else None


@lru_cache(maxsize=None)
def _back_references() -> frozenset[str]:
    return frozenset(NS.core(w) for w in lexicon.words("meeting_back_references"))


# 会议结束后，随即召开续会 / 会议结束后，甲随即主持召开续会 (not 续会——X调度会, 续会(X) or
# 续会，即X, a follow-up named after it)
_CARRIED_ON = re.compile("[,，]?(?:[^,，。；]{2,8}?(?:随即|立即|紧接着|接着)?主持|(?:随即|立即|紧接着|接着)?)"
                         f"(?:召开|举行)了?续会(?!{R.FOLLOW_UP_NAMED}|[(（“])")     # after R.AFTER_CURRENT


def _carried_on(state, text):
    """会议结束后，随即召开续会, a sentence with no one named to hold it: the follow-up of the
    report's own meeting just held is named after it (X会议续会), at its level and place. One
    after a meeting watched at a venue is the watching place's; 各县随即召开续会 is many."""
    held = state.current[0] if len(state.current) == 1 else None
    after = R.AFTER_CURRENT.match(text)
    if not held or "held" not in held.kinds or held.names[0].endswith("续会") \
            or not after or not _CARRIED_ON.match(text, after.end()):
        return None
    name = held.names[0] + "续会"
    return held.level, held.place, name, NS.split_scope(name)[1]


_CHAIRED_BEFORE = re.compile("主持(?:召开)?了?$")


def _chaired_before(text: str, at: int) -> bool:
    # read in a window that holds the longest form (主持召开了), not in a copy of all text before
    return _CHAIRED_BEFORE.search(text, max(0, at - 6), at) is not None
_BARE_SITTING = re.compile("^专题会(?:议)?$")


def chaired_sitting(text: str, span, region):
    """会后，甲主持召开专题会议，听取…汇报: a bare 专题会 that a named person chairs is a sitting of
    its own even where no 研究X follows to name it; it takes the report's own place."""
    if not region.level or not _BARE_SITTING.match(span.name) or not _chaired_before(text, span.start):
        return None
    place = region.place_for(region.level)
    return region.level, place, (place or "") + "专题会议"
