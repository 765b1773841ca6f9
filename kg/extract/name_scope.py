"""The scope of a meeting name (全国, 全省, 江苏省, 宿迁市, 市...) and its comparable core.

  split_scope("全国、省、市X会议") -> (["全国", "省", "市"], "X会议");  scope_of("宿迁市") -> ("市", "宿迁市")
  core("(扩大)会议") -> "扩大会": meeting_names.py finds the names, resolve compares their cores.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.organ_short_forms import full_organ_forms

INNER_PUNCT = "“”\"'‘’"
_DISEASE = re.compile("新型冠状病毒感染的肺炎|新型冠状病毒肺炎|新型冠状病毒感染|新冠肺炎|新冠病毒感染|新冠病毒|新冠")
_NATIONAL = ("中国共产党", "中共中央", "党中央", "中央", "国务院", "全国", "国家", "党的", "中共")
_LEVEL_WORDS = ("自治区", "省", "市", "县", "区", "州", "盟", "旗")
LEVEL_OF = {"自治区": "省", "省": "省", "地区": "市", "市": "市", "州": "市", "盟": "市", "县": "县", "区": "县", "旗": "县"}


@lru_cache(maxsize=None)
def scope_re() -> re.Pattern:
    places = R._alt([*R.provinces(), *(f for f, _ in R.prefectures().values())])
    # 国家防总X会: a national organ (国家 not before 级 / 层面); 地区: a prefecture (喀什地区) naming its own
    # meeting (地区经济工作会议, 全地区X会); 我县续会, 省里会议, 省上会议, 市里调度会: the report's own
    # place, spoken (a kind of two characters at most after it: 市上半年X会 is no 市上)
    return re.compile(f"(?:(?:全国|中共中央|党中央|中央|国务院|国家(?![级层])|[全我本](?:地区|省|市|县|区|州|盟|旗)|{places}"
                      f"|自治区|地区|省|市|县|区|州|盟|旗)(?:(?<=[省市县区州])[里上](?=[{R.CJK}]{{0,2}}会(?:议)?$))?)")


def split_scope(name: str) -> tuple[list[str], str]:
    """Leading scope words of a name and the rest: 全国、省、市X会议 -> ([全国, 省, 市], X会议)."""
    clean = re.sub(f"[{INNER_PUNCT}]", "", name)
    # 全省“县乡一体、条抓块统”X会: quoted words are the name's own, whatever level word they begin with
    quoted = len(re.sub(f"[{INNER_PUNCT}]", "", name[:name.find("“")])) if "“" in name else len(clean)
    pattern = scope_re()
    # 2024年某省X工作会议: a year before a named scope is no scope, nor part of the name (2023年度
    # 旗县市(区)X会: level words run together after a year are the name's own; one alone is a scope)
    year = _YEAR_LEAD.match(clean)
    after = year and pattern.match(clean, year.end())
    alone = after and clean[after.end():after.end() + 1] not in "省市县区旗州盟(（"
    scopes, pos = [], year.end() if after and (len(after.group()) > 1 or alone) else 0
    while True:
        m = pattern.match(clean, pos)
        if not m or m.end() >= len(clean) or m.end() > quoted or clean.startswith(scope_lookalikes(), pos):
            break
        rest = clean[m.end():]
        scopes.append(m.group())
        pos = m.end()
        if rest[:1] in "、和及":
            pos += 1
            continue
        # 全国全省全县X会议: scope words run together with no 、 are coordinated as well
        run = scopes[-1].startswith("全") and clean.startswith("全", pos)
        if not pattern.match(clean, pos) or clean[pos:pos + 1] not in "省市县区" and not run:
            break
    if len(scopes) > 1 and clean.startswith(("两级", "三级", "四级"), pos) and clean[pos + 2:] not in ("会议", "会"):
        pos += 2        # 省市两级推进会: the provincial and the city 推进会 (省、市两级会议: meeting_back_references.txt)
    return scopes, clean[pos:]


@lru_cache(maxsize=None)
def scope_lookalikes() -> tuple[str, ...]:
    """市场, 区域…: words a level word begins that are no scope (全省市场监管工作会议)."""
    return tuple(lexicon.words("scope_lookalikes"))


# (before 第N次 a year numbers the sitting: X委员会2024年第3次会议 keeps it)
_YEAR_LEAD = re.compile("20\\d{2}年度?(?!第)")


@lru_cache(maxsize=None)
def unspecific_rests() -> frozenset[str]:
    """Rests of 中央、省有关会议 and the like: scoped, and still no one meeting."""
    return frozenset(lexicon.words("meeting_unspecific"))


# 省委有关会议 / 这两次重要会议 / 几个会议 / 各次全体会议: an organ or a count before the rest
# still names no one meeting (a count before a bare head: several sittings, none named)
_UNSPECIFIC_LEAD = re.compile("(?:党?委|政府)?(?:这|那|上述)?((?:各|[两三四五六几数多])[次个场项]|些)?")
_BARE_HEADS = frozenset(("会议", "全体会议", "大会", "全会"))


def unspecific(rest: str) -> bool:
    m = _UNSPECIFIC_LEAD.match(rest)
    tail = rest[m.end():]
    return tail in unspecific_rests() or bool(m.group(1)) and tail in _BARE_HEADS \
        or rest.endswith(_topic_unspecific()) or rest.startswith(_collective_leads())


@lru_cache(maxsize=None)
def _collective_leads() -> tuple[str, ...]:
    return tuple(lexicon.words("meeting_collective_leads"))


@lru_cache(maxsize=None)
def _topic_unspecific() -> tuple[str, ...]:
    """秦岭保护有关会议 / 创建文明城市相关会议: a topic before 有关会议 still names no one
    meeting (有关, 相关, 系列 make it any of several); 重要会议 after a topic may be one."""
    return tuple(w for w in unspecific_rests() if w.startswith(("有关", "相关", "系列", "一系列", "各")))


_SPOKEN = re.compile("(?<=[省市县区州])[里上]$")


def scope_of(scope: str | None) -> tuple[str | None, str | None]:
    """(level, written place) of a scope word: 全省 / 我省 -> (省, None), 宿迁市 -> (市, 宿迁市)."""
    if not scope:
        return None, None
    scope = _SPOKEN.sub("", scope)     # 省里会议, 市里续会, 省上会议: spoken for the province's, the city's
    if scope in _NATIONAL or scope.startswith(("中共中央", "中国共产党中央", "中央", "全国")):
        return "国", None
    word = scope[1:] if scope.startswith(("全", "我", "本")) else scope
    if word in LEVEL_OF:
        return LEVEL_OF[word], None
    if word in R.provinces():
        full = R.provinces()[word]
        # 天津市 writes itself 市 (市委, 全市) and its districts' 市委 is it: one level, 市
        return ("市" if R.province_levels().get(full) == "市" else "省"), full
    if word in R.prefectures():
        return "市", R.prefectures()[word][0]
    for suffix in _LEVEL_WORDS:
        if word.endswith(suffix):
            return LEVEL_OF[suffix], word
    return None, None


def core(rest: str) -> str:
    """A comparable form of a name's rest: no quotes or disease words, 会议 == 会,
    常务委员会 == 常委会, 管理委员会 == 管委会, (扩大) == 扩大."""
    text = re.sub(f"[{INNER_PUNCT}()（）\\s]", "", rest)
    text = _DISEASE.sub("", text)
    text = full_organ_forms(text)
    text = text.replace("常务委员会议", "常委会会").replace("常务委员会", "常委会").replace("管理委员会", "管委会")
    text = re.sub("会议", "会", text)
    return text


# ------------------------------------------------------------ places and censuses that lead a name
# 百色、崇左、防城港三市X联席会议: the places a joint meeting counts are its name's
PLACES_COUNTED = re.compile("(?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,4}[两三四五六七八九十]+[省市县区]")
# 第五次全国经济普查X会议: a national census's meeting, the nation's unless a holder says otherwise
CENSUS_LED = re.compile(f"第[{R.NUM}\\d]+次全国")


@lru_cache(maxsize=None)
def _scope_end_re() -> re.Pattern:
    return re.compile(f"(?:{scope_re().pattern})$")


def ends_with_scope(text: str) -> bool:
    return bool(_scope_end_re().search(text))
