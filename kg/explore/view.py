"""The drawable picture of a govkg graph: entities as nodes, their edges, and the evidence.

Read straight from the RDF (not from the pipeline's records) so that any govkg graph file,
including one loaded from a triple store, can be drawn. Posts and reports are not drawn as
nodes: posts are shown on their officials, reports as the source of each edge's evidence.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS

from kg.graph.vocab import KG

# Priority order: a node typed twice is drawn as the first class it has.
DRAWN_CLASSES = ("Official", "Meeting", "Body", "Policy")
# chaired is a sub-property of attended, so it comes first and hides a duplicate attended.
DRAWN_EDGES = ("chaired", "attended", "relayedDirectiveFrom", "convenedBy", "promotesPolicy")
FORMATS = {"video": "视频会议 (video)", "teleconference": "电视电话会议 (teleconference)"}


@dataclass(frozen=True)
class EdgeEvidence:
    sentence: str
    report: str                 # the report's title, else its file name
    source_file: str | None = None
    url: str | None = None
    published: str | None = None
    span: tuple[int, int] | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class ViewNode:
    iri: str
    kind: str                   # one of DRAWN_CLASSES
    label: str
    facts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ViewEdge:
    source: str
    target: str
    predicate: str              # local name, one of DRAWN_EDGES
    evidence: tuple[EdgeEvidence, ...] = ()


@dataclass(frozen=True)
class GraphView:
    nodes: dict[str, ViewNode] = field(default_factory=dict)
    edges: tuple[ViewEdge, ...] = ()

    def subset(self, keep: set[str]) -> GraphView:
        """The nodes in `keep` and the edges between them."""
        return GraphView({iri: n for iri, n in self.nodes.items() if iri in keep},
                         tuple(e for e in self.edges if e.source in keep and e.target in keep))


def label_of(graph: Graph, node) -> str:
    """The Chinese rdfs:label where there is one, else any label, else the IRI's tail."""
    labels = sorted(graph.objects(node, RDFS.label), key=lambda t: (getattr(t, "language", None) != "zh", str(t)))
    return str(labels[0]) if labels else str(node).rsplit("/", 1)[-1]


def date_text(value) -> str:
    text = str(value)
    return f"{text} (year unknown)" if text.startswith("--") else text


def _strings(graph: Graph, node, predicate) -> list[str]:
    return sorted({str(o) for o in graph.objects(node, predicate)})


def _kind(graph: Graph, node) -> str | None:
    types = set(graph.objects(node, RDF.type))
    return next((name for name in DRAWN_CLASSES if KG[name] in types), None)


def _facts(graph: Graph, node, kind: str) -> list[tuple[str, str]]:
    facts: list[tuple[str, str]] = []
    if kind == "Official":
        facts += [("post", label_of(graph, post)) for post in sorted(graph.objects(node, KG.holdsPost))]
    if kind == "Meeting":
        facts += [("date", date_text(d)) for d in sorted(graph.objects(node, KG.date))]
        facts += [("format", FORMATS.get(f, f)) for f in _strings(graph, node, KG.format)]
        facts += [("convened by", label_of(graph, b)) for b in sorted(graph.objects(node, KG.convenedBy))]
        facts += [("venue", v) for v in _strings(graph, node, KG.venue)]
    facts += [("jurisdiction", j) for j in _strings(graph, node, KG.jurisdiction)]
    facts += [("also written", a) for a in _strings(graph, node, SKOS.altLabel)]
    reports = len(set(graph.objects(node, KG.mentionedIn)))
    if reports:
        facts.append(("reports", str(reports)))
    return facts


def _report_info(graph: Graph, report) -> dict:
    title = graph.value(report, KG.title)
    source = graph.value(report, KG.sourceFile)
    return {"report": str(title or label_of(graph, report)),
            "source_file": str(source) if source is not None else None,
            "url": _optional(graph.value(report, KG.url)),
            "published": _optional(graph.value(report, KG.published))}


def _optional(value) -> str | None:
    return None if value is None else str(value)


def _int(value) -> int | None:
    return int(value) if isinstance(value, Literal) and str(value).lstrip("-").isdigit() else None


def evidence_index(graph: Graph) -> dict[tuple, list[EdgeEvidence]]:
    """(subject, predicate, object) -> the evidence of every kg:Assertion about that edge."""
    reports: dict = {}
    index: dict[tuple, list[EdgeEvidence]] = defaultdict(list)
    for node in graph.subjects(RDF.type, KG.Assertion):
        key = (graph.value(node, RDF.subject), graph.value(node, RDF.predicate), graph.value(node, RDF.object))
        report = graph.value(node, KG.inReport)
        if report is not None and report not in reports:
            reports[report] = _report_info(graph, report)
        info = reports.get(report, {"report": "?"})
        start, end = _int(graph.value(node, KG.charStart)), _int(graph.value(node, KG.charEnd))
        index[key].append(EdgeEvidence(
            sentence=str(graph.value(node, KG.sentence) or ""), **info,
            span=(start, end) if start is not None and end is not None else None,
            qualifier=_optional(graph.value(node, KG.qualifier))))
    for items in index.values():
        items.sort(key=lambda e: (e.published or "", e.report, e.span or (0, 0), e.sentence))
    return index


def graph_view(graph: Graph) -> GraphView:
    """Every drawable entity of `graph` and every drawable edge between two of them."""
    nodes: dict[str, ViewNode] = {}
    for name in DRAWN_CLASSES:
        for node in sorted(graph.subjects(RDF.type, KG[name])):
            if str(node) in nodes or _kind(graph, node) != name:
                continue
            nodes[str(node)] = ViewNode(str(node), name, label_of(graph, node), tuple(_facts(graph, node, name)))
    evidence = evidence_index(graph)
    edges, seen = [], set()
    for name in DRAWN_EDGES:
        predicate = KG[name]
        for s, o in sorted(graph.subject_objects(predicate)):
            pair = (str(s), str(o))
            if pair[0] not in nodes or pair[1] not in nodes:
                continue
            if name == "attended" and (pair, "chaired") in seen:
                continue
            seen.add((pair, name))
            edges.append(ViewEdge(pair[0], pair[1], name, tuple(evidence.get((s, predicate, o), ()))))
    return GraphView(nodes, tuple(edges))


def with_degree_facts(view: GraphView) -> GraphView:
    """Officials gain 'chaired N, attended M' so the tooltip says how active they are."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for edge in view.edges:
        counts[(edge.source, edge.predicate)] += 1
    nodes = {}
    for iri, node in view.nodes.items():
        if node.kind == "Official":
            extra = tuple((p, f"{counts[(iri, p)]} meeting{'s' if counts[(iri, p)] > 1 else ''}")
                          for p in ("chaired", "attended") if counts[(iri, p)])
            node = replace(node, facts=node.facts + extra)
        nodes[iri] = node
    return GraphView(nodes, view.edges)

