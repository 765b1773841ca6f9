"""govkg: knowledge graphs of Chinese government meeting reports.

Flow: kg.ingest -> kg.extract -> kg.resolve -> kg.graph -> kg.explore.
"""
__version__ = "0.1.0"


def build(paths, *, nlp: str = "rules", workers: int = 1):
    """Build the graph of the reports under `paths` and return a KnowledgeGraph
    (.rdf, .query(), .to_networkx(), .show()). Writes nothing to disk."""
    from kg.explore.knowledge_graph import KnowledgeGraph
    from kg.pipeline import build as build_corpus

    if isinstance(paths, (str, bytes)) or hasattr(paths, "__fspath__"):
        paths = [paths]
    return KnowledgeGraph(build_corpus(paths, nlp=nlp, workers=workers).rdf)
