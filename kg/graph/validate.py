"""SHACL validation of govkg graphs (shapes in ontology/shapes.ttl), reported in plain words.

    problems = validate(graph)           # [] when the graph conforms
    for p in problems: print(p)          # 会议名 <https://w3id.org/govkg/id/meeting/...>: has at most one date ...

Only violations make a graph non-conformant; warnings (sh:Warning, e.g. a meeting relaying
one dated after it) are returned too, with severity "warning".

Speed: pySHACL evaluates a SHACL-SPARQL constraint once per focus node, which takes seconds
on a 10k-triple graph. By default the core shapes go to pySHACL and each sh:sparql
constraint runs once over the whole graph, restricted to the shape's target class: the same
results in a fraction of the time. `thorough=True` hands everything to pySHACL instead.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from kg.graph.rdf import union_graph
from kg.graph.vocab import ontology_file

_SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


@dataclass(frozen=True, order=True)
class Violation:
    focus: str                 # the node that breaks the rule (IRI)
    label: str                 # its rdfs:label, or its type, to name it in plain words
    message: str               # the rule, in plain words (sh:message from the shapes)
    path: str | None = None    # the property concerned, as a prefixed name
    value: str | None = None   # the offending value, where there is one
    severity: str = "violation"

    def __str__(self) -> str:
        name = f"{self.label} <{self.focus}>" if self.label else f"<{self.focus}>"
        shown = self.value is not None and self.value not in self.message and self.value.strip("<>") != self.focus
        detail = f" (found: {self.value})" if shown else ""
        marker = "" if self.severity == "violation" else f"[{self.severity}] "
        return f"{marker}{name}: {self.message}{detail}"


@lru_cache(maxsize=None)
def shapes_graph() -> Graph:
    """ontology/shapes.ttl, parsed once per process."""
    shapes = Graph()
    shapes.parse(data=ontology_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return shapes


@dataclass(frozen=True)
class _SparqlRule:
    query: str          # runs over the whole data graph; binds ?this and ?value
    message: str
    severity: str


@lru_cache(maxsize=None)
def _split_shapes() -> tuple[Graph, tuple[_SparqlRule, ...]]:
    """(core shapes without sh:sparql, the SPARQL constraints as whole-graph queries)."""
    shapes, core, rules = shapes_graph(), Graph(), []
    for triple in shapes:
        if triple[1] != SH.sparql:
            core.add(triple)
    for shape, constraint in shapes.subject_objects(SH.sparql):
        prefixes = "".join(
            f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
            for source in shapes.objects(constraint, SH.prefixes)
            for d in shapes.objects(source, SH.declare))
        targets = " ".join(f"<{c}>" for c in shapes.objects(shape, SH.targetClass))
        # $this and ?this are one variable in SPARQL: bind it to the shape's targets.
        query = (f"{prefixes}SELECT ?this ?value WHERE {{ VALUES ?class {{ {targets} }} "
                 f"?this a ?class . {{ {shapes.value(constraint, SH.select)} }} }}")
        severity = _SEVERITY.get(shapes.value(constraint, SH.severity), "violation")
        rules.append(_SparqlRule(query, str(shapes.value(constraint, SH.message)), severity))
    return core, tuple(rules)


def _sparql_results(data: Graph):
    for rule in _split_shapes()[1]:
        for row in data.query(rule.query):
            shown = _short(data, row.value)
            message = rule.message.replace("{?value}", shown).replace("{$value}", shown)
            yield row.this, None, row.value, [message], rule.severity


def _pyshacl_results(data: Graph, shapes: Graph):
    import pyshacl   # slow to import: only when validating

    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                    allow_warnings=True, abort_on_first=False)
    for result in report.subjects(RDF.type, SH.ValidationResult):
        yield (report.value(result, SH.focusNode), report.value(result, SH.resultPath),
               report.value(result, SH.value),
               sorted(str(m) for m in report.objects(result, SH.resultMessage)),
               _SEVERITY.get(report.value(result, SH.resultSeverity), "violation"))


def _short(graph: Graph, term) -> str:
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:   # rdflib raises assorted errors for IRIs it cannot shorten
            return f"<{term}>"
    return str(term)


def _name(data: Graph, focus) -> str:
    label = data.value(focus, RDFS.label)
    if label is not None:
        return str(label)
    kinds = sorted(_short(data, k) for k in data.objects(focus, RDF.type))
    return " ".join(kinds) or "a node"


def validate(graph: Graph, thorough: bool = False) -> list[Violation]:
    """Run the govkg SHACL shapes over `graph` (a Graph or Dataset); sorted violations,
    empty when it conforms. Warnings are included (severity "warning")."""
    data = union_graph(graph)
    if thorough:
        results = _pyshacl_results(data, shapes_graph())
    else:
        core, _ = _split_shapes()
        results = [*_pyshacl_results(data, core), *_sparql_results(data)]
    found = set()
    for focus, path, value, messages, severity in results:
        found.add(Violation(focus=str(focus), label=_name(data, focus),
                            message="; ".join(messages) or "breaks a shape in ontology/shapes.ttl",
                            path=_short(data, path) if path is not None else None,
                            value=_short(data, value) if value is not None else None,
                            severity=severity))
    return sorted(found, key=lambda v: (v.severity != "violation", v.focus, v.message, v.value or ""))


def conforms(violations: list[Violation]) -> bool:
    """True when nothing but warnings was found."""
    return not any(v.severity == "violation" for v in violations)
