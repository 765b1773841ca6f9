"""How govkg imports HanLP 2.1.5: offline, quiet, and with its CRF fixed.

Imported only when a tagger is requested or trained, so `kg build --nlp rules` never loads
torch. Three things are done here, each for a measured reason:

1. Offline by construction. HanLP resolves any string that is not an existing path through
   its table of pretrained identifiers and downloads it (about 25 s of retries on a closed
   network). `import_hanlp()` sets the hub variables to offline before the first import and
   replaces HanLP's `download` with one that raises ModelError naming the URL, so a model
   whose config points at a remote resource fails at once instead of trying the network.
2. Quiet: HANLP_VERBOSE=0 unless the user set it; `hanlp_console(stream)` sends what HanLP
   writes while training (progress bars on stdout, "flash" lines on the stderr it saw at
   import) to one stream of our choosing.
3. `CRFRNNNamedEntityRecognizer`: in 2.1.5 `RNNTaggingModel` passes its `crf_constraints`
   argument (None) as the CRF's `batch_first`, so the CRF reads batch-first tensors as
   time-first and a model trained with crf=True learns nothing (dev F1 0 where crf=False
   reaches 1.0 on the same toy data). The subclass sets `batch_first=True` after the model
   is built, at training and at load time; tests/test_tagger_crf.py shows both behaviours.
4. `fast_tags`: tagging with our own BiLSTM-CRF models without HanLP's `predict`, which
   builds a dataset and data loader per call and decodes the CRF with a torch loop per
   character (measured: 3-4 ms of Viterbi per sentence, more than the LSTM itself). Here the
   model's forward runs on padded batches and Viterbi runs in NumPy on the CRF's own
   weights; tests/test_tagger.py checks it gives HanLP's tags.
"""
from __future__ import annotations

import contextlib
import os

from kg.errors import ModelError

_OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HANLP_VERBOSE": "0",
                "TF_CPP_MIN_LOG_LEVEL": "3"}
_patched = False


def _refuse_download(url, *args, **kwargs):
    raise ModelError(f"the model asks HanLP to download {url}; govkg never downloads models: "
                     "download it yourself and point --nlp hanlp:PATH at a folder that holds every file")


def import_hanlp():
    """Import HanLP's tagging classes offline; returns the RNNNamedEntityRecognizer class."""
    global _patched
    for key, value in _OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    import hanlp.utils.io_util as io_util
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer
    if not _patched:
        io_util.download = _refuse_download
        _patched = True
    return RNNNamedEntityRecognizer


@contextlib.contextmanager
def hanlp_console(stream):
    """Route HanLP's console output (training progress) to `stream` for the duration."""
    import_hanlp()
    from hanlp.utils import log_util, time_util
    printer, timer_init = log_util._printer, time_util.CountdownTimer.__init__
    # both bound the process's streams when HanLP was imported (a default argument, a global)
    before = printer.out, timer_init.__defaults__
    printer.out, timer_init.__defaults__ = stream, (stream,)
    try:
        with contextlib.redirect_stdout(stream):
            yield
    finally:
        printer.out, timer_init.__defaults__ = before


def fast_tags(component, token_lists: list[list[str]], batch_size: int) -> list[list[str]]:
    """BIO tags of each token list from a loaded (CRF)RNNNamedEntityRecognizer."""
    import torch
    vocab, tags = component.vocabs["token"], component.vocabs["tag"].idx_to_token
    lookup, unk = vocab.token_to_idx, vocab.unk_idx
    model = component.model
    crf = model.crf
    weights = None if crf is None else tuple(
        w.detach().cpu().numpy() for w in (crf.start_transitions, crf.transitions, crf.end_transitions))
    # the model packs each batch and needs rows longest first
    order = sorted(range(len(token_lists)), key=lambda i: -len(token_lists[i]))
    out: list = [None] * len(token_lists)
    with torch.no_grad():
        for at in range(0, len(order), batch_size):
            rows = order[at:at + batch_size]
            width = len(token_lists[rows[0]])
            ids = torch.zeros((len(rows), width), dtype=torch.long)
            for r, i in enumerate(rows):
                ids[r, :len(token_lists[i])] = torch.tensor([lookup.get(t, unk) for t in token_lists[i]])
            emissions = model(ids)[0].cpu().numpy()
            lengths = [len(token_lists[i]) for i in rows]
            paths = (emissions.argmax(-1) if weights is None else _viterbi(emissions, lengths, *weights))
            for r, i in enumerate(rows):
                out[i] = [tags[k] for k in paths[r][:lengths[r]]]
    return out


def _viterbi(emissions, lengths, start, transitions, end) -> list[list[int]]:
    """Best tag paths of a batch (rows longest first); transitions[i, j] scores tag i followed
    by tag j, as in HanLP's CRF. Rows stop updating once past their own length."""
    import numpy as np
    rows, width, _ = emissions.shape
    score = start[None, :] + emissions[:, 0]
    back = np.zeros((rows, width, len(start)), dtype=np.int64)
    lengths = np.asarray(lengths)
    for t in range(1, width):
        candidates = score[:, :, None] + transitions[None] + emissions[:, t, None, :]
        live = (lengths > t)[:, None]
        back[:, t] = candidates.argmax(1)
        score = np.where(live, candidates.max(1), score)
    last = (score + end[None, :]).argmax(1)
    paths = []
    for r in range(rows):
        best = [int(last[r])]
        for t in range(lengths[r] - 1, 0, -1):
            best.append(int(back[r, t, best[-1]]))
        paths.append(best[::-1])
    return paths


def crf_tagger_class():
    """RNNNamedEntityRecognizer whose CRF is built batch-first (see the module docstring)."""
    return _crf_class()


_CRF_CLASS = None


def _crf_class():
    global _CRF_CLASS
    if _CRF_CLASS is None:
        base = import_hanlp()

        class CRFRNNNamedEntityRecognizer(base):
            def build_model(self, **kwargs):
                model = super().build_model(**kwargs)
                if getattr(model, "crf", None) is not None:
                    model.crf.batch_first = True
                return model

        # HanLP saves `classpath` and rebuilds the class from it when loading
        CRFRNNNamedEntityRecognizer.__module__ = __name__
        CRFRNNNamedEntityRecognizer.__qualname__ = "CRFRNNNamedEntityRecognizer"
        _CRF_CLASS = CRFRNNNamedEntityRecognizer
        globals()["CRFRNNNamedEntityRecognizer"] = CRFRNNNamedEntityRecognizer
    return _CRF_CLASS


def __getattr__(name):
    # lets HanLP's object_from_classpath("kg.extract.hanlp_patch.CRFRNNNamedEntityRecognizer")
    # find the class without this module importing torch at import time
    if name == "CRFRNNNamedEntityRecognizer":
        return _crf_class()
    raise AttributeError(name)
