"""Who chaired and who attended which meeting, read at every place an official is named.

  NAME主持召开X / NAME深入…，并在某地主持召开X / NAME参加X后主持Y    chaired X (Y)
  NAME(随即)主持(会议)      chaired the current meeting
  NAME在X上的讲话 / 在X上强调 / 在X期间讲话 / 在X、Y上的讲话   attended X (and Y)
  X会议上(POSTS)NAME的讲话      attended X
  NAME ... 出席/参加/列席/收听收看/讲话/强调/指出/作部署/传达/就...  attended the current meeting(s)
  NAME(书记)的讲话… (opening a sentence right after one about meeting X)   attended X
  听取了NAME(关于…)的汇报 / 报告 / 说明   attended the current meeting(s)
  …X会议精神和NAME在会上的讲话  attended X (the meeting named just before)
The verb is the first role verb after the name in its sentence, so a list of names shares
the verb that closes it (甲, 乙, 丙出席会议). The party leader quoted in a local report
(习近平总书记强调…) is given a role only by the explicit forms, and a national leader's
强调/指出 gives none either: a local report quotes them without their being there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract import relation_lists as RL, resources as R
from kg.extract.meetings import Timeline
from kg.extract.names import JOINS_ZUO
from kg.extract.presence_roles import present_at
from kg.extract.sentences import Sentence

# 主持召开 right after the name, maybe with a date, a time or a place first
# (甲、乙随即主持召开X: both; 甲于5日下午主持召开X)
_CHAIR_GAP = re.compile(r"(?:[、和与][^,，。；;、]{2,12}?)?(?:于?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚)?(?:在[^,，。]{1,10})?"
                        r"(?:随即|立即|亲自|接着|紧接着|随后)?主持(?:召开)?(?:了|的)?|(?:随即|立即|亲自)?召开了?")
# (甲随即召开X: his; 甲主持约谈会: the meeting named right after 主持, whatever it is called)
# 甲深入X县，实地察看…，并在X县主持召开Y: after a tour told of the same person
_TOURED_THEN = re.compile(r"(?:随即|立即)?(?:深入|来到|前往|赶赴|赴|到)[^。；;]{2,60}?[,，]并(?:在[^,，。]{1,10})?主持召开了?")
_TITLE = re.compile(r"(?:总书记|书记|同志|副总理|总理|委员长|主席)?")
_CHAIR_CURRENT = re.compile(r"(?:随即|立即|亲自)?主持(?!召开[^,，。会]{2,})")
# 在X上的讲话, maybe with the day between (在2月3日X上的重要讲话), 在参加/主持X时的讲话, or after what
# else the person said (习近平总书记关于X的重要论述和在Y上的重要讲话精神)
_AT_GAP = re.compile(r"(?:[、和][^,，。；;在]{1,16}?)?(?:代表[^,，。在]{1,8})?(?:关于[^。；;]{1,30}?的重要(?:论述|指示|讲话|批示)(?:精神)?[，,]?(?:和|以及|及))?"
                     r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日)?在(?:(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|" + R.PAST_DAY + r")(?:召开的)?)?(?:参加|主持)?"
                     f"(?:第[{R.NUM}\\d]+次)?")     # 在第三次中央X座谈会上: the ordinal counts the meeting
_CITED = re.compile(r"的(?!(?:重要)?(?:讲话|报告|工作报告|说明))")
_AT_THAT = re.compile(r"在(?:该|此)?会上(?:的|作|发表|强调|讲话|指出|对|就|提出|要求|部署)")
# (7月21日，X会议传达学习了Y精神，NAME在会上强调: a day before the subject X changes nothing)
_SUBJECT_START = re.compile(rf"(?:(?:(?:\d{{1,2}}月)?\d{{1,2}}日|{R.TODAY}|{R.PAST_DAY}|当天|当日|日前|近日)(?:上午|下午|晚上)?[,，]?)?")
# 传达学习X会议精神和省委常委甲讲话要求: a speech relayed, written without 的
_SPEECH_NOUN = re.compile("(?:重要)?讲话(?:精神|要求)")
_RELAYED_SPEECH, _RELAYING = re.compile(r"在(?:该|此)?会上的"), re.compile("传达|学习|贯彻|落实")   # (a speech relayed)
# 在全会上的讲话 / 在大会上强调 / 在续会上要求: the 全会, 大会 or 续会 named last, in this sentence or a few before
_AT_KIND = re.compile(r"在(全会|大会|续会)上(?:的|作|发表|强调|讲话|指出|对|就|提出|要求|部署)")
# the object of a relay verb in its clause, maybe after posts (落实省委书记X… / 贯彻省委书记、省级总田长X…);
# or a later object, after the spirit of a meeting (传达学习全省X大会精神和省委书记X讲话要求 /
# …，以及省委常委会会议精神和省委书记X讲话要求)
_CITED_BEFORE = re.compile(r"(?:传达|贯彻|落实|领会|对照|宣读)(?:学习|贯彻|落实)?了?[^,，。；;:：]{0,16}$")
_CITED_AFTER_SPIRIT = re.compile(r"(?:精神|部署|要求)[,，]?(?:和|及|以及)[^,，。；;:：、]{0,12}$")
# 某某在某市调研时的重要讲话 / 调研时对…提出要求: said on a tour, not at the meeting relaying it
_TOURED = re.compile(r"在[^,，。；;]{1,12}(?:调研|考察|视察)(?:工作)?(?:时|期间)(?:的|对)")
# 传达了全国X会议上市场监管总局副局长NAME的讲话精神: between the meeting and the name only posts
# (国家药监局党组书记、局长NAME: maybe several)
_POSTS_AFTER_AT = re.compile(r"上(?:(?!的|和|及|与|学习|传达|贯彻)[^,，。；;：:“”\"]){0,24}")
# 甲与乙共同主持 / 甲、乙联合主持 / 甲市委书记甲，乙市委书记乙共同主持: two chairs or more; what
# stands between the first and the verb is the others, and 共同 between the last and the verb
_CO_CHAIR = re.compile(r"(?:(?:与|和|同|、)[^,，。；;：:]{1,30}?|(?:[,，][^,，。；;：:]{1,30}?){1,4})?(?:共同|联合|一同)")
# 甲在主会场主持会议: where the chair sat is no other verb's
# (甲以市委金融委员会主任身份主持会议: the capacity the chair sits in)
_CHAIR_AT = re.compile(r"在[^,，。；;、]{1,10}(?:主会场|分会场|会场)|以[^,，。；;]{1,20}?身份")
# 市委书记甲对做好X工作作出批示: a written instruction read out, its author not there
_INSTRUCTED = re.compile(r"[^,，。；;]{0,40}?(?:作出|作了|做出)(?:重要|书面)?批示")
# 会上，…: the sentence tells what was done at the current meeting
_AT_IT_OPEN = re.compile("(?:会上|会议上|座谈会上)[,，]")
# 颍上县分会场：县委书记甲，县长乙 (a line of a 参加会议的有 list): who sat at that venue
_VENUE_OPEN = re.compile(r"[^，,。；;：:]{1,16}(?:主会场|分会场)(?:[（(][^）)]{1,10}[）)])?[:：]")


@dataclass(frozen=True)
class Role:
    name: str
    meeting: str
    chaired: bool
    sentence: int
    start: int          # offsets in Report.text of the evidence (name ... verb)
    end: int
    qualifier: str | None = None    # "branch-venue" (在分会场…), "speaker" (讲话/强调…)


@lru_cache(maxsize=None)
def _verb_re() -> re.Pattern:
    # (…工作领导小组成员单位负责同志在分会场参加了: the 作 of 工作 is no verb; 对专项行动作具体安排:
    # the 动 of 行动 is more often before a verb 作 than in 动作)
    words = R._alt(R.role_verbs()).split("|")
    zuo = "".join(sorted(JOINS_ZUO - set("动")))
    return re.compile("|".join(f"(?<![{zuo}]){w}" if w.startswith("作") else w for w in words))


EXPLICIT, PRESENCE, ANY = "explicit", "presence", "any"


def roles(sentences: list[Sentence], names: dict[str, str], timeline: Timeline,
          national: frozenset[str] = frozenset()) -> list[Role]:
    """`names`: every official of the report -> which statements may give a role:
    EXPLICIT (主持召开X / 在X上 only: the party leader quoted), PRESENCE (also 出席/参加/主持
    of the current meeting: national leaders, whose 强调/指出 a local report quotes), ANY; at
    the `national` meetings no speech is quoted (国家卫健委副主任甲发言 at the ministry's 部署会)."""
    out: list[Role] = []
    for s in sentences:
        local = not set(timeline.current.get(s.index, ())) <= national
        for name, mode in names.items():
            for pos in _occurrences(s.text, name):
                out.extend(_roles_at(s, pos, name, mode if local or mode != PRESENCE else ANY, timeline, names))
    return out


def _occurrences(text: str, name: str):
    pos = text.find(name)
    while pos >= 0:
        after = pos + len(name)
        if R.name_follower_regex().match(text, after) or text.startswith(("总书记", "书记", "同志"), after):
            yield pos
        pos = text.find(name, after)


def _roles_at(s, pos, name, mode, timeline: Timeline, everyone=()) -> list[Role]:
    text = s.text
    after = pos + len(name) + len(_TITLE.match(text, pos + len(name)).group())
    spans = timeline.spans.get(s.index, [])
    current = timeline.current.get(s.index, [])

    def role(meeting, chaired, end, qualifier=None):
        return Role(name, meeting, chaired, s.index, s.offset(pos), s.offset(end), qualifier)

    # 主持召开X / 在X上(的讲话)
    for n, (span, mid, kind) in enumerate(spans):
        gap = text[after:span.start]
        if _CHAIR_GAP.fullmatch(gap) or _TOURED_THEN.fullmatch(gap):
            return [role(m, True, span.end) for m in RL.joined_held(text, spans, n)]
        # (在X上的讲话 names one meeting spoken at; 在A、B上的讲话 each of a list)
        if _AT_GAP.fullmatch(gap) and (listed := [spans[n]] if span.in_speech else RL.listed_to_speech(text, spans, n)):
            listed = RL.respectively(text, spans, n, pos, after, everyone) or listed
            chaired = "主持" in gap         # (在主持X时的讲话: the chair's)
            return [role(m, chaired, sp.end, None if chaired else "speaker") for sp, m, _ in listed]
    # …省委常委会会议精神和省委书记宋明远在会上的讲话: 会 is the meeting just named before
    if _AT_THAT.match(text, after):
        # (X会议对贯彻落实Y会议精神作出部署，NAME在会上强调: the subject X, not the Y it relays)
        named = [mid for span, mid, kind in spans if span.end <= pos]
        subject = [mid for span, mid, kind in spans[:1]
                   if _SUBJECT_START.fullmatch(text, 0, span.start) and kind == "mention"]
        if _RELAYED_SPEECH.match(text, after) and _RELAYING.search(text, 0, pos):
            # 在收听收看X后召开Y，传达学习会议精神和NAME在会上的讲话: a speech relayed was given at
            # the meeting relayed (会议精神 stands for X), not at the one relaying it
            named = [mid for mid in named if mid not in current] or named
        if named:
            return [role((subject or named)[-1], False, after + 3, "speaker")]
    if _SPEECH_NOUN.match(text, pos + len(name)) and _RELAYING.search(text, 0, pos):
        return []       # 传达学习X会议精神和省委书记甲讲话要求: a speech cited, at no meeting told here
    if RL.SPEECH_AFTER.match(text, pos + len(name)):
        spoken_at = [mid for span, mid, _ in spans if span.end <= pos and _POSTS_AFTER_AT.fullmatch(text, span.end, pos)]
        spoken_at = (spoken_at or RL.said_first(text, spans, pos, current)
                     or RL.relayed_named(spans, pos, current, timeline.relays))
        if spoken_at:
            return [role(spoken_at[-1], False, after, "speaker")]
    kind_at = _AT_KIND.match(text, after)
    if kind_at:
        meant = RL.last_of_kind(kind_at.group(1), s.index, pos, timeline)
        if meant:
            return [role(meant, False, kind_at.end(), "speaker")]
    # 赵某书记的讲话… right after a sentence about meeting X
    if RL.speech_opens(text, pos, pos + len(name)):
        earlier = [mid for _, mid, _ in timeline.spans.get(s.index - 1, [])
                   if mid not in timeline.current.get(s.index - 1, [])]
        if earlier:
            return [role(earlier[0], False, after, "speaker")]
    if mode == EXPLICIT or not current or _CITED_BEFORE.search(text, 0, pos) or _TOURED.match(text, after) \
            or _INSTRUCTED.match(text, after) \
            or _CITED_AFTER_SPIRIT.search(text, 0, pos) and _RELAYING.search(text, 0, pos):
        return []       # (贯彻落实省委书记X对Y所作批示: X is cited, not at the meeting)
    if (listed := RL.present_listed(text, spans, pos, current)) is not None:     # 出席会议的有：甲、乙
        return [role(mid, False, pos + len(name)) for mid in listed]
    if _CHAIR_CURRENT.match(text, after):
        return [role(mid, True, after + 2) for mid in current]
    if heard := RL.heard_end(text, pos, after):
        return [role(mid, False, heard, "speaker") for mid in current]
    verb = _verb_re().search(text, after)
    if verb is None and (venue := _VENUE_OPEN.match(text)) and venue.end() <= pos:
        return [role(mid, False, after, "branch-venue" if "分会场" in venue.group() else None) for mid in current]
    if verb is None and mode == ANY and _AT_IT_OPEN.match(text):
        # 会上，庭长甲结合审结的纠纷讲解了…: what a person does at the meeting, whatever the verb
        return [role(mid, False, after, "speaker") for mid in current]
    if verb is None or (mode == PRESENCE and verb.group() not in R.presence_verbs()):
        return []
    if _CITED.match(text, verb.end()) and verb.group() not in R.presence_verbs():
        return []       # 落实市委书记X提出的各项要求: what X said elsewhere (X所作的讲话 is here)
    if R.role_verbs()[verb.group()] == "attended" and verb.group() in R.presence_verbs() \
            and (present := present_at(s, pos, after, verb, timeline, role)) is not None:
        return present
    gap = text[after:verb.start()]
    chaired = R.role_verbs()[verb.group()] == "chaired" and (not gap.strip("、,， ") or _CO_CHAIR.fullmatch(gap)
                                                             or _CHAIR_AT.fullmatch(gap))
    qualifier = ("branch-venue" if "分会场" in text[after:verb.end()]
                 else None if verb.group() in R.presence_verbs() else "speaker")
    return [role(mid, chaired, verb.end(), None if chaired else qualifier) for mid in current]
