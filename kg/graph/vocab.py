"""The `KG` namespace, derived at import from ontology/govkg.ttl (the single source of vocabulary).

    from kg.graph.vocab import KG
    KG.Meeting            # URIRef('https://w3id.org/govkg/ontology#Meeting')
    KG["chaired"]         # same, by name
    # a misspelt name (Meetnig) raises UnknownTermError, a VocabularyError and AttributeError

Like rdflib's DefinedNamespace, but the term list is read from the ontology file rather
than typed twice, so a term that is misspelt, or missing from the ontology, fails loudly.
Unlike rdflib's Namespace (a str), `KG.title` and `KG.format` are terms, not str methods.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Namespace, URIRef
from rdflib.namespace import OWL, PROV, SKOS, FOAF

from kg.errors import VocabularyError

NAMESPACE_IRI = "https://w3id.org/govkg/ontology#"
ONTOLOGY_IRI = "https://w3id.org/govkg/ontology"
ID_BASE = "https://w3id.org/govkg/id/"
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")

# Prefixes every govkg graph binds, in this order (serialisations list them sorted anyway).
PREFIXES = {"kg": Namespace(NAMESPACE_IRI), "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "org": ORG,
            "prov": PROV, "skos": SKOS, "schema": SCHEMA, "owl": OWL, "foaf": FOAF}


class UnknownTermError(VocabularyError, AttributeError):
    """A term asked of KG that ontology/govkg.ttl does not define."""


def ontology_file(name: str):
    """A Traversable for ontology/NAME (govkg.ttl, shapes.ttl), installed or in the checkout."""
    try:
        found = resources.files("kg.ontology") / name
    except ModuleNotFoundError:
        # Running from a checkout that was never installed: kg/ sits beside ontology/.
        found = Path(__file__).resolve().parents[2] / "ontology" / name
    if not found.is_file():
        raise VocabularyError(f"ontology/{name} is missing: the package is incomplete")
    return found


@lru_cache(maxsize=None)
def ontology_graph() -> Graph:
    """The ontology as an rdflib Graph (parsed once per process)."""
    graph = Graph()
    graph.parse(data=ontology_file("govkg.ttl").read_text(encoding="utf-8"), format="turtle")
    return graph


def _defined_terms(graph: Graph) -> frozenset[str]:
    declared = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)
    names = set()
    for kind in declared:
        for subject in graph.subjects(RDF.type, kind):
            if isinstance(subject, URIRef) and subject.startswith(NAMESPACE_IRI):
                names.add(subject[len(NAMESPACE_IRI):])
    return frozenset(names)


class OntologyNamespace:
    """Attribute and item access to the terms an ontology defines; anything else raises."""

    __slots__ = ("_iri", "_terms")

    def __init__(self, iri: str, terms: frozenset[str]):
        object.__setattr__(self, "_iri", iri)
        object.__setattr__(self, "_terms", terms)

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> URIRef:
        if name not in self._terms:
            raise UnknownTermError(
                f"kg:{name} is not defined in ontology/govkg.ttl "
                f"(known terms: {', '.join(sorted(self._terms))})")
        return URIRef(self._iri + name)

    def __setattr__(self, name, value):
        raise AttributeError("the KG namespace is read-only; add terms to ontology/govkg.ttl")

    def __contains__(self, item) -> bool:
        text = str(item)
        if text.startswith(self._iri):
            text = text[len(self._iri):]
        return text in self._terms

    def __iter__(self):
        return iter(URIRef(self._iri + name) for name in sorted(self._terms))

    def __len__(self) -> int:
        return len(self._terms)

    def __str__(self) -> str:
        return self._iri

    def __repr__(self) -> str:
        return f"OntologyNamespace({self._iri!r}, {len(self._terms)} terms)"


KG = OntologyNamespace(NAMESPACE_IRI, _defined_terms(ontology_graph()))


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the govkg prefixes (kg, rdfs, xsd, org, prov, skos, schema...) on a graph or dataset."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
