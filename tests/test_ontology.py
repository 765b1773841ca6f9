"""ontology/govkg.ttl is the single source of vocabulary: complete, bilingual, aligned, and used
correctly by every module (a term the code names but the ontology lacks fails here)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.errors import VocabularyError
from kg.graph.vocab import KG, NAMESPACE_IRI, ORG, SCHEMA, ontology_graph

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ontology_graph()
TERMS = sorted(KG, key=str)

CONTRACT = ["Official", "Body", "Meeting", "Policy", "Report", "Post", "Assertion",
            "chaired", "attended", "relayedDirectiveFrom", "sourceFile", "mentionedIn", "date",
            "holdsPost", "convenedBy", "promotesPolicy", "format", "venue", "jurisdiction",
            "url", "title", "published", "inReport", "sentence", "charStart", "charEnd"]


@pytest.mark.parametrize("name", CONTRACT)
def test_contract_term_is_defined(name):
    assert name in KG
    assert KG[name] == URIRef(NAMESPACE_IRI + name)
    assert getattr(KG, name) == KG[name]


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.split("#")[-1])
@pytest.mark.parametrize("predicate", [RDFS.label, RDFS.comment])
@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_term_has_label_and_comment_in_both_languages(term, predicate, language):
    values = [o for o in ONTOLOGY.objects(term, predicate)
              if isinstance(o, Literal) and o.language == language and str(o).strip()]
    assert len(values) == 1, f"{term} needs one {predicate.split('#')[-1]}@{language}"


@pytest.mark.parametrize("subject, predicate, obj", [
    (KG.chaired, RDFS.subPropertyOf, KG.attended),
    (KG.Body, RDFS.subClassOf, ORG.Organization),
    (KG.Post, RDFS.subClassOf, ORG.Post),
    (KG.Report, RDFS.subClassOf, PROV.Entity),
    (KG.Meeting, RDFS.subClassOf, SCHEMA.Event),
    (KG.Official, RDFS.subClassOf, SCHEMA.Person),
    (KG.Policy, RDFS.subClassOf, SKOS.Concept),
    (KG.Assertion, RDFS.subClassOf, RDF.Statement),
    (KG.inReport, RDFS.subPropertyOf, PROV.wasDerivedFrom),
    (KG.holdsPost, RDFS.subPropertyOf, ORG.holds),
    (KG.chaired, RDFS.domain, KG.Official),
    (KG.chaired, RDFS.range, KG.Meeting),
    (KG.attended, RDFS.domain, KG.Official),
    (KG.relayedDirectiveFrom, RDFS.domain, KG.Meeting),
    (KG.relayedDirectiveFrom, RDFS.range, KG.Meeting),
    (KG.convenedBy, RDFS.range, KG.Body),
    (KG.holdsPost, RDFS.range, KG.Post),
    (KG.promotesPolicy, RDFS.range, KG.Policy),
    (KG.mentionedIn, RDFS.range, KG.Report),
    (KG.sourceFile, RDFS.domain, KG.Report),
])
def test_alignment_and_domains(subject, predicate, obj):
    assert (subject, predicate, obj) in ONTOLOGY


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.split("#")[-1])
def test_every_term_is_declared_with_an_owl_type(term):
    kinds = set(ONTOLOGY.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}


def test_provenance_pattern_is_documented_in_the_ontology():
    header = URIRef("https://w3id.org/govkg/ontology")
    assert (header, RDF.type, OWL.Ontology) in ONTOLOGY
    english = " ".join(str(c) for c in ONTOLOGY.objects(header, RDFS.comment) if c.language == "en")
    for words in ("kg:Assertion", "named graph", "kg:inReport", "kg:charStart"):
        assert words in english


@pytest.mark.parametrize("wrong", ["Meetnig", "chair", "Person", "label", "namespace"])
def test_unknown_term_raises_by_attribute_and_by_item(wrong):
    with pytest.raises(VocabularyError):
        getattr(KG, wrong)
    with pytest.raises(AttributeError):
        getattr(KG, wrong)
    with pytest.raises(VocabularyError):
        KG[wrong]
    assert wrong not in KG


def test_str_method_names_are_terms_not_methods():
    # rdflib's Namespace is a str, so Namespace(...).title would be str.title: not here.
    assert KG.title == URIRef(NAMESPACE_IRI + "title")
    assert KG.format == URIRef(NAMESPACE_IRI + "format")


def test_namespace_is_read_only():
    with pytest.raises(AttributeError):
        KG.Meeting = "x"


# ------------------------------------------------------------ code uses only defined terms
_USES = [re.compile(r"\bKG\.([A-Za-z_]\w*)"),
         re.compile(r"\bKG\[\s*[\"']([^\"']+)[\"']\s*\]"),
         re.compile(r"(?<![\w/#.-])kg:([A-Za-z_][\w-]*)")]


def term_uses(text: str) -> set[str]:
    return {m.group(1) for pattern in _USES for m in pattern.finditer(text)}


def test_scanner_finds_uses_and_misspellings():
    text = 'KG.Meeting, KG["chaired"], "?m kg:relayedDirectiveFrom ?x", KG.Meetnig, kg build'
    assert term_uses(text) == {"Meeting", "chaired", "relayedDirectiveFrom", "Meetnig"}


def _code_files():
    for pattern in ("**/*.py", "**/*.rq"):
        yield from sorted((ROOT / "kg").glob(pattern))


def test_code_names_no_term_the_ontology_lacks():
    unknown = {}
    for path in _code_files():
        missing = {t for t in term_uses(path.read_text(encoding="utf-8")) if t not in KG}
        if missing:
            unknown[str(path.relative_to(ROOT))] = sorted(missing)
    assert not unknown, f"terms used in code but missing from ontology/govkg.ttl: {unknown}"
