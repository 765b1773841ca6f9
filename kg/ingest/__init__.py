"""Ingest: scraped files in, clean Reports out (first stage of ingest -> extract -> ...).

    read_reports(paths)   files and folders -> Iterator[Report | Skipped], streaming
    read_file(path)       one file -> list[Report | Skipped]
    iter_file(path)       the same, lazily (a large .jsonl file is never held whole)
    iter_sources(paths)   the report files `paths` stand for (str), or Skipped; no reading
    normalise(text)       character clean-up (width, pinyin, Traditional -> Simplified, ...)
    strip_boilerplate(t)  page furniture out, article (headline, lead, body) kept
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from kg.ingest.boilerplate import strip_boilerplate
from kg.ingest.normalise import normalise
from kg.ingest.readers import make_report, read_path
from kg.ingest.sources import iter_sources
from kg.records import Report, Skipped

__all__ = ["read_reports", "read_file", "iter_file", "iter_sources", "normalise", "strip_boilerplate", "make_report"]


def read_reports(paths: Iterable[str | os.PathLike] | str | os.PathLike) -> Iterator[Report | Skipped]:
    """Every report in `paths` (files or folders, walked recursively in sorted order).

    One Report per .txt/.html/.htm file and per .jsonl line; a Skipped (path, reason, and
    line for .jsonl) for anything unreadable, undecodable, empty or invalid. Never raises
    for a bad input; reads one file at a time, so memory stays flat."""
    for item in iter_sources(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_path(item)


def read_file(path: str | os.PathLike) -> list[Report | Skipped]:
    """All results of one file (a .jsonl file gives one per line)."""
    return list(read_path(os.fspath(path)))


def iter_file(path: str | os.PathLike) -> Iterator[Report | Skipped]:
    """The results of one file, one at a time."""
    return read_path(os.fspath(path))
