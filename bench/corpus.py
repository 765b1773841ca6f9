"""The synthetic corpus the benchmark reads: written once per (N, seed, layout), then reused.

Reports come from the project's own generator (kg.train.synth.generate_reports), so the
benchmark measures text shaped like real reports (a central meeting relayed by province,
city and county meetings), not random characters. They are written in parts of PART_SIZE
reports, either as .txt files in part folders or as one .jsonl file per part, so that the
HanLP comparison can take the first parts as its subset. A manifest written last marks a
complete corpus: a run killed while writing leaves no manifest, and the next run rewrites.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

PART_SIZE = 1000
LAYOUTS = ("txt", "jsonl")


def corpus_dir(root: Path, n: int, seed: int, layout: str) -> Path:
    return root / f"corpus-{layout}-{n}-s{seed}"


def _manifest(folder: Path) -> dict | None:
    try:
        return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def ensure_corpus(root: Path, n: int, seed: int, layout: str = "txt", progress=None) -> Path:
    """The folder holding N synthetic reports; generated unless a complete one is there."""
    folder = corpus_dir(root, n, seed, layout)
    wanted = {"reports": n, "seed": seed, "layout": layout, "part_size": PART_SIZE}
    found = _manifest(folder)
    if found and all(found.get(k) == v for k, v in wanted.items()):
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    from kg.train.synth import generate_reports

    chars = written = 0
    jsonl = None
    for index, (name, text) in enumerate(generate_reports(n, seed)):
        part = folder / f"part-{index // PART_SIZE:04d}"
        if layout == "txt":
            if index % PART_SIZE == 0:
                part.mkdir()
            stem = Path(name).stem if name else "report"
            (part / f"{index:07d}-{stem}.txt").write_text(text, encoding="utf-8")
        else:
            if index % PART_SIZE == 0:
                if jsonl:
                    jsonl.close()
                jsonl = open(part.with_suffix(".jsonl"), "w", encoding="utf-8")
            jsonl.write(json.dumps({"text": text, "url": f"https://example.org/{index}"},
                                   ensure_ascii=False) + "\n")
        chars += len(text)
        written += 1
        if progress:
            progress.update(1)
    if jsonl:
        jsonl.close()
    if written != n:
        print(f"bench: the generator gave {written} reports, not {n}", file=sys.stderr)
    (folder / "manifest.json").write_text(json.dumps({**wanted, "written": written, "chars": chars}),
                                          encoding="utf-8")
    return folder


def parts(folder: Path, reports: int | None = None) -> list[str]:
    """Paths of the parts holding (at least) the first `reports` reports; all when None."""
    found = sorted(p for p in folder.iterdir() if p.name.startswith("part-"))
    if reports is not None:
        found = found[:max(1, -(-reports // PART_SIZE))]
    return [str(p) for p in found]


def stats(folder: Path) -> dict:
    manifest = _manifest(folder) or {}
    return {"reports": manifest.get("written"), "chars": manifest.get("chars"),
            "layout": manifest.get("layout"), "folder": str(folder)}
