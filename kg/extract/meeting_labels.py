"""A meeting of one report while it is being read (Local), and which of its written names
becomes its label: the most specific written name, one that says what the meeting is about,
with its place where the report wrote it. When two mentions are one meeting is in
meeting_coref.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.dates import Day
from kg.extract.jurisdiction import Region
from kg.extract.name_scope import core, split_scope

# a kind of sitting is up to two of these words in any order (视频调度会, 调度视频会, 工作调度会)
_KIND = "(?:扩大|视频|电视电话|专题|调度|工作)"
# 全省大会 / 省、市两级会议 / 全国、全省两个会议: a level and no topic names the one meeting of that level (as 全省会议)
_GENERIC_REST = re.compile(rf"^(?:委|党委|政府|委常委会|常委会)?(?:常委)?(?:两级|[两三四]个)?(?:{_KIND}{{1,2}}|续|大)?会$")
_ORGAN_LEADS = ("委", "党委", "政府", "常委会")     # an organ opening a sitting's name
_BARE_REST = re.compile(rf"^{_KIND}{{0,2}}会$")
_QUOTES = re.compile(r"[“”\"'‘’]")


def is_generic_rest(core: str) -> bool:
    return bool(_GENERIC_REST.match(core))


def dice(a: str, b: str) -> float:
    x = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    y = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    return 2 * len(x & y) / (len(x) + len(y))


def _format_of(name: str) -> str | None:
    if "电视电话" in name:
        return "teleconference"
    if "视频" in name:
        return "video"
    return None


@dataclass(eq=False)
class Local:
    id: str
    names: list[str]
    level: str | None
    place: str | None
    core: str
    date: Day | None = None
    convener: object | None = None          # bodies.BodyRef
    format: str | None = None
    venues: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    headline_only: bool = False
    in_headline: bool = False               # named in a headline, maybe in the body too
    evidence: tuple[int, int, int] = (0, 0, 0)   # sentence index, start, end in Report.text
    label: str = ""
    derived: set[str] = field(default_factory=set)   # names not written as such (全省全市X -> 全市X)
    spelled: set[str] = field(default_factory=set)   # names the body writes as such, derived elsewhere or not

    @classmethod
    def new(cls, name, level, place, core, sentence, span, region: Region) -> "Local":
        return cls("", [_QUOTES.sub("", name)], level, place, core, format=_format_of(name),
                   headline_only=sentence.headline, in_headline=sentence.headline,
                   evidence=(sentence.index, sentence.offset(span.start), sentence.offset(span.end)))

    @property
    def generic(self) -> bool:
        return is_generic_rest(self.core)

    @property
    def bare(self) -> bool:
        """Names only a level and a kind (省会议, 市视频会), no organ (省委常委会会议 is not bare)."""
        return bool(_BARE_REST.match(self.core))

    @property
    def follow_up(self) -> bool:
        """A 续会: it carries on the meeting before it (X会议结束后，随即召开续会), its own level's too."""
        return any(name.endswith("续会") for name in self.names)

    def absorb(self, other: "Local") -> None:
        # (全市X会议 of a headline's 全省全市X会议, then 传达学习全市X会议精神 in the body: written)
        for m in (self, other):
            if not m.headline_only:
                self.spelled |= {n for n in m.names if n not in m.derived}
        for n in other.names:
            if n not in self.names:
                self.names.append(n)
        if self.generic and not other.generic:
            self.core = other.core
        self.level = self.level or other.level
        self.place = self.place or other.place
        self.format = self.format or other.format
        self.convener = self.convener or other.convener
        self.kinds |= other.kinds
        self.derived |= other.derived
        self.spelled |= other.spelled
        self.headline_only = self.headline_only and other.headline_only
        self.in_headline = self.in_headline or other.in_headline
        if other.date:
            self.set_date(other.date)
        for v in other.venues:
            if v not in self.venues:
                self.venues.append(v)

    def set_date(self, day: Day | None) -> None:
        if day is not None and self.date is None:
            self.date = day
        elif day is not None and self.date.year is None and day.year and (self.date.month, self.date.day) == (day.month, day.day):
            self.date = day


def choose_label(m: Local) -> str:
    """The most specific written name: not a bare kind (会议/视频会), with its place, longest."""
    def rank(name: str):
        rest = split_scope(name)[1]
        if m.place and rest.startswith(m.place):
            rest = rest[len(m.place):]      # 城步苗族自治县续会: a county the scope words do not list
        # (市委常委会会议 is an organ's sitting, more specific than a headline's derived 全市X会议)
        bare = is_generic_rest(core(rest)) and not core(rest).startswith(_ORGAN_LEADS)
        has_place = bool(m.place and m.place in name)
        # (2024年X部署会 beside the headline's 全国X部署会: a year is no more specific than a scope)
        return (bare, name in m.derived - m.spelled, not has_place, -len(_LEAD_YEAR.sub("", name, 1)), name)
    return sorted(m.names, key=rank)[0]


_LEAD_YEAR = re.compile(r"^[12]\d{3}年度?(?!第)")


def same_but_year(a: str, b: str) -> bool:
    """2024年度X座谈会 and X座谈会 (a headline drops the year the body writes): one name."""
    ya, yb = _LEAD_YEAR.sub("", a, 1), _LEAD_YEAR.sub("", b, 1)
    return ya == yb and (ya == a) != (yb == b) and len(ya) >= 5
