"""A HanLP character tagger that proposes PER / POST / ORG spans; the rules decide roles.

    tagger = load_tagger("hanlp")            # the model shipped in kg/extract/models/tagger
    tagger = load_tagger("hanlp:/my/model")  # a model trained with `kg train-tagger`, or a HanLP
                                             # PyTorch NER model downloaded by the user
    tagger.tag("省委书记张三主持会议。")        # -> [(0, 4, "POST"), (4, 6, "PER")]

HanLP (and torch) are imported on the first `load_tagger`, never at import of this module.
A model is loaded once per process. Nothing is ever downloaded: a spec that is not an
existing model folder raises ModelError naming the path at once.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from kg.bio import spans as bio_spans
from kg.errors import ModelError

SHIPPED_MODEL = Path(__file__).parent / "models" / "tagger"
METADATA = "govkg.json"            # written beside HanLP's files by kg.train: marks our format
MAX_CHARS = 200                    # longer sentences are cut (at a comma where possible)
BATCH = 64
TORCH_THREADS = 1                  # measured: one thread tags 3x faster than two on a 2-core machine,
                                   # and `kg build --workers N` processes do not fight over cores
UNK = "<unk>"
_SPACE, _DIGIT, _LATIN = "<sp>", "0", "a"
_CUTS = "，；、：,;"
# a user's pretrained model: its entity types -> ours (others are dropped)
_FOREIGN_LABELS = {"per": "PER", "person": "PER", "nr": "PER", "name": "PER",
                   "org": "ORG", "organization": "ORG", "nt": "ORG", "government": "ORG",
                   "post": "POST", "position": "POST", "title": "POST"}


def char_token(ch: str) -> str:
    """The token our models read for one character: spaces, digits and Latin letters folded."""
    if ch.isspace():
        return _SPACE
    if ch.isdigit():
        return _DIGIT
    if ch.isascii() and ch.isalpha():
        return _LATIN
    return ch


def model_path(spec: str) -> Path:
    """'hanlp' -> the shipped model; 'hanlp:PATH' -> PATH. Checks the folder, loads nothing."""
    if spec == "hanlp":
        path = SHIPPED_MODEL
    elif spec.startswith("hanlp:") and spec[6:].strip():
        path = Path(spec[6:].strip()).expanduser().resolve()
    else:
        raise ModelError(f"unknown tagger {spec!r}: use 'hanlp' (the shipped model) or 'hanlp:PATH'")
    if not path.is_dir():
        raise ModelError(f"{path}: no such model folder (govkg never downloads models)")
    if not (path / "config.json").is_file():
        why = ("holds a TensorFlow HanLP model (meta.json), which govkg cannot run"
               if (path / "meta.json").is_file() else "has no config.json, so it is not a HanLP model folder")
        raise ModelError(f"{path}: {why}")
    return path


def load_tagger(spec: str = "hanlp") -> "Tagger":
    return _load(str(model_path(spec)))


@lru_cache(maxsize=None)
def _load(path: str) -> "Tagger":
    from kg.extract.hanlp_patch import import_hanlp
    import_hanlp()
    from hanlp_common.reflection import str_to_type
    try:
        config = json.loads(Path(path, "config.json").read_text(encoding="utf-8"))
        component = str_to_type(config["classpath"])()
        component.load(path, devices=-1, verbose=False)
    except ModelError:
        raise
    except Exception as err:   # HanLP raises anything from KeyError to RuntimeError on a bad folder
        raise ModelError(f"{path}: cannot load this HanLP model ({type(err).__name__}: {err})") from err
    own = Path(path, METADATA).is_file()
    return Tagger(component, Path(path), own)


class Tagger:
    """Character spans (start, end, label) with label in PER / POST / ORG."""

    def __init__(self, component, path: Path, own_format: bool):
        self.component, self.path, self.own_format = component, path, own_format

    def tag(self, text: str) -> list[tuple[int, int, str]]:
        return self.tag_many([text])[0]

    def tag_many(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """Tag several texts in shared batches (faster than one `tag` call each)."""
        pieces = [(i, start, chunk) for i, text in enumerate(texts) for start, chunk in sentences(text)]
        results: list[list] = [[] for _ in texts]
        if not pieces:
            return results
        tokens = [[self._token(c) for c in chunk] for _, _, chunk in pieces]
        import torch
        threads = torch.get_num_threads()
        torch.set_num_threads(TORCH_THREADS)
        try:
            predicted = self._predict(tokens)
        finally:
            torch.set_num_threads(threads)
        for (i, start, _), entities in zip(pieces, predicted):
            for begin, end, label in entities:
                label = self._label(label)
                if label:
                    results[i].append((start + begin, start + end, label))
        for found in results:
            found.sort()           # HanLP collects spans in a set
        return results

    def _predict(self, tokens: list[list[str]]) -> list[list[tuple[int, int, str]]]:
        if self.own_format:
            from kg.extract.hanlp_patch import fast_tags
            return [bio_spans(tags) for tags in fast_tags(self.component, tokens, BATCH)]
        try:
            predicted = self.component.predict(tokens, batch_size=BATCH)
            return [[(e[2], e[3], e[1]) for e in entities] for entities in predicted]
        except (TypeError, IndexError, ValueError, KeyError) as err:
            raise ModelError(f"{self.path}: this HanLP model does not give named-entity spans "
                             f"({type(err).__name__}: {err})") from err

    def _token(self, ch: str) -> str:
        if self.own_format:
            return char_token(ch)
        return "，" if ch.isspace() else ch     # subword tokenisers drop spaces, which would shift offsets

    def _label(self, label: str) -> str | None:
        if self.own_format:
            return label
        return _FOREIGN_LABELS.get(label.lower())




def sentences(text: str):
    """(offset, sentence) pairs from HanLP's rule-based splitter, cut to MAX_CHARS."""
    from hanlp.utils.rules import split_sentence
    at = 0
    for chunk in split_sentence(text, best=False):
        start = text.find(chunk, at)
        if start < 0:      # the splitter only inserts breaks, so this does not happen; skip if it does
            continue
        at = start + len(chunk)
        yield from _cut(start, chunk)


def _cut(start: int, chunk: str):
    while len(chunk) > MAX_CHARS:
        head = chunk[:MAX_CHARS]
        cut = max(head.rfind(c) for c in _CUTS) + 1 or MAX_CHARS
        yield start, chunk[:cut]
        start, chunk = start + cut, chunk[cut:]
    if chunk.strip():
        yield start, chunk
