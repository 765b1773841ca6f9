"""`kg query`: SPARQL over a built graph, printed as a table, CSV, JSON or XML."""
from __future__ import annotations

import sys

from kg.explore.library import named_queries
from kg.explore.params import parse_assignments
from kg.explore.results import FORMATS, write
from kg.explore.sparql import run_query
from kg.explore.store import STORES, open_store

NAME = "query"
HELP = "run SPARQL (text, FILE.rq or a shipped --name) over a graph"
DESCRIPTION = """\
Run a SPARQL SELECT, ASK or CONSTRUCT query over a graph file (Turtle, TriG, N-Triples, JSON-LD).
The prefixes kg:, rdfs:, rdf:, xsd:, skos:, org:, prov:, schema: are predeclared.

examples:
  kg query outputs/graph.ttl 'SELECT ?name WHERE { ?o a kg:Official ; rdfs:label ?name }'
  kg query outputs/graph.ttl my-question.rq --format csv > answer.csv
  kg query --list                                     # the shipped queries and their parameters
  kg query outputs/graph.ttl --name chaired
  kg query outputs/graph.ttl --name cascade --param root=常委会会议@2022-11-10
  kg query outputs/graph.ttl --name post-holders --param title=省委书记 --format json

Parameters: a query names them $name; --param name=VALUE puts VALUE there as one RDF term
(an IRI, or a literal with its quotes escaped), never as query text.
--store oxigraph (default) is fast on big graphs; --store rdflib is the reference.
--store-path DIR keeps Oxigraph's store on disk: later runs skip parsing the graph.
Named queries return one page (--param limit=100 by default; --param offset=N for the next).
Exit status 2 when the graph cannot be read or the query is wrong (the message names it)."""


def add_arguments(p) -> None:
    p.add_argument("graph", nargs="?", help="the graph file, e.g. outputs/graph.ttl")
    p.add_argument("query", nargs="?", help="SPARQL text, or a FILE.rq")
    p.add_argument("--name", "-n", metavar="NAME", help="run a shipped query (see --list)")
    p.add_argument("--param", "-p", metavar="NAME=VALUE", action="append", default=[],
                   help="bind $NAME in the query (repeatable)")
    p.add_argument("--format", "-f", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--store", choices=STORES, default="oxigraph", help="query engine (default: oxigraph)")
    p.add_argument("--store-path", metavar="DIR",
                   help="keep the Oxigraph store on disk in DIR: the first run loads GRAPH there, "
                        "later runs reopen it at once (a big graph is parsed once)")
    p.add_argument("--list", action="store_true", help="list the shipped queries and exit")


def run(args) -> int:
    if args.list:
        print("\n\n".join(q.usage() for q in named_queries().values()))
        return 0
    if not args.graph or not (args.query or args.name):
        print("kg query: give a GRAPH and a QUERY (text or FILE.rq), or --name NAME; --list shows the names",
              file=sys.stderr)
        return 64
    if args.query and args.name:
        print("kg query: give either a QUERY or --name, not both", file=sys.stderr)
        return 64
    # with --store-path the store is opened here (reopened from disk when it was loaded before)
    source = open_store(args.graph, args.store, args.store_path) if args.store_path else args.graph
    result = run_query(source, args.query, parse_assignments(args.param), name=args.name, store=args.store)
    text = write(result, args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
