"""HanLP 2.1.5's crf=True learns nothing (CRF built with batch_first=None); our patched class does."""
import io
import json

import pytest
import torch

from kg.extract.hanlp_patch import crf_tagger_class, hanlp_console, import_hanlp
from kg.extract.tagger import Tagger, load_tagger
from kg.train.data import tokens
from kg.train.evaluate import span_scores
from kg.train.markup import from_markup
from kg.train.synth import write_tsv

_NAMES = ["王建国", "李明", "张红", "刘志强", "陈静", "杨帆", "赵磊", "黄海", "周敏", "吴涛"]
_POSTS = ["省委书记", "省长", "副省长", "市委书记"]


def _toy(count, shift):
    return [from_markup(f"[{_POSTS[(i + shift) % 4]}|POST][{_NAMES[(i * 3 + shift) % 10]}|PER]主持会议并讲话。")
            for i in range(count)]


def _fit(cls, folder, epochs):
    folder.mkdir(exist_ok=True)
    trn, dev = folder / "trn.tsv", folder / "dev.tsv"
    write_tsv(map(tokens, _toy(60, 0)), trn)
    write_tsv(map(tokens, _toy(12, 1)), dev)
    model = cls()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)           # as kg.train does: the same float sums on every run
    try:
        with hanlp_console(io.StringIO()):
            model.fit(str(trn), str(dev), str(folder / "model"), embed=32, rnn_hidden=32, crf=True,
                      epochs=epochs, lr=0.01, anneal_factor=None, batch_size=10, seed=1, devices=-1,
                      tagging_scheme="BIO", logger=_quiet())
    finally:
        torch.set_num_threads(threads)
    return model


def _quiet():
    import logging
    logger = logging.getLogger("test.crf")
    logger.handlers[:] = [logging.NullHandler()]
    logger.propagate = False
    return logger


def _f1(model, folder):
    return span_scores(Tagger(model, folder, True), _toy(12, 1))["ALL"].f1


class _HanLPDecoding(Tagger):
    """Tags through HanLP's own predict() and CRF decoding, as a user of stock HanLP gets them."""

    def _predict(self, tokens):
        return [[(e[2], e[3], e[1]) for e in entities] for entities in self.component.predict(tokens)]


@pytest.fixture(scope="module")
def patched(tmp_path_factory):
    folder = tmp_path_factory.mktemp("patched")
    return _fit(crf_tagger_class(), folder, epochs=6), folder


def test_stock_crf_learns_nothing_and_patched_crf_learns(tmp_path, patched):
    stock = _fit(import_hanlp(), tmp_path / "stock", epochs=6)
    # HanLP's own decoding of a stock crf=True model: near nothing right (0.12 measured)
    assert span_scores(_HanLPDecoding(stock, tmp_path, True), _toy(12, 1))["ALL"].f1 < 0.5
    assert _f1(*patched) > 0.9
    assert span_scores(_HanLPDecoding(patched[0], patched[1], True), _toy(12, 1))["ALL"].f1 > 0.9


def test_patched_class_is_saved_and_rebuilt_from_its_classpath(patched):
    model_dir = patched[1] / "model"
    config = json.loads((model_dir / "config.json").read_text())
    assert config["classpath"] == "kg.extract.hanlp_patch.CRFRNNNamedEntityRecognizer"
    reloaded = load_tagger(f"hanlp:{model_dir}")
    assert reloaded.component.model.crf.batch_first is True
    text = "省长李明主持会议并讲话。"
    assert [text[a:b] for a, b, label in reloaded.tag(text) if label == "PER"] == ["李明"]
