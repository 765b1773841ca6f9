"""Short forms of a department the report also names in full: 市政数局 after
广州市政务服务和数据管理局, 市城管执法局 beside 邢台市城市管理综合行政执法局.

A bureau's own reports write its name in full once and then a short form no table holds
(its staff's usage). Read alone, the short form is a second bureau, and its party group
(市政数局党组) a second group. It is the same bureau where the report names exactly one bureau of
that level whose remit begins with the same character and holds every character of the short
remit in order, but not as one run: 公安局 inside 公安局X分局 is the bureau over a branch.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract.meeting_refs import in_order

_PARTY = ("党组", "党委")
_LEVELS = "省市县区州旗"


@dataclass(frozen=True)
class _Ref:
    canonical: str
    jurisdiction: str | None


def _remit(ref: _Ref) -> tuple[str, str] | None:
    """(level, remit) of a bureau: 市 and 政数局 for 市政数局 or 广州市政数局 (where the place ends with 市)."""
    name, place = ref.canonical, ref.jurisdiction
    if place is None:
        return (name[0], name[1:]) if name[:1] in _LEVELS else None
    level = place[-1:]
    at = name.find(level)
    return (level, name[at + 1:]) if level in _LEVELS and at >= 0 else None


def _same(short: tuple[str, str], full: tuple[str, str]) -> bool:
    (level, s), (level_f, f) = short, full
    if level != level_f or len(s) < 3 or len(f) <= len(s) or s[0] != f[0] or s[:-1] in f:
        return False
    return in_order(s, f)


def redirects(bodies: list[tuple[str, str | None]]) -> dict[str, str]:
    """(canonical, jurisdiction) of a report's bodies -> {a bureau's short canonical: its full one};
    a short form's party group (广州市政数局党组) maps to the full bureau's (…管理局党组)."""
    fulls = {name: _remit(_Ref(name, place)) for name, place in bodies
             if name.endswith("局") and not name.endswith("分局")}
    if not fulls:
        return {}
    out = {}
    for name, place in bodies:
        base, party = (name[:-2], name[-2:]) if name.endswith(_PARTY) else (name, "")
        if not base.endswith("局"):
            continue
        short = _remit(_Ref(base, place))
        found = [n for n, remit in fulls.items() if n != base and short and remit and _same(short, remit)
                 and place in (None, _place_of(bodies, n))]
        if len(found) == 1:
            out[name] = found[0] + party
    return out


def _place_of(bodies, name: str) -> str | None:
    return next(p for n, p in bodies if n == name)


def to_full(hits: list) -> list:
    """The hits, each short form of a bureau the report names in full (or its party group) read as it."""
    red = redirects([(h.ref.canonical, h.ref.jurisdiction) for h in hits])
    if not red:
        return hits
    refs = {h.ref.canonical: h.ref for h in hits}
    out = []
    for h in hits:
        to = red.get(h.ref.canonical)
        if to:
            full = refs.get(to) or refs[to[:-2]]
            aliases = full.aliases if to in refs else (to,)
            h = replace(h, ref=replace(full, canonical=to, written=h.ref.written, aliases=tuple(sorted(aliases))))
        out.append(h)
    return out
