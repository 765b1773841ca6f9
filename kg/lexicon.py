"""The one loader of language data (titles, organ suffixes, trigger verbs, policy cues...).

Data files live in kg/data/: `NAME.txt` holds one entry per line (`#` starts a comment,
blank lines ignored); `NAME.tsv` holds tab-separated rows; `NAME.json` any JSON.
Each file is read once per process.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


def _read(filename: str) -> str:
    try:
        return (resources.files("kg.data") / filename).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"kg/data/{filename} is missing: the package is incomplete") from None


def _lines(filename: str):
    for raw in _read(filename).splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            yield line


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """Entries of kg/data/NAME.txt, in file order."""
    return tuple(line.strip() for line in _lines(f"{name}.txt"))


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of kg/data/NAME.tsv, split at tabs."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(f"{name}.tsv"))


@lru_cache(maxsize=None)
def table(name: str):
    """Parsed kg/data/NAME.json."""
    return json.loads(_read(f"{name}.json"))
