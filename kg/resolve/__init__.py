"""Resolve: the extractions of all reports -> one node per real entity, edges between nodes.

    resolve(extractions, skipped=()) -> ResolvedCorpus

Deterministic whatever the order of `extractions`: they are sorted by report id first and
every choice is made on whole groups. One module per entity kind (bodies, meetings,
officials, policies, posts); keys.py says how node keys are made.
"""
from __future__ import annotations

from typing import Iterable

from kg import collector
from kg.records import Extraction, NodeKind, ResolvedCorpus, Skipped
from kg.resolve import bodies, borrowed_places, meetings, officials, policies, posts
from kg.resolve.assertions import assertions

__all__ = ["resolve"]


def resolve(extractions: Iterable[Extraction], skipped: Iterable[Skipped] = ()) -> ResolvedCorpus:
    with collector.paused():        # millions of acyclic objects: see kg/collector.py
        return _resolve(extractions, skipped)


def _resolve(extractions: Iterable[Extraction], skipped: Iterable[Skipped]) -> ResolvedCorpus:
    exs = sorted(extractions, key=lambda e: (e.report.report_id, e.report.source_file))
    exs = borrowed_places.fill(exs)      # places a report leaves unsaid, known through a person or meetings
    body_map, body_nodes = bodies.resolve(exs)
    meeting_map, meeting_nodes = meetings.resolve(exs, body_map)
    official_map, official_nodes = officials.resolve(exs, meeting_map)
    policy_map, policy_nodes = policies.resolve(exs)
    post_map, post_nodes = posts.resolve(exs)
    maps = {"body": body_map, "meeting": meeting_map, "official": official_map,
            "policy": policy_map, "post": post_map}
    # each list holds one kind, sorted by key: put in order of kind, they are sorted by (kind, key)
    by_kind = sorted([(NodeKind.BODY, body_nodes), (NodeKind.MEETING, meeting_nodes),
                      (NodeKind.OFFICIAL, official_nodes), (NodeKind.POLICY, policy_nodes),
                      (NodeKind.POST, post_nodes)], key=lambda kn: kn[0].value)
    nodes = [n for _, kind_nodes in by_kind for n in kind_nodes]
    reports = tuple(sorted((e.report for e in exs), key=lambda r: (r.source_file, r.report_id)))
    skipped = tuple(sorted(skipped, key=lambda s: (s.source_file, s.line or 0, s.reason)))
    return ResolvedCorpus(reports, tuple(nodes), assertions(exs, maps), skipped)
