"""The BIO tag format shared by the tagger (kg.extract.tagger) and its training data (kg.train).

A module of its own so that the training-data generator, which the benchmark imports, reads BIO
without loading the extraction package, and neither side keeps a copy.
"""
from __future__ import annotations


def spans(tags) -> list[tuple[int, int, str]]:
    """(start, end, label) of each entity in a BIO sequence; a stray I- opens a span."""
    found, start, label = [], 0, None
    for i, tag in enumerate(list(tags) + ["O"]):
        kind, _, name = tag.partition("-")
        if label is not None and (kind != "I" or name != label):
            found.append((start, i, label))
            label = None
        if kind in ("B", "I") and label is None:
            start, label = i, name
    return found
