"""One method per template slot: `slot_NAME(place) -> [(text, label|None), ...]`.

The slot names are the ones documented at the top of kg/data/synth_templates.txt.
"""
from __future__ import annotations

from kg.train.fill import Filler, Place, chinese_number

_PARTS_OF_DAY = ("", "", "", "上午", "下午", "晚")


class SlotFiller(Filler):
    # ------------------------------------------------------------ dates and numbers
    def slot_DATE(self, place: Place) -> list:
        rng = self.rng
        year = f"{rng.randint(2015, 2025)}年" if rng.random() < 0.25 else ""
        return [(f"{year}{rng.randint(1, 12)}月{rng.randint(1, 28)}日{rng.choice(_PARTS_OF_DAY)}", None)]

    def slot_CDATE(self, place: Place) -> list:
        return [(f"{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日", None)]

    def slot_N(self, place: Place) -> list:
        return [(chinese_number(self.rng.randint(1, 39)), None)]

    # ------------------------------------------------------------ people
    def slot_PER(self, place: Place) -> list:
        return [(self.name(), "PER")]

    def slot_NAMES(self, place: Place) -> list:
        return self.names()

    def slot_POSTNAME(self, place: Place) -> list:
        return self.post_chain(place) + [(self.name(), "PER")]

    def slot_TOPNAME(self, place: Place) -> list:
        return self.post_chain(place, first_rank="top") + [(self.name(), "PER")]

    def slot_CPOSTNAME(self, place: Place) -> list:
        return self.post_chain(place, scope="central") + [(self.name(), "PER")]

    def slot_POSTNAMES(self, place: Place) -> list:
        r = self.rng.random()
        if r < 0.4:       # 副市长李四、王五: one post for a list of names
            return self.post_chain(place) + self.names(2, 4)
        sep = "、" if r < 0.8 else "，"
        out: list = []
        for i in range(self.rng.randint(2, 4)):
            if i:
                out.append((sep, None))
            out.extend(self.slot_POSTNAME(place))
        return out

    def slot_LEADERS(self, place: Place) -> list:
        return [(place.level.word + "领导", None)] + self.names()

    # ------------------------------------------------------------ bodies and meetings
    def slot_ORG(self, place: Place) -> list:
        rng = self.rng
        if rng.random() < 0.15:
            return self.slot_CORG(place)
        template = rng.choice(self.lex.bodies["local"])
        full = rng.random() < 0.3
        text = self.resolve(template, place, full)
        if full and template.startswith("{P}") and rng.random() < 0.5:
            text = "中共" + text
        return [(text, "ORG")]

    def slot_CORG(self, place: Place) -> list:
        return [(self.rng.choice(self.lex.bodies["central"]), "ORG")]

    def slot_MEETING(self, place: Place) -> list:
        template = self.rng.choice(self.lex.meetings["local"])
        return self.fill(self.resolve(template, place, self.rng.random() < 0.3), place)

    def slot_CMEETING(self, place: Place) -> list:
        return self.fill(self.rng.choice(self.lex.meetings["central"]), place)

    def slot_DIRECTIVE(self, place: Place) -> list:
        return self.fill(self.rng.choice(self.lex.directives), place)

    # ------------------------------------------------------------ plain text
    def slot_POLICY(self, place: Place) -> list:
        return [(self.rng.choice(self.lex.policies), None)]

    def slot_TOPIC(self, place: Place) -> list:
        return [(self.rng.choice(self.lex.topics), None)]

    def slot_FILLER(self, place: Place) -> list:
        rng = self.rng
        if rng.random() < 0.4:
            return [(rng.choice(self.lex.fillers), None)]
        parts = self.lex.clauses       # composed: [adv] verb obj [、verb obj] [，tail]
        text = (rng.choice(parts["adv"]) if rng.random() < 0.6 else "") + rng.choice(parts["verb"]) + rng.choice(parts["obj"])
        if rng.random() < 0.3:
            text += "、" + rng.choice(parts["verb"]) + rng.choice(parts["obj"])
        if rng.random() < 0.3:
            text += "，" + rng.choice(parts["tail"])
        return [(text, None)]

    def slot_PLACE(self, place: Place) -> list:
        return [(place.name, None)]

    def slot_SUB(self, place: Place) -> list:
        suffixes = _SUFFIXES.get(place.level.sub_word, (place.level.sub_word,))
        return [(self.invented(self.rng.choice(suffixes)), None)]

    def slot_SUBL(self, place: Place) -> list:
        return [(place.level.sub_word, None)]

    def slot_L(self, place: Place) -> list:
        return [(place.level.word, None)]

    # ------------------------------------------------------------ fixed per report, generic elsewhere
    slot_BODY = slot_ORG
    slot_CHAIR = slot_TOPNAME
    slot_CHAIRNAME = slot_PER
    slot_CLEADER = slot_PER
    slot_MEMBERS = slot_POSTNAMES
    slot_UPMEETING = slot_CMEETING


_SUFFIXES = {"市": ("市",), "县": ("县", "区"), "区": ("区",), "乡镇": ("镇", "乡"), "街道": ("街道",)}
