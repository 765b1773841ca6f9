"""Find the entity a user means: by IRI, by the tail of its IRI, by its label, or by part of
its label, optionally narrowed by a date written as TEXT@DATE (2022-11-10 or --11-10).

Matching works on plain Candidates so that the same rules serve an rdflib Graph (here) and
any SPARQL store (kg.explore.sparql builds candidates with a query).
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from kg.errors import QueryError
from kg.explore.resources import ISO_DATE, KEY_WITH_DATE
from kg.explore.view import date_text, label_of
from kg.graph.vocab import KG

SHOWN = 15   # candidates listed in an "ambiguous" message


@dataclass(frozen=True)
class Candidate:
    iri: str
    label: str
    names: frozenset[str]          # labels and aliases
    dates: tuple[str, ...] = ()    # kg:date values as written

    def describe(self) -> str:
        dates = ", ".join(date_text(d) for d in self.dates)
        return f"{self.label}{f' ({dates})' if dates else ''} <{self.iri}>"


def split_key(key: str) -> tuple[str, str | None]:
    """'会议@2022-11-10' -> ('会议', '2022-11-10'); '<IRI>' -> (IRI, None)."""
    key = key.strip()
    if key.startswith("<") and key.endswith(">"):
        return key[1:-1], None
    match = KEY_WITH_DATE.match(key)
    return (match["text"], match["date"]) if match else (key, None)


def dates_match(value, wanted: str) -> bool:
    """An xsd:date or gMonthDay value against '2022-11-10' or '--11-10': a date with no
    year on either side matches on month and day."""
    have, want = ISO_DATE.match(str(value)), ISO_DATE.match(wanted)
    if not have or not want:
        return False
    if (have["month"], have["day"]) != (want["month"], want["day"]):
        return False
    return not have["year"] or not want["year"] or have["year"] == want["year"]


def match(candidates: list[Candidate], key: str) -> list[Candidate]:
    """The candidates `key` names, best kind of match only: the IRI itself, the end of the
    IRI, a label or alias equal to the text, a label or alias containing it."""
    text, date = split_key(key)
    if date:
        candidates = [c for c in candidates if any(dates_match(d, date) for d in c.dates)]
    tiers = (
        lambda c: c.iri == text,
        lambda c: len(text) >= 4 and c.iri.endswith(text) and c.iri[-len(text) - 1] in "/#-",
        lambda c: text in c.names,
        lambda c: bool(text) and any(text in name for name in c.names),
        lambda c: not text and date is not None,
    )
    for test in tiers:
        found = [c for c in candidates if test(c)]
        if found:
            return sorted(found, key=lambda c: (c.dates, c.label, c.iri))
    return []


def pick_one(candidates: list[Candidate], kind: str, key: str) -> Candidate:
    """The single candidate `key` names; a QueryError lists the choices otherwise."""
    found = match(candidates, key)
    if len(found) == 1:
        return found[0]
    if not found:
        raise QueryError(f"no {kind} matches {key!r}: give its IRI, its label or part of it, "
                         f"optionally with @DATE (e.g. 常委会会议@2022-11-10)")
    shown = "\n  ".join(c.describe() for c in found[:SHOWN])
    more = f"\n  ... and {len(found) - SHOWN} more" if len(found) > SHOWN else ""
    raise QueryError(f"{len(found)} {kind} nodes match {key!r}; add @DATE or give the IRI:\n  {shown}{more}")


def graph_candidates(graph: Graph, kind: str) -> list[Candidate]:
    """Every node of class kg:`kind` in an rdflib Graph."""
    found = []
    for node in sorted(set(graph.subjects(RDF.type, KG[kind]))):
        names = frozenset(str(name) for p in (RDFS.label, SKOS.altLabel) for name in graph.objects(node, p))
        found.append(Candidate(str(node), label_of(graph, node), names,
                               tuple(sorted(str(d) for d in graph.objects(node, KG.date)))))
    return found


def find(graph: Graph, kind: str, key: str) -> list[URIRef]:
    return [URIRef(c.iri) for c in match(graph_candidates(graph, kind), key)]


def find_one(graph: Graph, kind: str, key: str) -> URIRef:
    return URIRef(pick_one(graph_candidates(graph, kind), kind, key).iri)
