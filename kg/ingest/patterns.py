"""Every regular expression the ingest stage uses, compiled once.

Patterns that depend on cue words are built from kg/data/boilerplate_*.txt through
kg.lexicon, so the words live in data files and the regexes here stay generic.
All patterns expect text that has already been through NFKC (half-width `,:;()!?`).
"""
from __future__ import annotations

import re

from kg import lexicon

# Unified ideographs (basic, extension A, the astral extensions rare names use), compatibility
# ideographs and 〇.
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007\U00020000-\U0003134f"
CJK_CHAR = re.compile(f"[{CJK}]")

# ---------------------------------------------------------------- character clean-up
# Zero-width characters, BOMs, soft hyphens and C0/C1 controls other than tab and newline;
# U+FFFD is what is left of bytes a scraper could not decode.
# Rare line separators (vertical tab, form feed, NEL, U+2028/9) are matched in the same pass
# and turned into newlines by the caller.
INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
                       "\u2028\u2029]")
RARE_BREAKS = frozenset("\x0b\x0c\x85\u2028\u2029")

# ---------------------------------------------------------------- inline pinyin
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_LETTER = f"a-zü{TONED}ê"
_FIRST = f"A-Z{_LETTER}"
# 會(huì)議: a run of pinyin syllables (at least one tone mark) in brackets right after a CJK char.
# Starts with the literal "(" (a leading look-behind would make the engine test every position);
# the caller checks that a CJK character precedes the match.
PINYIN_TONED = re.compile(
    f"\\((?=[^()]*[{TONED}])[{_FIRST}]{{1,8}}(?:[ '][{_LETTER}]{{1,8}}){{0,5}}\\)")
# 日?qǐng)?bào): a lost character and its "(" became "?"; the bracketed pinyin survives.
PINYIN_DAMAGED = re.compile(f"\\?\\(?(?=[^()?]*[{TONED}])[{_LETTER}]{{1,8}}\\)")
# Neutral-tone syllables carry no mark (的(de)); only removed from text that is annotated.
PINYIN_NEUTRAL = re.compile("\\([a-zü]{1,6}\\)")

# ---------------------------------------------------------------- punctuation / spacing
DOUBLED_PUNCT = re.compile(r"([。,、;:!?])\1+")
DOUBLES = tuple(p + p for p in "。,、;:!?")
# A space after punctuation, or before it, inside CJK text is a typesetting artefact. The
# pattern starts with the space itself (fast to scan for); the look-behinds include it.
SPACE_BY_PUNCT = re.compile(
    f" (?:(?<=[。,、;:!?“”《》()] )(?=[{CJK}“《(])|(?<=[{CJK}”》)] )(?=[。,、;:!?]))")
# A space between two ideographs inside quotation marks (“优化政务服务 提升行政效能”专题协商会)
# parts a slogan's halves the way a headline's line break would; the name is one without it.
# "Inside" is read ahead: a closing mark comes before any opening one, within 40 characters.
QUOTED_GAP = re.compile(f" (?<=[{CJK}] )(?=[{CJK}][^“”\n]{{0,40}}”)")
BLANK_LINES = re.compile(r"\n\n\n+")
# Corner brackets are the quotation marks of Taiwan and Hong Kong pages; mainland text, and
# every pattern here, quotes with curly marks.
CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")

# ---------------------------------------------------------------- boilerplate
# Bullets, bars and brackets that lead list items and widget rows.
LEAD_MARKS = re.compile(r"^[\s\-–—•·‧●◆◇■□▪▸►▶>*|/\\\[\]【】〖〗▍▎▌▏┃│()▲△★☆※]+")
BULLET = re.compile(r"^\s*(?:[-–•·●◆◇■□▪▸►▶*]|\d{1,2}[.、)])\s*")
SENTENCE_END = re.compile(r"[。!?…][”\"')]?\s*$")
SENTENCE_PUNCT = re.compile(r"[。,;!?]")
PROSE_MIN_CJK = 20   # a prose line holds at least this many CJK characters
# Stops after the 20th CJK character instead of counting them all.
ENOUGH_CJK = re.compile(f"(?:[^{CJK}]*[{CJK}]){{{PROSE_MIN_CJK}}}")
# Cheap test for whether INLINE_JUNK can match at all.
INLINE_JUNK_HINT = re.compile(r"[【\[(](?:责任编辑|编辑|责编|审核|校对|来源|作者|稿源|下转|上接|转自|转)")
# Inline editor tags and page-continuation marks inside article lines.
INLINE_JUNK = re.compile(
    r"(?m)[【\[](?:责任编辑|编辑|责编|审核|校对|来源|作者|稿源)\s*:[^】\]\n]{0,40}[】\]]"
    r"|\((?:下转|上接|转自|转)第?[^()\n]{0,8}版\)"
    r"|\((?:来源|稿源|责任编辑|编辑)\s*:[^()\n]{0,30}\)[ \t]*$")
# A byline standing on its own line: "记者 张三", "(本报记者 张三 通讯员 李四)", "文/张三".
BYLINE = re.compile(
    f"^\\(?(?:(?:本报|本台|本网|新华社|全媒体|融媒体|特约|实习)*(?:记者|通讯员|实习生|摄影|摄像|文/|图/)"
    f"[ :/]*[{CJK}·]{{2,4}}(?:[ 、,]+[{CJK}·]{{2,4}})*[ ]*)+\\)?$")
ORIGINAL_TITLE = re.compile(r"^原标题\s*:\s*")
# Breadcrumbs: two or more "›"-style separators between short segments.
BREADCRUMB = re.compile(r"^(?:[^。>»›→]{1,20}\s*(?:>>|>|»|›|→)\s*){2,}[^。>»›→]{0,20}$")
ONLY_DATE_STAMP = re.compile(
    r"^[\s|\[\]()]*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?[\s|\[\]()]*$")

# A site's header showing today's date and weekday after its name (冠县人民政府 欢迎您！
# 2024年10月9日 星期三, 今天是：2021年9月29日 星期三): the day the page was seen, not the
# article's, and no article line ends with a weekday after a full date.
TODAY_STAMP = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]"
                         r"(?:[\s　|]*第[A-Z]?\d{1,3}版\S*)?[\s|\]\)]*$")


def _alternation(words, fold_case: bool = False) -> str:
    # Longest first, so that 责任编辑 wins over 编辑. Case folding adds the usual spellings
    # (as written, lower, UPPER, Capitalised, Title Case) as plain literals: re.IGNORECASE or
    # [Aa] classes would disable the engine's fast first-character scan over whole pages.
    spelled = set(words)
    if fold_case:
        spelled |= {form for w in words for form in (w.lower(), w.upper(), w.capitalize(), w.title())}
    return "|".join(re.escape(w) for w in sorted(spelled, key=lambda w: (-len(w), w)))


LABEL = re.compile(f"^(?:{_alternation(lexicon.words('boilerplate_labels'))})\\s*:")
# The same labels further along a metadata row: "2022-03-23 编辑:张三 审核人:李四".
LABEL_ANYWHERE = re.compile(f"(?:^|[\\s|/])(?:{_alternation(lexicon.words('boilerplate_labels'))})\\s*:")
SHORT_CUE = re.compile(_alternation(lexicon.words("boilerplate_short_cues")))
WIDGET = re.compile(_alternation(lexicon.words("boilerplate_widget_words")))
FOOTER_CUE = re.compile(_alternation(lexicon.words("boilerplate_footer_cues"), fold_case=True))
TAIL_HEADER = re.compile(f"^(?:{_alternation(lexicon.words('boilerplate_tail_headers'), fold_case=True)})")

# ---------------------------------------------------------------- padded names
# A two-character name padded to three for alignment (王  敏, 李　军, 副市长谭 勇、): a surname
# and spaces, then a CJK character, where the surname stands alone (no CJK character before
# it) or the one character is followed by what follows names (、 , 出席, 主持, 在...: a post
# may run into the surname). The surname list (kg/data/surnames.txt) keeps headline gaps between words
# ("会议召开 王某主持") apart.
_SINGLE_SURNAMES = "".join(sorted({w for w in lexicon.words("surnames") if len(w) == 1}))
_NAME_ENDS = _alternation([*lexicon.words("name_followers"), *lexicon.words("name_clear_followers")])
PADDED_NAME = re.compile(f"(?:(?<![{CJK}])([{_SINGLE_SURNAMES}]) +(?=[{CJK}])"
                         f"|([{_SINGLE_SURNAMES}]) +(?=[{CJK}](?:[、,;(]|{_NAME_ENDS})))")

# ---------------------------------------------------------------- dates
# a page address scraped as a row of its own (www.example.gov.cn/news/202405/t20240507_1.html),
# perhaps labelled (本文链接：http://…/2024-10-10/84213.html)
URL_LINE = re.compile(f"^[ \\t　]*(?:[{CJK}]{{2,6}}[:：][ \\t　]*)?"
                      r"((?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/\S*)[ \t　]*$", re.M)
_Y, _M, _D = r"((?:19|20)\d{2})", r"(\d{1,2})", r"(\d{1,2})"
# 2022-03-20, 2022/3/20, 2022.03.20, 2022年3月20日
# (a 日 ends its date: 2023年02月07日10:15 is a page stamp with the time run on)
_DATE_BODY = f"{_Y}\\s*(?:[-/.]\\s*{_M}\\s*[-/.]\\s*{_D}(?!\\d)|年\\s*{_M}\\s*月\\s*{_D}\\s*日)"
DATE = re.compile(f"(?<!\\d){_DATE_BODY}")
# The same without the leading look-behind, for scanning whole pages fast (caller checks it).
DATE_SCAN = re.compile(_DATE_BODY)
# A date after a publication label: 发布时间:2022-03-20, 日期: 2022年3月20日
LABELLED_DATE = re.compile(
    r"(?:发布|发表|发稿|更新|刊发|上传|出版)?(?:时间|日期)\s*[::]?\s*" + _DATE_BODY)
# What stands before a date in a furniture row: a source label and its name (来源:楚雄日报
# 2023年11月11日 第01版), or a paper's e-edition masthead (成都日报数字版 2025年07月16日)
ROW_BEFORE_DATE = re.compile(r"(?:^|[\s　|])(?:来源\s*[:：]\s*[^\s，。,:：]{2,16}|[^\s，。,:：]{2,12}(?:报|数字版|数字报|电子版))"
                             r"[\s　|]*$")
# ... and after it: the page of the paper it was printed on (第01版, 第A01版)
# (or nothing but the weekday: 四川日报数字报  2024年03月21日  星期四, the page on the next row)
EDITION_AFTER_DATE = re.compile(r"[\s　|]*(?:(?:星期|周)[一二三四五六日天][\s　|]*)?(?:第[A-Z]?\d{1,3}版|$)")
# A paper's row that opens with the date and names the page after it (2024年04月11日 星期四 A02版:要闻)
# (…版:综合新闻 上一版 下一版 PDF下载: the row's links after it)
DATE_THEN_EDITION = re.compile(r"[\s　|]*(?:(?:星期|周)[一二三四五六日天][\s　|]*)?第?[A-Z]?\d{1,3}版")
# A stamp that leaves the year out (发布时间:05-17 10:22, "03-28 07:55 来源:X报"): labelled or
# at the start of its row, and a time of day after it; a bare 05-17 could be anything.
MONTH_DAY_STAMP = re.compile(r"(?:(?:发布|发表|发稿|更新|刊发)(?:时间|日期)\s*[:：]\s*|^[ \t　]*)"
                             r"(\d{1,2})-(\d{1,2})(?![\d-])(?=[ \t　]+\d{1,2}:\d{2}(?!\d))", re.M)
TIME_OF_DAY = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
# Dates inside URLs: /2022/05/10/, /20221112/, /2022-12/19/, /art/2023/3/20/, s2022-05-13
URL_DATE_SPLIT = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_.](\d{1,2})[-/_.](\d{1,2})(?!\d)")
URL_DATE_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")

# ---------------------------------------------------------------- html / titles
LOOKS_LIKE_HTML = re.compile(r"^\s*(?:<!doctype|<html|<head|<body|<div|<p[ >]|<article|<meta|<!--)", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
TITLE_SITE_SUFFIX = re.compile(r"\s*(?:[_|]|\s-\s)\s*[^_|]{1,30}$")

# ---------------------------------------------------------------- rosters (kg.ingest.rosters)
# every roster header ends its line with a colon: looking for that first is a search for one
# character, where ROSTER_HEADER tries a run of up to 20 at every position of the page
ROSTER_COLON_EOL = re.compile(r"(?m):\s*$")
# 出席会议的有: / 参加会议的还有: / 出席座谈会的领导有: / 与会人员: — the line ends with the colon
ROSTER_HEADER = re.compile(r"(?m)(?:(?:出席|参加|列席|参会|与会|到会)[^。,;:!?\n]{0,12}(?:有|人员|领导|名单)"
                           r"|[^。,;:!?\n]{2,20}(?:成员|名单))\s*:\s*$")
# the verb closing a roster of a group's members (…中心组成员: / 甲 乙 丙 / 参加学习。)
ROSTER_CLOSING_VERB = re.compile("^(?:出席|参加|列席)")
# a roster line holds no sentence punctuation; a trailing full stop may close the last one
ROSTER_ITEM_STOP = re.compile(r"[。,;!?:]")
# a closing sentence set on its own line (有关负责同志列席会议。) is not an item
ROSTER_NOT_ITEM = re.compile("会议|同志|出席|参加|列席")
ROSTER_BARE_NAME = re.compile(f"^[{CJK}]{{2,4}}$")

# ---------------------------------------------------------------- hard wraps (kg.ingest.wraps)
# a line cut inside a sentence: it holds a clause (a comma) but no sentence end closes it
WRAP_OPEN_CLAUSE = re.compile(r"[，,、]")
WRAP_CLOSED = re.compile(r"[。！？!?；;：:…][”\"'）)]*$")
# the rest of the sentence goes on with a character of the text, and holds punctuation itself
WRAP_GOES_ON = re.compile(f"[{CJK}][^\n]*[。，,]")

# ---------------------------------------------------------------- markup left in a text page
# a page saved as text with some of its HTML left in (<p>&nbsp;&nbsp;9月13日…</p>)
MARKUP_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
MARKUP_BREAK = re.compile(r"<(?:br|BR)\s*/?>")
MARKUP_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,6});")
