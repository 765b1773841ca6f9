"""The plain typed data that flows between stages, declared once.

ingest -> Report | Skipped
extract -> Extraction (per report: mentions + relations with evidence)
resolve -> ResolvedCorpus (one Node per real entity, Assertions between node keys)
graph / explore read ResolvedCorpus (or the RDF built from it).

Each stage imports from here and from the stage before it, never after.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


# ---------------------------------------------------------------- ingest
@dataclass(frozen=True, slots=True)
class Report:
    """One report after reading, boilerplate removal and normalisation."""
    report_id: str            # sha256 of the normalised text, 16 hex chars
    source_file: str          # path as it was read (jsonl: "path#L12")
    text: str                 # article text, Simplified, normalised
    title: str | None = None
    url: str | None = None
    published: str | None = None   # "YYYY-MM-DD" where the page gives one; "--MM-DD" when its stamp has no year
    site: str | None = None   # the page's first line when it is furniture (平山县人民政府 > 乡镇动态)


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be turned into a Report, and why."""
    source_file: str
    reason: str
    line: int | None = None


# ---------------------------------------------------------------- extract
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a mention or relation was read: offsets index Report.text."""
    report_id: str
    sentence: str
    start: int
    end: int


class RelationKind(str, Enum):
    CHAIRED = "chaired"                   # official -> meeting
    ATTENDED = "attended"                 # official -> meeting
    RELAYED = "relayedDirectiveFrom"      # meeting -> earlier meeting
    CONVENED_BY = "convenedBy"            # meeting -> body
    HOLDS_POST = "holdsPost"              # official -> post title (Relation.object is the title)
    PROMOTES = "promotesPolicy"           # meeting -> policy


@dataclass(frozen=True, slots=True)
class OfficialMention:
    key: str                  # local key within the report (the bare name)
    name: str
    posts: tuple[str, ...]    # posts as written, jurisdiction filled in
    evidence: Evidence
    jurisdiction: str | None = None   # where the posts are held: "全国", "江苏省宿迁市"; None if unknown


@dataclass(frozen=True, slots=True)
class BodyMention:
    key: str                  # local key (the canonical name)
    name: str                 # canonical full name with jurisdiction
    aliases: tuple[str, ...]  # forms written in the report
    jurisdiction: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class MeetingMention:
    key: str                  # local key within the report ("m1", ...)
    name: str                 # label without the date
    aliases: tuple[str, ...]
    date: str | None          # "YYYY-MM-DD", "--MM-DD" or None
    convener: str | None      # BodyMention.key of the convening body
    format: str | None        # "video" | "teleconference" | None (in person / unknown)
    venues: tuple[str, ...]   # main and branch venues as written
    reported: bool            # True for the meeting the report is about
    evidence: Evidence
    jurisdiction: str | None = None   # whose meeting: "全国", "江苏省", "江苏省宿迁市"; None if unknown


@dataclass(frozen=True, slots=True)
class PolicyMention:
    key: str                  # local key (the canonical name)
    name: str
    aliases: tuple[str, ...]
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Relation:
    kind: RelationKind
    subject: str              # local key of the subject mention
    object: str               # local key of the object mention (a title for HOLDS_POST)
    evidence: Evidence
    qualifier: str | None = None   # e.g. "branch-venue", "speaker"


@dataclass(frozen=True, slots=True)
class Extraction:
    report: Report
    jurisdiction: str | None  # the report's own region, e.g. "江西省" or "江苏省宿迁市"
    officials: tuple[OfficialMention, ...] = ()
    bodies: tuple[BodyMention, ...] = ()
    meetings: tuple[MeetingMention, ...] = ()
    policies: tuple[PolicyMention, ...] = ()
    relations: tuple[Relation, ...] = ()


# ---------------------------------------------------------------- resolve
class NodeKind(str, Enum):
    OFFICIAL = "Official"
    BODY = "Body"
    MEETING = "Meeting"
    POLICY = "Policy"
    POST = "Post"


@dataclass(frozen=True, slots=True)
class Node:
    """One real entity across the corpus. `key` is canonical and stable:
    IRIs are minted from it, so the same entity gets the same IRI in every build."""
    key: str
    kind: NodeKind
    label: str                           # Simplified Chinese
    aliases: tuple[str, ...] = ()
    reports: tuple[str, ...] = ()        # report_ids that mention it
    date: str | None = None              # meetings: "YYYY-MM-DD" or "--MM-DD"
    format: str | None = None            # meetings
    venues: tuple[str, ...] = ()         # meetings
    jurisdiction: str | None = None      # bodies, posts, officials


@dataclass(frozen=True, slots=True)
class Assertion:
    """An edge between two node keys with every piece of evidence for it."""
    kind: RelationKind
    subject: str
    object: str
    evidence: tuple[Evidence, ...]
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class ResolvedCorpus:
    reports: tuple[Report, ...]
    nodes: tuple[Node, ...]
    assertions: tuple[Assertion, ...]
    skipped: tuple[Skipped, ...] = field(default=())
