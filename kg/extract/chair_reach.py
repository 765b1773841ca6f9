"""A chair sits at a meeting of his own place: 副市长甲主持, read while the province's meeting
and the city's follow-up are current together (会后，市里随即召开续会, one sitting a county
watched), chairs the city's follow-up, not the province's meeting."""
from __future__ import annotations

from collections import defaultdict

from kg.extract.relations import Role


def within_reach(roles: list[Role], official_place: dict[str, str | None],
                 meeting_place: dict[str, str | None]) -> list[Role]:
    """Drop a chair of a meeting wider than the chair's posts where the same words also make
    them chair of one at their own place; with no such meeting every chair stays. The sentence
    then tells of that meeting alone: 市长甲出席并讲话，副市长乙主持 puts 甲 at it only."""
    chairs: dict[tuple[str, int], list[Role]] = defaultdict(list)
    for r in roles:
        if r.chaired:
            chairs[(r.name, r.sentence)].append(r)
    narrowed: dict[int, set[str]] = defaultdict(set)
    for (name, _), held in chairs.items():
        own = official_place.get(name)
        if len(held) < 2 or not own or own == "全国":
            continue
        if any(meeting_place.get(r.meeting) == own for r in held):
            wide = {r.meeting for r in held if _wider(meeting_place.get(r.meeting), own)}
            narrowed[held[0].sentence] |= wide
    return [r for r in roles if r.meeting not in narrowed.get(r.sentence, ())
            or r.qualifier == "branch-venue"]


def _wider(place: str | None, own: str) -> bool:
    return place is not None and place != own and (place == "全国" or own.startswith(place))
