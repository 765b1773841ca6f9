"""Party committees written with their term: (中国共产党)宿迁市第六届委员会 is 中共宿迁市委."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import resources as R
from kg.extract.body_places import full_place, named, place_path
from kg.extract.jurisdiction import Region


@lru_cache(maxsize=None)
def term_committee_re() -> re.Pattern:
    """A party committee written with its term: (中国共产党)宿迁市第六届委员会 is 中共宿迁市委."""
    return re.compile(f"(?:中国共产党|中共)?(?:(?P<listed>{R.listed_place_pattern()})(?P<free>{R.free_place_pattern()})?"
                      f"|(?P<level>{R.level_pattern()})|(?P<free_only>{R.free_place_pattern()}))"
                      f"第?[{R.NUM}\\d]+届(?:委员会|委)")


def term_committee(m: re.Match, written: str, region: Region) -> tuple[str, tuple[str, ...], str] | None:
    """(canonical, aliases, jurisdiction) of the committee of the innermost place written
    (宜昌市X区第九届委员会 -> X区's)."""
    place = m.group("free") or m.group("free_only")
    if place and place not in region.places:
        place = None if not m.group("listed") else full_place(m.group("listed"))
    elif not place:
        place = region.place_for(m.group("level")) if m.group("level") else full_place(m.group("listed"))
    if place is None:
        return None
    shown = named(place, region)
    full = f"中共{shown}委"
    return full, tuple(sorted({full, written, shown + "委"})), place_path(place, region)
