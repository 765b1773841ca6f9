"""Query results and the ways they are written: an aligned table for people, and the SPARQL
1.1 result formats (CSV, JSON, XML) for programs. CONSTRUCT results are graphs: Turtle for
the table, N-Triples for CSV, JSON-LD for JSON.

The table counts a CJK character as two columns, as terminals draw it, so Chinese names line up.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from rdflib import XSD, BNode, Graph, Literal, URIRef

from kg.graph.vocab import ID_BASE, PREFIXES

MAX_CELL = 60   # display columns of one table cell before it is cut (CSV and JSON keep all)
_DISPLAY = [(str(ns), f"{prefix}:") for prefix, ns in PREFIXES.items()] + [(ID_BASE, "id:")]
FORMATS = ("table", "csv", "json", "xml")


@dataclass(frozen=True)
class QueryResult:
    form: str                                  # SELECT | ASK | CONSTRUCT | DESCRIBE
    variables: tuple[str, ...] = ()
    rows: tuple[tuple, ...] = ()               # rdflib terms; None where unbound
    boolean: bool | None = None
    graph: Graph | None = None

    def __iter__(self):
        """SELECT: the rows; CONSTRUCT: the triples; ASK: the one boolean."""
        if self.graph is not None:
            return iter(self.graph)
        return iter(self.rows if self.form == "SELECT" else (self.boolean,))

    def __len__(self) -> int:
        return len(self.graph) if self.graph is not None else len(self.rows) if self.form == "SELECT" else 1

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.form == "ASK" else len(self) > 0

    def records(self) -> list[dict]:
        """Rows as {variable: python value} (rdflib's toPython), unbound values left out."""
        return [{v: t.toPython() for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


def width(text: str) -> int:
    """Columns a terminal uses for `text`: wide and full-width characters take two."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, limit: int) -> tuple[str, bool]:
    if width(text) <= limit:
        return text, False
    out, used = [], 0
    for c in text:
        used += width(c)
        if used > limit - 1:
            break
        out.append(c)
    return "".join(out) + "…", True


def display(term) -> str:
    """A term as a person reads it: literals bare, IRIs shortened by known prefixes."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for base, prefix in _DISPLAY:
            if term.startswith(base) and len(term) > len(base):
                return prefix + term[len(base):]
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return " ".join(str(term).split())   # a sentence with line breaks stays on one row


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def to_table(result: QueryResult) -> str:
    if result.form == "ASK":
        return "yes" if result.boolean else "no"
    if result.graph is not None:
        return result.graph.serialize(format="turtle")
    cut = False
    cells = []
    for row in result.rows:
        line = []
        for term in row:
            text, was_cut = _cut(display(term), MAX_CELL)
            cut |= was_cut
            line.append(text)
        cells.append(line)
    sizes = [max([width(v)] + [width(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    lines = ["  ".join(_pad(v, s) for v, s in zip(result.variables, sizes)).rstrip(),
             "  ".join("─" * s for s in sizes)]
    lines += ["  ".join(_pad(c, s) for c, s in zip(line, sizes)).rstrip() for line in cells]
    notes = [f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"]
    if any(display(t).startswith("id:") for row in result.rows for t in row):
        notes.append(f"id: = {ID_BASE}")
    if cut:
        notes.append(f"long values cut at {MAX_CELL} columns; --format csv or json gives them whole")
    return "\n".join(lines + ["(" + "; ".join(notes) + ")"])


def _plain(term) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV (CRLF line ends); ASK gives one 'boolean' column."""
    if result.graph is not None:
        return result.graph.serialize(format="nt")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.form == "ASK":
        writer.writerows([["boolean"], ["true" if result.boolean else "false"]])
        return out.getvalue()
    writer.writerow(result.variables)
    writer.writerows([_plain(t) for t in row] for row in result.rows)
    return out.getvalue()


def json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    found = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        found["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype and term.datatype != XSD.string:
        found["datatype"] = str(term.datatype)
    return found


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.graph is not None:
        return result.graph.serialize(format="json-ld")
    if result.form == "ASK":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [{v: json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def _xml_term(term) -> str:
    found = json_term(term)
    if found["type"] == "uri":
        return f"<uri>{escape(found['value'])}</uri>"
    if found["type"] == "bnode":
        return f"<bnode>{escape(found['value'])}</bnode>"
    attrs = (f" xml:lang={quoteattr(found['xml:lang'])}" if "xml:lang" in found
             else f" datatype={quoteattr(found['datatype'])}" if "datatype" in found else "")
    return f"<literal{attrs}>{escape(found['value'])}</literal>"


def to_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML Format."""
    if result.graph is not None:
        return result.graph.serialize(format="xml")
    head = '<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
    if result.form == "ASK":
        return head + f"<head/>\n<boolean>{'true' if result.boolean else 'false'}</boolean>\n</sparql>\n"
    parts = [head, "<head>", *(f"<variable name={quoteattr(v)}/>" for v in result.variables), "</head>\n<results>\n"]
    for row in result.rows:
        cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                        for v, t in zip(result.variables, row) if t is not None)
        parts.append(f"<result>{cells}</result>\n")
    parts.append("</results>\n</sparql>\n")
    return "".join(parts)


WRITERS = {"table": to_table, "csv": to_csv, "json": to_json, "xml": to_xml}


def write(result: QueryResult, fmt: str) -> str:
    return WRITERS[fmt](result)
