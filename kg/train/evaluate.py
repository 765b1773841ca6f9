"""Measure a tagger: span precision/recall on tagged sentences, and agreement between two models.

The fixed held-out test set is `test_set()`: generated with TEST_SEED, a seed no training
run uses, so its sentences (names, places, template draws) are new to every model.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.train.markup import LABELS, TaggedSentence, spans
from kg.train.synth import generate_sentences

TEST_SEED = 90417
TEST_SIZE = 2000


@dataclass(frozen=True)
class Score:
    label: str
    true_pos: int
    false_pos: int
    false_neg: int

    @property
    def precision(self) -> float:
        return self.true_pos / ((self.true_pos + self.false_pos) or 1)

    @property
    def recall(self) -> float:
        return self.true_pos / ((self.true_pos + self.false_neg) or 1)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / ((p + r) or 1)


def test_set(size: int = TEST_SIZE) -> list[TaggedSentence]:
    return list(generate_sentences(size, TEST_SEED))


def span_scores(tagger, sentences: list[TaggedSentence]) -> dict[str, Score]:
    """Exact-span scores per label (and "ALL") of `tagger` against the sentences' tags."""
    predicted = tagger.tag_many([s.text for s in sentences])
    counts = {label: [0, 0, 0] for label in LABELS + ("ALL",)}
    for sentence, found in zip(sentences, predicted):
        gold, guess = set(spans(sentence.tags)), set(found)
        for label in LABELS:
            g = {s for s in gold if s[2] == label}
            p = {s for s in guess if s[2] == label}
            for key in (label, "ALL"):
                counts[key][0] += len(g & p)
                counts[key][1] += len(p - g)
                counts[key][2] += len(g - p)
    return {label: Score(label, *c) for label, c in counts.items()}


def char_labels(text: str, found) -> list[str]:
    labels = ["O"] * len(text)
    for start, end, label in found:
        labels[start:end] = [label] * (end - start)
    return labels


def agreement(tagger_a, tagger_b, texts: list[str]) -> float:
    """Share of characters to which both taggers give the same label (O, PER, POST, ORG)."""
    a, b = tagger_a.tag_many(texts), tagger_b.tag_many(texts)
    same = total = 0
    for text, fa, fb in zip(texts, a, b):
        la, lb = char_labels(text, fa), char_labels(text, fb)
        same += sum(x == y for x, y in zip(la, lb))
        total += len(text)
    return same / (total or 1)
