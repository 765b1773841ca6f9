"""One store measured on one graph: load, serialise, and every shipped named query.

Runs inside a phase process (bench/phases.py store). The stores are the project's own
(kg.explore.store: rdflib's memory store and the Oxigraph-backed one), used exactly as
`kg query` uses them. Queries that take parameters get them from `params` when given (so
both stores answer the very same question), else pick them from the graph: the meeting
with the most meetings relaying it (cascade) and the official with the most evidence;
post-holders is asked for 省委书记.
A step that runs past `timeout` seconds, or past the memory cap, is reported, not fatal.
"""
from __future__ import annotations

import signal
import statistics
import time

from rdflib import URIRef

_PICK_ROOT = """PREFIX kg: <https://w3id.org/govkg/ontology#>
SELECT ?m (COUNT(?x) AS ?n) WHERE { ?x kg:relayedDirectiveFrom ?m } GROUP BY ?m ORDER BY DESC(?n) STR(?m) LIMIT 1"""
_PICK_OFFICIAL = """PREFIX kg: <https://w3id.org/govkg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?o (COUNT(?a) AS ?n) WHERE { ?a rdf:subject ?o . ?o a kg:Official }
GROUP BY ?o ORDER BY DESC(?n) STR(?o) LIMIT 1"""
_PICKERS = {"meeting": _PICK_ROOT, "official": _PICK_OFFICIAL}
# Required text parameters: a post title every province has (post-holders searches the titles).
_TEXTS = {"title": "省委书记"}
REPEATS = 3                 # fast queries are run this often and the median is kept


class StepTimeout(BaseException):
    """Not an Exception: the stores wrap every Exception of a query in QueryError."""


def _alarm(signum, frame):
    raise StepTimeout()


def _timed(function, timeout: float):
    """(result, seconds) or raises StepTimeout / MemoryError."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    started = time.perf_counter()
    try:
        return function(), time.perf_counter() - started
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _failure(err: BaseException, timeout: float) -> str:
    if isinstance(err, StepTimeout):
        return f"> {timeout:.0f} s"
    if isinstance(err, MemoryError):
        return "out of memory"
    return f"{type(err).__name__}: {str(err)[:200]}"


def _params(store, query, given: dict) -> dict:
    from kg.explore.params import to_term

    values = {}
    for spec in query.params:
        if spec.name in given:
            values[spec.name] = URIRef(given[spec.name]) if spec.type in _PICKERS else to_term(
                spec.name, spec.type, given[spec.name])
        elif spec.type in _PICKERS:
            rows = store.query(_PICKERS[spec.type]).rows
            if rows:
                values[spec.name] = rows[0][0]
                given[spec.name] = str(rows[0][0])
        elif spec.name in _TEXTS:
            values[spec.name] = to_term(spec.name, spec.type, _TEXTS[spec.name])
            given[spec.name] = _TEXTS[spec.name]
        elif spec.default is not None:
            values[spec.name] = to_term(spec.name, spec.type, spec.default)
    return values


def _run_queries(store, args: dict, timeout: float) -> tuple[dict, dict]:
    from kg.explore.library import named_queries
    from kg.explore.params import substitute

    given, results = dict(args.get("params") or {}), {}
    for name, query in named_queries().items():
        try:
            values = _params(store, query, given)
            missing = [p.name for p in query.params if p.required and p.name not in values]
            if missing:
                results[name] = {"error": f"no value for {', '.join(missing)} in this graph"}
                continue
            text = substitute(query.text, values)
            result, first = _timed(lambda: store.query(text), timeout)
            times = [first]
            while sum(times) < 1.0 and len(times) < REPEATS:
                times.append(_timed(lambda: store.query(text), timeout)[1])
            results[name] = {"seconds": statistics.median(times), "first_s": first,
                             "rows": len(result.rows) if result.rows is not None else None}
        except (StepTimeout, MemoryError, Exception) as err:  # noqa: B014 (each is reported)
            results[name] = {"error": _failure(err, timeout)}
    return results, given


def _serialise(store, target: str):
    if store.name == "oxigraph":
        import pyoxigraph as ox
        store.store.dump(target, format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    else:
        store.graph.serialize(destination=target, format="turtle")


def measure_store(args: dict) -> dict:
    from kg.explore.store import open_store

    timeout = float(args.get("timeout", 120))
    out = {"store": args["store"]}
    try:
        store, out["load_s"] = _timed(lambda: open_store(args["graph"], args["store"]),
                                      float(args.get("load_timeout", 900)))
    except (StepTimeout, MemoryError, Exception) as err:  # noqa: B014
        return {**out, "error": f"load: {_failure(err, float(args.get('load_timeout', 900)))}"}
    out["triples"] = len(store)
    out["queries"], out["params"] = _run_queries(store, args, timeout)
    try:
        _, out["serialise_s"] = _timed(lambda: _serialise(store, args["dump"]), timeout)
        out["serialise_triples_per_s"] = out["triples"] / out["serialise_s"]
    except (StepTimeout, MemoryError, Exception) as err:  # noqa: B014
        out["serialise_error"] = _failure(err, timeout)
    return out
