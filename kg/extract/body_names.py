"""Canonical names of bodies: one name per organ, whatever form a report writes.

Central organs come from the table in kg/data/central_bodies.tsv (党中央 -> 中共中央), local
organs from level + organ (省委 in a Jiangxi report -> 中共江西省委, 县政府 -> X县人民政府),
departments and working organs by filling the place in (教育局 -> 东安县教育局). Where the
report does not say which place, the written form is kept and the body belongs to that report
only (its jurisdiction is None), so two provinces' 省委 never share a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg import lexicon
from kg.extract import resources as R
from kg.extract.body_areas import area_committee, area_shorts
from kg.extract.body_full_forms import departments, full_form, port_units  # noqa: F401 (re-exported)
from kg.extract.body_terms import term_committee, term_committee_re  # noqa: F401 (re-exported)
from kg.extract.body_places import (autonomous_by_short, committee_place, free_place, full_place,
                                    government_template, named, place_path)
from kg.extract.jurisdiction import Region, court_grade


@dataclass(frozen=True)
class BodyRef:
    canonical: str
    written: str
    aliases: tuple[str, ...]
    jurisdiction: str | None        # 全国, 江苏省, 江苏省宿迁市...; None when the report does not say


@lru_cache(maxsize=None)
def central_forms() -> dict[str, tuple[str, tuple[str, ...]]]:
    return {**_forms("central_bodies"), **ministry_forms()}


@lru_cache(maxsize=None)
def ministry_forms() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every written form of a ministry or national agency (central_ministries.tsv)."""
    return _forms("central_ministries")


def _forms(table: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Written form -> (canonical name, its other forms), for a table of central organs."""
    out = {}
    for row in lexicon.rows(table):
        canonical, aliases = row[0], tuple(row[1].split()) if len(row) > 1 else ()
        for form in (canonical, *aliases):
            out[form] = (canonical, aliases)
    return out


@lru_cache(maxsize=None)
def local_organs() -> dict[str, str]:
    return {suffix: template for suffix, template, _kind in lexicon.rows("local_organs")}


@lru_cache(maxsize=None)
def local_re() -> re.Pattern:
    organs = R._alt([*local_organs(), *departments()])
    return re.compile(f"(?:(?P<listed>{R.listed_place_pattern()})|(?P<level>{R.level_pattern()})"
                      f"|(?P<free>{R.free_place_pattern()})|(?P<area>(?:{area_shorts()})?地)(?=委)|(?P<auto>{_auto()}))(?P<organ>{organs})")


def _auto() -> str:
    return R._alt(autonomous_by_short())


@lru_cache(maxsize=None)
def group_re() -> re.Pattern:
    suffix = R._alt(lexicon.words("group_suffixes"))
    task, work = (f"(?:(?![的在了和与是,，。、召收听看席届{x}{_NOT_IN_TASK}]|对(?!口)|领导小组|组长)[{R.CJK}]|{_TASK_MARKS})"
                  for x in ("", "各省市县区州"))
    # a task of two works joined by 和 (防范和处置非法集资工作领导小组), not two organs (市政府和各
    # 部门) nor places (三省一市工业和信息化部门: a counted level is no scope)
    return re.compile(f"(?<![{R.NUM}])(?P<scope>中央|国务院|全国|国家(?![级层公])|全(?:省|市|县|区)|{R.listed_place_pattern()}"
                      f"|(?!区)(?:{R.level_pattern()})|{_zone_ends()}区)(?!{R.listed_place_pattern()}|党政联席会议)(?P<task>{task}{{2,16}}?|{work}{{2,12}}?(?<!政府)(?<![委局厅部门])和{work}{{2,14}}?)(?P<suffix>{suffix})")


def _zone_ends() -> str:
    """Lookbehinds that keep the 区 ending a zone or area (成渝地区, 示范区, 片区) from reading as
    a level word. A scope followed by a second place (重庆四川…) is a joint of two, and a
    党政联席会议 is a sitting of a place's party and government leaders, not a standing organ."""
    heads = {w[:-1] for kind, w in lexicon.rows("body_zone_words") if kind == "zone" and w.endswith("区")}
    return "".join(f"(?<!{h})" for h in sorted(heads | {"地"}))


# a leading group's task names no department and holds no verb or list word: 市经信局要牵头建立
# 工作专班 / 市应急管理局等市防汛抗旱指挥部 are a department, then something else (对, not 对口支援);
# 市委关于本轮巡察组: a round (轮) is the tour, not the team
_NOT_IN_TASK = "局厅等要将须把轮"
# 市村(社区)“两委”换届工作领导小组: a bracketed or quoted word, and the 届 of 换届, inside a task
# (not levels in brackets: 边境县(市)禁毒工作联席会议 and 镇(街道)指挥部 are lists of levels);
# 市重要民生商品保供稳价工作领导小组: the 要 of 重要 is no verb
_TASK_MARKS = "\\((?![市区县旗镇乡街道]+\\))[\u4e00-\u9fff]{1,4}\\)|“[\u4e00-\u9fff]{1,6}”|(?<=换)届|(?<=重)要"


@lru_cache(maxsize=None)
def department_re() -> re.Pattern:
    """A department not in the list, found by its ending after a place or level (县水务局,
    潍坊市投资促进局); the caller checks that a level word starts a phrase."""
    stop = "".join(sorted(R.STOP_CHARS))
    word = f"(?:(?![{stop}局厅])[{R.CJK}])"
    # two remits joined by 和 (文化广电和旅游局, 农牧和科技局): 和 is a stop word elsewhere, and a
    # government (市政府和公安局) is not a remit
    return re.compile(f"(?:(?P<listed>{R.listed_place_pattern()})|(?P<level>{R.level_pattern()}))"
                      f"(?P<organ>(?:{word}{{2,6}}(?<!政府)和)?{word}{{2,8}}(?:局|厅))")


@lru_cache(maxsize=None)
def organ_lookalikes() -> tuple[str, ...]:
    return tuple(lexicon.words("organ_lookalikes"))


def canonical(written: str, region: Region) -> BodyRef | None:
    """The canonical body for a written form, or None if it is not a body we know how to read."""
    written = written.strip()
    if written in central_forms():
        name, aliases = central_forms()[written]
        return BodyRef(name, written, tuple(sorted({name, written, *aliases})), "全国")
    m = term_committee_re().fullmatch(written)
    if m:
        found = term_committee(m, written, region)
        return found and BodyRef(found[0], written, *found[1:])
    m = group_re().fullmatch(written)
    # 省人民代表大会常务委员会; a committee's office listed (省委金融委员会办公室) takes its template, as 金融办 does
    if m and (m["task"] + m["suffix"] not in local_organs() or m["task"][0] == "委" and m["suffix"] != "委员会办公室"):
        return _group(m, written, region)
    if written.endswith(port_units()):         # 江津海关 is its own name (body_ports); 区海关 none
        return None
    m = local_re().fullmatch(written)
    if m:
        return _local(m, written, region)
    m = department_re().fullmatch(written)
    if m and not written.endswith(organ_lookalikes()):
        return _local(m, written, region)
    if written in departments():                  # 教育局 in a county report: the county's
        place = region.place_for(region.level) if region.level else None
        if place is None:
            return BodyRef(written, written, (written,), None)
        shown = named(place, region)
        full = shown + full_form(written, place)
        return BodyRef(full, written, tuple(sorted({full, shown + written, written})), place_path(place, region))
    return None


def _local(m: re.Match, written: str, region: Region) -> BodyRef | None:
    organ = m.group("organ")
    if m.groupdict().get("area"):           # 喀什地委宣传部: a 地区's committee organ
        area = area_committee(m.group("area"), organ, local_organs().get(organ), region)
        return area and BodyRef(area[0], written, tuple(sorted({area[0], written, area[1]})), place_path(area[2], region))
    if m.group("level"):
        place = region.place_for(m.group("level"))
    elif m.groupdict().get("free"):
        place = free_place(m.group("free"), region)
        if place is None:
            return None
    elif m.groupdict().get("auto"):         # 黔东南州医保局
        place = autonomous_by_short()[m.group("auto")]
    else:
        place = full_place(m.group("listed"))
    if m.group("level") == "自治区" and place and not place.endswith("自治区"):
        place = None                        # 自治区党委 in a report placed in a province: not that province's
    if m.group("level") == "州" and place and not place.endswith("州"):
        place = None                        # 州政府 in a report placed in a city (a partner's named more): no city's
    template = government_template(place, local_organs().get(organ))
    if place is None:                       # 省委 in a report that never says which province
        return BodyRef(written, written, (written,), None)
    if template and "{place}党委" in template and not place.endswith(("自治区", "州", "兵团")):
        template = template.replace("{place}党委", "{place}委")     # 韩城市党委 is its 市委 (自治州, 兵团 keep 党委)
    shown = named(place, region)
    if template and "{place}委" in template and "{place}委员会" not in template:
        template = template.replace("{place}", committee_place(shown))
    full = template.format(place=shown, court=court_grade(place)) if template else shown + full_form(organ, place)
    short = shown + organ
    level_form = (m.group("level") or "") + organ
    aliases = {full, written, short, *([level_form] if m.group("level") else [])}
    if not template and shown != place and full_form(organ, place) != organ:
        full = place + full_form(organ, place)      # 黔东南州医保局: the full form is full in both parts
    return BodyRef(full, written, tuple(sorted(aliases)), place_path(place, region))


def _group(m: re.Match, written: str, region: Region) -> BodyRef:
    scope = m.group("scope")
    level = scope[1:] if scope.startswith("全") else scope
    # 市“一件事一次办”改革工作专班: named without the marks, as body_quoted names it
    task, shown = (x.replace("“", "").replace("”", "") for x in (m.group("task"), written))
    if scope in ("中央", "国务院", "全国", "国家"):       # 全国双拥工作领导小组, 国家禁毒委员会: national organs
        return BodyRef(shown, written, (shown,), "全国")
    place = region.place_for(level) if level in ("省", "市", "县", "区", "自治区", "州", "盟", "旗") else full_place(scope)
    bare = level + task + m.group("suffix")
    if place is None:
        return BodyRef(bare, written, tuple(sorted({bare, shown})), None)
    full = named(place, region) + task + m.group("suffix")
    return BodyRef(full, written, tuple(sorted({full, bare, shown})), place_path(place, region))


def party_group(organ: BodyRef) -> BodyRef:
    """An organ's party group, after the organ's longest place-first form: 江苏省教育厅党组,
    陕西省政协党组 (not 政协陕西省委员会党组), 全国政协党组."""
    base = max((a for a in organ.aliases if a.endswith(organ.written[-2:])), key=len, default=organ.written)
    name = base.removeprefix("中共") + "党组"
    return BodyRef(name, organ.written + "党组", tuple(sorted({name, organ.written + "党组"})), organ.jurisdiction)
