"""Places as bodies name them: the short form of an autonomous prefecture (凉山州), a place
as a path from its province (江苏省宿迁市), and the committee form of a place whose own name is
one character (攸县 -> 攸县县委) or a new district (滨海新区 -> 滨海新区区委).
"""
from __future__ import annotations

from functools import lru_cache

from kg.extract import resources as R
from kg.extract.jurisdiction import Region


@lru_cache(maxsize=None)
def _autonomous_short() -> dict[str, str]:
    """凉山彝族自治州 -> 凉山州: bodies of an autonomous prefecture are named with its short
    form (中共凉山州委), as the prefecture itself writes them."""
    return {full: _own_name(short) + "州" for short, (full, _prov) in R.prefectures().items()
            if full.endswith("自治州") and short != full}


def _own_name(short: str) -> str:
    """红河哈尼族 -> 红河: a short form still holding an ethnonym (…族) is cut to the place's own
    two characters, as 红河州 and 海西州 are written; the others are the place's own name already."""
    return short[:2] if short.endswith("族") else short


def named(place: str) -> str:
    return _autonomous_short().get(place, place)


def full_place(written: str) -> str:
    if written in R.provinces():
        return R.provinces()[written]
    if written in R.prefectures():
        return R.prefectures()[written][0]
    return written


def place_path(place: str, region: Region) -> str:
    """A place as a path from its province where known (宿迁市 -> 江苏省宿迁市)."""
    if place == region.county and region.name:
        return region.name
    if place == region.prefecture and region.province and place != region.province:
        return region.province + place
    if place in R.prefectures() and R.prefectures()[place][0] == place:
        return R.prefectures()[place][1] + place
    return place


def committee_place(shown: str) -> str:
    """The place as its party committee's name writes it: 攸县县委 and 滨海新区区委, as 攸县委 or
    滨海新区委 would read as a place 攸 or 滨海新; other places as written (宿迁市委)."""
    if (len(shown) == 2 and shown[-1] in "县区") or shown.endswith("新区"):
        return shown + shown[-1]
    return shown


def government_template(place: str | None, template: str | None) -> str | None:
    """A special administrative region's government is 香港特别行政区政府, not a 人民政府."""
    if place and template and place.endswith("特别行政区") and template.endswith("人民政府"):
        return template.removesuffix("人民政府") + "政府"
    return template
