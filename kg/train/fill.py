"""Slot filling: turns a template into segments (text, label|None) for one jurisdiction.

Every random choice goes through the `random.Random` handed in, so a seed fixes the output.
Names are synthetic (surname + given-name characters from kg/data/synth_*); places below
the provincial level are invented from synth_place_chars.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from kg.train import lexicons
from kg.train.lexicons import Level
from kg.train.markup import parse

_NUMERALS = "零一二三四五六七八九"
_PLACEHOLDERS = ("{P}", "{L}", "{G}", "{VG}")


@dataclass(frozen=True)
class Place:
    name: str        # 江西省 / 青阳市
    level: Level


def chinese_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    if not tens:
        return _NUMERALS[ones]
    head = "" if tens == 1 else _NUMERALS[tens]
    return head + "十" + (_NUMERALS[ones] if ones else "")


class Filler:
    def __init__(self, rng: random.Random, lex: lexicons.SynthLexicons | None = None):
        self.rng = rng
        self.lex = lex or lexicons.load()

    # ------------------------------------------------------------ templates
    def fill(self, template: str, place: Place, fixed: dict | None = None) -> list:
        out: list = []
        self._fill(parse(template), place, fixed or {}, out)
        return out

    def _fill(self, parts, place, fixed, out) -> None:
        for kind, value, label in parts:
            if kind == "text":
                out.append((value, None))
            elif kind == "ent":
                inner: list = []
                self._fill(value, place, fixed, inner)
                out.append(("".join(text for text, _ in inner), label))
            elif value in fixed:
                out.extend(fixed[value])
            else:
                out.extend(getattr(self, "slot_" + value)(place))

    def resolve(self, template: str, place: Place, full: bool = False) -> str:
        """Fill {P}/{L}/{G}/{VG}; with `full`, a leading one carries the place name (江西省委...)."""
        lv = place.level
        if full:
            for key in _PLACEHOLDERS:
                at = template.find(key)
                if at in (0, 1) and (at == 0 or template[0] == "["):
                    template = template[:at] + self._full(key, place) + template[at + len(key):]
                    break
        return (template.replace("{P}", lv.party).replace("{L}", lv.word)
                .replace("{VG}", lv.deputy).replace("{G}", lv.head))

    @staticmethod
    def _full(key: str, place: Place) -> str:
        lv = place.level
        return {"{P}": place.name + lv.party[len(lv.word):], "{L}": place.name,
                "{G}": place.name + lv.head, "{VG}": place.name + lv.deputy}[key]

    # ------------------------------------------------------------ places
    def place(self) -> Place:
        rng, lex = self.rng, self.lex
        r = rng.random()
        if r < 0.45:
            name, kind = rng.choice(lex.provinces)
            return Place(name, lex.levels[kind])
        kind = "city" if r < 0.75 else "county" if r < 0.95 else "district"
        return Place(self.invented(lex.levels[kind].suffix), lex.levels[kind])

    def invented(self, suffix: str) -> str:
        a, b = self.rng.sample(self.lex.place_chars, 2)
        return a + b + suffix

    # ------------------------------------------------------------ people
    def name(self) -> str:
        rng, lex = self.rng, self.lex
        r = rng.random()
        if r < 0.04:
            first, second = rng.choice(lex.syllables), rng.choice(lex.syllables)
            return first + ("·" if rng.random() < 0.6 else "") + second
        surname = rng.choice(lex.double_surnames) if r < 0.07 else rng.choice(lex.surnames)
        given = rng.choice(lex.given_chars)
        if rng.random() < 0.65:
            given += rng.choice(lex.given_chars)
        return surname + given

    def names(self, low: int = 2, high: int = 6) -> list:
        rng, out = self.rng, []
        sep = "、" if rng.random() < 0.9 else rng.choice(("", "，", " "))
        for i in range(rng.randint(low, high)):
            if i:
                out.append((sep, None))
            name = self.name()
            if len(name) == 2 and rng.random() < 0.08:   # pages pad two-character names
                name = name[0] + rng.choice(("　", "  ")) + name[1]
            out.append((name, "PER"))
        return out

    def post_chain(self, place: Place, scope: str = "local", first_rank: str | None = None,
                   ranks: tuple[str, ...] = ("top", "lead", "member", "member"), count: int = 0) -> list:
        """Posts joined by 、 (省委副书记、省长); `count` 0 draws one to three."""
        rng, out = self.rng, []
        count = count or (1 if rng.random() < 0.7 else 2 if rng.random() < 0.85 else 3)
        for i in range(count):
            rank = first_rank if (i == 0 and first_rank) else rng.choice(ranks)
            template = rng.choice(self.lex.posts[(scope, rank)])
            if i and rank == "member" and template.startswith("{P}") and rng.random() < 0.5:
                template = template[3:]          # 省委常委、秘书长: the second post drops the organ
            if i:
                out.append(("、", None))
            out.append((self.resolve(template, place, full=(i == 0 and rng.random() < 0.2)), "POST"))
        return out
