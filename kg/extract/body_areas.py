"""Organs of a 地区 (a prefecture that is no city: 喀什地区, 阿里地区). Its party committee is the
地委 (喀什地委, bare 地委 in the area's own reports), and the committee's organs are written after
it (地委宣传部, 阿里地委理论学习中心组): neither the place name nor a level word before 委 spells
that, so the local-organ pattern reads 喀什地 / 地 as the place and fills the committee organ's
template with it (中共喀什地委宣传部)."""
from __future__ import annotations

from functools import lru_cache

from kg.extract import resources as R
from kg.extract.jurisdiction import Region


@lru_cache(maxsize=None)
def area_shorts() -> str:
    """Alternation of the short names of prefectures that are 地区 (喀什)."""
    return R._alt(k for k, (full, _) in R.prefectures().items() if full.endswith("地区") and k != full)


def _area(written: str, region: Region) -> str | None:
    """The 地区 a 地委 form is of: the one written, or the report's own."""
    if written != "地":
        return R.prefectures()[written[:-1]][0]
    return region.prefecture if region.prefecture and region.prefecture.endswith("地区") else None


def area_committee(written_area: str, organ: str, template: str | None,
                   region: Region) -> tuple[str, str, str] | None:
    """(canonical, short form, 地区) of a committee organ of a 地区, or None where the report does
    not say which 地区 or the organ is no committee's (its template has no {place}委)."""
    place = _area(written_area, region)
    if place is None or not template or "{place}委" not in template:
        return None
    shown = place.removesuffix("地区") + "地"
    return template.replace("{place}", shown), shown + organ, place
