"""Run SPARQL over a govkg graph: a query given as text, as a .rq file, or by the name of a
shipped query, with parameters bound safely, on rdflib or Oxigraph.

    run_query("outputs/graph.ttl", name="cascade", params={"root": "常委会会议@2022-11-10"})
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import InputError, QueryError
from kg.explore import library
from kg.explore.library import NamedQuery
from kg.explore.lookup import Candidate, pick_one
from kg.explore.params import ParamSpec, dollar_variables, guess_type, substitute, to_term
from kg.explore.results import QueryResult
from kg.explore.store import open_store

_ENTITY_TYPES = {"meeting": "Meeting", "official": "Official"}


def read_query(query: str | None = None, name: str | None = None) -> tuple[str, str, NamedQuery | None]:
    """(what to call the query in messages, its text, the named query if it is one)."""
    if name:
        named = library.get(name)
        return f"query {name}", named.text, named
    if not query:
        raise QueryError("give a query: SPARQL text, a FILE.rq, or --name NAME")
    if query.endswith(".rq") or "\n" not in query and Path(query).suffix == ".rq":
        path = Path(query)
        try:
            return str(path), path.read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(path, f"cannot read the query file: {err}") from None
    shown = " ".join(query.split())
    return f"query {shown[:50] + '…' if len(shown) > 50 else shown!r}", query, None


def _candidates(store, kind: str) -> list[Candidate]:
    """Every node of class kg:`kind` with labels and dates, asked of the store itself."""
    rows = store.query(
        "SELECT ?node ?label ?alias ?date WHERE { ?node a kg:%s ; rdfs:label ?label . "
        "OPTIONAL { ?node skos:altLabel ?alias } OPTIONAL { ?node kg:date ?date } }" % kind).rows
    found: dict[str, dict] = {}
    for node, label, alias, date in rows:
        entry = found.setdefault(str(node), {"labels": set(), "aliases": set(), "dates": set()})
        entry["labels"].add(label)
        entry["aliases"] |= {str(alias)} if alias is not None else set()
        entry["dates"] |= {str(date)} if date is not None else set()
    out = []
    for iri, entry in sorted(found.items()):
        label = sorted(entry["labels"], key=lambda t: (getattr(t, "language", None) != "zh", str(t)))[0]
        out.append(Candidate(iri, str(label), frozenset({str(t) for t in entry["labels"]} | entry["aliases"]),
                             tuple(sorted(entry["dates"]))))
    return out


def bind(text: str, named: NamedQuery | None, raw: dict[str, str], store) -> str:
    """The query with its $parameters replaced by terms; checks names, required ones, types."""
    used = dollar_variables(text)
    if named:
        specs = {p.name: p for p in named.params}
        extra, known = set(raw) - set(specs), set(specs)
    else:
        specs = {n: ParamSpec(n, guess_type(v)) for n, v in raw.items()}
        extra, known = set(raw) - used, used
    if extra:
        where = f"named query {named.name}" if named else "the query"
        raise QueryError(f"{where} has no parameter {', '.join(sorted(extra))} "
                         f"(its parameters: {', '.join(sorted(known)) or 'none'}; a query names them $name)")
    values = {}
    for pname, spec in specs.items():
        value = raw.get(pname, spec.default)
        if value is None:
            if spec.required:
                raise QueryError(f"named query {named.name} needs --param {pname}=… ({spec.doc or spec.type})")
            continue
        if spec.type in _ENTITY_TYPES and not value.startswith(("http://", "https://", "<")):
            value = pick_one(_candidates(store, _ENTITY_TYPES[spec.type]), _ENTITY_TYPES[spec.type], value).iri
        values[pname] = to_term(pname, spec.type, value)
    return substitute(text, values)


def run_query(source, query: str | None = None, params: dict[str, str] | None = None, *,
              name: str | None = None, store: str = "oxigraph") -> QueryResult:
    """Run a query on `source` (a graph file, an rdflib Graph, or an open store)."""
    label, text, named = read_query(query, name)
    opened = source if hasattr(source, "query") and not hasattr(source, "serialize") else open_store(source, store)
    bound = bind(text, named, dict(params or {}), opened)
    try:
        return opened.query(bound)
    except QueryError as err:
        raise QueryError(f"{label}: {err}") from None
