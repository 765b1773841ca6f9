"""Query parameters: `--param name=value` becomes an RDF term that replaces `$name` in the query.

User text never becomes query syntax: the value is turned into one IRI or literal, written in
SPARQL's escaped form, and put where the `$name` variable stood; strings, IRIs and comments
of the query are left alone. The result is a standalone query any SPARQL store can run.
Parameters are written `$name` (SPARQL's other variable sigil) and must not be projected.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rdflib import XSD, Literal, URIRef

from kg.errors import QueryError
from kg.explore.resources import ABSOLUTE_IRI, DOLLAR_VAR, IRI_FORBIDDEN, PARAM, QUERY_SKIP

TYPES = ("iri", "meeting", "official", "string", "zh", "date", "integer", "count")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str = "string"            # one of TYPES
    required: bool = False
    default: str | None = None
    doc: str = ""


def parse_assignments(items) -> dict[str, str]:
    """['root=<http://…>', 'title=省委书记'] -> {'root': …, 'title': …}."""
    values = {}
    for item in items or ():
        found = PARAM.match(item)
        if not found:
            raise QueryError(f"--param {item!r}: write NAME=VALUE (e.g. --param title=省委书记)")
        values[found["name"]] = found["value"]
    return values


def guess_type(value: str) -> str:
    """For parameters a query does not declare: <…> or scheme:… is an IRI, digits an integer."""
    if value.startswith("<") and value.endswith(">") or ABSOLUTE_IRI.match(value) and "://" in value:
        return "iri"
    return "integer" if value.lstrip("-").isdigit() else "string"


def to_term(name: str, kind: str, value: str):
    """The RDF term for `value` read as `kind` ('meeting'/'official' arrive here as IRIs)."""
    if kind in ("iri", "meeting", "official"):
        iri = value[1:-1] if value.startswith("<") and value.endswith(">") else value
        if not ABSOLUTE_IRI.match(iri) or IRI_FORBIDDEN.search(iri):
            raise QueryError(f"parameter {name}: {value!r} is not an absolute IRI")
        return URIRef(iri)
    if kind == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            raise QueryError(f"parameter {name}: {value!r} is not a date (YYYY-MM-DD)") from None
        return Literal(value, datatype=XSD.date)
    if kind == "integer":
        if not value.lstrip("-").isdigit():
            raise QueryError(f"parameter {name}: {value!r} is not an integer")
        return Literal(int(value))
    if kind == "count":     # LIMIT / OFFSET: SPARQL's grammar takes only a bare non-negative integer
        if not (value.isascii() and value.isdigit()):
            raise QueryError(f"parameter {name}: {value!r} is not a count (0, 1, 2, …)")
        return Literal(int(value))
    return Literal(value, lang="zh") if kind == "zh" else Literal(value)


def sparql_term(term) -> str:
    """`term` in SPARQL syntax; a literal's lexical form is escaped character by character."""
    if isinstance(term, URIRef):
        if IRI_FORBIDDEN.search(str(term)):
            raise QueryError(f"{str(term)!r} cannot be written as an IRI")
        return f"<{term}>"
    lexical = '"' + "".join(_ESCAPES.get(c, c) for c in str(term)) + '"'
    if term.language:
        return f"{lexical}@{term.language}"
    if term.datatype == XSD.integer and str(term).isascii() and str(term).lstrip("-").isdigit():
        return str(term)    # bare: the same literal, and the only form LIMIT and OFFSET accept
    if term.datatype and term.datatype != XSD.string:
        return f"{lexical}^^<{term.datatype}>"
    return lexical


def dollar_variables(query: str) -> set[str]:
    """Names written `$name` in the query body (not inside strings, IRIs or comments)."""
    found = set()
    for piece, is_code in _pieces(query):
        if is_code:
            found |= set(DOLLAR_VAR.findall(piece))
    return found


def substitute(query: str, values: dict[str, object]) -> str:
    """The query with every `$name` in `values` replaced by its term."""
    out = []
    for piece, is_code in _pieces(query):
        if is_code:
            piece = DOLLAR_VAR.sub(lambda m: sparql_term(values[m[1]]) if m[1] in values else m[0], piece)
        out.append(piece)
    return "".join(out)


def _pieces(query: str):
    """(text, is_code) runs: the parts a parameter may appear in, and the parts it may not."""
    at = 0
    for skipped in QUERY_SKIP.finditer(query):
        if skipped.start() > at:
            yield query[at:skipped.start()], True
        yield skipped.group(), False
        at = skipped.end()
    if at < len(query):
        yield query[at:], True
