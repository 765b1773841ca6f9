"""Read a graph file back (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML), or say why not.

    graph = load_graph("outputs/graph.ttl")        # rdflib Graph (TriG/N-Quads: all graphs merged)
    dataset = load_dataset("outputs/graph.trig")   # rdflib Dataset, named graphs kept

Errors are InputError(path, reason, line) so the CLI can name the file and line.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import InputError
from kg.graph.rdf import default_graph
from kg.graph.vocab import bind_prefixes

FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nt": "nt", ".ntriples": "nt",
           ".nq": "nquads", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml",
           ".xml": "xml", ".n3": "n3"}
QUAD_FORMATS = {"trig", "nquads"}


def format_of(path: Path, given: str | None = None) -> str:
    if given:
        return given
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise InputError(path, f"cannot tell the RDF format from the suffix {path.suffix!r}; "
                               f"use one of {', '.join(sorted(FORMATS))}") from None


def _check(path: Path) -> None:
    if not path.exists():
        raise InputError(path, "no such file")
    if not path.is_file():
        raise InputError(path, "not a file")


def _line_number(text: str) -> int | None:
    """The line rdflib's parser stopped at ("at line 3", "line: 3", "lineno=3"), if it says."""
    words = text.replace(":", " ").replace("=", " ").split()
    for word, following in zip(words, words[1:]):
        number = following.rstrip(",.;)")
        if word.lower() in ("line", "lineno") and number.isdigit():
            return int(number)
    return None


def _failure(path: Path, fmt: str, err: Exception) -> InputError:
    text = " ".join(str(err).split())
    return InputError(path, f"not readable as {fmt}: {text[:300]}", _line_number(text))


def load_dataset(path, fmt: str | None = None) -> Dataset:
    """The file as a Dataset; triple formats land in the default graph."""
    path = Path(path)
    _check(path)
    fmt = format_of(path, fmt)
    dataset = bind_prefixes(Dataset())
    try:
        if fmt in QUAD_FORMATS:
            dataset.parse(path, format=fmt)
        else:
            default_graph(dataset).parse(path, format=fmt)
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read: {err}") from None
    except Exception as err:   # rdflib raises a different error type per parser
        raise _failure(path, fmt, err) from None
    return dataset


def load_graph(path, fmt: str | None = None) -> Graph:
    """The file as one Graph (for TriG and N-Quads, the union of every graph)."""
    path = Path(path)
    _check(path)
    fmt = format_of(path, fmt)
    if fmt in QUAD_FORMATS:
        merged = bind_prefixes(Graph())
        for s, p, o, _ in load_dataset(path, fmt).quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged
    graph = bind_prefixes(Graph())
    try:
        graph.parse(path, format=fmt)
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read: {err}") from None
    except Exception as err:   # rdflib raises a different error type per parser
        raise _failure(path, fmt, err) from None
    return graph
