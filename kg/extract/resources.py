"""Every compiled pattern and word set of the extract stage, built once from kg/data.

The language data lives in kg/data (loaded through kg.lexicon); this module only turns it
into regular expressions and sets. Builders are cached, so each pattern is compiled once
per process however many reports are extracted.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon

CJK = r"\u3400-\u9fff"
HAN = re.compile(f"[{CJK}]")
# characters that can never be part of a name, a post or a place
PUNCT = "，,。.!！?？;；:：、“”\"'‘’()（）【】\\[\\]《》<>|·•—\\-…\\s/"
BOUNDARY = re.compile(f"[{PUNCT}]")
NUM = "一二三四五六七八九十两百零〇"
# 各县（市）区政府, 各市、县政府: an organ of every place of a level, a generic group, not a body
GENERIC_ORGAN_LEFT = re.compile(r"各[省市县区州盟旗乡镇级（）()、]*$")

# Characters that do not start or sit inside a place name we have not listed (和 in
# 会议精神和省委书记 must not make 精神和省 a place).
STOP_CHARS = frozenset("的和在了与及对把将为等是就于向从由以之并同暨兼后前要也都还又而或但按据关"
                       "会议精神讲话部署工作指出强调主持出席参加召开传达学习贯彻落实"
                       "听取研究看收到赴分别率带领全各本该我此其省市县区州旗乡镇委次第年届个")


def _alt(words) -> str:
    """Alternation, longest first, so the regex prefers 副书记 over 书记."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# ------------------------------------------------------------------ word lists
@lru_cache(maxsize=None)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    names = lexicon.words("surnames")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@lru_cache(maxsize=None)
def provinces() -> dict[str, str]:
    """Every written form of a province (full name, short names of 2+ chars) -> full name."""
    out = {}
    for full, shorts, _level in lexicon.rows("provinces"):
        out[full] = full
        for short in shorts.split():
            if len(short) >= 2:
                out[short] = full
    return out


@lru_cache(maxsize=None)
def province_levels() -> dict[str, str]:
    """Full province name -> the level word it writes for itself (省, 市, 自治区)."""
    return {full: level for full, _shorts, level in lexicon.rows("provinces")}


@lru_cache(maxsize=None)
def prefectures() -> dict[str, tuple[str, str]]:
    """Written form of a prefecture-level division -> (full name, province).
    Short forms that are also a province's name (吉林, 海南) are left out."""
    prov = provinces()
    out = {}
    for full, short, province in lexicon.rows("prefectures"):
        out[full] = (full, province)
        if len(short) >= 2 and short not in prov:
            out[short] = (full, province)
    return out


@lru_cache(maxsize=None)
def counties() -> dict[str, tuple[str, str, str]]:
    """Written form of a county-level unit (full name, short name) -> (full name, prefecture
    or '' when province-direct, province). A form two units share (城关区, 新华区) or that is
    also a province's or prefecture's name maps to nothing: it cannot say where a report is.
    A short name a renamed unit keeps (临安市, now 临安区: kg/data/county_renames.tsv) is the
    new unit's."""
    taken = {**provinces(), **prefectures()}
    renamed = dict(lexicon.rows("county_renames"))
    units: dict[str, set] = {}
    for full, short, prefecture, province in lexicon.rows("counties"):
        for form in {full, short} - {""}:
            if form == full or full not in renamed and form not in renamed:      # (沙县, 沙县区's short)
                units.setdefault(form, set()).add((full, prefecture, province))
    return {form: next(iter(u)) for form, u in units.items() if len(u) == 1 and form not in taken}


@lru_cache(maxsize=None)
def role_verbs() -> dict[str, str]:
    return {verb: role for verb, role, _kind in lexicon.rows("role_verbs")}


@lru_cache(maxsize=None)
def presence_verbs() -> frozenset[str]:
    return frozenset(verb for verb, _role, kind in lexicon.rows("role_verbs") if kind in ("presence", "watching"))


@lru_cache(maxsize=None)
def watching_verbs() -> frozenset[str]:
    return frozenset(verb for verb, _role, kind in lexicon.rows("role_verbs") if kind == "watching")


@lru_cache(maxsize=None)
def meeting_cues() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    for word, kind in lexicon.rows("meeting_cues"):
        kinds.setdefault(kind, []).append(word)
    return {k: tuple(v) for k, v in kinds.items()}


# ------------------------------------------------------------------ places and posts
@lru_cache(maxsize=None)
def listed_place_pattern() -> str:
    """Listed provinces and prefectures as written before an organ (江苏省, 宿迁市, 宿迁 in 宿迁市委)."""
    listed = _alt([*provinces(), *(f for f, _ in prefectures().values())])
    pref_short = _alt(k for k, (full, _) in prefectures().items() if k != full)
    suffix = _alt(lexicon.words("place_suffixes"))
    lookbehinds = "".join(f"(?<!{re.escape(h)})" for h in county_heads())
    return f"{lookbehinds}(?:{listed}|(?:{pref_short})(?=市|委|{suffix}))"


@lru_cache(maxsize=None)
def county_heads() -> tuple[str, ...]:
    """The characters that make a listed prefecture the end of a county's name (峨 of 峨眉山市,
    which is no 眉山市)."""
    forms = prefectures()
    return tuple(sorted({full[:n] for full, *_ in lexicon.rows("counties") for n in range(1, len(full) - 1)
                         if full[n:] in forms}))


@lru_cache(maxsize=None)
def free_place_pattern() -> str:
    """An unlisted county/district name: 1-4 characters free of stop characters + 县/区/市...
    Matches are checked against the places the report itself names (Region.places)."""
    stop = "".join(sorted(STOP_CHARS))
    suffix = _alt(lexicon.words("place_suffixes"))
    # (巴里坤哈萨克自治县: an autonomous county's ethnic part makes its name longer)
    return f"(?:(?![{stop}])[{CJK}]){{1,4}}?(?:{suffix})|(?:(?![{stop}])[{CJK}]){{5,10}}?自治[县旗]"


@lru_cache(maxsize=None)
def level_pattern() -> str:
    return _alt(lexicon.words("admin_levels"))


@lru_cache(maxsize=None)
def post_regex() -> re.Pattern:
    """One post title: [中共] [places, levels, 中央/全国] (organ part)* head, matched in full on a
    candidate segment (see posts.parse_posts). Group `free` holds an unlisted place. Or a named
    unit of post_units.txt (上港集团党委书记, 南宁海关关长: no table lists firms), its name free of
    function words (会上上港集团: the name starts after 上). 省领导, 部领导, 厅领导: an organ's leaders."""
    heads, level, listed = _alt(lexicon.words("post_heads")), level_pattern(), listed_place_pattern()
    # 阿坝州副州长: an autonomous prefecture's 州 form ends in its suffix, as a full name does
    listed = f'(?:{_alt(k + "州" for k, (f, _) in prefectures().items() if f.endswith("自治州") and k != f)}|{listed})'
    organs = _alt([*lexicon.words("post_organs"), *lexicon.words("departments")])
    prefix = (f"(?:中共|中国共产党)?(?:{listed}|中央|全国|国家|(?:{level})){{0,2}}"
              f"(?P<free>{free_place_pattern()})?")
    # (市政府领导甲、乙: a level's government or party committee's leaders)
    leader = f"(?:(?:{listed}|(?P<free2>{free_place_pattern()})|(?:{level}))(?:级|委|政府)?|[部厅局署])(?:有关|相关)?领导"
    free = f"(?:(?![的和与及在对把将为等是就于向从由以之并同暨兼了会议上])[{CJK}])"
    unit = f"{free}{{1,8}}?(?:{_alt(lexicon.words('post_units'))})"
    # 省委科技委员会主任, 县防汛抗旱指挥部总指挥: a party committee's, government's or level's own
    # commission, group or headquarters, whatever its task (no table lists them all); a level
    # word written alone (风景名胜区管理委员会: 区 ends a name, no level)
    commission = f"(?<=[委府]|(?<![{CJK}])[省市县区州盟旗]){free}{{2,12}}?(?:委员会|领导小组|指挥部)"
    return re.compile(f"(?:{prefix}(?:{organs}|{commission}){{0,4}}(?:{heads})|{leader}|{unit}(?:{organs}){{0,2}}(?:{heads}))")


@lru_cache(maxsize=None)
def post_heads() -> frozenset[str]:
    return frozenset(lexicon.words("post_heads"))


@lru_cache(maxsize=None)
def post_head_regex() -> re.Pattern:
    """Where a post can end: a head word, or 领导 after a level (市领导)."""
    return re.compile(f"(?:{_alt(lexicon.words('post_heads'))}|领导)")


@lru_cache(maxsize=None)
def post_start_regex() -> re.Pattern:
    """Text that begins a new post (so it is not read as a name): a place, level or organ."""
    organs = _alt([*lexicon.words("post_organs"), *lexicon.words("departments")])
    return re.compile(f"(?:中共|中央|全国|国家|{listed_place_pattern()}|{level_pattern()}|{organs})")


@lru_cache(maxsize=None)
def name_follower_regex() -> re.Pattern:
    """What may directly follow a person's name: punctuation, end of text, or a listed word."""
    words = _alt([*lexicon.words("name_followers"), *role_verbs()])
    return re.compile(f"(?:[{PUNCT}]|\\d|$|{words})")


@lru_cache(maxsize=None)
def clear_name_end_regex() -> re.Pattern:
    """What must follow a name the surname list does not vouch for (其其格, 吉伍拉哈): punctuation,
    or a role verb or word that closes a name for sure (在, 等, 同志), or the interpunct that
    joins the next part of a transliterated name (names.py joins the parts)."""
    words = _alt([*lexicon.words("name_clear_followers"), *role_verbs()])
    # 镇人大主席吉克曲布及镇班子成员: 及 closes the name, unless an organ's post follows it (创新科技及
    # 工业局局长 is an organ's name: its 及 joins two of its words)
    joined = f"及(?![^，,。；;、]{{0,10}}?[局厅委部办院署](?:{_alt(post_heads())}))"
    return re.compile(f"(?:[，,、。；;：:）)]|[·•‧・](?=[{CJK}])|$|{words}|{joined})")


@lru_cache(maxsize=None)
def post_noun_tails() -> tuple[str, ...]:
    """成员单位: a post head and what follows it make one noun (no name starts there)."""
    return tuple(lexicon.words("post_noun_tails"))


@lru_cache(maxsize=None)
def byline_regex() -> re.Pattern:
    """A byline role just before a name (记者 王某, 编辑:李某): such names are not officials."""
    return re.compile(f"(?:{_alt(lexicon.words('non_official_roles'))})[\\s:：]*$")


# ------------------------------------------------------------------ dates
DATE_FULL = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
DATE_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
DATE_DAY = re.compile(r"(?<![\d月年])(\d{1,2})日(?=[上下中晚早]|召开|举行|在|,|，|下午|上午|晚上|$|[^\d])")
DATE_RANGE_JOIN = re.compile(r"(?:上午|下午|晚上)?(?:至|到|—|-|～|~)")
# the days before the report's own, in words (前日 as in 前日，市委常委会召开…; not 节前日 / 会前日)
PAST_DAY = "昨天|昨日|前天|(?<![会节假夕此提之以])前日"
TODAY = "今天|今日"
DATE_RELATIVE = re.compile(rf"({TODAY}|{PAST_DAY}|当天|当日|(?<![第此本每该这上下一二三四五六七八九十\d])次日|翌日)(?!是[:：]|是\s*$)")   # (欢迎您!今天是: a page widget)
DATELINE_END = ("电", "讯")      # 长沙1月24日讯 / 1月19日电: the day the report was filed
DATE_YEARS_AGO = re.compile(r"([一二三四五六七八九十\d]{1,3})年前的(?:今天|今日)")     # 十年前的今天: an anniversary
DATE_WEEKDAY = re.compile(r"(上|本|这)(?:周|星期)([一二三四五六日天])")     # 上周五: a day of a week
# 2023年, a span's first year (2024—2026年); not 2023年度 (accounts) nor 2023年全县X工作情况 (its work reported)
YEAR = re.compile(r"(?<!\d)(20\d{2})(?=年(?!度|全[省市县区州盟旗][^，。；]{0,30}工作情况)|\s*[—–\-~～至到]\s*20\d{2}年)")
