"""`kg train-tagger` and kg.train.train_tagger: tiny runs that must give loadable, reproducible models."""
import json

import pytest
import torch

from kg.cli.main import main
from kg.extract.tagger import load_tagger
from kg.train import evaluate
from kg.train.synth import generate_sentences, write_tsv
from kg.train.train_tagger import train


def test_cli_tiny_run_writes_a_loadable_model(tmp_path, capsys):
    out = tmp_path / "tagger"
    (tmp_path / "tagger").mkdir()
    (out / "stale.txt").write_text("from an earlier run")
    assert main(["train-tagger", "--out", str(out), "--sentences", "150", "--epochs", "1",
                 "--no-compare", "-q"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["config.json", "govkg.json", "model.pt", "vocabs.json"]
    assert not (tmp_path / "tagger.partial").exists()
    meta = json.loads((out / "govkg.json").read_text(encoding="utf-8"))
    assert meta["format"] == "govkg-char-tagger" and meta["seed"] == 7 and meta["source"] == "generated"
    assert "wrote" in capsys.readouterr().out
    found = load_tagger(f"hanlp:{out}").tag("省委书记张三主持会议。")
    assert all(0 <= a < b <= 11 and label in {"PER", "POST", "ORG"} for a, b, label in found)


def test_same_seed_gives_the_same_model(tmp_path):
    first = train(tmp_path / "a", seed=3, n_sentences=120, epochs=1)
    second = train(tmp_path / "b", seed=3, n_sentences=120, epochs=1)
    a = torch.load(tmp_path / "a" / "model.pt", map_location="cpu")
    b = torch.load(tmp_path / "b" / "model.pt", map_location="cpu")
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    assert first.dev_f1 == second.dev_f1
    texts = [s.text for s in evaluate.test_set(100)]
    assert evaluate.agreement(load_tagger(f"hanlp:{tmp_path / 'a'}"), load_tagger(f"hanlp:{tmp_path / 'b'}"), texts) == 1.0


def test_trains_on_a_users_bio_file(tmp_path):
    trn = tmp_path / "mine.tsv"
    write_tsv(((list(s.text), s.tags) for s in generate_sentences(60, seed=99)), trn)   # raw characters
    out = tmp_path / "mine"
    assert main(["train-tagger", "--out", str(out), "--train", str(trn), "--epochs", "1", "--no-compare", "-q"]) == 0
    meta = json.loads((out / "govkg.json").read_text(encoding="utf-8"))
    assert meta["source"] == str(trn) and meta["train_sentences"] == 54 and meta["dev_sentences"] == 6


@pytest.mark.parametrize("content, where", [
    ("张\tB-PER\n三\tI-PER\n\n李\tB-NAME\n", ":4"),
    ("张三\tB-PER\n", ":1"),
])
def test_bad_training_file_is_named_with_its_line(tmp_path, capsys, content, where):
    bad = tmp_path / "bad.tsv"
    bad.write_text(content, encoding="utf-8")
    assert main(["train-tagger", "--out", str(tmp_path / "x"), "--train", str(bad), "-q"]) == 2
    assert f"{bad}{where}" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_dev_file_needs_a_training_file(tmp_path, capsys):
    assert main(["train-tagger", "--out", str(tmp_path / "x"), "--dev", "d.tsv"]) == 64
    assert "--dev needs --train" in capsys.readouterr().err
