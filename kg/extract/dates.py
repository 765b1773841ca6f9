"""Dates written in a report, completed from what the report itself says.

"11月10日" gets its year from the publication date (or, failing that, from the one year the
text writes, e.g. "2023年一季度"); "19日" gets its month from a full date earlier in the same
sentence (a dateline "新华社北京3月19日电") or from the publication date; "今天" is the
publication date. Nothing is guessed beyond that: an unknown year stays unknown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.extract import resources as R

LATE_SLACK_DAYS = 3    # a day slightly after publication is still this year's (time zones, edits)
_LEAP_YEAR = 2000      # the stand-in year of a publication day whose year is unknown


@dataclass(frozen=True)
class Day:
    year: int | None
    month: int
    day: int

    def iso(self) -> str:
        if self.year:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"--{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class Anchor:
    """What a report says about when it was written. A page stamp without a year ("--05-17")
    still dates 昨天 and 19日, to a month and day; `year_known` says whether `published.year`
    is real (it is then a leap-year stand-in, so that --02-29 stands)."""
    published: date | None
    year_hint: int | None
    year_known: bool = True

    @classmethod
    def of(cls, text: str, published: str | None) -> "Anchor":
        years = {int(y) for y in R.YEAR.findall(text)}
        hint = years.pop() if len(years) == 1 else None
        if published and published.startswith("--"):
            return cls(_parse_iso(f"{_LEAP_YEAR}{published[1:]}"), hint, False)
        return cls(_parse_iso(published), hint)

    def complete(self, month: int, day: int, year: int | None = None) -> Day | None:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        if year is None and self.published and self.year_known:
            year = self.published.year
            try:
                if date(year, month, day) > self.published + timedelta(days=LATE_SLACK_DAYS):
                    year -= 1
            except ValueError:
                return None
        elif year is None:
            year = self.year_hint
        return Day(year, month, day)

    def day(self) -> Day | None:
        """The publication day as a Day (its year None when the page did not give one)."""
        p = self.published
        return Day(p.year if self.year_known else None, p.month, p.day) if p else None


@dataclass(frozen=True)
class DateSpan:
    start: int      # offsets inside the sentence
    end: int
    day: Day


def find(sentence: str, anchor: Anchor, today: Day | None = None) -> list[DateSpan]:
    """Every date written in a sentence, in order. `today`: the day 今天 / 昨天 count from where
    it is not the publication day (a meeting's words: 会议指出，昨天召开的X)."""
    out: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for m in R.DATE_FULL.finditer(sentence):
        year = int(m.group(1)) if m.group(1) else None
        d = anchor.complete(int(m.group(2)), int(m.group(3)), year)
        if d:
            out.append(DateSpan(m.start(), m.end(), d))
            taken.append(m.span())
    for m in R.DATE_DAY.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        joined = [n for n, s in enumerate(out) if R.DATE_RANGE_JOIN.fullmatch(sentence, s.end, m.start())]
        if joined:        # 12月25日至26日: a meeting over several days is dated by its first
            first = out[joined[-1]]
            out[joined[-1]] = DateSpan(first.start, m.end(), first.day)
            continue
        month = _month_before(out, m.start()) or (anchor.published.month if anchor.published else None)
        if month is None:
            continue
        day = int(m.group(1))
        if anchor.published and not _month_before(out, m.start()) and day > anchor.published.day + LATE_SLACK_DAYS:
            month = month - 1 or 12
        d = anchor.complete(month, day)
        if d:
            out.append(DateSpan(m.start(), m.end(), d))
    relative = []
    for m in R.DATE_YEARS_AGO.finditer(sentence):
        years, base = _years(m.group(1)), _relative_base(sentence, out, m.start(), "今天", anchor, today)
        taken.append(m.span())        # (its 今天 is not the page's day, even where no year counts back)
        if years and base and base.year and (base.month, base.day) != (2, 29):
            relative.append(DateSpan(m.start(), m.end(), Day(base.year - years, base.month, base.day)))
    for m in R.DATE_RELATIVE.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        base = _relative_base(sentence, out, m.start(), m.group(1), anchor, today)
        day = shift(base, -_BACK[m.group(1)]) if base else None
        if day:
            relative.append(DateSpan(m.start(), m.end(), day))
    out.extend(relative)
    for m in R.DATE_WEEKDAY.finditer(sentence):
        if anchor.published and anchor.year_known:   # 上周五 in a Monday's report: the Friday three days before
            monday = anchor.published - timedelta(days=anchor.published.weekday())
            p = monday - timedelta(days=7 if m.group(1) == "上" else 0) + timedelta(days=min(_WEEKDAYS.index(m.group(2)), 6))
            out.append(DateSpan(m.start(), m.end(), Day(p.year, p.month, p.day)))
    return sorted(out, key=lambda s: s.start)


_WEEKDAYS = "一二三四五六日天"
_DIGITS = "一二三四五六七八九"
_CN_COUNT = re.compile(f"(?:([{_DIGITS}])?(十))?([{_DIGITS}])?")


def _years(written: str) -> int | None:
    """10 / 十 / 三 / 二十五: a count of years up to 99."""
    if written.isdigit():
        return int(written)
    if not written or not (m := _CN_COUNT.fullmatch(written)):
        return None
    tens = (_DIGITS.index(m.group(1)) + 1 if m.group(1) else 1) if m.group(2) else 0
    return tens * 10 + (_DIGITS.index(m.group(3)) + 1 if m.group(3) else 0)


_BACK = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "前日": 2, "当天": 0, "当日": 0, "次日": -1, "翌日": -1}


def _relative_base(sentence: str, spans: list[DateSpan], pos: int, word: str, anchor: Anchor,
                   today: Day | None) -> Day | None:
    """The day 今天 / 昨天 count from: the dateline's (长沙1月24日讯…今天召开: a report filed
    at night is published the next morning), else the publication day. 当天 / 当日 is the
    first day written in the sentence (a dateline's included), else unknown."""
    before = [s for s in spans if s.end <= pos]
    if word in ("当天", "当日"):       # (the sentence's own day: 2月5日晚,…在X上…当天下午)
        day = before[0].day if before else None
    elif word in ("次日", "翌日"):     # (1月9日晚召开X后，次日上午: the day after the last one written)
        day = before[-1].day if before else None
    else:
        lines = [s for s in before if sentence.startswith(R.DATELINE_END, s.end)]
        day = lines[-1].day if lines else None
        if day is None:
            return today or anchor.day()
    return day


def recalled(day: Day | None, anchor: Anchor) -> bool:
    """A day two years or more before the page's (十年前的今天): a past event the report recalls."""
    p = anchor.published
    return bool(day and day.year and p and anchor.year_known) and day.year <= p.year - 2


def day_after(day: Day | None) -> Day | None:
    """The day after `day` (次日 / 翌日 of a report's narrative)."""
    return shift(day, 1) if day else None


def shift(day: Day, days: int) -> Day | None:
    """`day` moved by `days`. Without a year the month and day stand only where a leap year
    and a common one agree: 昨天 from --03-01 is 02-28 or 02-29, so it is no day."""
    if day.year:
        d = date(day.year, day.month, day.day) + timedelta(days=days)
        return Day(d.year, d.month, d.day)
    found = set()
    for year in (_LEAP_YEAR, _LEAP_YEAR + 1):
        try:
            d = date(year, day.month, day.day) + timedelta(days=days)
        except ValueError:      # --02-29 only exists in a leap year
            continue
        found.add((d.month, d.day))
    return Day(None, *found.pop()) if len(found) == 1 else None


def _month_before(spans: list[DateSpan], pos: int) -> int | None:
    before = [s for s in spans if s.end <= pos]
    return before[-1].day.month if before else None


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
