"""Graph stage: ResolvedCorpus -> RDF (rdflib Graph / Dataset), exports, SHACL validation, push.

    from kg.graph import to_rdf, to_dataset, write, validate
    graph = to_rdf(corpus)                      # one rdflib.Graph: entities, edges, evidence
    write(corpus, "turtle", "out/graph.ttl")    # atomic, byte-identical for the same corpus
    violations = validate(graph)                # SHACL (ontology/shapes.ttl), plain words

Vocabulary comes from ontology/govkg.ttl through kg.graph.vocab.KG.
Names are imported lazily so that `import kg.graph.vocab` stays cheap (pySHACL is slow to load).
"""
from importlib import import_module

_EXPORTS = {"to_rdf": "kg.graph.rdf", "to_dataset": "kg.graph.rdf",
            "write": "kg.graph.exporters", "EXPORTERS": "kg.graph.exporters",
            "validate": "kg.graph.validate", "Violation": "kg.graph.validate",
            "to_networkx": "kg.graph.networkx_view", "KG": "kg.graph.vocab"}

__all__ = sorted(_EXPORTS)


def __getattr__(name):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'kg.graph' has no attribute {name!r}")
