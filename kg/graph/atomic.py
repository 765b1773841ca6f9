"""Atomic file writing: an interrupted write never leaves a half-written output.

    with atomic_output("outputs/graph.ttl") as stream:
        stream.write(...)

The content goes to a temporary file in the same folder (same file system, so the final
os.replace is atomic), is flushed and fsync'ed, then replaces the target in one step. If
anything fails or the process is interrupted before that, the temporary file is removed and
the previous target, if any, is left untouched.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


@contextlib.contextmanager
def atomic_output(path, mode: str = "w", encoding: str | None = "utf-8"):
    """Open a temporary sibling of `path` for writing; move it over `path` on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    binary = "b" in mode
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    try:
        with os.fdopen(handle, "wb" if binary else "w",
                       **({} if binary else {"encoding": encoding, "newline": "\n"})) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private (0600); keep the target's mode, or the usual 0644.
        os.chmod(temp_name, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


def write_text(path, text: str) -> Path:
    """Write `text` (UTF-8) to `path` atomically."""
    with atomic_output(path) as stream:
        stream.write(text)
    return Path(path)


def write_bytes(path, data: bytes) -> Path:
    """Write `data` to `path` atomically."""
    with atomic_output(path, "wb") as stream:
        stream.write(data)
    return Path(path)
