"""Rebuild config/models/offensive.bin, the hostile-language model, from ../shared/corpus.

    python3 -m venv .venv-train && .venv-train/bin/pip install -e '.[train]'
    .venv-train/bin/python tools/train_offensive.py            # writes config/models/offensive.bin

Deterministic: the splits are fixed by seeded SHA-256 hashes of ids and file names, the solver
(liblinear) is deterministic, and the weights are written as float32 with sorted-key JSON, so the
same corpus and the same scikit-learn give the same file byte for byte.

Training data (nothing else): OLID 2019 train, the Stormfront half whose id hashes to 'train',
the Davidson 2017 sample, the writer's own sentences from the ham half whose file name hashes to
'train' (negatives), tools/data/student_sentences.tsv (student-style sentences written for this
model), and the sentences of students/defamation_sentences.csv (negatives). Kept
for measuring (bench/offensive_model.py): OLID 2019 val, the other Stormfront half, the other ham
half and the labelled student emails.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
OUT = ROOT / "config" / "models" / "offensive.bin"
SEED = "bedside-offensive-2026"
C = 10.0                 # inverse L2 strength, liblinear
HAM_WEIGHT = 3.0         # weight of one ordinary-mail sentence against one labelled text
STUDENT_WEIGHT = 20.0    # the sentences written for this model: few, and the register that matters (8 -> 20 with
                         # round 2: tests/students hold recall 0.41 -> 0.56 at no new ham hold)
HAM_PER_MESSAGE = 400    # sentences kept from one ham message (a newsletter must not swamp the rest)


def half(key: str) -> str:
    """'train' or 'test': a fixed half, by a seeded hash."""
    return "train" if hashlib.sha256(f"{SEED}:{key}".encode()).digest()[0] % 2 == 0 else "test"


def offensive_rows(corpus: Path):
    with open(corpus / "real" / "offensive" / "all.csv", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def labelled_split(corpus: Path, split: str):
    """(dataset, text, label) of the labelled texts in one split."""
    for r in offensive_rows(corpus):
        d = r["dataset"]
        if split == "train":
            keep = d in ("olid2019_train", "davidson2017_dev") or (d == "stormfront2018_train" and half(r["id"]) == "train")
        else:
            keep = d == "olid2019_val" or (d == "stormfront2018_train" and half(r["id"]) == "test")
        if keep:
            yield d, r["text"], int(r["offensive"])


def ham_files(corpus: Path, split: str) -> list[Path]:
    return [p for p in sorted((corpus / "real" / "ham").glob("*.eml")) if half(p.name) == split]


def ham_sentences(paths, lexicon=None):
    """The writer's own sentences of each message (subject too); with a lexicon, sentences with a
    strong word or slur are left out: ham is unlabelled and ordinary mail sometimes swears."""
    from bedside.checks import load_config
    from bedside.checks.letter import reader_for
    from bedside.checks.message import parse_message
    from bedside.checks.offensive.classifier import sentences, writers_text

    reader = reader_for(load_config())
    for path in paths:
        msg = parse_message(path.read_bytes())
        body = writers_text(reader.read(msg.body))
        texts = [msg.subject] + [body[s:e] for s, e in sentences(body)]
        kept = 0
        for text in texts:
            if len(text.split()) < 3:
                continue
            if lexicon is not None and any(m.severity in ("strong", "slur") for m in lexicon.find(text)):
                continue
            yield text
            kept += 1
            if kept >= HAM_PER_MESSAGE:
                break


WRITTEN = ["student_sentences.tsv"]  # tools/data: sentences written for this model


def student_sentences():
    for name in WRITTEN:
        with open(ROOT / "tools" / "data" / name, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip() or line.startswith("#"):
                    continue
                label, _, text = line.rstrip("\n").partition("\t")
                if label not in ("0", "1") or not text.strip():
                    sys.exit(f"{name} line {n}: expected '0|1<TAB>sentence'")
                yield text, int(label)


def defamation_negatives(corpus: Path):
    """Every sentence of students/defamation_sentences.csv, allegations too: an allegation about a
    person is the defamation rules' business (DEF), not this model's."""
    with open(corpus / "students" / "defamation_sentences.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            yield r["text"]


def training_set(corpus: Path):
    from bedside.checks import load_config
    from bedside.checks.offensive import lexicon

    lex = lexicon.build(load_config())
    texts, labels, weights = [], [], []

    def add(text, label, weight):
        texts.append(text)
        labels.append(label)
        weights.append(weight)

    for _, text, label in labelled_split(corpus, "train"):
        add(text, label, 1.0)
    for text in ham_sentences(ham_files(corpus, "train"), lex):
        add(text, 0, HAM_WEIGHT)
    for text, label in student_sentences():
        add(text, label, STUDENT_WEIGHT)
    for text in defamation_negatives(corpus):
        add(text, 0, STUDENT_WEIGHT)
    return texts, labels, weights, lex.plain


def matrix(texts, listed=frozenset()):
    import numpy as np
    from scipy.sparse import csr_matrix

    from bedside.checks.offensive import features

    indptr, indices, data = [0], [], []
    for text in texts:
        found = features.buckets_of([w for w in features.words(text) if w not in listed])
        indices.extend(found)
        data.extend([features.value(len(found))] * len(found))
        indptr.append(len(indices))
    X = csr_matrix((np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64), np.array(indptr)),
                   shape=(len(texts), 1 << features.BITS))
    X.sum_duplicates()  # a feature met twice counts twice, as Model.score_words adds it twice
    return X


def train(corpus: Path):
    import numpy as np
    import sklearn
    from sklearn.linear_model import LogisticRegression

    texts, labels, weights, _ = training_set(corpus)
    # Trained on whole texts, listed words included: left out here too, the model leans on
    # ordinary words that ordinary mail is full of (more false holds on held-out ham).
    X = matrix(texts)
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=1000, random_state=0)
    clf.fit(X, np.array(labels), sample_weight=np.array(weights))
    meta = {
        "trained_on": {"texts": len(texts), "offensive": int(sum(labels))},
        "library": f"scikit-learn {sklearn.__version__} LogisticRegression(C={C}, liblinear)",
        "seed": SEED,
        "rebuild": "python tools/train_offensive.py (see the README)",
    }
    return clf.coef_[0].astype(np.float32), float(np.float32(clf.intercept_[0])), meta


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    # For experiments only: the committed model is built with the defaults above.
    parser.add_argument("--c", type=float, default=None)
    parser.add_argument("--ham-weight", type=float, default=None)
    parser.add_argument("--student-weight", type=float, default=None)
    parser.add_argument("--ham-per-message", type=int, default=None)
    parser.add_argument("--written", action="append", default=[], help="another tools/data file of written sentences")
    args = parser.parse_args(argv)
    global C, HAM_WEIGHT, STUDENT_WEIGHT, HAM_PER_MESSAGE
    C = C if args.c is None else args.c
    HAM_WEIGHT = HAM_WEIGHT if args.ham_weight is None else args.ham_weight
    STUDENT_WEIGHT = STUDENT_WEIGHT if args.student_weight is None else args.student_weight
    HAM_PER_MESSAGE = HAM_PER_MESSAGE if args.ham_per_message is None else args.ham_per_message
    WRITTEN.extend(args.written)
    from bedside.checks.offensive.classifier import write

    weights, bias, meta = train(args.corpus)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(write(weights, bias, meta))
    print(f"{args.out}: {args.out.stat().st_size:,} bytes, {meta['trained_on']}")


if __name__ == "__main__":
    main()
