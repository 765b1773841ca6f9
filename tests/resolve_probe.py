"""Short reports through extract and resolve, and what tests read back: the meeting nodes
whose label holds a word, each with the files it was read from."""
from kg.extract import extract
from kg.ingest import make_report
from kg.records import NodeKind
from kg.resolve import resolve


def build(*texts):
    """Resolve reports given as (text, published day); report n is read from rn.txt."""
    return resolve([extract(make_report(f"r{i}.txt", t, published=day)) for i, (t, day) in enumerate(texts)])


def holding(corpus, word):
    """The meeting nodes whose label holds `word`, each with the files it was read from."""
    by_id = {r.report_id: r.source_file for r in corpus.reports}
    return [(n.label, {by_id[r] for r in n.reports}) for n in corpus.nodes
            if n.kind is NodeKind.MEETING and word in n.label]
