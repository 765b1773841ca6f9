"""`kg push GRAPH --endpoint URL`: upload a graph file over the SPARQL 1.1 Graph Store Protocol."""
from __future__ import annotations

import os
import sys

NAME = "push"
HELP = "upload a graph to a triple store (SPARQL 1.1 Graph Store HTTP Protocol)"
DESCRIPTION = """\
Upload a graph file to a triple store's Graph Store Protocol endpoint, in chunks of
N-Triples: --replace (the default) PUTs the first chunk, which replaces the graph, and
POSTs the rest; --add POSTs every chunk, adding to what the graph holds. Failed requests
(HTTP 5xx, connection errors) are retried with backoff. Prints what was sent.

Credentials: the user comes from --user or KG_PUSH_USER, the password only from the
environment variable KG_PUSH_PASSWORD (never from the command line, where other users
and shell history could see it). HTTP basic and digest authentication both work.
Credentials are never printed.

Endpoints:
  Virtuoso  http://HOST:8890/sparql-graph-crud-auth   (digest auth, e.g. user dba)
  Fuseki    http://HOST:3030/DATASET/data
  GraphDB   http://HOST:7200/repositories/REPO/rdf-graphs/service
  Oxigraph  http://HOST:7878/store

Examples:
  KG_PUSH_PASSWORD=... kg push outputs/graph.ttl --user dba \\
      --endpoint http://localhost:8890/sparql-graph-crud-auth --graph https://example.org/govkg
  kg push outputs/graph.ttl --endpoint http://localhost:3030/govkg/data --add

Exit codes: 0 everything was stored; 2 the file cannot be read, or the store refused
or could not be reached (the message says how many chunks were stored before that)."""


def add_arguments(parser):
    parser.add_argument("graph", metavar="GRAPH", help="graph file (Turtle, TriG, N-Triples, JSON-LD...)")
    parser.add_argument("--endpoint", required=True, metavar="URL", help="the Graph Store Protocol endpoint")
    parser.add_argument("--graph", dest="graph_iri", metavar="IRI",
                        help="the named graph to write (default: the store's default graph; "
                             "Virtuoso needs a named graph)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--replace", dest="replace", action="store_true", default=True,
                      help="replace the graph's content (default)")
    mode.add_argument("--add", dest="replace", action="store_false", help="add to the graph's content")
    parser.add_argument("--user", metavar="USER",
                        help="user name (default: $KG_PUSH_USER); the password is read from $KG_PUSH_PASSWORD")
    parser.add_argument("--chunk-size", type=int, default=50_000, metavar="N",
                        help="triples per request (default 50000)")
    parser.add_argument("--retries", type=int, default=3, metavar="N",
                        help="retries per request on 5xx or connection errors (default 3)")
    parser.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS",
                        help="per-request timeout (default 120)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the summary line")


def run(args) -> int:
    from kg.errors import KGError
    from kg.graph.load import load_graph
    from kg.graph.push import push

    user = args.user or os.environ.get("KG_PUSH_USER") or None
    password = os.environ.get("KG_PUSH_PASSWORD")
    if user and password is None:
        raise KGError(f"user {user!r} given but KG_PUSH_PASSWORD is not set: "
                      "export it in the environment (it is never read from the command line)")
    graph = load_graph(args.graph)

    def progress(report):
        if not args.quiet:
            print(f"kg push: chunk {report.chunks}: HTTP {report.statuses[-1]}, "
                  f"{report.triples:,} triples sent so far", file=sys.stderr)

    report = push(graph, args.endpoint, graph_iri=args.graph_iri, replace=args.replace,
                  chunk_size=args.chunk_size, user=user, password=password, retries=args.retries,
                  timeout=args.timeout, progress=progress)
    verb = "replaced" if args.replace else "added"
    print(f"kg push: {verb}: {report}")
    return 0
