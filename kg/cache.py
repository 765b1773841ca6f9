"""Extraction cache keyed by report content, so re-runs only extract what is new.

One SQLite file holds pickled Extractions keyed by (report_id, nlp mode). The
extractor's own fingerprint (its code and language data) is stored with the file:
when extraction changes, the stale cache is dropped rather than trusted. Rows are
committed in small batches, so a build killed half-way resumes where it stopped.
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
from functools import lru_cache
from pathlib import Path

from kg import __version__
from kg.records import Extraction

_COMMIT_EVERY = 200


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of everything that decides what extract() returns."""
    root = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for folder in ("extract", "data"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".txt", ".tsv", ".json"}:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class ExtractionCache:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
        self._db.execute("CREATE TABLE IF NOT EXISTS extraction "
                         "(report_id TEXT, nlp TEXT, blob BLOB, PRIMARY KEY (report_id, nlp))")
        row = self._db.execute("SELECT v FROM meta WHERE k='fingerprint'").fetchone()
        if row is None or row[0] != extractor_fingerprint():
            self._db.execute("DELETE FROM extraction")
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)",
                             (extractor_fingerprint(),))
            self._db.commit()
        self._pending = 0
        self.hits = self.misses = 0

    def get(self, report_id: str, nlp: str) -> Extraction | None:
        row = self._db.execute("SELECT blob FROM extraction WHERE report_id=? AND nlp=?",
                               (report_id, nlp)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return pickle.loads(row[0])

    def put(self, extraction: Extraction, nlp: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)",
                         (extraction.report.report_id, nlp,
                          pickle.dumps(extraction, protocol=pickle.HIGHEST_PROTOCOL)))
        self._pending += 1
        if self._pending >= _COMMIT_EVERY:
            self._db.commit()
            self._pending = 0

    def close(self) -> None:
        self._db.commit()
        self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
