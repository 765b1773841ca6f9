"""Extraction cache keyed by report content, so re-runs only extract what is new.

One SQLite file holds pickled Extractions keyed by (content key, nlp mode). The content key
is the report id (a hash of the normalised text) plus a hash of the metadata extraction may
read (title, URL, publication date), not the file name: a report moved or renamed is still
a hit. The extractor's own fingerprint (its code, language data, models and the record
types) is stored with the file: when extraction changes, the stale cache is dropped rather
than trusted. Rows are committed in small batches, so a build killed half-way resumes where
it stopped, redoing at most one batch.
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from kg import __version__
from kg.records import Extraction, Report

SCHEMA = "2"                    # bump when the table layout or the key changes
_COMMIT_EVERY = 200
_ROOT = Path(__file__).parent
_FINGERPRINTED = ("extract", "data", "lexicon.py", "records.py")


def _files(root: Path):
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            yield path


@lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of everything that decides what extract() returns (shipped models included)."""
    digest = hashlib.sha256(f"{__version__}/{SCHEMA}".encode())
    for name in _FINGERPRINTED:
        for path in _files(_ROOT / name):
            digest.update(path.relative_to(_ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=8)
def nlp_key(nlp: str) -> str:
    """The nlp mode as stored: `hanlp:PATH` also names the model's files, sizes and dates,
    so a retrained model at the same path is not mistaken for the old one."""
    if ":" not in nlp:
        return nlp
    model = Path(nlp.split(":", 1)[1])
    digest = hashlib.sha256(str(model.resolve()).encode())
    for path in _files(model) if model.exists() else ():
        info = path.stat()
        digest.update(f"{path.relative_to(model) if model.is_dir() else path.name}"
                      f"{info.st_size}{info.st_mtime_ns}".encode())
    return f"{nlp.split(':', 1)[0]}:{digest.hexdigest()[:16]}"


def cache_key(report: Report) -> str:
    meta = "\x1f".join(v or "" for v in (report.title, report.url, report.published, report.site))
    return f"{report.report_id}-{hashlib.sha256(meta.encode('utf-8')).hexdigest()[:8]}"


class ExtractionCache:
    """hits counts extractions taken from the cache, misses those made and stored."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
        row = self._db.execute("SELECT v FROM meta WHERE k='fingerprint'").fetchone()
        if row is None or row[0] != extractor_fingerprint():
            self._db.execute("DROP TABLE IF EXISTS extraction")
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)",
                             (extractor_fingerprint(),))
        self._db.execute("CREATE TABLE IF NOT EXISTS extraction "
                         "(key TEXT, nlp TEXT, blob BLOB, PRIMARY KEY (key, nlp))")
        self._db.commit()
        self._pending = 0
        self.hits = self.misses = 0

    def keys(self, nlp: str) -> frozenset[str]:
        """Content keys already extracted with `nlp` (cheap to send to worker processes)."""
        rows = self._db.execute("SELECT key FROM extraction WHERE nlp=?", (nlp_key(nlp),))
        return frozenset(key for (key,) in rows)

    def get(self, report: Report, nlp: str) -> Extraction | None:
        """The cached extraction of `report`, carrying `report` itself (its file name may
        differ from the one it was first read under); None on a miss."""
        row = self._db.execute("SELECT blob FROM extraction WHERE key=? AND nlp=?",
                               (cache_key(report), nlp_key(nlp))).fetchone()
        if row is None:
            return None
        self.hits += 1
        return replace(pickle.loads(row[0]), report=report)

    def put(self, extraction: Extraction, nlp: str) -> None:
        self.misses += 1
        self._db.execute("INSERT OR REPLACE INTO extraction VALUES (?, ?, ?)",
                         (cache_key(extraction.report), nlp_key(nlp),
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
