"""Organs of a 地区 (a prefecture that is no city: 喀什地区, 阿里地区). Its party committee is the
地委 (喀什地委, bare 地委 in the area's own reports), and the committee's organs are written after
it (地委宣传部, 阿里地委理论学习中心组): neither the place name nor a level word before 委 spells
that, so the local-organ pattern reads 喀什地 / 地 as the place and fills the committee organ's
template with it (中共喀什地委宣传部)."""
from __future__ import annotations

import re
from dataclasses import replace
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


def own_area(sentences, region: Region) -> Region | None:
    """The report's region with its 地区 filled in, where the report does not place itself in one
    (a 地区's page writes 地委书记, a level word the region does not read) but names exactly one
    地区 of its province: its bare 地委 (地委宣传部) is that area's."""
    if region.prefecture is not None or region.county is not None:
        return None
    named = {R.prefectures()[m.group(1) or m.group(2)][0] for s in sentences for m in _area_names_re().finditer(s.text)}
    named = {a for a in named if region.province in (None, R.prefectures()[a][1])}
    return replace(region, prefecture=named.pop()) if len(named) == 1 else None


@lru_cache(maxsize=None)
def _area_names_re():
    """A 地区 written by its full name (喀什地区) or its short name before 地委 (和田地委)."""
    fulls = [k for k, (full, _) in R.prefectures().items() if full.endswith("地区") and k == full]
    return re.compile(f"({R._alt(fulls)})|({area_shorts()})(?=地委)")
