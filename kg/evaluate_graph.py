"""A built graph as kg.evaluate reads it: typed nodes with labels, dates, edges, and the
report files each node is mentioned in (kg:mentionedIn -> kg:sourceFile)."""
from __future__ import annotations

from pathlib import Path

from rdflib import RDF, RDFS, Graph, Namespace

from kg.errors import InputError
from kg.evaluate_gold import norm

KG = Namespace("https://w3id.org/govkg/ontology#")   # the scored terms only; all are in ontology/govkg.ttl


class GraphView:
    def __init__(self, graph: Graph):
        self.graph = graph

    @classmethod
    def load(cls, path) -> "GraphView":
        graph = Graph()
        try:
            graph.parse(str(path))
        except FileNotFoundError:
            raise InputError(path, "no such graph file") from None
        except Exception as err:            # rdflib raises many parser-specific errors
            raise InputError(path, f"cannot be parsed as RDF: {err}") from None
        return cls(graph)

    def labels(self, node) -> list[str]:
        values = [str(v) for v in self.graph.objects(node, RDFS.label)]
        chinese = [norm(v) for v in values if any("\u3400" <= ch <= "\u9fff" for ch in v)]
        return chinese or [norm(v) for v in values]

    def nodes(self, cls: str) -> dict:
        return {n: self.labels(n) for n in sorted(set(self.graph.subjects(RDF.type, KG[cls])))}

    def date(self, node):
        return next(iter(sorted(self.graph.objects(node, KG.date))), None)

    def edges(self, prop: str):
        return sorted(self.graph.subject_objects(KG[prop]))

    def reports(self, node) -> set[str]:
        return {Path(str(f)).name for r in self.graph.objects(node, KG.mentionedIn)
                for f in self.graph.objects(r, KG.sourceFile)}

    def shares_report(self, node, docs) -> bool:
        """A node and a gold item share a report (or one of them does not say)."""
        mine = self.reports(node)
        return docs is None or not mine or bool(mine & docs)
