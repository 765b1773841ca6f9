"""Policies: named documents, plans, strategies and formally named requirements.

  《X》                          a document (not an article: 文章《X》, nor a newspaper)
  “X”CUE / “X”的…CUE / “XCUE”     a named requirement: “动态清零”总方针, “四早”要求, “四方责任”
  “四应四尽” / “两个维护”          a numbered formula, named by itself
  N条(优化)措施                   二十条 / 二十条措施 / 二十条优化措施 are one policy
  第N版X方案 / X方案(第N版)         第九版防控方案
Each mention has a key (its core, without the cue word) so that “四方”责任 and “四方责任”
in two reports are one policy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from kg import lexicon
from kg.extract import policy_objects, policy_strategies
from kg.extract import resources as R
from kg.extract.sentences import Sentence

MAX_QUOTED = 16
_SHORT_NAME = re.compile(r"[(（](?:以下)?简称[“\"「]([^“”\"「」]{2,16})[”\"」][)）]")
_BOOK = re.compile(r"《([^《》]{2,60})》")
_NOT_DOCUMENT_BEFORE = re.compile(r"(?:文章|署名文章|评论员文章|评论|社论|报道|节目|专栏|栏目|一书|刊发|发表)$")
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』]{2,40})[”\"」』]")
_NUM = f"[{R.NUM}]"
# “两个维护”, “五大任务”, “四应四尽”, and number-word pairs with a longer second word: “三管三必须”
_FORMULA = re.compile(f"^(?:{_NUM}+个[{R.CJK}]{{2,4}}|{_NUM}+大[{R.CJK}]{{2,6}}|{_NUM}[{R.CJK}]{_NUM}[{R.CJK}]"
                      f"|{_NUM}[{R.CJK}]{{1,2}}{_NUM}[{R.CJK}]{{2,3}})$")
_SHORT_FORMULA = re.compile(f"^{_NUM}[{R.CJK}]$")
# a count with its measure word: “五篇大文章”, “四件大事”, “三项改革” (named alone, with no cue after)
_MEASURED = re.compile(f"^{_NUM}+[项件篇张]大?[{R.CJK}]{{2,3}}$")
_COUNTED = re.compile(f"(?:进一步优化[^,，。;；“”]{{0,20}}?的)?({_NUM}{{1,3}})条(?:优化)?(?:防控)?措施")
_EDITION = re.compile(f"第({_NUM}{{1,3}})版([{R.CJK}]{{0,12}}?)方案|([{R.CJK}]{{2,12}}?)方案[(（]第({_NUM}{{1,3}})版[)）]")
_DISEASE = re.compile("新型冠状病毒感染的肺炎|新型冠状病毒肺炎|新型冠状病毒感染|新冠肺炎|新冠")
_CUE_BLOCKERS = "感心制人者"
_SYSTEM_CUES = ("责任制", "负责制")     # cues only after the quotes: “米袋子”省长责任制
_MEETING_END = re.compile("(?:会议|两会|全会|大会)$")
# 把招商引资作为“一把手”工程: a characterisation, not a named policy
_AS_BEFORE = re.compile("(?:作为|当作|当成|列为|视为|成为)$")
# “七下八上”前的主汛期: a period of the year, not a policy
_PERIOD_AFTER = re.compile("(?:前|后|期间|时期|关键期)")
# 中央八项规定, 2022年中央一号文件: documents named by their number
_NUMBERED = re.compile(f"(?:\\d{{4}}年)?(?:中央|中共中央)?{_NUM}{{1,3}}(?:项规定|号文件)")
# 新时代党的治疆方略: the party's strategy for governing a region, named without quotes
_GOVERNING = re.compile(f"新时代党的治[{R.CJK}]方略")
# 《实施意见（讨论稿）》: a back-reference to a document named in full elsewhere
_BARE_TITLE = re.compile(f"^(?:实施|工作|若干|具体|指导)?(?:{'|'.join(('意见', '方案', '决定', '通知', '办法', '决议', '规划'))})"
                         "(?:[(（][^)）]*稿[)）])?$")


# 落实X三年行动方案（2024—2026年）: a plan written without 《》 but with its years is a title
_DATED_PLAN = re.compile(f"(?<=落实|执行|实施|贯彻|对照|按照|印发|出台|制定|通过|审议|推进|围绕)"
                         f"((?:(?![，,。、；;的和与及])[{R.CJK}]){{4,30}}?(?:方案|规划|计划|纲要))"
                         r"[(（](\d{4}\s*[—–\-－~至]\s*\d{4}年)[)）]")


@dataclass(frozen=True)
class PolicyHit:
    key: str            # canonical core: what two mentions of one policy share
    label: str
    written: str
    start: int
    end: int
    sentence: int


@lru_cache(maxsize=None)
def _cue_re() -> re.Pattern:
    cues = R._alt(lexicon.words("policy_cues"))
    return re.compile(f"(?:的[{R.CJK}]{{0,6}}?|[{R.CJK}]{{0,2}}?)(?:各项)?({cues})(?![{_CUE_BLOCKERS}])")


_CODE = re.compile(r"^\d+(?:[+＋]\d+)*$")


@lru_cache(maxsize=None)
def _code_tail() -> re.Pattern:
    """The phrase after a quoted code, up to the last noun of policy_code_nouns before a break."""
    return re.compile(f"(?:(?![和与及的])[{R.CJK}]){{0,10}}(?:{R._alt(lexicon.words('policy_code_nouns'))})")


@lru_cache(maxsize=None)
def _code_action() -> re.Pattern:
    return re.compile(f"(?:(?![和与及的])[{R.CJK}]){{0,4}}?(?:{R._alt(lexicon.words('policy_code_actions'))})")


@lru_cache(maxsize=None)
def _inner_cue_re() -> re.Pattern:
    return re.compile(f"^(.{{2,}}?)({R._alt(lexicon.words('policy_cues'))})$")


def find(sentences: list[Sentence]) -> list[PolicyHit]:
    out: list[PolicyHit] = []
    for s in sentences:
        taken: list[tuple[int, int]] = []

        def add(key, label, start, end):
            if any(a < end and start < b for a, b in taken):
                return
            taken.append((start, end))
            out.append(PolicyHit(_norm(key), label, s.text[start:end], s.offset(start), s.offset(end), s.index))

        for m in _COUNTED.finditer(s.text):
            if s.text.count("《", 0, m.start()) > s.text.count("》", 0, m.start()):
                continue            # 《X十条措施》: the title is the name, read below
            core = f"{m.group(1)}条措施"
            add(core, core, m.start(), m.end())
        for m in _GOVERNING.finditer(s.text):
            add(m.group(), m.group(), m.start(), m.end())
        for m in _NUMBERED.finditer(s.text):
            add(m.group(), m.group(), m.start(), m.end())
        for m in _EDITION.finditer(s.text):
            number, body = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            label = f"第{number}版{_DISEASE.sub('', body)}方案"
            add(label, label, m.start(), m.end())
        for m in _BOOK.finditer(s.text):
            title = m.group(1).strip()
            if _NOT_DOCUMENT_BEFORE.search(s.text[:m.start()]) or title.endswith(("报", "日报", "杂志")):
                continue
            if _BARE_TITLE.match(title):
                continue
            add(title, title, m.start(), m.end())
            short = _SHORT_NAME.match(s.text, m.end())
            if short:       # 《X》（以下简称“Y”）: Y is X
                out.append(PolicyHit(_norm(title), title, short.group(1), s.offset(short.start(1)),
                                     s.offset(short.end(1)), s.index))
                taken.append(short.span())
        for m in _DATED_PLAN.finditer(s.text):
            label = f"{m.group(1)}({m.group(2)})"
            add(label, label, m.start(), m.end())
        for m in _QUOTED.finditer(s.text):
            _quoted(s.text, m, add)
        for start, end, name in policy_strategies.find(s.text):
            add(name, name, start, end)
    return _fold_short_forms(out)


def _fold_short_forms(hits: list[PolicyHit]) -> list[PolicyHit]:
    """以旧换新实施方案 in a report that names 《X市推动…以旧换新实施方案》: a short form whose
    characters run in order through one longer name of the report, starting and ending as
    two of its words do, is that policy."""
    longer = {h.key for h in hits if len(h.key) >= 8}
    out = []
    for h in hits:
        owners = [k for k in longer if len(k) > len(h.key) + 1 and _short_of(h.key, k)]
        out.append(replace(h, key=owners[0]) if len(owners) == 1 else h)
    return out


def _short_of(short: str, full: str) -> bool:
    if len(short) < 4 or short[:2] not in full or short[-2:] not in full:
        return False
    chars = iter(full)
    return all(c in chars for c in short)


def _quoted(text: str, m: re.Match, add) -> None:
    inner = m.group(1).strip()
    # a responsibility system may list four duties (…齐抓共管、失职追责): longer than other names
    if len(inner) > (MAX_QUOTED + 8 if inner.endswith(_quoted_ends()) else MAX_QUOTED) or re.search(r"[,，。;；:：!?！？]", inner) or _MEETING_END.search(inner):
        return
    if _AS_BEFORE.search(text, 0, m.start()) or _PERIOD_AFTER.match(text, m.end()):
        return
    if _CODE.match(inner):          # “1650”产业体系: a framework named by its number code
        tail = _code_tail().match(text, m.end()) or _code_action().match(text, m.end())
        if tail:
            add(inner + tail.group(), inner + tail.group(), m.start(), tail.end())
        return
    cue = _cue_re().match(text, m.end())
    own = _inner_cue_re().match(inner)
    if own and not _SHORT_FORMULA.match(inner) and own.group(2) not in _SYSTEM_CUES:           # “四方责任”: the cue is inside the quotes
        add(own.group(1), inner, m.start(), m.end())
    elif cue:                                              # “动态清零”总方针, “四早”要求
        gap = cue.group()[:cue.start(1) - cue.start()]
        # an enumeration (早发现、早报告…) or a counted formula (三个必须) names itself
        # …, and so does a phrase with its system word right after it (“门前三包”责任制)
        names_itself = "、" in inner or _FORMULA.match(inner) or cue.group() in _SYSTEM_CUES
        label = inner if gap.startswith("的") or gap.endswith("各项") or names_itself else inner + cue.group()
        add(inner, label, m.start(), cue.end())
    elif _FORMULA.match(inner) or _MEASURED.match(inner) or inner.endswith(_quoted_ends()):  # “四应四尽”, “一岗双责”, “田长制”
        add(inner, inner, m.start(), m.end())
    elif text.startswith(_programme_nouns(), m.end()) or policy_objects.as_object(text, m, inner):   # “X”改革, 推进“X”，
        add(inner, inner, m.start(), m.end())


@lru_cache(maxsize=None)
def _programme_nouns() -> tuple[str, ...]:
    return tuple(lexicon.words("policy_programme_nouns"))


@lru_cache(maxsize=None)
def _quoted_ends() -> tuple[str, ...]:
    return tuple(lexicon.words("policy_quoted_ends"))


def _norm(text: str) -> str:
    return re.sub(r"[\s“”\"'‘’《》]", "", text)
