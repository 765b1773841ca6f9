"""Extract: one Report in, one Extraction out (mentions + relations, each with evidence).

    extract(report, nlp="rules") -> Extraction

A pure function of the report (no state is kept between reports), so it runs the same in
worker processes. Components, one per module, run in this order:
  sentences -> jurisdiction -> officials -> meetings (names, events, labels) -> relations
  -> bodies -> policies, then assemble.py builds the records.
With nlp="hanlp" or "hanlp:PATH", a HanLP tagger also proposes person names the rules
missed (tagger_names.py); the rules still decide every role.
"""
from __future__ import annotations

from kg.extract.assemble import assemble
from kg.extract.dates import Anchor
from kg.records import Extraction, Report

__all__ = ["extract"]


def extract(report: Report, nlp: str = "rules") -> Extraction:
    from kg.extract import jurisdiction, meetings, officials, sentences

    text = report.text
    sents = sentences.split(text)
    region = jurisdiction.infer(text, site=report.site)
    hits = officials.find(sents, region)
    if nlp != "rules":
        from kg.extract.tagger_names import propose
        hits = hits + propose(text, sents, hits, nlp)
    anchor = Anchor.of(text, report.published)
    local_meetings, timeline = meetings.read(sents, region, anchor, officials.chairs(sents, hits))
    return assemble(report, sents, region, hits, local_meetings, timeline)
