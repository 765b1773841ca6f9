"""Meeting names in a sentence: where a name starts and ends, its scope and its core.

A name ends in a meeting noun (会议, 电视电话会议, 全会, 两会...) and starts after the last
word that cannot be part of it (传达学习, 召开, 在, 精神和, a date...). "在X上的讲话" and
"在X期间" take everything between 在 and the noun. Names that share a noun are expanded
("全国、省、市X会议" is three); scope (全国, 江苏省) and core (the rest) match mentions of one meeting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.meeting_non_names import (NESTED_TOPIC, describes, no_sitting_after, not_one_sitting, verb_object,
                                          without_stems, without_topics)
from kg.extract.meeting_plenum import congress_re, number_after_organ, unscoped_scope
from kg.extract.meeting_refs import FOLLOW_UP_NAMED
from kg.extract.meeting_study import is_study_sitting, scoped_study, studied_title, study_heads
from kg.extract.name_scope import (INNER_PUNCT as _INNER_PUNCT, PLACES_COUNTED, ends_with_scope, scope_of, split_scope,
                                  unspecific)
from kg.extract.name_starts import joins_topics, to_scope, whole_place

MAX_NAME = 40
_NOT_AFTER_HEAD = "议会室场员长谈见同签计诊师展所务馆堂址标徽费商战中"     # (项目大会战: a campaign; 国际会议中心: a venue)
_FOLLOW_UP_JOINED = re.compile("暨(?:全|我|本)?(?:省|市|县|区|州|盟|旗|自治区)?续会")
# X推进会暨第五届“天府智库论坛”: a forum joined to the meeting ends their one name
_JOINED_FORUM = re.compile(f"暨(?:第[{R.NUM}\\d]+届)?[“\"]?[\u4e00-\u9fff]{{2,12}}?(?:论坛|峰会)[”\"]?")
_JOINER = re.compile(f"\\d[.．·]\\d|[{R.CJK}]—[{R.CJK}]")      # 6.2级, “9·5”, 河西走廊—塔克拉玛干: inside a name


@dataclass(frozen=True)
class NameSpan:
    start: int                  # offsets in the sentence
    end: int
    name: str                   # as written, one scope (coordinations expanded)
    level: str | None           # 国 / 省 / 市 / 县 / None
    place: str | None           # written place (江苏省, 宿迁市) when the name carries one
    rest: str                   # name without its scope words
    in_speech: bool             # written as 在X上 / 在X期间 (a speech at X)


@lru_cache(maxsize=None)
def _head_re() -> re.Pattern:
    heads = R._alt(lexicon.words("meeting_heads") + lexicon.words("meeting_study_heads"))
    # 人民代表大会制度, 政治协商会议成立N周年: the noun names an institution, not a gathering;
    # 大会主席团 / 会议主持人: a part of the gathering; 人民代表大会常务委员会 (an organ); 以视频会议形式 (a format), 发挥联席会议作用
    # (作大会发言: a speech at the one reported; the organ: 发挥联席会议统筹协调作用, 用好联席会议等平台, 联席会议近期工作, 联席会议成员; X联席会议全体会议: its sitting)
    # (细化会议方案: the plan for a meeting, no meeting; 第五届人民代表大会代表: a deputy of the term, no sitting; 全国人大二次会议江苏代表团审议: the session names the delegation's sitting, one name; 与会人员集体学习了X: a verb; 部务会(扩大)会议: one name; 理事会议事厅: 理事会 and a 议事 noun)
    return re.compile(f"(?:{heads})(?![{_NOT_AFTER_HEAD}])(?<!学习(?=了))(?<!务会(?=[（(]扩大[）)]会))(?![^，。；]{{0,8}}代表团(?:审议|全体会议))(?!(?<=联席会议)(?:全体|扩大)会议)(?!(?<=会议)事)(?!(?<=届人民代表大会)代表(?!团))(?!闭幕会|开幕会|发言|制度|方案|成立|常务委员会|常委会|召集人|副召集人|轮值|办公室|成员|主席|主持|形式|方式|作用|职能|机制"
                      "|统筹协调|等平台|等机制|近期工作|日常工作|各成员单位|各项制度)")


@lru_cache(maxsize=None)
def _stop_re() -> re.Pattern:
    words = R._alt(lexicon.words("meeting_left_stops"))
    dates = f"{R.DATE_FULL.pattern}(?:上午|下午|中午|晚上|晚|早上)?|(?<![\\d])\\d{{1,2}}日(?:上午|下午|中午|晚上|晚)?"
    # 向全会作说明 / 对提交全会审议的文件 / 对会议精神逐项细化 (not 对口/对台): a preposition before the name (X等会议: a list's)
    single = "(?<![面导方指转走趋动偏])向|(?<![反针相绝核面应])对(?![口台外接标照象])|(?<![存所现实正])在|(?<!参)(?<!代表团)与|(?<![涉以普危])及(?=全国|全[省市县区州]|中央|国务院|[省市县区州](?:委|政府|$))|(?<=精神|要求|讲话|部署)及|(?<!合)并(?!购)|(?<!党)(?<!感染)的|把(?![握关])|(?<![高平均对同])等$"
    # 合作协议和市政府常务会议: 和 before an organ's or a whole place's meeting ends the words before it (so does 由, not 自由)
    single += "|(?<![国省市县区州旗盟央院])和(?=全国|全[省市县区州]|中央|国务院|[省市县区州](?:委|政府|$))|(?<!自)由"
    joined = "(?:会议|全会|大会|两会|(?<![运奥])会)[和及、]"     # (十五运会和残特奥会筹备工作会议: games, not meetings)
    return re.compile(f"{dates}|{joined}|{single}|{words}")


@lru_cache(maxsize=None)
def _scope_adverbs() -> re.Pattern:
    """全国切实做好: a scope word, then words of a title worded as a task (meeting_scope_adverbs.txt)."""
    return re.compile(f"(?:全国|全省|全市|全县|全区|全州)(?:{R._alt(lexicon.words('meeting_scope_adverbs'))})+")


@lru_cache(maxsize=None)
def _compound_re() -> re.Pattern:
    return re.compile(R._alt(lexicon.words("meeting_name_compounds")))


def find(text: str) -> list[NameSpan]:
    """Every meeting name in a sentence, in order (coordinated names expanded)."""
    out: list[NameSpan] = []
    for m in congress_re().finditer(text):
        at = text.endswith("在", 0, m.start()) and re.match(r"[”\"]?(?:上|期间)", text[m.end():])
        out.append(NameSpan(m.start(), m.end(), m.group(), "国", None, m.group(), bool(at)))
    for m in _head_re().finditer(text):
        forum = _JOINED_FORUM.match(text, m.end())
        if text.startswith("暨", m.end()) and not (_FOLLOW_UP_JOINED.match(text, m.end()) or forum) \
                or any(s.start <= m.start() < s.end for s in out):
            continue            # X会议暨Y会议 is one name, ending at the last noun
        if text.count("《", 0, m.start()) > text.count("》", 0, m.start()) or no_sitting_after(text, m.end()) \
                or m.group() in study_heads() and not is_study_sitting(text, m.start(), m.end()):
            continue            # inside a document title; 两会期间 (a time); 专题学习X (a verb)
        start, in_speech = _start(text, m.start())
        start = max([to_scope(text, start, m.start())] + [c.end + 1 for c in out if start <= c.start < c.end < m.start() and text[c.end] in "和及、"])  # 二十大和X全会: two
        # X会议续会暨Y会议: Y is the meeting held (X, the one before, is a name of its own)
        follow_up = text.rfind("续会暨", start, m.start())
        if follow_up < 0:       # X会议暨全省续会: the follow-up is a meeting of its own
            cut = text.rfind("暨", start, m.start())
            if cut >= 0 and _FOLLOW_UP_JOINED.fullmatch(text, cut, m.end()):
                start = cut + 1
        if text.startswith("即", start) and text.endswith(("续会,", "续会，"), 0, start):
            start += 1          # 召开续会，即X: X names the follow-up
        # X调度会(续会): the meeting named, the bracket says it follows one
        end = m.start() - 1 if m.group() == "续会" and _BRACKETED.match(text, m.start() - 1) else m.end()
        end = forum.end() if forum else end
        name = text[start if follow_up < 0 else follow_up + 3:end]
        if not_one_sitting(text, start) or verb_object(text, start, m.end()):
            continue            # 每月召开一次X会 / 不召开X会 / 推动会议精神: a kind of meeting, none, or a verb's object
        name = whole_place(name) or name
        if counted := PLACES_COUNTED.match(name):
            name = counted.group().replace("、", "") + name[counted.end():]
        inner = _INNER_DATE.search(name)
        if inner and inner.start() > 0:
            name = name[:inner.start()] + name[inner.end():]    # 中共中央政治局4月30日会议: the date is not the name
        name = number_after_organ(name)
        if describes(name) or name.endswith("续会") and _NAMED_NEXT.match(text, end):
            continue            # 一次十分重要的会议, 要加强联席会议统筹调度: no one gathering; 召开续会——X: X
        out.extend(_expand(start, end, name, in_speech))
    return sorted(without_stems(text, without_topics(text, out)), key=lambda s: s.start)


def _start(text: str, head: int) -> tuple[int, bool]:
    """Where the name ending at `head` begins."""
    left = head
    while left > 0 and head - left < MAX_NAME:
        ch = text[left - 1]
        if ch == "》" and (opening := studied_title(text, left, head)) is not None:
            left = opening          # 召开《信访工作条例》学习暨X推进会: the title studied opens the name
            continue
        if ch == "、" and not ends_with_scope(text[:left - 1]) and text.count("”", left, head) <= text.count("“", left, head) \
                and not PLACES_COUNTED.match(text, left):
            break               # 、 joins scopes (全国、省、市X会议) or quoted words (“县乡一体、条抓块统”X会)
        if not (R.HAN.match(ch) or ch.isdigit() or ch.isascii() and ch.isalpha() or ch in _INNER_PUNCT + "、()（）"
                or left >= 2 and (_JOINER.match(text, left - 2) or ch in "·•‧・" and R.HAN.match(text[left - 2]))):  # “党建引领·国企担当”座谈会
            break
        left -= 1
    segment = text[left:head]
    speech = re.search(r"在(?!.*在)", segment)
    noun = _head_re().match(text, head)
    if speech and re.match(r"[”\"]?(?:上|期间|时)", text[noun.end() if noun else head:]):
        lead = _SPEECH_LEAD.match(text, left + speech.end(), head)    # 在12月11日至12日召开的X上
        start = lead.end() if lead else left + speech.end()
        for m in _JOINED.finditer(text, start, head):     # 在X会议和Y会议上: Y starts after 和
            start = m.end()
        for m in _EVENT.finditer(text, start, head):      # 在重庆主持召开X时: X starts after the verb
            start = m.end()
        return _trim(text, start, head), True
    event = ([None] + list(_EVENT.finditer(segment)))[-1]     # the last verb before the name
    # (召开全省传达学习贯彻省两会精神视频会议: the 省两会 whose spirit is the topic starts after the verbs)
    if event and not _inner_head(text, left + event.end(), head) \
            and not _TOPIC_SPIRIT.match(text, noun.end() if noun else head):
        left = start = left + event.end()       # 召开X会议: X is the name, whatever verbs it holds
    else:
        start, compounds = left, [c.span() for c in _compound_re().finditer(segment)]
        for m in _stop_re().finditer(segment):
            if (m.start() >= 2 and _ORGAN_BEFORE.match(segment, m.start() - 2) and m.group() not in ("对", "向")
                    or any(a <= m.start() and m.end() <= b for a, b in compounds)
                    or m.group() == "与" and joins_topics(segment, start - left, m.start())
                    or _scope_adverbs().fullmatch(segment, start - left, m.end())) \
                    and not _JOINED.fullmatch(m.group()):
                continue                    # (中央全面深化改革委员会: 全面 is part of the organ; 市委全会和Y会议: two)
            if _INNER_DATE.fullmatch(m.group()) and m.start() - (start - left) >= 2 \
                    and (m.end() == len(segment) or _DATED_ORGAN.search(segment, 0, m.start())):
                continue                    # 中共中央政治局4月30日会议 / 国家防总7月9日X会议: the organ's dated sitting
            start = left + m.end()
    return _trim(text, scoped_study(text, left, head, start), head), False


_BRACKETED = re.compile(r"[(（]续会[)）]")
_NAMED_NEXT = re.compile(f"{FOLLOW_UP_NAMED}[^,，。；;:：]{{2,40}}?会")     # 召开续会——X: X is the follow-up
_DAY = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日"
SEQUENCE = "(?:随后|随即|紧接着|接着|之后|当天|同日)"
_INNER_DATE = re.compile(_DAY)
_LOCAL_ORGAN = re.compile("^(?:党委|委)(?!员)")
# 在12月11日至12日召开的X上 / 在随后召开的X上: the day or the sequence is not the name
_SPEECH_LEAD = re.compile(f"(?:{_DAY}(?:(?:至|到|—|-)(?:\\d{{1,2}}月)?\\d{{1,2}}日)?(?:上午|下午|晚上)?(?:召开|举行)?的?"
                          f"|{SEQUENCE}(?:召开|举行)的|参加|主持了?(?!召开))")     # (在主持会议时: the chair, at the one held)
_ORGAN_BEFORE = re.compile("中央|[省市县区]委|党委(?=全面)")     # ending where a stop starts (自治区党委全面依法治区委员会)
_DATED_ORGAN = re.compile("(?:委|委会|局|总|府|部|组|办)$")
_JOINED = re.compile("(?:会议|全会|大会|两会|会)(?:和|及|以及|、)(?:\\d{1,2}月\\d{1,2}日(?:召开|举行)的)?")
_EVENT = re.compile("主持召开了?|召开了?|举行了?|开展了?|进行了?|组织收听收看|组织收看收听|收听收看了?|收看收听了?|(?<!收听)收看了?")


def _inner_head(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a meeting noun of its own (召开会议传达贯彻|会议精神)? One whose
    spirit is the topic (召开学习贯彻X全会精神视频会议, read on past `end`) is inside the name."""
    return any(not text.startswith("暨", m.end()) and not _TOPIC_SPIRIT.match(text, m.end())
               and m.group() not in study_heads() for m in _head_re().finditer(text, start, end))


_TOPIC_SPIRIT = re.compile(f"精神(?![和及与、,，以]|$)|{NESTED_TOPIC.pattern}")


def _trim(text: str, start: int, head: int) -> int:
    # (记者 张某)X会议 / 电（记者某某）X会议: a bracket the name never opened, or a byline's, ends it
    depth = 0
    for n in range(start, head):
        depth += text[n] in "(（"
        if text[n] in ")）":
            depth, start = (depth - 1, start if "记者" not in text[start:n] else n + 1) if depth else (0, n + 1)
    while start < head and text[start] in _INNER_PUNCT + "、)）的了":
        start += 1
    return start


def _one_each(scopes: list[str], rest: str) -> bool:
    """全国、全省两个会议: as many meetings as scopes, one of each (meeting_back_references.txt)."""
    return 2 <= len(scopes) <= 4 and rest == "两三四"[len(scopes) - 2] + "个会议"


def _expand(start: int, end: int, name: str, in_speech: bool) -> list[NameSpan]:
    """全国、省、市X会议 -> 全国X会议, 省X会议, 市X会议; 省市会议 -> 省会议, 市会议."""
    scopes, rest = split_scope(name)
    if unspecific(rest.lstrip("省市县区州盟旗")) and not _one_each(scopes, rest):
        return []               # 中央、省、市有关会议精神 / 中央和省州有关会议: no one meeting
    if len(scopes) <= 1:
        level, place = scope_of(scopes[0]) if scopes else unscoped_scope(name)
        return [NameSpan(start, end, name, level, place, rest, in_speech)]
    out = []
    for scope in scopes:       # 中央和省委X会议: the 委 after the last scope is a local organ's
        level, place = scope_of(scope)
        own = _LOCAL_ORGAN.sub("", rest, 1) if level == "国" else rest
        out.append(NameSpan(start, end, scope + own, level, place, own, in_speech))
    return out
