"""Bodies in the text: standalone mentions of organs (not inside a post, a meeting name or a
《title》), bodies written inside a string (a meeting's convener), and their canonical forms
(body_names.py). The scanner that finds the names is body_scan.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.extract import body_checks as C
from kg.extract import (body_areas, body_branches, body_dept_shorts, body_lists, body_offices, body_parks, body_ports, body_presidiums,
                        body_quoted, body_short_offices, body_shorts, body_stationed, body_towns, body_zones)
from kg.extract.body_groups import bare_groups, convened_group, group_after, party_body
from kg.extract import resources as R
from kg.extract.body_branches import canonical
from kg.extract.body_names import BodyRef, place_path
from kg.extract.body_scan import (MAX_BODY, _anchor_re, _central_re, _department_at, _scan,  # noqa: F401
                                  leftmost_longest)
from kg.extract.jurisdiction import Region
from kg.extract.sentences import Sentence

__all__ = ["BodyRef", "BodyHit", "canonical", "place_path", "find", "find_in", "leading"]


@dataclass(frozen=True)
class BodyHit:
    ref: BodyRef
    start: int
    end: int
    sentence: int


# ------------------------------------------------------------------ mentions in text
def find(sentences: list[Sentence], region: Region, masked: list[tuple[int, int]]) -> list[BodyHit]:
    """Standalone body mentions (not inside a post, a meeting name or a 《title》)."""
    out: list[BodyHit] = []
    headers: list[BodyHit] = []
    area = None             # the report's own 地区, read only for a bare 地委
    for s in sentences:
        for a, b in _scan(s.text):
            # 省政协党组要…, 市公安局党委召开…: the organ's party group (in 党组书记 only a post's)
            word = group_after(s.text, b, s.text[a:b])
            group = word is not None
            start, end = s.offset(a), s.offset(b + 2 * group)
            headed = not group and bool(R.post_head_regex().match(s.text, b + 2 * s.text.startswith(("党组", "党委"), b)))
            if headed and (not C.working_organ(s.text[a:b]) or C.commander_only(s.text, a, b)):
                continue        # 市政府副市长 is a post; 市水务局(党组书记)局长 names the bureau he heads
            if not headed and any(x < end and start < y for x, y in masked) or C.not_after().match(s.text, b):
                continue
            if C.inside_title(s.text, a) and not C.title_issuer(s.text, a, b) or C.TERM_BEFORE.search(s.text, max(0, a - 6), a) \
                    or C.after_page_label(s.text, a):
                continue        # 《…》 titles; 十四届全国人大一次会议 is a session; 主办：X (page furniture)
            if s.text[a - 1:a] in "(（" and s.text[b:b + 1] in ")）" and not C.second_hat(s.text, a, b) \
                    or C.page_furniture(s, a, b):
                if b == len(s.text):        # a line that ends with the organ: the site's name
                    headers.append(BodyHit(canonical(s.text[a:b], region), start, end, s.index))
                continue        # (县政府办): a byline; 某市人民政府 | 政务公开: the site's masthead
            if C.GENERIC_LEVELS_LEFT.search(s.text, max(0, a - 12), a) or C.collective(s.text[a:b]):
                continue        # 各县（市）区政府, 人大各专门委员会: every one of a kind, not one body
            ref, at = canonical(s.text[a:b], region), a
            if ref is None and s.text.startswith("地委", a):      # 地委宣传部 on a 地区's own page
                area = area or [body_areas.own_area(sentences, region)]
                ref = area[0] and canonical(s.text[a:b], area[0])
            if ref is None:
                # 要求市人力资源社会保障局: "求市" read as an unknown place; the level word is the start
                level_at = next((a + k for k in range(1, 5) if s.text[a + k:a + k + 1] in _LEVEL_CHARS), None)
                if level_at is not None:
                    level_at -= 2 * (level_at - 2 >= a and s.text.startswith("自治", level_at - 2))   # 受自治区…
                    ref, start, at = canonical(s.text[level_at:b], region), s.offset(level_at), level_at
            listed, counted = body_lists.shared(s.text, at, b, region)
            out.extend(BodyHit(r, s.offset(x), s.offset(y), s.index) for r, x, y in listed)
            if ref and not counted:
                out.append(BodyHit(party_body(ref, word) if group else ref, start, end, s.index))
                convened = None if group else convened_group(s.text, b, s.text[a:b])
                if convened:
                    out.append(BodyHit(party_body(ref, convened), start, end, s.index))
    # zone organs and port units are read whole: a local organ found inside one (州海关) goes
    zones = [BodyHit(*z) for z in (*body_zones.find(sentences, region, masked), *body_ports.find(sentences),
                                      *body_branches.find(sentences), *body_offices.find(sentences),
                                      *body_parks.find(sentences), *body_presidiums.find(sentences, region),
                                      *body_quoted.find(sentences, region))]
    towns = [BodyHit(*t) for t in body_towns.find(sentences, region)]     # 坂仔镇党委: the town's committee
    zones += towns
    held = [(z.start, z.end, z.sentence) for z in zones] + body_stationed.spans(sentences) + body_parks.spans(sentences)
    inside = [any(n == h.sentence and a < h.end and h.start < b for a, b, n in held) for h in out]
    # a bare 总局党委 still finds the central agency written inside a unit's name (国家税务总局上海市税务局)
    known = [h for h, i in zip(out, inside) if not i or h.ref.jurisdiction == "全国"]   # a bare 局党委: an agency's unit's too
    known = sorted(known + [z for z in zones if body_branches.is_unit(z.ref)], key=lambda h: (h.sentence, h.start))
    groups = [BodyHit(*g) for g in bare_groups(sentences, known, [h for h in headers if h.ref], region)]
    groups += [BodyHit(*o) for o in body_short_offices.find(sentences, known + groups)]     # 市普查办: its group's office
    hits = body_dept_shorts.to_full(body_shorts.to_full([h for h, i in zip(out, inside) if not i] + zones + groups))
    return body_towns.own_bare(hits, towns) if towns else hits


_LEVEL_CHARS = "省市县区州旗"


def find_in(name: str, region: Region) -> list[BodyRef]:
    """Bodies written inside a string such as a meeting's name (区委会议 -> 区委)."""
    unit = body_branches.leading(name)
    if unit:
        return [unit]
    town = body_towns.town_committee(name, 0, region)
    if town:
        return [town[0]]
    out = []
    for a, b in _scan(name):
        ref = canonical(name[a:b], region)
        if ref:
            out.append(ref)
    return out


def leading(text: str, region: Region) -> BodyRef | None:
    """The body a text starts with (区委 in 区委理论学习中心组), if any."""
    unit = body_branches.leading(text)
    if unit:
        return unit
    town = body_towns.town_committee(text, 0, region)
    if town:
        return town[0]
    for a, b in _scan(text):
        if a == 0:
            return canonical(text[:b], region)
    return None

