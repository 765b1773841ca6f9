"""Upload a graph to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

    report = push(graph, "http://localhost:8890/sparql-graph-crud-auth",
                  graph_iri="https://example.org/govkg", user="dba", password=secret)
    print(report)     # 12,345 triples in 1 chunk to <https://example.org/govkg> ... HTTP 201

The graph goes as sorted N-Triples in chunks of `chunk_size` triples: with replace=True the
first chunk is a PUT (which replaces the graph) and the rest POSTs (which add); with
replace=False every chunk is a POST. 5xx answers and connection errors are retried with
exponential backoff. HTTP basic and digest authentication (Virtuoso uses digest) come from
urllib's handlers; the password is never printed, logged, or put in an error message.
"""
from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from rdflib import Dataset, Graph

from kg.errors import PushError
from kg.graph.canonical import ntriples_lines

MEDIA_TYPE = "application/n-triples"
RETRY_STATUSES = frozenset({500, 502, 503, 504})


@dataclass
class PushReport:
    endpoint: str                  # without any credentials
    graph: str | None              # None: the store's default graph
    triples: int = 0               # triples the store accepted
    chunks: int = 0                # requests the store accepted
    statuses: list[int] = field(default_factory=list)
    retries: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        target = f"<{self.graph}>" if self.graph else "the default graph"
        codes = ", ".join(str(c) for c in sorted(set(self.statuses))) or "none"
        return (f"{self.triples:,} triples in {self.chunks} chunk{'s' * (self.chunks != 1)} to {target} "
                f"at {self.endpoint} (HTTP {codes}; {self.retries} retr{'ies' if self.retries != 1 else 'y'}; "
                f"{self.seconds:.1f}s)")


def public_url(url: str) -> str:
    """The URL with any user:password@ removed, safe to print."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def target_url(endpoint: str, graph_iri: str | None) -> str:
    """Indirect graph identification: ENDPOINT?graph=IRI, or ENDPOINT?default."""
    query = f"graph={urllib.parse.quote(graph_iri, safe='')}" if graph_iri else "default"
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def _opener(url: str, user: str | None, password: str | None):
    handlers = []
    if user is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, user, password or "")
        handlers = [urllib.request.HTTPDigestAuthHandler(passwords),
                    urllib.request.HTTPBasicAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)


def _server_says(err: urllib.error.HTTPError) -> str:
    try:
        body = err.read(2000).decode("utf-8", "replace")
    except Exception:   # a broken body must not hide the status
        body = ""
    return " ".join(body.split())[:300]


def _send(opener, url, method, body, report, retries, backoff, timeout, secret) -> int:
    for attempt in range(retries + 1):
        request = urllib.request.Request(url, data=body, method=method,
                                         headers={"Content-Type": f"{MEDIA_TYPE}; charset=utf-8"})
        try:
            with opener.open(request, timeout=timeout) as response:
                return response.status
        except urllib.error.HTTPError as err:
            if err.code not in RETRY_STATUSES or attempt == retries:
                detail = _server_says(err)
                if secret:
                    detail = detail.replace(secret, "***")
                raise PushError(f"{method} {public_url(url)} answered HTTP {err.code} {err.reason}"
                                f"{': ' + detail if detail else ''}") from None
        except (urllib.error.URLError, OSError) as err:
            if attempt == retries:
                reason = getattr(err, "reason", err)
                raise PushError(f"cannot reach {public_url(url)}: {reason}") from None
        report.retries += 1
        time.sleep(backoff * 2 ** attempt)
    raise AssertionError("unreachable")


def push(graph: Graph, endpoint: str, *, graph_iri: str | None = None, replace: bool = True,
         chunk_size: int = 50_000, user: str | None = None, password: str | None = None,
         retries: int = 3, backoff: float = 0.5, timeout: float = 120.0, progress=None) -> PushReport:
    """Send `graph` (Graph or Dataset: all triples) to the Graph Store endpoint."""
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"--endpoint must be an http(s) URL, not {public_url(endpoint)!r}")
    if parts.username or parts.password:
        raise PushError("put no credentials in the endpoint URL: use --user and KG_PUSH_PASSWORD")
    if chunk_size < 1:
        raise PushError("the chunk size must be at least 1 triple")
    url = target_url(endpoint, graph_iri)
    triples = ((s, p, o) for s, p, o, _ in graph.quads((None, None, None, None))) \
        if isinstance(graph, Dataset) else graph
    lines = ntriples_lines(triples)          # sorted and de-duplicated: chunks are repeatable
    report = PushReport(endpoint=public_url(endpoint), graph=graph_iri)
    started, opener = time.perf_counter(), _opener(url, user, password)
    chunks = [lines[i:i + chunk_size] for i in range(0, len(lines), chunk_size)]
    if replace and not chunks:
        chunks = [[]]                      # an empty PUT empties the graph
    for index, chunk in enumerate(chunks):
        method = "PUT" if replace and index == 0 else "POST"
        try:
            status = _send(opener, url, method, "".join(chunk).encode("utf-8"), report,
                           retries, backoff, timeout, password)
        except PushError as err:
            if report.chunks:
                raise PushError(f"{err} (after {report.chunks} of {len(chunks)} chunks, "
                                f"{report.triples:,} triples, were stored)") from None
            raise
        report.chunks += 1
        report.triples += len(chunk)
        report.statuses.append(status)
        if progress is not None:
            progress(report)
    report.seconds = time.perf_counter() - started
    return report
