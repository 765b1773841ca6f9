"""Which files a list of user-given paths stands for, in a stable order.

Folders are walked recursively in sorted order (so builds are reproducible), picking the
report files (.txt .html .htm .jsonl); hidden files and folders and gold annotations are
left out. A path that does not exist, or a folder with no report in it, is reported as
Skipped rather than silently ignored.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from kg.records import Skipped

REPORT_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
IGNORED_SUFFIXES = (".gold.json",)


def is_report_file(name: str) -> bool:
    lower = name.lower()
    return (not name.startswith(".") and lower.endswith(REPORT_SUFFIXES)
            and not lower.endswith(IGNORED_SUFFIXES))


def _walk(folder: str) -> Iterator[str]:
    # Plain strings, not Path objects: this runs once per file on 100k-file corpora.
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if is_report_file(name):
                yield os.path.join(dirpath, name)


def iter_sources(paths: Iterable[str | os.PathLike] | str | os.PathLike) -> Iterator[str | Skipped]:
    """The path string of each report file, or Skipped for a given path that holds none.

    The string is the path as given, or joined onto the folder as given: it is what
    Report.source_file carries and what users see in build.json. A file reached twice
    (a folder and a file inside it) is listed once."""
    given_paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    seen: set[str] | None = set() if len(given_paths) > 1 else None
    for given in map(os.fspath, given_paths):
        if os.path.isdir(given):
            found = False
            for file in _walk(given):
                found = True
                if _first_time(file, seen):
                    yield file
            if not found:
                yield Skipped(given, "folder holds no .txt, .html, .htm or .jsonl files")
        elif os.path.exists(given):
            if _first_time(given, seen):
                yield given
        else:
            yield Skipped(given, "no such file or folder")


def _first_time(path: str, seen: set[str] | None) -> bool:
    if seen is None:
        return True
    key = os.path.abspath(path)
    if key in seen:
        return False
    seen.add(key)
    return True
