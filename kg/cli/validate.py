"""`kg validate GRAPH`: check a graph file against the govkg SHACL shapes, in plain words."""
from __future__ import annotations

import sys

NAME = "validate"
HELP = "check a graph against the govkg SHACL shapes (ontology/shapes.ttl)"
DESCRIPTION = """\
Check a graph file (Turtle, TriG, N-Triples, JSON-LD...) against the SHACL shapes shipped
with govkg: every node has one Chinese name, meetings have at most one well-typed date,
chaired/attended go from an official to a meeting, relays go between meetings, every
evidence node names its edge, report, sentence and span, every report its source file.
Each problem is printed on one line: the node (its name and IRI) and the rule it breaks.

Examples:
  kg validate outputs/graph.ttl
  kg validate outputs/graph.trig --max 20
  kg validate graph.ttl --thorough      # plain pySHACL for every rule (slower, same result)

Exit codes: 0 the graph conforms (warnings may be printed); 1 it does not;
2 the file cannot be read or parsed (the message names the file and line)."""


def add_arguments(parser):
    parser.add_argument("graph", metavar="GRAPH", help="graph file; the format is taken from the suffix")
    parser.add_argument("--format", dest="fmt", metavar="FMT",
                        help="RDF format when the suffix does not say (turtle, trig, nt, json-ld, xml)")
    parser.add_argument("--max", type=int, default=50, metavar="N",
                        help="print at most N problems (default 50; 0 prints all)")
    parser.add_argument("--thorough", action="store_true",
                        help="run every rule through pySHACL, one SPARQL query per node (slow)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the summary line")


def run(args) -> int:
    from kg.graph.load import load_graph
    from kg.graph.validate import conforms, validate

    graph = load_graph(args.graph, args.fmt)
    found = validate(graph, thorough=args.thorough)
    violations = [v for v in found if v.severity == "violation"]
    shown = found if not args.max else found[:args.max]
    if not args.quiet:
        for problem in shown:
            print(problem)
        if len(shown) < len(found):
            print(f"... and {len(found) - len(shown)} more (use --max 0 to see all)")
    warnings = len(found) - len(violations)
    if conforms(found):
        extra = f" ({warnings} warning{'s' * (warnings != 1)})" if warnings else ""
        print(f"kg validate: {args.graph} conforms ({len(graph)} triples){extra}", file=sys.stderr)
        return 0
    nodes = len({v.focus for v in violations})
    print(f"kg validate: {args.graph} does not conform: {len(violations)} violation"
          f"{'s' * (len(violations) != 1)} on {nodes} node{'s' * (nodes != 1)}"
          + (f", {warnings} warnings" if warnings else ""), file=sys.stderr)
    return 1
