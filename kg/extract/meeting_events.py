"""What a sentence says about a meeting it names: held here, watched at a venue, held
before the current one, relayed, spoken at, planned.

  held     X召开 / 召开X / 主持召开X / X举行           (a meeting takes place)
  venue    组织收听收看X / 收看收听X                    (attended from a local venue)
  prior    在X后 / X结束后 / X召开后 / 在收听收看X后    (the next meeting relays X)
  stage    在X上强调 / 在X上讲话                        (a speaker at X; X is reported)
  scene    在X上，NAME…参加                             (this sentence's roles are at X)
  relay    传达学习X精神 / X上的讲话精神 / 按照X部署     (the current meeting relays X)
  scene    X会上，NAME…通报 (opening the sentence)     (as 在X上，)
  chaired  甲主持X                                      (the meeting told, named as a mention)
  future   X即将召开 / 迎接X胜利召开 / 决定近期召开X     (not a held meeting)
  holder   X联席会议召开第一次全体会议                   (X is the body that holds the next)
           X联席会议总召集人 / X联席会议要统筹           (a joint conference as a standing body)
  mention  anything else
"""
from __future__ import annotations

import re

from kg.extract import resources as R
from kg.extract.meeting_labels import is_generic_rest
from kg.extract.meeting_names import SEQUENCE, NameSpan
from kg.extract.meeting_refs import AFTER_CURRENT, FOLLOW_UP_NAMED, NUMBERED_SITTING
from kg.extract.name_scope import core, split_scope

_RIGHT_PRIOR = re.compile(r"[”\"]?(?:召开|举行)?(?:结束)?(?:以)?后|[”\"]?(?:召开|举行)?之后")
# (做好X的筹备工作 / 做好X各项准备: a sitting still being prepared)
_RIGHT_FUTURE = re.compile(r"[”\"]?(?:即将|将|将于[^,，。]{0,12})召开|[”\"]?胜利召开|[”\"]?(?:的|各项)(?:筹备|准备)")
# (X以视频会议形式召开 / X通过视频方式举行 / X以视频会议形式随即召开: held, the format said on the way)
# (X今天在长沙召开 / X当日在太原召开 / X1月18日至19日召开 / X（扩大）召开: words between name and verb;
#  X和Y相继召开 / X、Y相继以视频形式召开: two meetings held one after the other, each held;
#  通报了X召开情况: a report on it, not held in this sentence; 20日下午，X接续召开: the next one held)
_RIGHT_HELD = re.compile(r"[”\"]?(?:[(（]扩大[)）])?(?:(?:(?:\d{1,2}月)?\d{1,2}日(?:至\d{1,2}日)?|今天|今日|昨天|昨日|当天|当日)(?:上午|下午|晚上)?)?(?:在[^,，。]{1,24}?)?"
                         r"(?:相继|先后|分别|同时|接续)?(?:(?:以|通过)[^,，。]{1,8}(?:形式|方式)(?:随即|随后)?(?:在[^,，。]{1,24}?)?)?(?:相继|先后|分别|同时|接续)?(?:召开|举行|开幕|闭幕)(?!后|会|情况)"
                         r"(?<!在这里召开)(?<!在此召开)"     # (古田会议在这里召开: a place's history, not a sitting now)
                         r"|[”\"]?由[^,，。；;]{2,24}?主持(?!召开)")     # 反馈会议由市委书记甲主持: held, and chaired
# 会后，X随即召开: held at once after the current meeting (in a headline, X随即召开 may tell of the day's
# next meeting after an event that is none)
_RIGHT_HELD_NEXT = re.compile(r"[”\"]?(?:随即|随后|紧接着|接着)(?:召开|举行)")
_RIGHT_STAGE = re.compile(r"[”\"]?(?:上|时)(?:作|发表)?(?:强调|讲话|指出|要求|表示|部署|(?:交流|表态|典型)?发言|致辞|作出部署)")
# X会议关于Y工作的部署要求: what the meeting decided about a topic is relayed as its spirit
_RIGHT_RELAY = re.compile(r"[”\"]?(?:关于[^,，。；;]{1,20}?的)?(?:(?:上|时)的(?:重要)?讲话|期间(?:的)?(?:重要)?讲话|"
                          r"(?:的)?(?:重要)?讲话精神|(?:有关|相关)?精神|(?:的|有关|相关)?(?:工作|决策)?部署|(?:各项|有关|的)?(?:要求|议定事项))")
_RIGHT_SCENE = re.compile(r"[”\"]?上[,，]")
_RIGHT_HELD_WHEN = re.compile(r"[”\"]?(?:召开|举行)(?:期间|时)[,，]")
_RIGHT_WATCHING = re.compile(r"[”\"]?时[,，]")
_LEFT_FUTURE = re.compile(r"(?:迎接|筹备|开好|确保)(?:[^,，。]{0,4}|[^,，。]{0,10}召开的)$|下一?[次届]$")  # (约定下一次X由Y承办, 筹备6月中旬召开的X)
# 争取本月底前提交领导小组会议审议: a draft still to go before a meeting of no number (提请市十五届
# 人大常委会第九次会议表决: a numbered session, the one the report names)
_LEFT_SUBMITTED = re.compile("(?:提交|提请)$")
# 会议决定，近期召开X / 会议决定，5月10日召开X / 会议决定，今天上午召开X / 拟于下月召开X / 将召开X: decided or
# planned, not yet held (要…抓紧召开续会 / 尽快召开X: asked for; 各学院党委将随即召开会议: to follow)
_LEFT_PLANNED = re.compile(r"(?:决定|拟|计划|准备|将|近期|择期|适时|抓紧|尽快)[,，]?(?:于[^,，。]{0,12}|近期|择期|适时"
                           r"|(?:(?:\d{1,2}月)?\d{1,2}日|今天|明天|今日|明日)(?:上午|下午)?)?(?:随即|陆续|分别)?(?:召开|举行)$")
# X联席会议召开2024年第一次全体会议: the first name is the body holding the second
# (X部际联席会议在京召开全国Y电视电话会议: after a place, only a place-wide meeting is held by X; X会议在武汉
#  举行第一次全体会议 is X's own sitting)
_RIGHT_HOLDS = re.compile(r"[”\"]?(?:召开|举行)(?!后|之后|以后)(?:了)?[^,，。；;\s]{0,30}?(?:会议|会)(?:[,，。；;\s]|$)"
                          r"|[”\"]?[在于][^,，。；;]{1,8}(?:召开|举行)全[国省市县区州盟旗][^,，。；;]{2,40}?会议?(?:[,，。；;]|$)")
# 省X联席会议总召集人柏青云 / 市X联席会议要发挥统筹作用: the conference as a standing body, its post or its duty
_RIGHT_ORGAN = re.compile(r"(?:总|副)?召集人|(?:各)?成员单位|要(?!求)")
_NEXT = re.compile("下一?[次届]")      # (在下一次圆桌会议上通报: a speech's span keeps the words)
_LEFT_VENUE = re.compile(r"(?:收听收看了?|收看收听了?)$")
_LEFT_PRESENT = re.compile(r"出席了?$")
_RIGHT_PRESENT = re.compile(r"[”\"]?(?:并|[,，。；;]|$)")
# (开展 / 进行集体学习: a study session is "carried out" as other meetings are held;
#  召开续会暨Y: Y is the follow-up held, under its second name;
#  召开2024年全市X会议: the year an annual meeting names stays outside its name span)
_LEFT_HELD = re.compile(r"(?:召开了?|举行了?|主持召开了?|开展了?|进行了?)(?:续会暨)?(?:\d{4}年度?)?$")
# 甲主持反馈会议并讲话: the meeting the sentence is about (在主持X时的讲话: words said at X, relayed)
_LEFT_CHAIRED = re.compile(r"(?<![在于])主持了?$")
_RIGHT_AT = re.compile(r"[”\"]?(?:时|上|期间)")
# 随即召开续会，即Y / 续会——Y: Y is the follow-up held, named after it
_FOLLOW_UP_IS = re.compile(f"(?:召开|举行)了?续会{FOLLOW_UP_NAMED}$")
_LEFT_WEAK_HELD = re.compile(r"(?:开展|进行)了?(?:\d{4}年度?)?$")
RELAY_VERB = re.compile("传达|学习|贯彻")
_LEFT_RELAY = re.compile(r"(?:传达|学习|贯彻|落实|领会|按照|根据|对照|结合)[^,，。]{0,8}$")
_LEFT_HELD_NEXT = re.compile(f"在{SEQUENCE}(?:召开|举行)的")
# 在X上， / 在12日召开的X上，: the sentence's roles are at X (会议指出，在12日召开的全省推进会上，甲…作了部署)
_HELD_ON = re.compile(rf"(?:(?:\d{{1,2}}月)?\d{{1,2}}日|此前|日前|近日|前不久|当天|当日|{R.PAST_DAY}|刚才|刚刚)(?:上午|下午)?(?:召开|举行)的")
_LEFT_AT = re.compile(f"在(?:{_HELD_ON.pattern})?")
# (市重要民生商品保供稳价工作领导小组召开: 重要 and 主要 are no directive's 要)
_DIRECTIVE = re.compile(r"(?<![重主])要[^,，。]{0,20}$")
_DECIDED = re.compile(r"(?:决定|建议)[,，:：]?$")
MEETING_SAID = re.compile(r"(?:会议|会上|全会)(?:指出|强调|认为|要求)[,，:：]")
_SPEAKER_SAID = re.compile(f"[{R.CJK}]{{2,4}}(?:指出|强调|认为|要求)[,，:：]")     # (甲强调，全省现场会在湘潭召开)


def kind(text: str, span: NameSpan, clause_start: int) -> str:
    """The kind of one meeting mention (see the module docstring)."""
    right = text[span.end:span.end + 24]
    left = text[clause_start:span.start].rstrip(OPENING)     # 召开“三夏”X会: the verb is before the quote
    if _RIGHT_FUTURE.match(right) or _LEFT_FUTURE.search(left) or _NEXT.match(span.name) \
            or _LEFT_SUBMITTED.search(left) and not NUMBERED_SITTING.search(span.name) \
            or _LEFT_PLANNED.search(text[:span.start].rstrip(OPENING)):
        return "future"
    if _RIGHT_HOLDS.match(text, span.end) and span.start == clause_start \
            or span.name.endswith("联席会议") and _RIGHT_ORGAN.match(right):
        return "holder"
    if span.in_speech:
        if _RIGHT_WATCHING.match(right) and left.strip().startswith(("在收听收看", "在收看收听")):
            return "venue"      # 在收听收看X时，甲…在分会场参加: watched from a local venue
        if _RIGHT_SCENE.match(right) and _LEFT_HELD_NEXT.fullmatch(left.strip()):
            return "held"       # 在随后召开的X上，…: X is held now, after the one before
        if _RIGHT_SCENE.match(right) and _LEFT_AT.fullmatch(left.strip()):
            return "scene"
        return "stage" if _RIGHT_STAGE.match(right) else "relay"
    if _RIGHT_HELD_WHEN.match(right):
        return "scene"          # 全国和全省会议召开时，甲、乙在分会场收听收看: roles at X, told in passing
    said = _SPEAKER_SAID.fullmatch(text, 0, clause_start) or MEETING_SAID.fullmatch(text, 0, clause_start)
    if _RIGHT_SCENE.match(right) and (clause_start == 0 or said) and (span.start == 0 or _HELD_ON.fullmatch(left.strip())):
        # 全省调度会上，NAME通报… / 13日召开的市推进会上，… / 甲指出，刚才召开的X上，…: this sentence's roles are at X
        return "scene"
    if _RIGHT_PRIOR.match(right) or (left.rstrip().endswith(("在收听收看", "在收看收听")) and "后" in right[:8]):
        return "prior"
    if _LEFT_VENUE.search(left):
        return "venue"
    if _LEFT_PRESENT.search(left) and _RIGHT_PRESENT.match(right) and not _LEFT_RELAY.search(left) \
            and not is_generic_rest(core(split_scope(span.name)[1])):
        # 5月16日，省长甲出席全省X大会并讲话: the report tells of X, its day the sentence's (出席会议:
        # the meeting current, whichever it is)
        return "held"
    weak = _LEFT_WEAK_HELD.search(left)
    if weak and _RIGHT_RELAY.match(right) and RELAY_VERB.search(left, 0, weak.start()):
        pass    # 传达学习…配合开展X会议精神: what an organ carried out is relayed, not held here
    elif (verb := _LEFT_HELD.search(_TITLE_END.sub("", left) if left.endswith("》") else left)) \
            or _RIGHT_HELD.match(right) or _RIGHT_HELD_NEXT.match(right) and AFTER_CURRENT.match(text) \
            or _FOLLOW_UP_IS.search(text, max(0, span.start - 8), span.start):
        # (召开《X法》执法检查会议: the law checked is the topic's)
        # 会议决定，X会议10月21日至25日举行: a sitting decided on, not held
        decided = not verb and _DECIDED.search(text, 0, span.start)
        if decided or _DIRECTIVE.search(text[:span.start]):
            return "future"
        # 会议指出，省委召开X，充分体现了…: the meeting's words about one held before it (roles there)
        # (甲强调，全省现场会在湘潭召开: a speaker's words tell of it; the speaker attends this one)
        return "scene" if MEETING_SAID.match(text) else "mention" if _SPEAKER_SAID.match(text) else "held"
    if _RIGHT_RELAY.match(right) or _LEFT_RELAY.search(left):
        return "relay"
    if _LEFT_CHAIRED.search(left) and not _RIGHT_AT.match(right):
        return "chaired"
    return "mention"


OPENING = "“\"‘'"
_TITLE_END = re.compile("《[^《》]{1,40}》$")
# (…以及甲会议、5月29日乙会议精神 / 甲会议、当天上午乙会议精神: the next one's day stands between them)
_LIST_JOIN = re.compile(r"[”\"]?(?:、|和|及|以及|与)(?:(?:(?:\d{1,2}月)?\d{1,2}日|当天|当日|同日|昨天|昨日)(?:上午|下午|晚上)?"
                        r"(?:召开的|举行的)?)?[“\"]?")


def without_followed(spans: list[NameSpan], kinds: list[str]) -> tuple[list[NameSpan], list[str]]:
    """传达学习县推进会续会精神: the follow-up relayed, not also the meeting it followed (that
    one held here, 召开X续会, still relays X, which is not held here too)."""
    followed = {(sp.start, sp.end - 2) for sp, k in zip(spans, kinds) if k == "relay" and sp.name.endswith("续会")}
    held = {(sp.start, sp.end - 2) for sp, k in zip(spans, kinds) if k == "held" and sp.name.endswith("续会")}
    keep = [n for n, sp in enumerate(spans) if (sp.start, sp.end) not in followed]
    return [spans[n] for n in keep], ["relay" if (spans[n].start, spans[n].end) in held else kinds[n] for n in keep]


def listed_kinds(text: str, spans: list[NameSpan], kinds: list[str]) -> list[str]:
    """Meetings listed with 、/和/以及 share what the list's last one says of them
    (…以及甲会议、乙会议精神: both relayed), read from the end of the list back, and what
    the verb before the first says (收听收看甲会议和乙会议: both watched), from the front."""
    out = list(kinds)
    for n in range(len(spans) - 2, -1, -1):
        # (在收听收看甲会议和乙会议后: both watched before, neither the scene of this one)
        if (out[n] == "mention" and out[n + 1] in ("relay", "prior") or out[n] == "venue" and out[n + 1] == "prior") \
                and _LIST_JOIN.fullmatch(text[spans[n].end:spans[n + 1].start]):
            out[n] = out[n + 1]
    # X和Y相继召开: both held
    for n in range(len(spans) - 2, -1, -1):
        if out[n] == "mention" and out[n + 1] == "held" and _LIST_JOIN.fullmatch(text[spans[n].end:spans[n + 1].start]) \
                and _RIGHT_HELD.match(text, spans[n + 1].end):
            out[n] = "held"
    # 收听收看X和Y / 传达学习X、Y: what the verb before the list's first says, from the front
    # (主持召开X会议和Y会议: both held, the verb written once before the first)
    for n in range(1, len(spans)):
        if out[n] == "mention" and _LIST_JOIN.fullmatch(text[spans[n - 1].end:spans[n].start]) \
                and (out[n - 1] in ("venue", "relay")
                     or (out[n - 1] == "held" and _LEFT_HELD.search(text, 0, spans[n - 1].start))):
            out[n] = out[n - 1]
    return out


_CLAUSE_END = re.compile(r"[,，;；:：。!?！？\s]")


def clause_start(text: str, pos: int) -> int:
    """Start of the clause holding `pos` (after the last comma or stop before it)."""
    start = 0
    for m in _CLAUSE_END.finditer(text, 0, pos):
        start = m.end()
    return start


_VIDEO = re.compile(r"以(视频|电视电话)(?:会议)?(?:形式|方式)(?:召开|开到|举行)")
_VENUE = re.compile(r"在([^,，。在设]{0,12}?(?:主会场|分会场))|在([^,，。在]{2,12}?)设(?:立)?(?:了)?(?:主会场|分会场)"
                    r"|设(?:立)?(?:了)?(主会场|分会场)")


def describe(text: str) -> tuple[str | None, list[str]]:
    """(format: video or teleconference, venues) as a sentence says them of the meeting it is about."""
    venues = [next(g for g in v.groups() if g).strip() for v in _VENUE.finditer(text)]
    video = _VIDEO.search(text)
    return video and ("teleconference" if video.group(1) == "电视电话" else "video"), venues
