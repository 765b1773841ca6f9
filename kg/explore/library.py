"""The named queries shipped in kg/explore/queries/*.rq, each with a header that documents it:

    # title: Cascade below a meeting
    # description: Every meeting that relays the given one, directly or through others.
    # param: root (meeting, required) the meeting at the top: IRI, label, or LABEL@DATE
    PREFIX kg: <https://w3id.org/govkg/ontology#>
    SELECT ...

Each file is plain SPARQL 1.1 with its own PREFIX lines, so it also runs in other stores
once its $parameters are substituted (kg.explore.params.substitute).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.errors import QueryError
from kg.explore.params import TYPES, ParamSpec, dollar_variables
from kg.explore.resources import HEADER_LINE, PARAM_DECL


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[ParamSpec, ...]
    text: str

    def param(self, name: str) -> ParamSpec | None:
        return next((p for p in self.params if p.name == name), None)

    def usage(self) -> str:
        lines = [f"{self.name}: {self.title}", f"  {self.description}"]
        for p in self.params:
            flags = ", required" if p.required else (f', default "{p.default}"' if p.default is not None else "")
            lines.append(f"  --param {p.name}=…  ({p.type}{flags}) {p.doc}")
        return "\n".join(lines)


def parse(name: str, text: str) -> NamedQuery:
    """Read the header comments of a .rq file; a malformed header is a packaging bug."""
    fields: dict[str, str] = {}
    params: list[ParamSpec] = []
    last = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        found = HEADER_LINE.match(line)
        if found and found["key"] in ("title", "description", "param"):
            last = found["key"]
            if last == "param":
                params.append(_param(name, found["value"]))
            else:
                fields[last] = found["value"]
        elif last in ("title", "description") and line[1:].strip():
            fields[last] += " " + line[1:].strip()     # a wrapped line continues the field
    if "title" not in fields or "description" not in fields:
        raise QueryError(f"queries/{name}.rq: the header needs '# title:' and '# description:' lines")
    declared, used = {p.name for p in params}, dollar_variables(text)
    if declared != used:
        raise QueryError(f"queries/{name}.rq: declared parameters {sorted(declared)} "
                         f"differ from the $names it uses {sorted(used)}")
    return NamedQuery(name, fields["title"], fields["description"], tuple(params), text)


def _param(name: str, declaration: str) -> ParamSpec:
    found = PARAM_DECL.match(declaration)
    if not found or found["type"] not in TYPES:
        raise QueryError(f"queries/{name}.rq: cannot read parameter declaration {declaration!r} "
                         f"(write: NAME (TYPE[, required][, default \"VALUE\"]) description; "
                         f"TYPE one of {', '.join(TYPES)})")
    return ParamSpec(found["name"], found["type"], bool(found["required"]), found["default"], found["doc"])


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """Every shipped query by name (the file name without .rq), read once."""
    folder = resources.files("kg.explore") / "queries"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = parse(name, entry.read_text(encoding="utf-8"))
    return found


def get(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; shipped: {', '.join(queries)} (see `kg query --list`)")
    return queries[name]
