"""A read-only SPARQL 1.1 Protocol endpoint over one graph, plus the HTML explorer.

    GET  /sparql?query=...                          SELECT / ASK / CONSTRUCT
    POST /sparql  (application/x-www-form-urlencoded query=..., or application/sparql-query)
    GET  /                                          the explorer page
Results by Accept: SPARQL JSON (default), XML or CSV; graphs as Turtle, N-Triples, JSON-LD.
Updates are refused (403). Each query runs in a forked child process that is killed when
it passes the time limit (503): a thread cannot stop rdflib, a process can.
"""
from __future__ import annotations

import multiprocessing
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from kg.errors import QueryError
from kg.explore.resources import UPDATE_START
from kg.explore.results import to_csv, to_json, to_xml

MAX_BODY = 1 << 20          # bytes of a POSTed query
RESULT_TYPES = {"application/sparql-results+json": to_json, "application/json": to_json,
                "application/sparql-results+xml": to_xml, "application/xml": to_xml, "text/xml": to_xml,
                "text/csv": to_csv}
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
               "application/rdf+xml": "xml"}
SHORT_NAMES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
               "csv": "text/csv", "turtle": "text/turtle", "ntriples": "application/n-triples",
               "json-ld": "application/ld+json"}
READ_ONLY = "this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, ...) is refused\n"


class Timeout(Exception):
    pass


def choose_type(accept: str, offered: dict, default: str) -> str:
    """The offered media type the Accept header likes best (q-values honoured)."""
    best, best_q = default, 0.0
    for part in (accept or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        q = next((float(f[2:]) for f in fields[1:] if f.startswith("q=") and f[2:].replace(".", "", 1).isdigit()), 1.0)
        kind = fields[0].lower()
        match = kind if kind in offered else default if kind in ("*/*", "application/*", "text/*") else None
        if match and q > best_q:
            best, best_q = match, q
    return best


def answer(store, query: str, accept: str) -> tuple[int, str, bytes]:
    """(status, content type, body) for one query; runs inside the worker."""
    try:
        result = store.query(query)
    except QueryError as err:
        return 400, "text/plain; charset=utf-8", f"query error: {err}\n".encode()
    if result.graph is not None:
        kind = choose_type(accept, GRAPH_TYPES, "text/turtle")
        return 200, f"{kind}; charset=utf-8", result.graph.serialize(format=GRAPH_TYPES[kind], encoding="utf-8")
    kind = choose_type(accept, RESULT_TYPES, "application/sparql-results+json")
    return 200, f"{kind}; charset=utf-8", RESULT_TYPES[kind](result).encode("utf-8")


def _child(store, query, accept, conn):
    try:
        conn.send(answer(store, query, accept))
    except BaseException as err:   # anything else is reported, never lost with the child
        conn.send((500, "text/plain; charset=utf-8", f"internal error: {type(err).__name__}: {err}\n".encode()))
    finally:
        conn.close()


def run_limited(store, query: str, accept: str, timeout: float) -> tuple[int, str, bytes]:
    """answer() in a forked process, killed after `timeout` seconds (Timeout)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return _run_in_thread(store, query, accept, timeout)
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    worker = ctx.Process(target=_child, args=(store, query, accept, send), daemon=True)
    worker.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise Timeout()
        return receive.recv()
    except EOFError:
        return 500, "text/plain; charset=utf-8", b"the query worker died without answering\n"
    finally:
        receive.close()
        if worker.is_alive():
            worker.kill()
        worker.join()


def _run_in_thread(store, query, accept, timeout):
    # Platforms without fork: the answer is still refused at the limit, but the query
    # keeps running in its thread until it ends on its own.
    box = []
    thread = threading.Thread(target=lambda: box.append(answer(store, query, accept)), daemon=True)
    thread.start()
    thread.join(timeout)
    if not box:
        raise Timeout()
    return box[0]


class Handler(BaseHTTPRequestHandler):
    server_version = "govkg-sparql"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        if self.server.verbose:
            sys.stderr.write(f"{self.address_string()} {fmt % args}\n")

    def _send(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", message.encode("utf-8"))

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(200, "text/html; charset=utf-8", self.server.page())
        if url.path != "/sparql":
            return self._text(404, "not found: the SPARQL endpoint is /sparql, the explorer is /\n")
        return self._query(parse_qs(url.query))

    do_HEAD = do_GET

    def do_POST(self):
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._text(404, "not found: POST queries to /sparql\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._text(413, f"query too large (over {MAX_BODY} bytes)\n")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        fields = parse_qs(url.query)
        if ctype == "application/sparql-update":
            return self._text(403, READ_ONLY)
        if ctype == "application/sparql-query":
            fields["query"] = [body]
        elif ctype == "application/x-www-form-urlencoded":
            fields.update(parse_qs(body))
        else:
            return self._text(415, "send the query as application/sparql-query or as a form field 'query'\n")
        return self._query(fields)

    def _query(self, fields: dict) -> None:
        if "update" in fields or any(UPDATE_START.match(q) for q in fields.get("query", [])):
            return self._text(403, READ_ONLY)
        queries = fields.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return self._text(400, "give exactly one SPARQL query: /sparql?query=... (SELECT, ASK or CONSTRUCT)\n")
        accept = self.headers.get("Accept", "")
        wanted = (fields.get("format") or fields.get("output") or [""])[0].lower()
        accept = SHORT_NAMES.get(wanted, wanted) or accept
        try:
            self._send(*run_limited(self.server.store, queries[0], accept, self.server.query_timeout))
        except Timeout:
            self._text(503, f"query stopped: it ran past the {self.server.query_timeout:g} s limit "
                            f"(kg serve --timeout SECONDS to allow more)\n")


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, store, page, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                 verbose: bool = False):
        """`page` is the explorer's HTML as bytes, or a callable that makes it on first use."""
        super().__init__((host, port), Handler)
        self.store, self.query_timeout, self.verbose = store, timeout, verbose
        self._page, self._lock = page, threading.Lock()

    def page(self) -> bytes:
        with self._lock:
            if callable(self._page):
                self._page = self._page()
            return self._page

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"
