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
import string

from rdflib import URIRef

from kg.graph.vocab import ID_BASE
from kg.records import Evidence, NodeKind, RelationKind

_HASH_CHARS = 16           # 64 bits: collision-free for any corpus this tool will see
_HINT_MAX = 32
_HINT_KEEP = frozenset(string.ascii_letters + string.digits + "-")
_PATHS = {NodeKind.OFFICIAL: "official", NodeKind.BODY: "body", NodeKind.MEETING: "meeting",
          NodeKind.POLICY: "policy", NodeKind.POST: "post"}


def _digest(*parts: str) -> str:
    # \x1f (unit separator) cannot occur in keys, so ("ab", "c") and ("a", "bc") differ.
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:_HASH_CHARS]


def _ascii_hint(key: str) -> str:
    """ASCII letters, digits and dashes of the key, runs joined by '-' (e.g. its date)."""
    runs, current = [], []
    for char in key:
        if char in _HINT_KEEP:
            current.append(char)
        elif current:
            runs.append("".join(current))
            current = []
    if current:
        runs.append("".join(current))
    hint = "-".join(run.strip("-") for run in runs if run.strip("-"))
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
    if not report_id or any(c not in _HINT_KEEP for c in report_id):
        report_id = _digest(report_id)
    return URIRef(f"{ID_BASE}report/{report_id}")


def assertion_iri(kind: RelationKind, subject: URIRef, obj: URIRef, evidence: Evidence) -> URIRef:
    """The IRI of one evidence node: one per (edge, report, character span)."""
    digest = _digest(RelationKind(kind).value, str(subject), str(obj),
                     evidence.report_id, str(evidence.start), str(evidence.end))
    return URIRef(f"{ID_BASE}assertion/{digest}")
