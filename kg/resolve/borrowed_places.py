"""Places a report leaves unsaid, borrowed from the rest of the corpus through a person.

A county report that never names its province or city writes "市委书记甲某" and relays
"全省X会议" and "市委常委会会议". Extraction cannot say whose; the corpus can: where the same
name holds the same post with its place written in other reports (乙市委书记甲某, in a
report on 丙省乙市) and in exactly one place, that place is the report's city, and its
province is the province of "全省". The report's meetings of those levels and the person's
mention then carry the place, so resolving joins them with the other reports.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import lru_cache

from kg.extract import resources as R
from kg.extract.body_names import canonical
from kg.extract.jurisdiction import Region
from kg.extract.name_scope import scope_of, split_scope
from kg.records import Extraction
from kg.resolve import borrowed_meetings

# the level a bare post's first character names (市委书记 -> a city's post)
_POST_LEVEL = {"省": "省", "市": "市", "州": "市", "盟": "市"}


def fill(extractions: list[Extraction]) -> list[Extraction]:
    placed = _PlacedPosts(_placed_posts(extractions))
    by_meeting = borrowed_meetings.places(extractions, _province, _has_level)
    return [_fill_one(ex, _agreed(_borrowed(ex, placed), by_meeting.get(ex.report.report_id, {})))
            for ex in extractions]


def _agreed(by_person: dict[str, str], by_meeting: dict[str, str]) -> dict[str, str]:
    """Both sources together; where they disagree on a level, neither is trusted."""
    out = dict(by_person)
    for level, place in by_meeting.items():
        if out.setdefault(level, place) != place:
            return {}
    return out


def _placed_posts(extractions) -> dict[str, dict[str, set[str]]]:
    """name -> post as written with its place -> jurisdictions where the corpus shows it;
    keyed by name first so each official looks only at the posts of that name."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for ex in extractions:
        for o in ex.officials:
            if o.jurisdiction and o.jurisdiction != "全国":
                for post in o.posts:
                    if post[:1] not in _POST_LEVEL:
                        out[o.name][post].add(o.jurisdiction)
    return out


class _PlacedPosts:
    """The places a bare post of a name can stand for, worked out once per (name, post): a
    common name holds many posts, and every report naming it would go through them all."""

    def __init__(self, by_name: dict[str, dict[str, set[str]]]):
        self.by_name, self.memo = by_name, {}

    def places(self, name: str, post: str) -> frozenset[str]:
        key = (name, post)
        if key not in self.memo:
            self.memo[key] = frozenset(_place_of(full, post, j) for full, js in self.by_name.get(name, {}).items()
                                       if full.endswith(post) and len(full) > len(post) for j in js)
        return self.memo[key]


def _borrowed(ex: Extraction, placed: _PlacedPosts) -> dict[str, str]:
    """level (省 / 市) -> the one place the corpus gives it for this report through a person, else
    nothing (a county comes only through a meeting, borrowed_meetings)."""
    found: dict[str, set[str]] = defaultdict(set)
    for o in ex.officials:
        for post in o.posts:
            level = _POST_LEVEL.get(post[:1])
            if not level or _has_level(ex.jurisdiction, level):
                continue
            places = set(placed.places(o.name, post))
            if len(places) == 1:
                place = places.pop()
                if level == "市" and _has_level(place, "市"):
                    found["市"].add(place)
                    found["省"].add(_province(place))
                elif level == "省" and _province(place):
                    found["省"].add(_province(place))
    return {level: next(iter(ps)) for level, ps in found.items() if len(ps) == 1 and all(ps)}


def _fill_one(ex: Extraction, borrowed: dict[str, str]) -> Extraction:
    if not borrowed:
        return ex
    meetings = []
    for m in ex.meetings:
        level = scope_of((split_scope(m.name)[0] or [None])[0])[0]
        if m.jurisdiction is None and level in borrowed and _fits(m.name, level, borrowed[level]):
            m = replace(m, jurisdiction=borrowed[level])     # a 全省 meeting watched at a county venue too
        meetings.append(m)
    officials = []
    for o in ex.officials:
        levels = {_POST_LEVEL.get(p[:1]) for p in o.posts}
        if len(levels) == 1 and (level := levels.pop()) in borrowed:
            o = replace(o, jurisdiction=borrowed[level])
        officials.append(o)
    return replace(ex, meetings=tuple(meetings), officials=tuple(officials),
                   bodies=tuple(_placed_body(b, borrowed) for b in ex.bodies))


def _fits(name: str, level: str, place: str) -> bool:
    """A county's place for a 县 meeting, a district's for a 区 one (全区 in a township of an
    autonomous region may be the region's)."""
    return level != "县" or borrowed_meetings.county_fits((split_scope(name)[0] or [""])[0], place)


def _placed_body(b, borrowed: dict[str, str]):
    """A bare 省委常委会 whose report never says which province takes the borrowed one; its
    local key stays, so the meetings it convened still point at it."""
    level = _POST_LEVEL.get(b.name[:1])
    if b.jurisdiction or level not in borrowed or level == "市" and "省" not in borrowed:
        return b
    province = borrowed["省"]
    city = borrowed["市"][len(province):] if "市" in borrowed else None
    ref = canonical(b.name, Region(level=level, province=province, prefecture=city))
    if ref is None or not ref.jurisdiction:
        return b
    return replace(b, name=ref.canonical, aliases=tuple(sorted({*ref.aliases, *b.aliases})),
                   jurisdiction=ref.jurisdiction)


def _place_of(full: str, post: str, jurisdiction: str) -> str:
    """The place a written post names (白山市委书记 -> 吉林省白山市), else its mention's."""
    written = full[:len(full) - len(post)]
    prefecture = R.prefectures().get(written) or R.prefectures().get(written + post[:1])
    if post[:1] in "市州盟" and prefecture:
        return prefecture[1] + prefecture[0]
    return jurisdiction


@lru_cache(maxsize=None)
def _province(place: str) -> str | None:
    return next((p for p in _provinces_longest_first() if place.startswith(p)), None)


@lru_cache(maxsize=1)
def _provinces_longest_first() -> tuple[str, ...]:
    return tuple(sorted(set(R.provinces().values()), key=len, reverse=True))


def _has_level(place: str | None, level: str) -> bool:
    """Does a jurisdiction string name a place of that level (甘肃省天水市 has 省 and 市;
    甘肃省天水市秦安县 and 秦安县 have 县)?"""
    if not place:
        return False
    province = _province(place)
    if level == "省":
        return bool(province)
    rest = place[len(province):] if province else place
    if level == "县":
        return any(s in rest for s in "县区旗") or rest.count("市") > 1
    return any(s in rest for s in "市州盟")
