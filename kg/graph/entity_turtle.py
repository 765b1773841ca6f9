"""Turtle blocks of node and report subjects, formatted from strings rather than rdflib terms.

The triples are those of rdf.node_triples, rdf.report_triples, listing.listing_triples and
coattendance.coattendance_triples, and the direct edges; the
layout is canonical.subject_blocks': objects grouped per predicate and de-duplicated by their
N-Triples form, rdf:type first, then predicates by IRI, objects by N-Triples form. Making a
URIRef or Literal per triple was most of the corpus writer's time; literals that only need
escaping are formatted directly, typed ones (dates, URLs) still go through rdflib.
Tests compare the bytes with the rdflib Graph path.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import PurePath

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import SKOS

from kg.graph import canonical
from kg.graph.coattendance import pair_iri
from kg.graph.iri import report_iri
from kg.graph.listing import listed, meeting_levels, node_positions, pair_positions
from kg.graph.rdf import CLASSES, date_literal
from kg.graph.vocab import KG
from kg.records import NodeKind, ResolvedCorpus

_TYPE, _LABEL, _ALT = f"<{RDF.type}>", f"<{RDFS.label}>", f"<{SKOS.altLabel}>"
_DATE, _FORMAT, _VENUE = f"<{KG.date}>", f"<{KG.format}>", f"<{KG.venue}>"
_JURISDICTION, _MENTIONED = f"<{KG.jurisdiction}>", f"<{KG.mentionedIn}>"
_SOURCE, _TITLE, _URL, _PUBLISHED = (f"<{KG.sourceFile}>", f"<{KG.title}>", f"<{KG.url}>",
                                     f"<{KG.published}>")

string_form = canonical.string_form
NODE, REPORT, PAIR = range(3)    # what a subject's ref points at (its two low bits)
_MEMBER, _SHARED = f"<{KG.pairMember}>", f"<{KG.sharedMeetings}>"
_PAIR_POSITION, _LEVEL = f"<{KG.pairPosition}>", f"<{KG.level}>"
_POSITION_NT: dict[str, str] = {}     # listing property name -> its N-Triples form, made once


def _node_forms(namer: canonical.Namer, node_nt: dict) -> dict:
    """Node key -> Turtle form. Every node is a subject, so naming them all up front names
    nothing extra. No bound prefix covers the node IRIs, so each form is its N-Triples
    text: node_nt itself is handed back rather than a second dict of equal strings (~150
    bytes a node, ~130 MB at 100k reports, held at the writer's peak)."""
    if all(namer.iri(nt[1:-1]) == nt for nt in node_nt.values()):
        return node_nt
    return {key: nt if (form := namer.iri(nt[1:-1])) == nt else form for key, nt in node_nt.items()}


def _zh(text: str) -> str:
    return f"{string_form(text)}@zh"


class EntityBlocks:
    """Formats the block of one node/report/co-attendance subject from its refs (the Node,
    or index << 2 | REPORT or PAIR; one ref or a list) and its edges (indices of the
    assertions whose subject it is)."""

    def __init__(self, corpus: ResolvedCorpus, namer: canonical.Namer, node_nt: dict, pairs=()):
        self.corpus, self.namer, self.node_nt = corpus, namer, node_nt    # key -> "<IRI>"
        self.pairs = pairs                       # coattendance.shared_meetings(corpus)
        self.pair_positions = pair_positions(pairs, node_nt)
        self.positions = node_positions(corpus, node_nt)     # key -> coded positions (listed)
        self.levels = meeting_levels(corpus)
        self.nodes = _node_forms(namer, node_nt)     # key -> Turtle
        self.reports: dict[str, tuple[str, str]] = {}   # report id -> (N-Triples, Turtle)
        self.verbs: dict[str, str] = {}          # predicate N-Triples -> Turtle
        self.classes: dict = {}                  # class IRI -> (N-Triples, Turtle)
        self.edges: dict = {}                    # RelationKind -> predicate N-Triples
        self.dates: dict[str, tuple[str, str]] = {}   # value -> (N-Triples, Turtle)

    def report(self, report_id: str) -> tuple[str, str]:
        found = self.reports.get(report_id)
        if found is None:
            iri = report_iri(report_id)
            nt, form = f"<{iri}>", self.namer(iri)
            # one string where the two are equal (no prefix covers report IRIs): 20 MB at 100k
            found = self.reports[report_id] = (nt, nt if form == nt else form)
        return found

    def _date(self, value: str) -> tuple[str, str]:
        """(N-Triples, Turtle) of rdf.date_literal(value): few distinct dates, so cached."""
        found = self.dates.get(value)
        if found is None:
            literal = date_literal(value)
            found = self.dates[value] = (canonical.term_key(literal), self.namer(literal))
        return found

    def _class(self, iri) -> tuple[str, str]:
        if iri not in self.classes:
            self.classes[iri] = (f"<{iri}>", self.namer(iri))
        return self.classes[iri]

    def _verb(self, predicate: str) -> str:
        # Named when first written, not before: the namer records which prefixes are used
        # (rdf:type included, as canonical.subject_blocks names it, though it writes "a").
        form = self.namer(URIRef(predicate[1:-1]))
        self.verbs[predicate] = "a" if predicate == _TYPE else form
        return self.verbs[predicate]

    def __call__(self, refs, edges=()) -> tuple[str, int]:
        """(the block's text, its number of triples)."""
        objects: defaultdict[str, dict[str, str]] = defaultdict(dict)   # predicate -> N-T -> Turtle
        corpus, kinds = self.corpus, self.edges
        for ref in refs if type(refs) is list else (refs,):
            if type(ref) is not int:        # a Node (turtle_order.other_subjects)
                subject = self._node_objects(ref, objects)
            elif ref & 3 == REPORT:
                subject = self._report_objects(corpus.reports[ref >> 2], objects)
            else:
                subject = self._pair_objects(ref >> 2, objects)
        for i in edges:
            a = corpus.assertions[i]
            if a.kind not in kinds:
                kinds[a.kind] = f"<{KG[a.kind.value]}>"
            objects[kinds[a.kind]][self.node_nt[a.object]] = self.nodes[a.object]
        order = sorted(objects)
        if order[0] != _TYPE and _TYPE in objects:   # rdf:type first, whatever the other IRIs
            order.remove(_TYPE)
            order.insert(0, _TYPE)
        verbs, lines, count = self.verbs, [], 0
        for predicate in order:
            found = objects[predicate]
            count += len(found)
            verb = verbs.get(predicate) or self._verb(predicate)
            if len(found) == 1:
                lines.append(f"{verb} {next(iter(found.values()))}")
            else:
                lines.append(f"{verb} {' , '.join([found[k] for k in sorted(found)])}")
        return f"{subject} " + " ;\n    ".join(lines) + " .\n", count

    def _node_objects(self, node, objects: defaultdict) -> str:
        """Mirrors rdf.node_triples; returns the subject's Turtle form."""
        key, form = self._class(CLASSES[NodeKind(node.kind)])
        objects[_TYPE][key] = form
        label = _zh(node.label)
        objects[_LABEL][label] = label
        for alias in node.aliases:
            if alias and alias != node.label:
                alias = _zh(alias)
                objects[_ALT][alias] = alias
        if node.date:
            key, form = self._date(node.date)
            objects[_DATE][key] = form
        if node.format:
            text = string_form(node.format)
            objects[_FORMAT][text] = text
        for venue in node.venues:
            text = string_form(venue)
            objects[_VENUE][text] = text
        if node.jurisdiction:
            text = string_form(node.jurisdiction)
            objects[_JURISDICTION][text] = text
        for name, position in listed(self.positions.get(node.key, ())):
            verb = _POSITION_NT.get(name) or _POSITION_NT.setdefault(name, f"<{KG[name]}>")
            objects[verb][str(position)] = str(position)   # one value each
        for level in self.levels.get(node.key, ()):
            text = string_form(level)
            objects[_LEVEL][text] = text
        if node.reports:
            found, known = objects[_MENTIONED], self.reports
            for report_id in node.reports:
                key, form = known.get(report_id) or self.report(report_id)
                found[key] = form
        return self.nodes[node.key]

    def _report_objects(self, report, objects: defaultdict) -> str:
        """Mirrors rdf.report_triples; returns the subject's Turtle form."""
        key, form = self._class(KG.Report)
        objects[_TYPE][key] = form
        source = string_form(report.source_file)
        objects[_SOURCE][source] = source
        label = _zh(report.title) if report.title else string_form(PurePath(report.source_file).name)
        objects[_LABEL][label] = label
        if report.title:
            title = string_form(report.title)
            objects[_TITLE][title] = title
        if report.url:
            url = Literal(report.url, datatype=XSD.anyURI)     # one per report: not cached
            objects[_URL][canonical.term_key(url)] = self.namer(url)
        if report.published:
            key, form = self._date(report.published)
            objects[_PUBLISHED][key] = form
        return self.report(report.report_id)[1]

    def _pair_objects(self, index: int, objects: defaultdict) -> str:
        """Mirrors coattendance.coattendance_triples; returns the subject's Turtle form."""
        first, second, count = self.pairs[index]
        position = str(self.pair_positions[index])
        objects[_PAIR_POSITION][position] = position
        key, form = self._class(KG.CoAttendance)
        objects[_TYPE][key] = form
        for member in (first, second):
            objects[_MEMBER][self.node_nt[member]] = self.nodes[member]
        objects[_SHARED][str(count)] = str(count)    # one value: its sort key does not matter
        return self.namer(pair_iri(first, second))
