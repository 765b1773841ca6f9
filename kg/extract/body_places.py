"""Places as bodies name them: the short form of an autonomous prefecture (凉山州), a place
as a path from its province (江苏省宿迁市), and the committee form of a place whose own name is
one character (攸县 -> 攸县县委) or a new district (滨海新区 -> 滨海新区区委).
"""
from __future__ import annotations

from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.county_places import autonomous_short, county_unit
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


def as_written(level_word: str, place: str, region: Region) -> str:
    """州续会 -> 玉树州续会, not 玉树藏族自治州续会: an autonomous prefecture's meetings are
    named with its short form, as its own reports write them (as its bodies are). An
    autonomous county's take the short form where the report writes it (积石山县 beside a
    header's 积石山保安族东乡族撒拉族自治县), else its full name."""
    if level_word == "州":
        return _autonomous_short().get(place, place)
    short = autonomous_short(place)
    return short if short in region.places else place


@lru_cache(maxsize=None)
def autonomous_by_short() -> dict[str, str]:
    """黔东南州 -> 黔东南苗族侗族自治州: the short form bodies are written with (黔东南州医保局)."""
    return {short: full for full, short in _autonomous_short().items()}


def free_place(written: str, region: Region) -> str | None:
    """The county-level place an organ is written after (肥西县政府, 桃源县市场监管局): one the
    report names as a place, or a county in kg/data/counties.tsv of the report's province (a
    city report lists its counties' organs once each, never naming them as actors)."""
    if written in region.places:
        return written
    # a name two provinces' units share (朝阳区) is the one in the report's province
    units = [u for u in _units_by_name().get(written, ()) if u[1] == region.province]
    if len(units) == 1:
        return units[0][0]
    unit = county_unit(written)
    if unit is None or region.province not in (None, unit[2]):
        return None
    return unit[0]


@lru_cache(maxsize=None)
def _units_by_name() -> dict[str, tuple[tuple[str, str], ...]]:
    """Full name of a county-level unit -> ((full name, province), ...) of every unit so named."""
    out: dict[str, set] = {}
    for full, _short, _prefecture, province in lexicon.rows("counties"):
        out.setdefault(full, set()).add((full, province))
    return {k: tuple(v) for k, v in out.items()}


def named(place: str, region: Region) -> str:
    """A place as its bodies are named: 凉山州 for 凉山彝族自治州, and an autonomous county as
    its report writes it (as_written)."""
    return as_written("县" if place.endswith("自治县") else "州", place, region)


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
