"""`kg serve`: a read-only SPARQL endpoint and the HTML explorer on this machine."""
from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

from kg.errors import InputError
from kg.explore.html import html_document
from kg.explore.server import SparqlServer
from kg.explore.store import STORES, open_store
from kg.graph.load import load_graph

NAME = "serve"
HELP = "serve a graph over the SPARQL 1.1 protocol (read-only) with the HTML explorer"
DESCRIPTION = """\
Serve GRAPH at http://HOST:PORT/sparql (SPARQL 1.1 Protocol: GET ?query=, or POST a form
field 'query' or an application/sparql-query body) and the explorer at http://HOST:PORT/.
Results follow the Accept header: SPARQL JSON (default), XML, CSV; CONSTRUCT gives Turtle,
N-Triples or JSON-LD. Updates are refused. A query running past --timeout is stopped (503).

examples:
  kg serve outputs/graph.ttl                        # http://127.0.0.1:8000/
  kg serve outputs/graph.ttl --port 9000 --timeout 30
  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \\
       http://127.0.0.1:8000/sparql

It listens on 127.0.0.1 (this machine only) unless --host says otherwise; the endpoint has
no authentication, so expose it to a network only on purpose. Stop it with Ctrl-C."""


def add_arguments(p) -> None:
    p.add_argument("graph", help="the graph file, e.g. outputs/graph.ttl")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run (default: 10)")
    p.add_argument("--store", choices=STORES, default="oxigraph", help="query engine (default: oxigraph)")
    p.add_argument("--html", type=Path, help="explorer page to serve at / (default: graph.html beside "
                                             "GRAPH, else drawn from GRAPH on first visit)")
    p.add_argument("--verbose", "-v", action="store_true", help="log every request to stderr")


def explorer_page(graph_path: Path, html: Path | None):
    """The page as bytes, or a function that draws it when / is first asked for."""
    chosen = html or graph_path.with_name("graph.html")
    if chosen.is_file():
        return chosen.read_bytes()
    if html:
        raise InputError(html, "no such file")
    return lambda: html_document(load_graph(graph_path)).encode("utf-8")


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def run(args) -> int:
    store = open_store(args.graph, args.store)
    server = SparqlServer(store, explorer_page(Path(args.graph), args.html), args.host, args.port,
                          args.timeout, args.verbose)
    if not _loopback(args.host):
        print(f"kg serve: listening on {args.host}: other machines can query this graph", file=sys.stderr)
    print(f"serving {args.graph} ({len(store)} triples, {store.name})\n"
          f"  SPARQL endpoint: {server.url}/sparql\n  explorer:        {server.url}/\n"
          f"Ctrl-C stops it.", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    finally:
        server.server_close()
    return 0
