"""A private, throwaway Virtuoso server on loopback for the integration test.

Copies Debian's virtuoso.ini into a temporary folder with every file and port pointed there
(see ../shared/notes/virtuoso.md), starts `virtuoso-t +wait`, and on stop shuts it down and
removes the folder. Installs nothing: the caller skips when virtuoso-t is absent.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
START_SECONDS = 90


def available() -> str | None:
    """None when Virtuoso can run here, else why not."""
    if not shutil.which("virtuoso-t"):
        return "virtuoso-t not installed (Debian: apt-get install virtuoso-opensource)"
    if not INI.exists():
        return f"{INI} not found (the Debian package installs it)"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _configured(template: str, folder: Path, sql_port: int, http_port: int) -> str:
    changes = {
        # every file the server writes or locks, so that two servers (a developer's own, a
        # parallel test run) never meet: the lock file is shared by default
        "Database": {"DatabaseFile": folder / "virtuoso.db", "ErrorLogFile": folder / "virtuoso.log",
                     "LockFile": folder / "virtuoso.lck", "TransactionFile": folder / "virtuoso.trx",
                     "xa_persistent_file": folder / "virtuoso.pxa"},
        "TempDatabase": {"DatabaseFile": folder / "virtuoso-temp.db",
                         "TransactionFile": folder / "virtuoso-temp.trx"},
        "Parameters": {"ServerPort": f"127.0.0.1:{sql_port}"},
        "HTTPServer": {"ServerPort": f"127.0.0.1:{http_port}"},
    }
    section, lines = None, []
    for line in template.splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
        elif "=" in stripped and not stripped.startswith(";"):
            key = stripped.split("=", 1)[0].strip()
            if key in changes.get(section, {}):
                line = f"{key} = {changes[section][key]}"
        lines.append(line)
    return "\n".join(lines) + "\n"


class VirtuosoServer:
    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="kg-virtuoso-"))
        self.sql_port, self.http_port = _free_port(), _free_port()
        self.process = None

    @property
    def sparql(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def graph_store(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql-graph-crud-auth"

    def start(self) -> "VirtuosoServer":
        ini = self.folder / "virtuoso.ini"
        ini.write_text(_configured(INI.read_text(encoding="utf-8", errors="replace"), self.folder,
                                   self.sql_port, self.http_port), encoding="utf-8")
        # Foreground mode (+foreground) keeps the server our child, so it can always be killed.
        self.process = subprocess.Popen(["virtuoso-t", "-c", str(ini), "+foreground"], cwd=self.folder,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True)
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited at start: {self.log_tail()}")
            if self._answers():
                return self
            time.sleep(0.5)
        raise RuntimeError(f"virtuoso-t did not answer within {START_SECONDS}s: {self.log_tail()}")

    def _answers(self) -> bool:
        import urllib.request
        try:
            with urllib.request.urlopen(f"{self.sparql}?query=ASK%7B%7D", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    def log_tail(self) -> str:
        log = self.folder / "virtuoso.log"
        return log.read_text(errors="replace")[-1500:] if log.exists() else "(no log)"

    def stop(self) -> None:
        try:
            if self.process is not None and self.process.poll() is None:
                try:
                    subprocess.run(["isql-vt", str(self.sql_port), "dba", "dba", "exec=shutdown;"],
                                   capture_output=True, timeout=30, check=False)
                except (OSError, subprocess.SubprocessError):
                    pass    # killed below

                try:
                    self.process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(self.process.pid, signal.SIGKILL)
                    self.process.wait(timeout=10)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
