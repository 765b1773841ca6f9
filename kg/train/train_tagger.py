"""Train the character tagger (HanLP RNNNamedEntityRecognizer) and save it where asked.

    from kg.train.train_tagger import train
    result = train("outputs/tagger")            # the shipped model's recipe (seed 7)
    train("my-model", trn_tsv="trn.tsv", dev_tsv="dev.tsv")   # a user's own BIO files

Settings that matter, and why:
- `crf=True` through kg.extract.hanlp_patch (HanLP 2.1.5's own crf=True learns nothing);
- `anneal_factor=None`: HanLP halves lr each time dev F1 stalls, which on small data drives
  it to ~0 within a few epochs; a fixed lr is used instead;
- one fixed seed for data and torch, and torch on one thread, so that a rerun on the same
  machine reproduces the model; other CPUs may differ in the last float bits
  (see README: agreement with the shipped model).
The output folder is written complete or not at all (built beside it, then renamed).
"""
from __future__ import annotations

import io
import json
import logging
import shutil
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from kg.extract.tagger import METADATA, Tagger
from kg.train import data
from kg.train.evaluate import span_scores

DEFAULTS = {"seed": 7, "n_sentences": 12000, "epochs": 8}
HYPER = {"embed": 64, "rnn_hidden": 128, "drop": 0.3, "lr": 0.003, "batch_size": 32,
         "crf": True, "anneal_factor": None, "tagging_scheme": "BIO", "token_delimiter": ""}
_KEEP = ("config.json", "vocabs.json", "model.pt")


@dataclass(frozen=True)
class TrainResult:
    path: str
    seconds: float
    train_sentences: int
    dev_sentences: int
    dev_f1: float
    seed: int
    epochs: int
    source: str           # "generated" or the user's training file


def train(out_dir, seed: int = DEFAULTS["seed"], n_sentences: int = DEFAULTS["n_sentences"],
          epochs: int = DEFAULTS["epochs"], trn_tsv=None, dev_tsv=None, log=None) -> TrainResult:
    """Train a tagger into `out_dir`; `log(str)` receives progress lines (HanLP's own log)."""
    from kg.extract.hanlp_patch import crf_tagger_class, hanlp_console
    import torch

    out = Path(out_dir)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-train-") as tmp:
        work = Path(tmp)
        if trn_tsv:
            prepared = data.users(trn_tsv, dev_tsv, work, seed)
        else:
            prepared = data.generated(work, seed, n_sentences)
        threads = torch.get_num_threads()
        torch.set_num_threads(1)        # reductions split over threads change the float sums
        console = sys.stderr if log else io.StringIO()
        try:
            tagger = crf_tagger_class()()
            save = work / "model"
            with hanlp_console(console):
                tagger.fit(str(prepared.trn), str(prepared.dev), str(save), epochs=epochs, seed=seed,
                           devices=-1, patience=epochs, logger=_logger(log), **HYPER)
        finally:
            torch.set_num_threads(threads)
        dev_f1 = span_scores(Tagger(tagger, save, True), list(prepared.dev_sentences))["ALL"].f1
        result = TrainResult(str(out), round(time.perf_counter() - started, 1), prepared.n_trn,
                             len(prepared.dev_sentences),
                             round(dev_f1, 4), seed, epochs, str(trn_tsv) if trn_tsv else "generated")
        staged = out.with_name(out.name + ".partial")
        shutil.rmtree(staged, ignore_errors=True)
        staged.mkdir(parents=True)
        for name in _KEEP:
            shutil.copy2(save / name, staged / name)
        meta = {"format": "govkg-char-tagger", "version": 1, "labels": ["PER", "POST", "ORG"],
                "n_sentences": n_sentences if not trn_tsv else None, "hyper": HYPER, **asdict(result)}
        meta.pop("path")
        (staged / METADATA).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if out.exists():
        shutil.rmtree(out)
    staged.rename(out)
    return result


def _logger(log) -> logging.Logger:
    """HanLP logs through a logging.Logger; route it to `log` or keep it silent."""
    logger = logging.getLogger("kg.train.hanlp")
    logger.handlers.clear()
    logger.propagate = False
    logger.setLevel(logging.INFO)
    if log:
        class _Forward(logging.Handler):
            def emit(self, record):
                log(record.getMessage())
        logger.addHandler(_Forward())
    else:
        logger.addHandler(logging.NullHandler())
    return logger
