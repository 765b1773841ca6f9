"""The shipped HanLP tagger: loaded offline once, finds names in sentences written for these tests."""
import subprocess
import sys

import pytest

from kg.errors import ModelError
from kg.extract.tagger import SHIPPED_MODEL, Tagger, load_tagger, model_path, sentences


@pytest.fixture(scope="module")
def tagger():
    return load_tagger("hanlp")


def _names(text, found):
    return [text[a:b] for a, b, label in found if label == "PER"]


@pytest.mark.parametrize("text, names", [
    ("省委书记张建华主持会议并讲话。", ["张建华"]),
    ("副市长刘明、陈红出席会议。", ["刘明", "陈红"]),
    ("市领导王海涛、李静、赵志刚等参加活动。", ["王海涛", "李静", "赵志刚"]),
    ("会议由县委副书记、县长孙立新主持。", ["孙立新"]),
    ("会议强调，要严格落实防控措施，周密部署各项任务。", []),
])
def test_shipped_model_finds_the_names(tagger, text, names):
    assert _names(text, tagger.tag(text)) == names


def test_posts_and_bodies_are_tagged_too(tagger):
    text = "8月3日，市委常委会召开会议，市委书记周立新主持。"
    found = {(text[a:b], label) for a, b, label in tagger.tag(text)}
    assert ("市委书记", "POST") in found and ("周立新", "PER") in found
    assert any(label == "ORG" and "市委" in span for span, label in found)


def test_offsets_index_the_whole_text_across_sentences(tagger):
    text = "\n".join(["本报讯 3月2日，省委常委会召开会议。", "省长马文斌主持会议。" * 30, "副省长田野出席。"])
    found = tagger.tag(text)
    names = _names(text, found)
    assert names.count("马文斌") == 30 and names[-1] == "田野"
    assert tagger.tag_many([text, "", "  "]) == [found, [], []]


def test_loaded_once_per_process(tagger):
    assert load_tagger("hanlp") is tagger
    assert load_tagger(f"hanlp:{SHIPPED_MODEL}") is tagger


@pytest.mark.parametrize("spec, message", [
    ("hanlp:/no/such/model", "/no/such/model"),
    ("spacy", "unknown tagger"),
    ("hanlp:", "unknown tagger"),
])
def test_bad_specs_raise_model_error_naming_them(spec, message):
    with pytest.raises(ModelError, match=message):
        load_tagger(spec)


def test_folder_that_is_not_a_model(tmp_path):
    with pytest.raises(ModelError, match="no config.json"):
        model_path(f"hanlp:{tmp_path}")
    (tmp_path / "meta.json").write_text("{}")
    with pytest.raises(ModelError, match="TensorFlow"):
        model_path(f"hanlp:{tmp_path}")


def test_broken_model_folder_is_a_model_error(tmp_path):
    (tmp_path / "config.json").write_text('{"classpath": "hanlp.components.ner.rnn_ner.RNNNamedEntityRecognizer"}')
    with pytest.raises(ModelError, match=str(tmp_path)):
        load_tagger(f"hanlp:{tmp_path}")


def test_importing_the_tagger_module_does_not_import_torch():
    code = "import sys, kg.extract.tagger; sys.exit(('torch' in sys.modules) + 2 * ('hanlp' in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_sentences_keep_offsets_and_cut_long_ones():
    text = "第一句。第二句！\n" + "很长，" * 150
    pieces = list(sentences(text))
    assert [p for _, p in pieces[:2]] == ["第一句。", "第二句！"]
    assert all(text[start:start + len(p)] == p for start, p in pieces)
    assert max(len(p) for _, p in pieces) <= 200


class _ForeignModel:
    """Stands in for a pretrained HanLP NER model with its own tag set."""

    def predict(self, batch, batch_size=None):
        assert all(" " not in tokens for tokens in batch)   # spaces replaced, offsets kept
        return [[("张三", "PERSON", 0, 2), ("某局", "NT", 3, 5), ("江西", "LOC", 6, 8)] for _ in batch]


def test_a_users_pretrained_model_has_its_tags_mapped():
    foreign = Tagger(_ForeignModel(), SHIPPED_MODEL, own_format=False)
    assert foreign.tag("张三 某局 江西") == [(0, 2, "PER"), (3, 5, "ORG")]


def test_fast_path_gives_hanlps_own_predictions(tagger):
    texts = ["省委书记张建华主持会议，副省长刘明、陈红出席。", "市领导王海涛、李静等参加。", "会议强调，要抓好落实。"]
    tokens = [[tagger._token(c) for c in t] for t in texts]
    hanlp_spans = [[(e[2], e[3], e[1]) for e in entities] for entities in tagger.component.predict(tokens)]
    assert [sorted(s) for s in tagger._predict(tokens)] == [sorted(s) for s in hanlp_spans]


def _run(code):
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


def test_loading_and_tagging_open_no_connection():
    result = _run(
        "import socket\n"
        "def refuse(*a, **k): raise SystemExit('tried the network')\n"
        "socket.socket.connect = socket.create_connection = refuse\n"
        "from kg.extract.tagger import load_tagger\n"
        "print(load_tagger('hanlp').tag('省长李明主持会议。'))\n")
    assert result.returncode == 0, result.stderr
    assert "(2, 4, 'PER')" in result.stdout


def test_missing_model_fails_before_hanlp_is_imported():
    result = _run(
        "import sys\n"
        "from kg.errors import ModelError\n"
        "from kg.extract.tagger import load_tagger\n"
        "try:\n    load_tagger('hanlp:/nowhere/model')\n"
        "except ModelError as err:\n    print(err)\n"
        "sys.exit(2 * ('hanlp' in sys.modules or 'torch' in sys.modules))\n")
    assert result.returncode == 0 and "/nowhere/model" in result.stdout
