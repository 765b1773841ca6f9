"""ResolvedCorpus -> RDF: `to_rdf` (one Graph) and `to_dataset` (TriG: a named graph per report).

What is written (the provenance pattern is documented in ontology/govkg.ttl):
- every Node: rdf:type, rdfs:label@zh, skos:altLabel@zh, kg:date (xsd:date or xsd:gMonthDay),
  kg:format, kg:venue, kg:jurisdiction, kg:mentionedIn -> report;
- every Report: kg:Report, kg:sourceFile, rdfs:label (title, else file name), kg:url,
  kg:title, kg:published;
- every Assertion: the direct triple, plus one kg:Assertion evidence node per Evidence.
No blank nodes anywhere, so serialisations can be made byte-identical.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import PurePath

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.graph.coattendance import coattendance_triples
from kg.graph.iri import assertion_iri, evidence_iri, node_iri, report_iri
from kg.graph.listing import evidence_digests, evidence_listing, listing_triples
from kg.graph.vocab import KG, bind_prefixes
from kg.records import Assertion, Node, NodeKind, Report, ResolvedCorpus

Triple = tuple[URIRef, URIRef, object]

CLASSES = {NodeKind.OFFICIAL: KG.Official, NodeKind.BODY: KG.Body, NodeKind.MEETING: KG.Meeting,
           NodeKind.POLICY: KG.Policy, NodeKind.POST: KG.Post}


def date_literal(value: str) -> Literal:
    """'2022-11-10' -> xsd:date, '--11-10' -> xsd:gMonthDay; anything else stays a plain
    string, which SHACL validation then reports (rather than silently dropping it)."""
    try:
        if value.startswith("--") and len(value) == 7:
            dt.date(2000, int(value[2:4]), int(value[5:7]))   # 2000: leap year, admits --02-29
            return Literal(value, datatype=XSD.gMonthDay)
        if len(value) == 10:
            dt.date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
    except ValueError:
        pass
    return Literal(value)


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def node_triples(node: Node) -> Iterator[Triple]:
    me = node_iri(node.kind, node.key)
    yield me, RDF.type, CLASSES[NodeKind(node.kind)]
    yield me, RDFS.label, _zh(node.label)
    for alias in node.aliases:
        if alias and alias != node.label:
            yield me, SKOS.altLabel, _zh(alias)
    if node.date:
        yield me, KG.date, date_literal(node.date)
    if node.format:
        yield me, KG.format, Literal(node.format)
    for venue in node.venues:
        yield me, KG.venue, Literal(venue)
    if node.jurisdiction:
        yield me, KG.jurisdiction, Literal(node.jurisdiction)
    for report_id in node.reports:
        yield me, KG.mentionedIn, report_iri(report_id)


def report_triples(report: Report) -> Iterator[Triple]:
    me = report_iri(report.report_id)
    yield me, RDF.type, KG.Report
    yield me, KG.sourceFile, Literal(report.source_file)
    label = _zh(report.title) if report.title else Literal(PurePath(report.source_file).name)
    yield me, RDFS.label, label
    if report.title:
        yield me, KG.title, Literal(report.title)
    if report.url:
        yield me, KG.url, Literal(report.url, datatype=XSD.anyURI)
    if report.published:
        yield me, KG.published, date_literal(report.published)


class _Minter:
    """Looks up node IRIs by key; an assertion naming an unknown key is a resolver bug."""

    def __init__(self, nodes: tuple[Node, ...]):
        self.iris = {node.key: node_iri(node.kind, node.key) for node in nodes}

    def __call__(self, key: str, assertion: Assertion) -> URIRef:
        try:
            return self.iris[key]
        except KeyError:
            raise unknown_node(key, assertion) from None


def unknown_node(key: str, assertion: Assertion) -> ValueError:
    return ValueError(f"{assertion.kind.value} assertion {assertion.subject!r} -> "
                      f"{assertion.object!r} names {key!r}, which is not a node")


def assertion_triples(assertion: Assertion, mint: _Minter, positions=None, heads=None
                      ) -> Iterator[tuple[str | None, Triple]]:
    """(report_id or None, triple): the direct edge once per report that evidences it
    (None when nothing does), and each evidence node's triples under its report, with its
    kg:evidencePosition and block when `positions` and `heads` give them per evidence
    (listing.evidence_listing)."""
    subject, obj = mint(assertion.subject, assertion), mint(assertion.object, assertion)
    predicate = KG[assertion.kind.value]
    edge = (subject, predicate, obj)
    if not assertion.evidence:
        yield None, edge
    for n, evidence in enumerate(assertion.evidence):
        me = assertion_iri(assertion.kind, subject, obj, evidence)
        yield evidence.report_id, edge
        yield evidence.report_id, (me, RDF.type, KG.Assertion)
        yield evidence.report_id, (me, RDF.subject, subject)
        yield evidence.report_id, (me, RDF.predicate, predicate)
        yield evidence.report_id, (me, RDF.object, obj)
        yield evidence.report_id, (me, KG.inReport, report_iri(evidence.report_id))
        yield evidence.report_id, (me, KG.sentence, Literal(evidence.sentence))
        yield evidence.report_id, (me, KG.charStart, Literal(evidence.start))
        yield evidence.report_id, (me, KG.charEnd, Literal(evidence.end))
        if assertion.qualifier:
            yield evidence.report_id, (me, KG.qualifier, Literal(assertion.qualifier))
        if positions is not None:
            yield evidence.report_id, (me, KG.evidencePosition, Literal(positions[n]))
            head = evidence_iri(heads[n])
            yield evidence.report_id, (me, KG.inEvidenceBlock, head)
            if head == me:
                yield evidence.report_id, (me, KG.evidenceBlockOf, subject)


def entity_triples(corpus: ResolvedCorpus) -> Iterator[Triple]:
    for node in corpus.nodes:
        yield from node_triples(node)
    for report in corpus.reports:
        yield from report_triples(report)
    mint = _Minter(corpus.nodes)
    yield from coattendance_triples(corpus, mint.iris)
    yield from listing_triples(corpus, mint.iris)


def edge_triples(corpus: ResolvedCorpus) -> Iterator[tuple[str | None, Triple]]:
    mint = _Minter(corpus.nodes)
    positions, heads = evidence_listing(corpus, evidence_digests(corpus, mint))
    positions, heads = iter(positions.tolist()), iter(heads.tolist())
    for assertion in corpus.assertions:
        yield from assertion_triples(assertion, mint, [next(positions) for _ in assertion.evidence],
                                     [next(heads) for _ in assertion.evidence])


def to_rdf(corpus: ResolvedCorpus) -> Graph:
    """The whole corpus as one rdflib Graph (what graph.ttl holds)."""
    graph = bind_prefixes(Graph())
    for triple in entity_triples(corpus):
        graph.add(triple)
    for _, triple in edge_triples(corpus):
        graph.add(triple)
    return graph


def default_graph(dataset: Dataset) -> Graph:
    """The default graph (rdflib renamed default_context to default_graph in 7.x)."""
    found = getattr(type(dataset), "default_graph", None)
    return dataset.default_graph if isinstance(found, property) else dataset.default_context


def union_graph(graph: Graph | Dataset) -> Graph:
    """A Dataset's graphs merged into one Graph (a plain Graph is returned as it is)."""
    if isinstance(graph, Dataset):
        merged = Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged
    return graph


def graphs(dataset: Dataset) -> list[Graph]:
    """Every graph of the dataset, the default one included."""
    return list(dataset.graphs() if hasattr(dataset, "graphs") else dataset.contexts())


def to_dataset(corpus: ResolvedCorpus) -> Dataset:
    """Default graph: entities and reports. One named graph per report (named by the report's
    IRI): the edges that report evidences, with their evidence nodes. The union of all graphs
    equals to_rdf(corpus)."""
    dataset = bind_prefixes(Dataset())
    default = default_graph(dataset)
    for triple in entity_triples(corpus):
        default.add(triple)
    named: dict[str, Graph] = {}
    for report_id, triple in edge_triples(corpus):
        if report_id is None:
            default.add(triple)
            continue
        if report_id not in named:
            named[report_id] = dataset.graph(report_iri(report_id))
        named[report_id].add(triple)
    return dataset
