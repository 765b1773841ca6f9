"""`kg train-tagger`: train the HanLP character tagger (PER / POST / ORG) into a folder."""
from __future__ import annotations

import sys

NAME = "train-tagger"
HELP = "train the HanLP name tagger (reproduces the shipped one, or learns from your BIO files)"
DESCRIPTION = """\
Train a character-level tagger (HanLP RNNNamedEntityRecognizer, BiLSTM-CRF) that marks
person names (PER), posts (POST) and bodies (ORG). With no --train file it regenerates
the project's synthetic training sentences (kg/data/synth_*, fixed --seed) and so
reproduces the model shipped in kg/extract/models/tagger. Nothing is downloaded.

With --train, it learns from your own character-level BIO file instead: one character,
a tab and a tag (O, B-PER, I-PER, B-POST, I-POST, B-ORG, I-ORG) per line, a blank line
between sentences. Without --dev, a tenth of the sentences is held out to pick the best
epoch.

After training it scores the model on the fixed synthetic test set and compares its
tags with the shipped model's (share of characters with the same label).

Use the result with:  kg build REPORTS -o OUT --nlp hanlp:DIR

Examples:
  kg train-tagger --out outputs/tagger            # the shipped recipe (a few minutes)
  kg train-tagger --out my-tagger --train trn.tsv --dev dev.tsv --epochs 20
  kg train-tagger --out /tmp/t --sentences 200 --epochs 1   # a quick smoke test"""


def add_arguments(parser):
    from kg.train.train_tagger import DEFAULTS
    parser.add_argument("--out", default="outputs/tagger", metavar="DIR",
                        help="folder to write the model into (replaced if it exists; default: outputs/tagger)")
    parser.add_argument("--train", metavar="TSV", help="your own character-level BIO training file")
    parser.add_argument("--dev", metavar="TSV", help="your own BIO file to pick the best epoch (with --train)")
    parser.add_argument("--seed", type=int, default=DEFAULTS["seed"], metavar="N",
                        help=f"seed for data generation and training (default: {DEFAULTS['seed']}, the shipped model's)")
    parser.add_argument("--epochs", type=int, default=DEFAULTS["epochs"], metavar="N",
                        help=f"training epochs (default: {DEFAULTS['epochs']})")
    parser.add_argument("--sentences", type=int, default=DEFAULTS["n_sentences"], metavar="N",
                        help=f"generated training sentences (default: {DEFAULTS['n_sentences']}; ignored with --train)")
    parser.add_argument("--no-compare", action="store_true",
                        help="skip scoring on the test set and the comparison with the shipped model")
    parser.add_argument("-q", "--quiet", action="store_true", help="no training log")


def run(args) -> int:
    from kg.cli.main import EXIT_OK, EXIT_USAGE
    from kg.train.train_tagger import train

    if args.dev and not args.train:
        print("kg train-tagger: --dev needs --train (generated data brings its own dev set)", file=sys.stderr)
        return EXIT_USAGE
    if args.epochs < 1 or args.sentences < 1:
        print("kg train-tagger: --epochs and --sentences must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    log = None if args.quiet else (lambda line: print(line, file=sys.stderr, flush=True))
    result = train(args.out, seed=args.seed, n_sentences=args.sentences, epochs=args.epochs,
                   trn_tsv=args.train, dev_tsv=args.dev, log=log)
    print(f"kg train-tagger: wrote {result.path} in {result.seconds:.0f} s "
          f"({result.train_sentences} training sentences, dev F1 {result.dev_f1:.3f})")
    if not args.no_compare:
        _compare(result.path)
    return EXIT_OK


def _compare(path: str) -> None:
    from kg.extract.tagger import SHIPPED_MODEL, load_tagger
    from kg.train.evaluate import TEST_SEED, agreement, span_scores, test_set

    sentences = test_set()
    tagger = load_tagger(f"hanlp:{path}")
    per = span_scores(tagger, sentences)["PER"]
    print(f"  test set (seed {TEST_SEED}, {len(sentences)} sentences): "
          f"PER precision {per.precision:.3f}, recall {per.recall:.3f}")
    if SHIPPED_MODEL.is_dir():
        same = agreement(tagger, load_tagger("hanlp"), [s.text for s in sentences])
        print(f"  same label as the shipped model on {same:.2%} of test-set characters")
