"""What a meeting mention says beyond its name: its day, and whether it names again a
meeting this report holds (本次常委会会议) or one it held before the next (常务会议结束后).

  set_day       11月10日X / 1月9日召开的X / 在X4月30日会议上 / the lead date of a held X
  named_again   本次常委会会议: the report's held meeting, current again after a side meeting
  own_sitting   a meeting held here at the report's own level: the next one follows it,
                it does not relay it
"""
from __future__ import annotations

import re

from kg.extract import resources as R
from kg.extract.dates import Day
from kg.extract.meeting_labels import Local
from kg.extract.meeting_plenum import sitting
from kg.extract.name_scope import core

# 会后，甲带领镇卫生院医务人员走访了部分村: a visit after the meeting, its people at no meeting
TOUR_AFTER = re.compile(r"^(?:会后|会议结束后)[,，]?[^,，。；;]{0,30}?(?:走访|看望|慰问|实地察看|实地查看|深入)")
AFTER_CURRENT = re.compile(r"^(?:会后|随后|会议结束后|结束后|之后|紧接着|紧随其后"
                           r"|(?:调度|常务|专题|视频|全体|扩大|闭幕|部务|常委会|党组|党委)会(?:议)?后|常委会后"
                           # (X会议结束后: any meeting named as ended; 省会议结束后 is too short to say which)
                           # (会商结束后: a 会商会 ended, written without its 会)
                           r"|续会结束后|[^,，。；;]{2,24}?会(?:议)?结束后|会商(?:会)?(?:结束)?后)")
# 甲、乙参加上述会议: present at every meeting the report has told as held, not only the last
ALL_TOLD = re.compile("(?:参加|出席|列席)了?(?:上述|以上)(?:两个|两次|几个|各)?会议")
# 会前，X召开Y / 此前，9月9日X召开Y: Y was held before the current meeting, which the next
# paragraph goes on telling
BEFORE_CURRENT = re.compile(r"^(?:(?:会前|會前)[，,]|此前(?:一天|一日|两天|几天|不久)?[，,]?)")
# 续会，即X / 续会——X / 续会：X: the follow-up is named right after the word
FOLLOW_UP_NAMED = "(?:[,，]即|——?|[:：])"
SAME_SITTING = re.compile("续会|立即|随即|紧接着|接续")     # held right after, the same day
# 日前/近日…召开X: the report says X was held some day before it, not on the dateline's day
VAGUE_DAY = re.compile(f"日前|近日|近期|前不久|日来|{R.PAST_DAY}|{R.TODAY}")   # (the last ones: no page date to count from)


def held_then(text: str, held: list) -> list:
    """全国X会议召开 我省随即召开Y (a headline): of the meetings a sentence holds, (span, meeting)
    in order, those held 随即 after another, the report's own; all where none is said to follow."""
    for n in range(1, len(held)):
        if SAME_SITTING.search(text, held[n - 1][0].end, held[n][0].start):
            return [m for _, m in held[n:]]
    return [m for _, m in held]


NEXT_DAY = re.compile(r"^(?:又讯\s*)?(?:次日|翌日|第二天)")     # 次日，X主持召开Y: the day after the one told
_THIS = re.compile("本次|此次|这次|该次")
# 5月10日召开的X / 6月11日甲某总书记主持召开的X: the day of the meeting named after it
_HELD_ON = re.compile(r"(?:[\u4e00-\u9fff]{2,8}?)?(?:上午|下午|晚上|晚)?(?:在[^,，。]{1,8})?(?:主持)?(?:召开|举行)的?")


# 昨天，传达学习…以及甲区在收听收看X后召开的续会精神: X comes before a meeting the sentence
# names, not before the one it dates
_PRIOR_OF_ANOTHER = re.compile(r"[”\"]?(?:召开|举行)?(?:结束)?(?:以|之)?后(?:召开|举行)的")
# (7月28日中央纪委国家监委配合开展全国X会议: an organ and what it does, no verb of a relay)
_ORGAN_BETWEEN = re.compile("(?:(?!会|传达|学习|贯彻|召开|举行|研究)[\u4e00-\u9fff]){1,16}")


def _before(span, dates, text):
    # a dateline (11月11日电 / 5月10日讯) dates the report, not a meeting
    return [d for d in dates if d.end <= span.start and not text.startswith(("电", "讯"), d.end)]


def own_day(span, dates, text) -> Day | None:
    """The day written before a held meeting in its sentence (not a dateline)."""
    before = _before(span, dates, text)
    return before[-1].day if before else None


def written_day(span, dates, text) -> Day | None:
    """The day written inside or right before a meeting's name (7月21日全国X会议), else None."""
    inside = [d for d in dates if span.start <= d.start and d.end <= span.end]
    before = inside or _before(span, dates, text)
    if inside or before and (span.start - before[-1].end <= 2 or _HELD_ON.fullmatch(text, before[-1].end, span.start)
                             or _ORGAN_BETWEEN.fullmatch(text, before[-1].end, span.start)):
        return before[0 if inside else -1].day
    return None


def set_day(local: Local, span, kind: str, dates, text: str, lead_date: Day | None) -> None:
    before = _before(span, dates, text)
    inside = [d for d in dates if span.start <= d.start and d.end <= span.end]
    if inside:
        local.set_date(inside[0].day)             # 在中共中央政治局4月30日会议上
    elif before and (span.start - before[-1].end <= 2 or _HELD_ON.fullmatch(text, before[-1].end, span.start)):
        local.set_date(before[-1].day)            # 11月10日中央政治局常务委员会会议 / 1月9日召开的X
    elif kind in ("held", "venue", "prior") and before \
            and not (kind == "prior" and _PRIOR_OF_ANOTHER.match(text, span.end)):
        local.set_date(before[-1].day)
    elif kind in ("held", "venue") and not before and lead_date and not VAGUE_DAY.search(text[:span.start]) \
            and (not AFTER_CURRENT.match(text) or SAME_SITTING.search(text)):
        local.set_date(lead_date)    # (会后…召开X: X's day is not said; it may be the next)


def named_again(span, meetings: list[Local]) -> Local | None:
    """本次常委会会议 / 此次会议: a meeting this report holds, named again (after a side
    meeting held before it: 会议开幕前…主持召开党组会议). The first held meeting whose core
    holds the written one's characters in order; None for a bare 本次会议, which needs no
    match (the current meeting is the one held here anyway). The word may stand inside the
    span (希望X班子以这次民主生活会): what follows it is the name."""
    m = _THIS.search(span.name)
    if not m:
        return None
    written = core(span.name[m.end():])
    held = [x for x in meetings if x.kinds & {"held", "venue"} and not x.headline_only]
    if len(written) < 3:
        return None
    return next((x for x in held if in_order(written, x.core)), None)


def says_this(span) -> bool:
    """本次大会 / 以这次会议 / X班子这次民主生活会: the meeting being told, never a new one."""
    return bool(_THIS.search(span.name))


def own_sitting(m: Local, region) -> bool:
    """常务会议结束后，接着召开专题会议: a meeting this report holds at its own level is
    followed, not relayed (a 全省 meeting a county watched, then relayed, is above it)."""
    return "held" in m.kinds and "venue" not in m.kinds and m.level in (None, region.level)


def in_order(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


SHORT_MIN = 4       # characters of a short core: 工作会 or 推进会 alone names no meeting
SAME_HEAD = 3       # trailing characters both must share: the kind of meeting (工作会, 推进会)
_FORMAT = re.compile("电视电话|视频")


def short_form(short: str, full: str) -> bool:
    """Is `short` a short form of the name core `full`, as reports write one: 林草工作会 for
    林业和草原工作会, 主题教育工作会 for 学习贯彻…主题教育工作会? A Chinese short form keeps characters
    of the full name in their order, from its first, and keeps the kind of meeting whole. A joint
    meeting is also written by its first part and its kind, without the way it was held
    (X工作会 for X暨Y工作电视电话会)."""
    if "暨" in full and (left := full.split("暨", 1)[0]) and short.startswith(left) \
            and len(short) - len(left) >= SAME_HEAD and _FORMAT.sub("", full).endswith(short[len(left):]):
        return True
    if "暨" not in full and not _FORMAT.search(short):
        full = _FORMAT.sub("", full)            # 国家防总会商调度会 for 国家防总防汛抗旱视频会商调度会
    if len(short) < SHORT_MIN or len(short) >= len(full) or short[-SAME_HEAD:] != full[-SAME_HEAD:]:
        return False
    lead = full.find(short[0])
    return lead >= 0 and in_order(short, full[lead:])


def held_before(meeting: Local, current: list[Local]) -> bool:
    """Held on an earlier day than every current meeting (all dated: an undated current meeting is
    often named by a headline before the body tells it held); the year compared where both say it."""
    def earlier(a: Day, b: Day) -> bool:
        return (a.year, a.month, a.day) < (b.year, b.month, b.day) if a.year and b.year \
            else (a.month, a.day) < (b.month, b.day)
    return meeting.date is not None and all(c.date is not None and earlier(meeting.date, c.date) for c in current)


# 党政联席会议第十一次会议: a joint conference's numbered sitting (not 工作联席会议: too common a kind)
_SITTING = re.compile(r"([\u3400-\u9fff]{2})联席会(?:议)?(?:20\d\d年)?第([〇零一二三四五六七八九十百\d]+)次(?:全体)?会$")
_TOO_COMMON = frozenset({"工作"})
_NUMERAL = dict(zip("〇零一二三四五六七八九十", ("0", "0", *map(str, range(1, 11)))))


def ordinal_number(text: str) -> str:
    """第3 and 第三 are one ordinal; longer numerals are compared as written (rare)."""
    return str(int(text)) if text.isdigit() else _NUMERAL.get(text, text)


def sitting_key(name_core: str) -> tuple[str, str] | None:
    """(kind of conference, sitting number) of a joint conference's numbered sitting: the words
    every report keeps, however it names the conference (川渝党政联席会议第十一次会议,
    推动成渝地区双城经济圈建设重庆四川党政联席会议第十一次会议)."""
    m = _SITTING.search(name_core)
    if not m or m.group(1) in _TOO_COMMON:
        return None
    return m.group(1), ordinal_number(m.group(2))


_SITTING_TAIL = re.compile(r"(?:\d{4}年)?(?:第[一二三四五六七八九十百\d]+次)?(?:全体)?会")
_NUMBERED_TAIL = re.compile(r"(?:\d{4}年)?第[一二三四五六七八九十百\d]+次(?:全体)?(?:[(（]?扩大[)）]?)?会")


def sitting_of(short: str, full: str) -> bool:
    """联席会 and 联席会第十次会 / 联席会2024年第一次全体会: the body's meeting and one numbered sitting
    of it (a core ending in 会, as a 联席会议's does; 常委会会议 is 常委会会, no prefix of 常委会第十次会)."""
    if short.endswith("会") and full.startswith(short) and len(full) > len(short) + 1 \
            and _SITTING_TAIL.fullmatch(full, len(short)):
        return True
    # (农垦改革领导小组会议 and 农垦改革领导小组2024年第一次全体（扩大）会议: the organ's meeting,
    # and the one numbered sitting of it)
    organ = short[:-1]
    return short.endswith("会") and len(organ) >= 4 and full.startswith(organ) \
        and bool(_NUMBERED_TAIL.fullmatch(full, len(organ)))


def sitting_tail(short: str, full: str) -> bool:
    """联席会议第七次会议 and 西部陆海新通道…联席会议第七次会议: a numbered sitting (or a plenum: 三中全会,
    二十届三中全会) named by the tail of a longer name is that sitting; so is a sitting numbered by
    term and session whose organ is the tail of the longer one's (十一届五次理事会 and
    中国红十字会第十一届理事会第五次会议)."""
    if len(full) > len(short) >= 4 and full.endswith(short):
        return bool(NUMBERED_SITTING.search(short) and len(short) >= 5 or _PLENUM.fullmatch(short))
    mine, theirs = sitting(short), sitting(full)
    return bool(mine and theirs and mine[1:3] == theirs[1:3] and len(mine[0]) >= 2 and theirs[0].endswith(mine[0]))


NUMBERED_SITTING = re.compile("第[一二三四五六七八九十百零〇\\d]+次")
_PLENUM = re.compile("[一二三四五六七八九十]中全会")
