"""Whole synthetic reports for the benchmark: central meetings relayed down the levels.

    >>> from kg.train.reports import generate_reports
    >>> name, text = next(generate_reports(1, seed=1)); name
    'synth_000000.txt'

The corpus is a sequence of cascades. Each cascade is one central meeting (with its date)
relayed by meetings of provinces, their (invented) cities and counties a few days later;
a report describes one relaying meeting, names the meeting above it, and keeps the same
officials for the same jurisdiction in every report, so resolution has something to merge.
All choices come from one seed; officials and sub-divisions are seeded by place name.
"""
from __future__ import annotations

import datetime
import random
from typing import Iterator

from kg.train.fill import Place
from kg.train.slots import SlotFiller

_REPORTS_PER_CASCADE = (20, 60)
_CHILD_KIND = {"province": "city", "region": "city", "municipality": "district", "city": "county"}
_SECTIONS = ("title", "byline", "open", "relay", "attend", "body", "policy", "branch", "close")


class _World:
    """Jurisdictions and their officials, made on first use and kept for the whole corpus."""

    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(seed)
        self.filler = SlotFiller(self.rng)
        self.lex = self.filler.lex
        self.leader = [(self.filler.name(), "PER")]
        self._children: dict[str, tuple[Place, ...]] = {}
        self._people: dict[str, tuple[list, list, list]] = {}

    def local(self, key: str) -> SlotFiller:
        """A filler seeded by `key`, so a place's sub-divisions and officials never depend on order."""
        return SlotFiller(random.Random(f"{self.seed}:{key}"), self.lex)

    def children(self, place: Place) -> tuple[Place, ...]:
        if place.name not in self._children:
            filler = self.local("sub:" + place.name)
            level = self.lex.levels[_CHILD_KIND[place.level.kind]]
            names = {filler.invented(level.suffix) for _ in range(filler.rng.randint(4, 10))}
            self._children[place.name] = tuple(Place(n, level) for n in sorted(names))
        return self._children[place.name]

    def people(self, place: Place) -> tuple[list, list, list]:
        """(chair with post, chair's name, members with posts) of one jurisdiction."""
        if place.name not in self._people:
            filler = self.local("people:" + place.name)
            chair_name = [(filler.name(), "PER")]
            chair = filler.post_chain(place, first_rank="top", count=1) + chair_name
            members = [filler.post_chain(place, ranks=("lead", "member")) + [(filler.name(), "PER")]
                       for _ in range(6)]
            self._people[place.name] = (chair, chair_name, members)
        return self._people[place.name]


def generate_reports(n: int, seed: int) -> Iterator[tuple[str, str]]:
    """Yield `n` pairs (file name, report text), the same for the same seed."""
    world = _World(seed)
    rng, filler = world.rng, world.filler
    made = 0
    while made < n:
        central = filler.slot_CMEETING(None)
        start = datetime.date(rng.randint(2018, 2025), 1, 1) + datetime.timedelta(days=rng.randint(0, 330))
        meetings: dict[str, tuple[list, datetime.date]] = {}
        for _ in range(min(rng.randint(*_REPORTS_PER_CASCADE), n - made)):
            chain = _pick_chain(world)
            above = (central, start)
            for place in chain:
                if place.name not in meetings:
                    lag = datetime.timedelta(days=rng.randint(0, 3))
                    meetings[place.name] = (_meeting(filler, place), above[1] + lag)
                above_of_place, above = above, meetings[place.name]
            yield f"synth_{made:06d}.txt", _report(world, chain[-1], above, above_of_place, central, start)
            made += 1


def _pick_chain(world: _World) -> list[Place]:
    rng = world.rng
    name, kind = rng.choice(world.lex.provinces)
    chain = [Place(name, world.lex.levels[kind])]
    while chain[-1].level.kind in _CHILD_KIND and rng.random() < 0.6:
        chain.append(rng.choice(world.children(chain[-1])))
    return chain


def _meeting(filler: SlotFiller, place: Place) -> list:
    template = filler.rng.choice([t for t in filler.lex.meetings["local"] if t.startswith("[")])
    return filler.fill(filler.resolve(template, place, full=filler.rng.random() < 0.3), place)


def _date(day: datetime.date, rng: random.Random) -> str:
    year = f"{day.year}年" if rng.random() < 0.3 else ""
    return f"{year}{day.month}月{day.day}日"


def _report(world, place, own, above, central, central_day) -> str:
    rng, filler = world.rng, world.filler
    chair, chair_name, members = world.people(place)
    listed = rng.sample(members, rng.randint(2, 4))
    member_segments: list = []
    for i, person in enumerate(listed):
        member_segments.extend(([("、", None)] if i else []) + person)
    body = [seg for seg in own[0] if seg[1] == "ORG"][:1] or filler.slot_ORG(place)
    fixed = {
        "BODY": body, "DATE": [(_date(own[1], rng), None)], "MEETING": own[0], "CHAIR": chair, "CHAIRNAME": chair_name,
        "MEMBERS": member_segments, "CMEETING": central, "CDATE": [(_date(central_day, rng), None)],
        "CLEADER": world.leader, "UPMEETING": above[0],
    }
    sections = world.lex.report_sections
    lines = []
    for section in _SECTIONS:
        if section == "relay" and above[0] is central:
            continue
        count = rng.randint(2, 5) if section == "body" else 1
        sentences = [filler.fill(rng.choice(sections[section]), place, fixed) for _ in range(count)]
        text = "".join(seg for sentence in sentences for seg, _ in sentence)
        if text:
            lines.append(text)
    return "\n".join(lines) + "\n"
