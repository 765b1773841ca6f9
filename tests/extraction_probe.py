"""Short reports through the whole extract stage, and what tests read back from them: the
meeting names and the edges (meeting ends as names, so a test need not know local keys)."""
from kg.extract import extract
from kg.ingest import make_report
from kg.records import Extraction, RelationKind


def extract_text(text: str, published: str | None = None, head: str = "某某日报\n") -> Extraction:
    return extract(make_report("t.txt", head + text, published=published))


def body_names(text: str) -> set[str]:
    """The body names a short report yields (no masthead line: the text is the whole page)."""
    return {b.name for b in extract_text(text, head="").bodies}


def policy_names(text: str) -> set[str]:
    return {p.name for p in extract_text(text, head="").policies}


def meeting_names(x: Extraction) -> dict[str, str]:
    return {m.key: m.name for m in x.meetings}


def edges(x: Extraction, kind: RelationKind) -> set[tuple[str, str]]:
    """(subject, meeting name): the subject is an official's key, or a meeting name for relays."""
    n = meeting_names(x)
    return {(r.subject if kind is not RelationKind.RELAYED else n[r.subject], n[r.object])
            for r in x.relations if r.kind is kind}


def check_meeting_names(x: Extraction, present, absent) -> None:
    """Every name in `present` ends one of x's meeting names; no name in `absent` is one."""
    found = set(meeting_names(x).values())
    assert all(any(f.endswith(p) for f in found) for p in present), found
    assert not found & absent, found


def check_edge(x: Extraction, kind: RelationKind, edge: tuple[str, str]) -> None:
    found = edges(x, kind)
    assert edge in found, found
