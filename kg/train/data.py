"""Training files for the tagger: generated sentences, or a user's own BIO TSV files.

Both end up as HanLP's TSV (`token<TAB>tag`, blank line between sentences) with tokens from
kg.extract.tagger.char_token, so training and tagging read characters the same way.
Generated training sentences get "unknown-character dropout": a share of characters is
written as `<unk>`, because real reports hold many characters the generator never writes
and the model must tag names from their context when it cannot know their characters.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.extract.tagger import UNK, char_token
from kg.train.markup import LABELS, TaggedSentence
from kg.train.synth import generate_sentences, hard_cases, write_tsv

# Share of characters written as <unk>: names draw from a few hundred given-name characters
# where real ones draw from thousands, and other text far more so.
UNK_RATE = {"O": 0.1, "PER": 0.15, "POST": 0.05, "ORG": 0.05}
HARD_CASE_COPIES = 5
_TAGS = {"O"} | {f"{p}-{label}" for p in "BI" for label in LABELS}


@dataclass(frozen=True)
class Prepared:
    trn: Path
    dev: Path
    n_trn: int
    dev_sentences: tuple[TaggedSentence, ...]    # as written, to score the trained model


def generated(folder: Path, seed: int, n_sentences: int) -> Prepared:
    """Write trn.tsv (generated + hard cases, with dropout) and dev.tsv (generated, clean)."""
    rng = random.Random(seed)
    train = list(generate_sentences(n_sentences, seed)) + list(hard_cases()) * HARD_CASE_COPIES
    rng.shuffle(train)
    dev = list(generate_sentences(max(n_sentences // 10, 20), seed + 1))
    trn_path, dev_path = folder / "trn.tsv", folder / "dev.tsv"
    n_trn = write_tsv((_dropout(s, rng) for s in train), trn_path)
    write_tsv(map(tokens, dev), dev_path)
    return Prepared(trn_path, dev_path, n_trn, tuple(dev))


def tokens(sentence: TaggedSentence) -> tuple[list[str], tuple[str, ...]]:
    return [char_token(c) for c in sentence.text], sentence.tags


def _dropout(sentence: TaggedSentence, rng: random.Random) -> tuple[list[str], tuple[str, ...]]:
    out = []
    for ch, tag in zip(sentence.text, sentence.tags):
        label = tag[2:] if tag != "O" else "O"
        out.append(UNK if rng.random() < UNK_RATE[label] else char_token(ch))
    return out, sentence.tags


def users(trn_tsv, dev_tsv, folder: Path, seed: int) -> Prepared:
    """Validate and normalise a user's BIO TSV; without a dev file, 10% of trn becomes dev."""
    train = read_bio_tsv(trn_tsv)
    if dev_tsv:
        dev = read_bio_tsv(dev_tsv)
    else:
        random.Random(seed).shuffle(train)
        cut = max(1, len(train) // 10)
        dev, train = train[:cut], train[cut:]
    if not train or not dev:
        raise InputError(trn_tsv, "needs at least two sentences (one for training, one to check it)")
    trn_path, dev_path = folder / "trn.tsv", folder / "dev.tsv"
    n_trn = write_tsv(map(tokens, train), trn_path)
    write_tsv(map(tokens, dev), dev_path)
    return Prepared(trn_path, dev_path, n_trn, tuple(dev))


def read_bio_tsv(path) -> list[TaggedSentence]:
    """Sentences of a character-level BIO file: `char<TAB>tag` lines, blank line between sentences."""
    sentences, chars, tags = [], [], []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read: {err}") from None
    for number, line in enumerate(lines + [""], start=1):
        if not line.strip():
            if chars:
                sentences.append(TaggedSentence("".join(chars), tuple(tags)))
                chars, tags = [], []
            continue
        cells = line.split("\t")
        if len(cells) != 2 or len(cells[0]) != 1:
            raise InputError(path, "expected one character, a tab and a BIO tag", number)
        if cells[1].strip() not in _TAGS:
            raise InputError(path, f"unknown tag {cells[1].strip()!r} (use O, B-/I- with "
                                   f"{', '.join(LABELS)})", number)
        chars.append(cells[0])
        tags.append(cells[1].strip())
    if not sentences:
        raise InputError(path, "no sentences")
    return sentences
