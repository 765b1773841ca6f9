"""The synthetic training data: seeded, well-formed, and covering the statements reports make."""
import itertools
import re

import pytest

from kg.errors import InputError
from kg.train.data import read_bio_tsv
from kg.train.markup import LABELS, from_markup, parse, spans, to_bio
from kg.train.synth import generate_reports, generate_sentences, hard_cases

_BIO = re.compile(r"^(O|[BI]-(" + "|".join(LABELS) + r"))$")


def test_same_seed_same_sentences_and_other_seed_others():
    first = list(generate_sentences(300, seed=11))
    assert first == list(generate_sentences(300, seed=11))
    assert first != list(generate_sentences(300, seed=12))


def test_every_sentence_has_one_valid_tag_per_character():
    for sentence in generate_sentences(500, seed=3):
        assert len(sentence.text) == len(sentence.tags)
        assert all(_BIO.match(tag) for tag in sentence.tags)
        for start, end, _ in spans(sentence.tags):
            assert sentence.tags[start].startswith("B-")


def test_generated_sentences_cover_all_labels_and_name_lists():
    sentences = list(generate_sentences(1000, seed=5))
    labels = {label for s in sentences for _, _, label in spans(s.tags)}
    assert labels == set(LABELS)
    # name lists with 、 and 等, and branch-venue attendance, are among the statements
    assert any("、" in s.text and "等" in s.text for s in sentences)
    assert any("分会场" in s.text for s in sentences)


@pytest.mark.parametrize("marked, text, entities", [
    ("副市长[李四|PER]、[王五|PER]出席。", "副市长李四、王五出席。", [("李四", "PER"), ("王五", "PER")]),
    ("[省委书记|POST][张三|PER]主持", "省委书记张三主持", [("省委书记", "POST"), ("张三", "PER")]),
    ("[中共青阳市委|ORG]召开会议", "中共青阳市委召开会议", [("中共青阳市委", "ORG")]),
    ("[甲乙|PER][丙丁|PER]等", "甲乙丙丁等", [("甲乙", "PER"), ("丙丁", "PER")]),   # adjacent names stay two
    ("没有名字。", "没有名字。", []),
])
def test_markup_gives_text_and_spans(marked, text, entities):
    sentence = from_markup(marked)
    assert sentence.text == text
    assert [(text[a:b], label) for a, b, label in spans(sentence.tags)] == entities


def test_markup_parse_keeps_slots_inside_entities():
    assert parse("[{P}常委会|ORG]会议") == (("ent", (("slot", "P", None), ("text", "常委会", None)), "ORG"),
                                          ("text", "会议", None))
    with pytest.raises(ValueError):
        from_markup("{PER}主持会议")


def test_stray_inside_tag_opens_a_span():
    assert spans(["O", "I-PER", "I-PER", "B-ORG"]) == [(1, 3, "PER"), (3, 4, "ORG")]
    assert to_bio([("张三", "PER"), ("说", None)]).tags == ("B-PER", "I-PER", "O")


def test_hard_cases_are_simplified_and_tagged():
    cases = hard_cases()
    assert len(cases) >= 25
    texts = "".join(c.text for c in cases)
    assert "會" not in texts and "議" not in texts            # Traditional rows went through t2s
    names = {c.text[a:b] for c in cases for a, b, label in spans(c.tags) if label == "PER"}
    assert {"陈晓东", "张建国", "阿不都·热合曼"} <= names


def test_reports_are_seeded_multi_sentence_and_streamed():
    first = list(generate_reports(40, seed=2))
    assert first == list(generate_reports(40, seed=2))
    assert [name for name, _ in first] == [f"synth_{i:06d}.txt" for i in range(40)]
    for _, text in first:
        assert text.count("。") >= 4 and "会议" in text
    # officials persist per jurisdiction: some chair's name recurs across reports
    chairs = [m.group(1) for _, t in first for m in re.finditer(r"书记(\w{2,3})主持", t)]
    assert len(chairs) > len(set(chairs))
    assert sum(1 for _ in itertools.islice(generate_reports(10**6, seed=1), 500)) == 500


def test_user_bio_tsv_is_read_and_bad_lines_named(tmp_path):
    good = tmp_path / "good.tsv"
    good.write_text("张\tB-PER\n三\tI-PER\n说\tO\n\n好\tO\n", encoding="utf-8")
    assert [s.text for s in read_bio_tsv(good)] == ["张三说", "好"]
    bad = tmp_path / "bad.tsv"
    bad.write_text("张\tB-PER\n三\tI-NAME\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_bio_tsv(bad)
    assert err.value.line == 2 and "I-NAME" in err.value.reason


def test_generator_does_not_load_the_extraction_package():
    import subprocess
    import sys
    code = "import sys, kg.train.synth; sys.exit('kg.extract' in sys.modules or 'torch' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
