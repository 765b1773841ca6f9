"""Turn what the components found into the records of kg.records (an Extraction).

Officials are merged by name within the report (posts united); bodies by canonical name;
policies by key; every relation carries the sentence and character span it was read from.
A sure chair is not also said to have attended the same meeting.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import bodies as B
from kg.extract import policies as P
from kg.extract import relations
from kg.extract import resources as R
from kg.extract.chair_reach import within_reach
from kg.extract.jurisdiction import Region
from kg.extract.meeting_labels import Local
from kg.extract.meetings import Timeline
from kg.extract.officials import OfficialHit
from kg.extract.posts import county_path, fill_chain
from kg.extract.sentences import Sentence
from kg.records import (BodyMention, Evidence, Extraction, MeetingMention, OfficialMention,
                        PolicyMention, Relation, RelationKind, Report)

_NATIONAL_POSTS = ("中共中央", "中央", "国务院", "全国", "国家", "国务委员", "总书记")


def assemble(report: Report, sents: list[Sentence], region: Region, hits: list[OfficialHit],
             meetings: list[Local], timeline: Timeline) -> Extraction:
    rid = report.report_id

    def ev(sentence: int, start: int, end: int) -> Evidence:
        return Evidence(rid, sents[sentence].text, start, end)

    officials = _officials(hits, region, ev)
    # the party leader quoted (习近平总书记强调…) and names known only by a title after them
    # (赵某书记的讲话) get a role from explicit forms only, never from a nearby verb
    modes = {name: relations.EXPLICIT if all(h.via == "title" for h in hits if h.name == name)
             else relations.PRESENCE if o.jurisdiction == "全国" else relations.ANY
             for name, o in officials.items()}
    placed = {m.id: _meeting_jurisdiction(m, region) for m in meetings}
    national = frozenset(mid for mid, place in placed.items() if place == "全国")
    roles = relations.roles(sents, modes, timeline, national)
    # 习近平总书记主持召开X / 在X上的讲话: a meeting whose name says no scope is the nation's
    # when a national leader chaired it or spoke at it (and then the others' speeches at it
    # are no quotations either: read again, where a sentence's current meetings became all national)
    led = {r.meeting for r in roles if officials[r.name].jurisdiction == "全国"
           and (r.chaired or r.qualifier == "speaker")}
    if relations.PRESENCE in modes.values() and any(
            ids and set(ids) <= national | led and not set(ids) <= national for ids in timeline.current.values()):
        roles = relations.roles(sents, modes, timeline, national | led)
    roles = within_reach(roles, {name: o.jurisdiction for name, o in officials.items()}, placed)
    rels: dict[tuple, Relation] = {}

    def relate(kind, subject, obj, evidence, qualifier=None):
        rels.setdefault((kind, subject, obj), Relation(kind, subject, obj, evidence, qualifier))

    chaired = {(r.name, r.meeting) for r in roles if r.chaired}
    for r in roles:
        if r.chaired:
            relate(RelationKind.CHAIRED, r.name, r.meeting, ev(r.sentence, r.start, r.end))
        elif (r.name, r.meeting) not in chaired:
            relate(RelationKind.ATTENDED, r.name, r.meeting, ev(r.sentence, r.start, r.end), r.qualifier)
    for later, earlier, sentence, start, end in timeline.relays:
        relate(RelationKind.RELAYED, later, earlier, ev(sentence, start, end))

    body_mentions: dict[str, BodyMention] = {}

    def add_body(ref: B.BodyRef, evidence: Evidence) -> str:
        old = body_mentions.get(ref.canonical)
        aliases = tuple(sorted({*ref.aliases, *(old.aliases if old else ())}))
        body_mentions[ref.canonical] = BodyMention(ref.canonical, ref.canonical, aliases, ref.jurisdiction,
                                                   old.evidence if old else evidence)
        return ref.canonical

    meeting_mentions = []
    for m in meetings:
        evidence = ev(*m.evidence)
        convener = add_body(m.convener, evidence) if m.convener else None
        if convener:
            relate(RelationKind.CONVENED_BY, m.id, convener, evidence)
        reported = bool(m.kinds & {"held", "venue", "stage"})
        meeting_mentions.append(MeetingMention(
            m.id, m.label, tuple(n for n in m.names if n != m.label), m.date.iso() if m.date else None,
            convener, m.format, tuple(m.venues), reported, evidence,
            placed[m.id] or ("全国" if m.id in led and not m.generic else None)))

    masked = _masks(hits, timeline, sents)
    for hit in B.find(sents, region, masked):
        add_body(hit.ref, ev(hit.sentence, hit.start, hit.end))

    policy_mentions: dict[str, PolicyMention] = {}
    for hit in P.find(sents):
        old = policy_mentions.get(hit.key)
        evidence = ev(hit.sentence, hit.start, hit.end)
        aliases = tuple(sorted({hit.key, hit.label, hit.written.strip("“”\"《》"), *(old.aliases if old else ())}))
        label = old.name if old and len(old.name) >= len(hit.label) else hit.label
        policy_mentions[hit.key] = PolicyMention(hit.key, label, aliases, old.evidence if old else evidence)
        for mid in timeline.current.get(hit.sentence, []):
            relate(RelationKind.PROMOTES, mid, hit.key, evidence)

    shown_on = _report_date(report, meeting_mentions)     # the day the report shows posts held
    for name, mention in officials.items():
        for post in mention.posts:
            relate(RelationKind.HOLDS_POST, name, post, mention.evidence, shown_on)
    kept = {name: o for name, o in officials.items()
            if o.posts or any(k[1] == name for k in rels)}    # a bare name needs a role
    own = region.name or ("全国" if any(m.reported and m.jurisdiction == "全国" for m in meeting_mentions) else None)
    return Extraction(report, own, tuple(kept.values()), tuple(body_mentions.values()),
                      tuple(meeting_mentions), tuple(policy_mentions.values()),
                      tuple(r for r in rels.values()
                            if r.kind not in (RelationKind.CHAIRED, RelationKind.ATTENDED,
                                              RelationKind.HOLDS_POST) or r.subject in kept))


def _report_date(report: Report, meetings: list[MeetingMention]) -> str | None:
    for m in meetings:
        if m.reported and m.date:
            return m.date
    return report.published


def _officials(hits, region, ev) -> dict[str, OfficialMention]:
    out: dict[str, OfficialMention] = {}
    for h in hits:
        posts = fill_chain(h.posts, region)
        old = out.get(h.name)
        merged = tuple(dict.fromkeys((*(old.posts if old else ()), *posts)))
        out[h.name] = OfficialMention(h.name, h.name, merged,
                                      old.evidence if old else ev(h.sentence, h.start, h.end),
                                      _post_jurisdiction(merged, region))
    return out


def _post_jurisdiction(posts: tuple[str, ...], region: Region) -> str | None:
    """Where someone's posts are: national (国务院副总理), else the most specific place the
    filled-in titles start with (宿迁市委书记 -> 江苏省宿迁市), else the report's region."""
    if not posts:
        return None
    if all(p.startswith(_NATIONAL_POSTS) for p in posts):
        return "全国"
    levels = [(region.county, region.name),
              (region.prefecture, B.place_path(region.prefecture, region) if region.prefecture else None),
              (region.province, region.province)]
    for place, path in levels:
        if place and any(p.startswith(place) for p in posts):
            return path
    for p in posts:            # 义乌市委常委 in a 金华市 report: a county-level unit's own post
        if path := county_path(p):
            return path
    for p in posts:            # 北京市委书记 in a Tianjin report: the post names its own place
        m = _other_place().match(p)
        if m:
            return B.place_path(m.group(), region)
    return region.name


@lru_cache(maxsize=1)
def _other_place() -> re.Pattern:
    """A full province or prefecture name opening a filled-in post."""
    return re.compile(R._alt([*R.provinces().values(), *(f for f, _ in R.prefectures().values())]))


def _meeting_jurisdiction(m: Local, region: Region) -> str | None:
    if m.level == "国":
        return "全国"
    if m.convener is not None and m.convener.jurisdiction:
        return m.convener.jurisdiction
    if m.place:
        return B.place_path(m.place, region)
    if m.level:
        place = region.place_for({"省": "省", "市": "市", "县": "县"}[m.level])
        return B.place_path(place, region) if place else None
    return None


def _masks(hits, timeline: Timeline, sents) -> list[tuple[int, int]]:
    """Text where a body name is part of something else: posts and meeting names."""
    out = []
    for h in hits:
        out.append((h.start - sum(len(p) + 1 for p in h.posts), h.end))
    for index, spans in timeline.spans.items():
        s = sents[index]
        for span, _mid, _kind in spans:
            out.append((s.offset(span.start), s.offset(span.end)))
    return out
