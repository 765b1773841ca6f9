"""How a meeting written without its own scope is named and whose it is.

  省委常委会召开扩大会议      -> 省委常委会扩大会议 (the holder written before 召开)
  我市立即召开会议            -> 市会议, or 宿迁市会议 where the report names its city
  县委书记…主持召开七届常委会第6次会议 -> 县委七届常委会第6次会议 (the chair's organ)
  全国、全省会议精神 (全省会议 already named) -> 全国 + the same kind of meeting
and the body a meeting's name holds (中央政治局常务委员会会议 -> 中共中央政治局常务委员会).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon
from kg.extract import bodies
from kg.extract import resources as R
from kg.extract import name_scope as S
from kg.extract.body_places import as_written
from kg.extract.branch_organs import branch_of
from kg.extract.jurisdiction import Region
from kg.extract.meeting_labels import choose_label


def holder(subj: str, region: Region):
    """The body that holds a meeting (区委理论学习中心组召开… -> 区委), if the subject is one."""
    subj = _PARTY_PREFIX.sub("", subj)       # 中共浙江省委常委会召开会议: the province's organ
    subj = branch_of(subj)                   # 国家税务总局苏州市税务局召开: Suzhou's bureau
    return bodies.canonical(subj, region) or bodies.leading(subj, region)


def named_by_subject(subj: str, holder, name: str, region: Region):
    """召开X with a subject: 省委常委会召开扩大会议 -> 省委常委会扩大会议 (the holder's level);
    我市召开会议 -> 市会议 (宿迁市会议 where the report says which city); 宁化县召开会议 -> 宁化县会议."""
    if holder:
        # (四川省委常委会召开扩大会议: the written place, so a roundup's provinces stay apart)
        return level_of_body(subj), _written_place(subj), _joined(subj, name)
    bare = region.self_word(subj.lstrip("我本全").removesuffix("里"))    # 县里随即召开续会
    level, place = S.scope_of(bare)
    if not level:
        organ_level = level_of_body(subj)       # 中共安吉县委常委会召开会议 (no holder known)
        if organ_level:
            return organ_level, None, _joined(subj, name)
        # 大会主席团举行第一次会议, 巡视组召开反馈会议: a working organ no table lists
        # X镇召开党委会议, X中院召开审判委员会会议: a unit below the tables' places and organs
        named = _WORKING_ORGAN.search(subj) or _subject_unit().fullmatch(subj)
        lead = _PLACE_LEAD.match(subj) if _WORKING_ORGAN.search(subj) else None
        return (*S.scope_of(lead.group()), _joined(subj, name)) if lead else (None, None, _joined(subj, name)) if named \
            else (None, None, name)
    place = place or region.place_for(bare)
    return level, place, (as_written(bare, place, region) if place else bare) + name


def _joined(subj: str, name: str) -> str:
    """局党组召开党组（扩大）会议 -> 局党组(扩大)会议: the organ word the name repeats is written once."""
    overlap = next((k for k in (4, 3, 2) if len(name) > k and subj.endswith(name[:k])), 0)
    return subj + name[overlap:]


def _written_place(subj: str) -> str | None:
    scopes, _ = S.split_scope(_PARTY_PREFIX.sub("", subj))
    return S.scope_of(scopes[0])[1] if scopes else None


def placed_by_chair(span, name: str, level: str, chairs, region: Region):
    """广东省委书记X主持召开省委常委会会议 -> 广东省委常委会会议: the chair's written place at the
    name's level (a roundup of provinces names each sitting by its own chair); not where another
    of the chair's posts is the report's own place (苏州市委常委、昆山市委书记甲主持召开市委常委会
    会议 on 昆山's page: 昆山's sitting)."""
    before = [posts for pos, posts in chairs if pos <= span.start]
    scopes = S.split_scope(before[-1][0])[0] if before else None
    level_of, place = S.scope_of(scopes[0]) if scopes else (None, None)
    word = next((w for w in ("自治区", "省", "市", "县", "区") if name.startswith(w)), None)
    own = word and region.place_for(word)
    if place and level_of == level and word and place.endswith(word) \
            and not (own and own != place and any(p.startswith(own) for p in before[-1])):
        return place, place + name[len(word):]
    return None, name


def named_by_chair(span, name: str, chairs):
    """主持召开七届常委会第67次会议 by a 县委书记 -> 县委七届常委会第67次会议; 领导小组第三次会议
    by the 市X领导小组组长 -> 市X领导小组第三次会议 (a group's sitting is its own, not the 市委's)."""
    group = _GROUP_HEAD.match(name)
    for pos, posts in chairs:
        if pos > span.start:
            continue
        if group:
            for post in posts:
                at = post.find(group.group())
                if at > 0 and (m := _LEVEL_HEAD.match(post)):
                    return post[:at] + name, S.LEVEL_OF[m.group(1)]
        elif m := re.match(r"(自治区|省|市|县|区)(委|政府|党委)", posts[0]):
            return m.group() + name, S.LEVEL_OF[m.group(1)]
    return name, None


# (党组会议 by the 省统计局党组书记 -> 省统计局党组会议: a party group's sitting is its organ's)
_GROUP_HEAD = re.compile("(?:领导小组|委员会|指挥部|党组)(?!办)")


_TOPIC = re.compile(r"^[，,]?(?:专题)?(?:研究|调度|推进)(?:部署)?([^，,。；;、]{4,30}?)(?:工作|事宜|有关事项|问题)?[，,。；;]")


_TOPIC_SITTING = re.compile("^专题会(?:议)?$")
_DEPLOYED = re.compile("关于(.{2,20}?)的(?:决策|工作)?(?:部署|要求)$")


def named_by_topic(text: str, span, region: Region):
    """主持召开专题会，研究X工作 -> (level, place, 市X专题会): a bare 专题会 is named by what it
    studies, with the report's own place; None when the sentence does not say."""
    m = _TOPIC.match(text[span.end:])
    if not m or not region.level or not _TOPIC_SITTING.match(span.name):
        return None
    place = region.place_for(region.level)
    # (研究落实常务会议关于稳外资工作的部署: the work the deployment is about)
    topic = (inner := _DEPLOYED.search(m.group(1))) and inner.group(1) or m.group(1)
    return region.level, place, (place or "") + topic + "专题会"


def borrow_rest(events) -> None:
    """全国、全省会议精神 where 全省会议 is the 全省X电视电话会议 already named: 全国会议 is
    the 全国X电视电话会议 (coordinated meetings are of one kind)."""
    siblings: dict = {}
    for span, local, _kind in events:
        siblings.setdefault((span.start, span.end), []).append((span, local))
    for group in siblings.values():
        donors = [local for _, local in group if not local.generic]
        if len(group) < 2 or not donors:
            continue
        rest = S.split_scope(choose_label(donors[0]))[1]
        for span, local in group:
            if local.generic and len(local.names) == 1:
                scopes, _ = S.split_scope(span.name)
                local.names = [(scopes[0] if scopes else "") + rest]
                local.core = S.core(rest)
                local.format = local.format or donors[0].format


def level_of_body(written: str) -> str | None:
    # 中共 before a place's organ (中共浙江省委常委会) is the party, not the nation
    written = _PARTY_PREFIX.sub("", written)
    if written.startswith(("我", "本")):
        return None         # 我县在分会场召开续会: the report's own place (Region.self_word), no organ
    m = re.match(r"(?:全)?(自治区|省|市|县|区|州|盟|旗)", written)
    if m and not written.startswith(S.scope_lookalikes(), m.start(1)):     # (市场监管总局: no 市)
        return S.LEVEL_OF[m.group(1)]
    if written.startswith(("中央", "中共中央", "国务院", "党中央", "全国")):
        return "国"
    scopes, _ = S.split_scope(written)          # 芜湖市委常委会 -> 市
    if scopes:
        return S.scope_of(scopes[0])[0]
    m = _PLACE_ORGAN.match(written)             # 安吉县委常委会, a county the tables lack
    return S.LEVEL_OF[m.group(1)] if m else None


# (局党组 / 厅党委 / 高新区党工委召开（扩大）会议: a unit's party organ, written short once its full name is known;
# 地委理论学习中心组举行第9次集体学习: a study group's numbered sitting is named by the group)
_WORKING_ORGAN = re.compile("(?:主席团|领导小组|工作组|巡视组|督导组|督察组|指挥部|党组|党委|党工委|中心组)$")
# (第一师阿拉尔市党委常委会: a Corps division and its city are one unit, known by the city)
_PARTY_PREFIX = re.compile("^(?:中共|中国共产党)(?!中央)|^第[一二三四五六七八九十]+师(?=[\u4e00-\u9fff]{2,5}市)")
_PLACE_LEAD = re.compile("^[\u4e00-\u9fff]{1,6}?(?:自治区|省|市|州|县|盟|旗)")     # 甘孜州X指挥部: its place


@lru_cache(maxsize=None)
def _subject_unit() -> re.Pattern:
    """Two or more Han characters (no 我/本/各 of 我镇, 各学院党委) ending as a unit below the
    tables' places and organs ends (kg/data/meeting_subject_units.txt)."""
    ends = "|".join(map(re.escape, sorted(lexicon.words("meeting_subject_units"), key=len, reverse=True)))
    return re.compile(f"(?![我本各全])[\u4e00-\u9fff]{{2,12}}(?:{ends})")
_PLACE_ORGAN = re.compile("^[^，,。、\\s]{1,8}?(自治区|省|市|县|区|州|盟|旗)(?=委|人民政府|政府|人大)")


def convener_in(name: str, region: Region):
    """The body a meeting's name starts with or contains (中央政治局常务委员会会议, 区委会议);
    none for a numbered session of an assembly (十四届全国人大一次会议 is the assembly sitting)."""
    for hit in bodies.find_in(name, region):
        if _TERM.search(name) and hit.written.endswith(_assemblies()):
            return None
        return hit
    return None


_TERM = re.compile(f"[{R.NUM}\\d]+届")


@lru_cache(maxsize=None)
def _assemblies() -> tuple[str, ...]:
    return tuple(lexicon.words("session_assemblies"))


def qualified_label(label: str, m, region: Region) -> str:
    """县续会 -> 平罗县续会, 省委常委会会议 -> 江西省委常委会会议, 县委会议 -> 蔚县县委会议:
    a label that starts with a bare level word carries the report's place of that level,
    where the report says it."""
    word = _LEVEL_HEAD.match(label)
    if not word or m.place:
        return label
    place = region.place_for(word.group(1))
    level = S.LEVEL_OF.get(word.group(1))
    if not place or level != m.level or level not in ("省", "市", "县"):
        return label
    written, rest = as_written(word.group(1), place, region), label[word.end():]
    if rest.startswith("委") and len(written) == 2:
        written += word.group(1)    # 蔚县县委, 沛县县委: a one-character name keeps its 县 before 委
    return written + rest


_LEVEL_HEAD = re.compile("(自治区|省|市|县|区|州|旗)")
