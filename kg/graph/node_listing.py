"""The node listings of kg.graph.listing (meetings, chaired meetings, posts, titles,
conveners): each node's positions, coded as ints to keep them small while the Turtle writer
holds them for every node at once.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from kg.records import NodeKind, RelationKind, ResolvedCorpus


def node_positions(corpus: ResolvedCorpus, iri_of: dict[str, str]) -> dict[str, int | tuple[int, ...]]:
    """Node key -> its positions in every listing it is in, coded (`listed` decodes them):
    an int, position << 3 | the listing's index in LISTINGS, or a tuple of such for a node in
    several. A list of (name, position) tuples per node cost ~150 bytes more a node (~80 MB
    at 100k reports, held through the Turtle writer). `iri_of` maps node keys to their IRIs
    (bare or <…>: they sort alike)."""
    objects = defaultdict(set)       # relation kind -> keys of the nodes that are its objects
    for a in corpus.assertions:
        objects[a.kind].add(a.object)
    by_kind = defaultdict(list)
    for node in corpus.nodes:
        by_kind[node.kind].append(node)
    meetings = sorted(by_kind[NodeKind.MEETING], key=lambda n: (n.date or "", n.label, iri_of[n.key]))
    named = lambda n: (n.label, iri_of[n.key])      # noqa: E731
    posts = sorted((n for n in by_kind[NodeKind.POST] if n.key in objects[RelationKind.HOLDS_POST]), key=named)
    listings = (
        meetings,
        [n for n in meetings if n.key in objects[RelationKind.CHAIRED]],
        posts,
        # The first post of each title: a title search reads these, not every post.
        [n for i, n in enumerate(posts) if not i or posts[i - 1].label != n.label],
        sorted((n for n in by_kind[NodeKind.BODY] if n.key in objects[RelationKind.CONVENED_BY]), key=named),
    )
    positions: dict[str, int | tuple[int, ...]] = {}
    for index, nodes in enumerate(listings):
        for position, node in enumerate(nodes):
            found, code = positions.get(node.key), position << 3 | index
            positions[node.key] = code if found is None else (
                (found, code) if type(found) is int else (*found, code))
    return positions


LISTINGS = ("meetingPosition", "chairedPosition", "postPosition", "titlePosition", "convenerPosition")


def listed(found: int | tuple[int, ...]) -> Iterator[tuple[str, int]]:
    """(property local name, position) of each coded position node_positions gives a node."""
    for code in (found,) if type(found) is int else found:
        yield LISTINGS[code & 7], code >> 3
