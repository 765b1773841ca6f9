"""Stable IRIs minted from canonical keys.

The same Node.key gives the same IRI in every build, whatever order the reports were read
in, so graphs built at different times can be merged and links to entities keep working:

    https://w3id.org/govkg/id/meeting/2022-11-10-3fa2c9d1e4b5a6c7
    https://w3id.org/govkg/id/official/5b0e...        (kind / ASCII hint from the key + hash)
    https://w3id.org/govkg/id/report/<report_id>
    https://w3id.org/govkg/id/assertion/<hash of edge, report and span>

Chinese keys are hashed rather than percent-encoded: every triple store and every tool
accepts an ASCII IRI, and the readable label is in rdfs:label anyway. ASCII runs in the
key (dates, mostly) are kept in front of the hash so that IRIs stay somewhat legible.
"""
from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Iterable, Iterator

from rdflib import URIRef

from kg.graph.vocab import ID_BASE
from kg.records import Evidence, NodeKind, RelationKind

_HASH_CHARS = 16           # 64 bits: collision-free for any corpus this tool will see
_HINT_MAX = 32
_HINT_KEEP = frozenset(string.ascii_letters + string.digits + "-")
_HINT_RUN = re.compile("[A-Za-z0-9-]+")       # a run of _HINT_KEEP characters (ASCII only)
_PATHS = {NodeKind.OFFICIAL: "official", NodeKind.BODY: "body", NodeKind.MEETING: "meeting",
          NodeKind.POLICY: "policy", NodeKind.POST: "post"}


def _digest(*parts: str) -> str:
    # \x1f (unit separator) cannot occur in keys, so ("ab", "c") and ("a", "bc") differ.
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:_HASH_CHARS]


def _ascii_hint(key: str) -> str:
    """ASCII letters, digits and dashes of the key, runs joined by '-' (e.g. its date)."""
    runs = (run.strip("-") for run in _HINT_RUN.findall(key))
    hint = "-".join(run for run in runs if run)
    return hint[:_HINT_MAX].strip("-").lower()


def node_iri(kind: NodeKind, key: str) -> URIRef:
    """The IRI of the entity with canonical key `key`."""
    if not key:
        raise ValueError(f"cannot mint an IRI for a {kind.value} with an empty key")
    hint = _ascii_hint(key)
    local = f"{hint}-{_digest(key)}" if hint else _digest(key)
    return URIRef(f"{ID_BASE}{_PATHS[NodeKind(kind)]}/{local}")


def report_iri(report_id: str) -> URIRef:
    """The IRI of a report (its id is already a content hash)."""
    if not _HINT_RUN.fullmatch(report_id):
        report_id = _digest(report_id)
    return URIRef(f"{ID_BASE}report/{report_id}")


def coattendance_iri(official: str, other: str) -> URIRef:
    """The IRI of the kg:CoAttendance of two officials (their IRIs, in either order)."""
    return URIRef(f"{ID_BASE}coattendance/{_digest(*sorted((str(official), str(other))))}")


def assertion_iri(kind: RelationKind, subject: URIRef, obj: URIRef, evidence: Evidence) -> URIRef:
    """The IRI of one evidence node: one per (edge, report, character span)."""
    return evidence_iri(next(assertion_hashes(kind, str(subject), str(obj), (evidence,))))


def evidence_iri(digest: int) -> URIRef:
    """The IRI of the evidence node whose hash (assertion_hashes) is `digest`."""
    return URIRef(f"{ID_BASE}assertion/{int(digest):0{_HASH_CHARS}x}")


def assertion_hashes(kind: RelationKind, subject: str, obj: str,
                     evidence: Iterable[Evidence]) -> Iterator[int]:
    """The hash in assertion_iri, as an integer, for each evidence of one edge (the Turtle
    writer sorts evidence nodes by it; hashing the shared edge part once saves time)."""
    edge = "\x1f".join((RelationKind(kind).value, subject, obj, "")).encode("utf-8")
    for ev in evidence:
        tail = f"{ev.report_id}\x1f{ev.start}\x1f{ev.end}".encode("utf-8")
        # The first _HASH_CHARS hex digits of the sha256, as _digest gives them.
        yield int.from_bytes(hashlib.sha256(edge + tail).digest()[:_HASH_CHARS // 2], "big")
