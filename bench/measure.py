"""Run one benchmark phase in its own process and measure it from outside.

Each phase runs as `python bench/phases.py PHASE ARGS_JSON` so that its peak memory is its
own (not inflated by an earlier phase) and a phase that crashes or runs past its limit does
not take the whole benchmark with it. While it runs, a sampler adds up the resident memory of
the phase process and all its descendants (the worker pool included): that sum's maximum is
the "peak RSS of the process tree" reported in the table. The phase itself also reports its
own ru_maxrss figures, which the table keeps beside the sampled one.
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

PHASES = Path(__file__).with_name("phases.py")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
RESULT_MARK = "BENCH-RESULT "


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue        # the process ended while we looked
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def tree_rss(root: int) -> int:
    """Bytes resident in `root` and every process below it (0 where /proc is missing)."""
    if not os.path.isdir("/proc"):
        return 0
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm", "rb") as handle:
                total += int(handle.read().split()[1]) * _PAGE
        except OSError:
            pass
        todo.extend(tree.get(pid, ()))
    return total


class _Sampler(threading.Thread):
    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, 0
        self.done = threading.Event()

    def run(self):
        while not self.done.wait(self.every):
            self.peak = max(self.peak, tree_rss(self.pid))


def run_phase(phase: str, args: dict, timeout: float | None = None) -> dict:
    """Run a phase; returns its result dict plus `wall_s` and `tree_peak_mb`.

    A phase that fails or times out returns {"error": ...} instead of raising, so that the
    table can still show every other measurement."""
    command = [sys.executable, str(PHASES), phase, json.dumps(args)]
    # stderr (progress bars) goes straight to the terminal; stdout carries the result line.
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parent.parent)
    sampler = _Sampler(process.pid)
    sampler.start()
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_tree(process.pid)
        process.communicate()
        return {"error": f"ran past its {timeout:.0f} s limit", "wall_s": time.perf_counter() - started,
                "tree_peak_mb": sampler.peak / 2**20}
    finally:
        sampler.done.set()
        sampler.join()
    wall = time.perf_counter() - started
    result = None
    for line in out.splitlines():
        if line.startswith(RESULT_MARK):
            result = json.loads(line[len(RESULT_MARK):])
    if process.returncode != 0 or result is None:
        tail = "\n".join(out.splitlines()[-5:])
        return {"error": f"exit code {process.returncode}{': ' + tail if tail else ''}",
                "wall_s": wall, "tree_peak_mb": sampler.peak / 2**20}
    result.update(wall_s=wall, tree_peak_mb=sampler.peak / 2**20)
    return result


def _kill_tree(root: int) -> None:
    tree, todo, found = _children(), [root], []
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, ()))
    for pid in reversed(found):
        try:
            os.kill(pid, 9)
        except ProcessLookupError:
            pass


def machine_info() -> dict:
    """What the numbers came from: CPU, cores, memory, Python and key library versions."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        memory = 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    info = {"cpu": cpu, "cores": cores, "ram_gb": round(memory / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform()}
    for package in ("rdflib", "pyoxigraph", "hanlp", "opencc"):
        try:
            from importlib.metadata import version
            info[package] = version(package if package != "opencc" else "OpenCC")
        except Exception:           # not installed: the table says so
            info[package] = None
    return info
