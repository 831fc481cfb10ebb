"""The hostile-language model alone, on the splits it was not trained on (see tools/train_offensive.py):

    .venv/bin/python bench/offensive_model.py [--model config/models/offensive.bin]
    .venv/bin/python bench/offensive_model.py --compare    # bedside beside alt-profanity-check, one run
    .venv/bin/python bench/offensive_model.py --engine --model /tmp/candidate.bin --set offensive_model_short=0.5

--model and --set measure a candidate model file and thresholds in every mode without touching the
shipped config/models/offensive.bin (which other work in the same checkout reads and pins).

--compare scores alt-profanity-check in its own virtual environment (default /work/bench-venv,
--bench-venv to change it), made on first use with `python3 -m venv` and `pip install
alt-profanity-check==1.9.1`: it is a benchmark anchor, never one of bedside's dependencies.

Each text or email is scored as the rule scores it: the highest score of its sentences (the
writer's own text only, subject included). Prints offensive-class precision, recall and F1 at the
model's warn and hold thresholds on OLID 2019 val and the held-out Stormfront half, the share of
held-out ordinary emails (the ham half not trained on) with a sentence over each threshold, the
labelled student emails by group, and the scoring time per email.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from bedside.checks import load_config  # noqa: E402
from bedside.checks.letter import reader_for  # noqa: E402
from bedside.checks.message import parse_message  # noqa: E402
from bedside.checks.offensive import classifier, features, lexicon  # noqa: E402
from train_offensive import CORPUS, ham_files, labelled_split  # noqa: E402


def text_score(model, text: str) -> float:
    """As the rule scores: each sentence without the words the word lists judge, the highest."""
    listed = LISTED
    return max((model.score_words([w for w in features.words(text[s:e]) if w not in listed])
                for s, e in classifier.sentences(text)), default=0.0)


def email_score(model, raw: bytes, reader) -> float:
    msg = parse_message(raw)
    own = classifier.writers_text(reader.read(msg.body))
    return max(text_score(model, msg.subject), text_score(model, own))


LISTED = lexicon.build(load_config()).plain


def prf(scores, labels, t):
    tp = sum(1 for s, y in zip(scores, labels) if s >= t and y)
    fp = sum(1 for s, y in zip(scores, labels) if s >= t and not y)
    fn = sum(1 for s, y in zip(scores, labels) if s < t and y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sweep", action="store_true", help="also print every figure at thresholds 0.1 to 0.95")
    parser.add_argument("--engine", action="store_true",
                        help="instead, run every rule (bedside check in-process) on the held-out splits wrapped "
                             "as score.py wraps them: held / flagged F1, held-out ham holds by rule, students")
    parser.add_argument("--limit", type=int, default=0, help="with --engine: at most this many texts a dataset")
    parser.add_argument("--all-rules", action="store_true",
                        help="with --engine: run every rule, not only the offensive ones (OFF*)")
    parser.add_argument("--compare", action="store_true",
                        help="bedside (every offensive rule, held) beside alt-profanity-check on the same texts")
    parser.add_argument("--bench-venv", type=Path, default=BENCH_VENV,
                        help="with --compare: the virtual environment alt-profanity-check is installed in")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="a [thresholds] value for this run (offensive_model_short=0.5); repeatable")
    args = parser.parse_args(argv)
    args.thresholds = {}
    for item in args.set:
        key, _, value = item.partition("=")
        try:
            args.thresholds[key.strip()] = float(value)
        except ValueError:
            parser.error(f"--set {item!r}: expected KEY=NUMBER")
    if args.model:
        use_model(args.model)
    if args.compare:
        return compare(args)
    if args.engine:
        return engine_figures(args)
    model = classifier.load(load_config())  # the shipped model, or --model's
    hold, aimed, warn = classifier.thresholds(load_config(overrides={"thresholds": args.thresholds}))
    reader = reader_for(load_config())
    print(f"model: {model.meta.get('library')}, trained on {model.meta.get('trained_on')}; "
          f"warn >= {warn}, hold >= {hold} (aimed at someone: {aimed})")
    by = {}
    for dataset, text, label in labelled_split(args.corpus, "test"):
        by.setdefault(dataset, ([], []))
        by[dataset][0].append(text_score(model, text))
        by[dataset][1].append(label)
    for dataset, (scores, labels) in sorted(by.items()):
        name = dataset if dataset != "stormfront2018_train" else "stormfront held-out half"
        line = [f"{name:<26} n={len(labels):>5}"]
        for label, t in (("warn", warn), ("hold", hold)):
            p, r, f = prf(scores, labels, t)
            line.append(f"{label}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
        best = max((prf(scores, labels, t / 100)[2], t / 100) for t in range(5, 100, 5))
        line.append(f"(best F1 {best[0]:.3f} at {best[1]:.2f})")
        print("  ".join(line))
    ham = ham_files(args.corpus, "test")
    start = time.perf_counter()
    ham_scores = [email_score(model, p.read_bytes(), reader) for p in ham]
    per = (time.perf_counter() - start) / len(ham) * 1000
    for label, t in (("warn", warn), ("hold", hold)):
        n = sum(s >= t for s in ham_scores)
        print(f"held-out ham ({len(ham)} emails) with a sentence >= {label}: {n} ({n / len(ham):.1%})")
    print(f"parse + score: {per:.2f} ms per ham email")
    students = args.corpus / "students"
    labels = json.loads((students / "labels.json").read_text())
    groups = {}
    student_scores = []
    for item in labels:
        s = email_score(model, (students / item["file"]).read_bytes(), reader)
        pos = "offensive" in item["categories"]
        student_scores.append((s, pos, item["group"]))
        g = groups.setdefault((item["group"], pos), [0, 0, 0])
        g[0] += 1
        g[1] += s >= warn
        g[2] += s >= hold
    if args.sweep:
        sweep(by, ham_scores, student_scores)
    print("students (group, offensive?): n, >= warn, >= hold")
    for (group, pos), (n, w, h) in sorted(groups.items()):
        print(f"  {group:<11} {'offensive' if pos else 'not':<9} {n:>4} {w:>4} {h:>4}")


def use_model(path: Path):
    """Every rule scores with the model in `path` (this process only). A candidate built with another
    number of feature buckets (bench/offensive_cv.py's "bits") gets the features it was made for."""
    data = path.read_bytes()
    head = data[len(classifier.MAGIC):data.find(b"\n", len(classifier.MAGIC))]
    bits = json.loads(head).get("bits", features.BITS) if data.startswith(classifier.MAGIC) else features.BITS
    if bits != features.BITS:
        features.BITS, features.MASK = bits, (1 << bits) - 1
        features.word_buckets.cache_clear()
    model = classifier.read(data, str(path))
    classifier.load = lambda config: model  # rules look it up at call time: config.derive(classifier.load)


def wrapped(text: str, idx: int) -> bytes:
    """The email score.py makes of a labelled text: from a student to an outside friend."""
    from email.utils import formatdate
    return ("From: Alex Student <a.student@nottingham.ac.uk>\nTo: Sam Friend <sam.friend@gmail.com>\n"
            f"Subject: message\nDate: {formatdate(1741600000 + idx * 60)}\nMessage-ID: <eval-{idx}@nottingham.ac.uk>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"Hi,\n\n{text}\n\nCheers,\nAlex\n").encode()


def engine_figures(args):
    from collections import Counter

    from bedside.checks import Engine

    # The offensive rules only, by default: 'held' then means held by an offensive rule, which is
    # what these labels are about (and the other families' cost is not this benchmark's).
    overrides = {"thresholds": args.thresholds} if args.all_rules else {"rules": {"select": ["OFF"]},
                                                                       "thresholds": args.thresholds}
    engine = Engine(load_config(overrides=overrides))
    by = {}
    for dataset, text, label in labelled_split(args.corpus, "test"):
        rows = by.setdefault(dataset, [])
        if not args.limit or len(rows) < args.limit:
            rows.append((text, label))
    start = time.perf_counter()
    n = 0
    for dataset, rows in sorted(by.items()):
        held, flagged, labels = [], [], []
        for i, (text, label) in enumerate(rows):
            report = engine.check(wrapped(text, i))
            n += 1
            held.append(float(str(report.verdict) == "hold"))
            flagged.append(float(any(str(f.category) == "offensive" for f in report.findings)))
            labels.append(label)
        name = dataset if dataset != "stormfront2018_train" else "stormfront held-out half"
        ph, rh, fh = prf(held, labels, 0.5)
        pf, rf, ff = prf(flagged, labels, 0.5)
        print(f"{name:<26} n={len(rows):>5}  held: P {ph:.3f} R {rh:.3f} F1 {fh:.3f}   "
              f"flagged: P {pf:.3f} R {rf:.3f} F1 {ff:.3f}")
    print(f"  ({(time.perf_counter() - start) / n * 1000:.2f} ms a message, "
          f"{'every rule' if args.all_rules else 'offensive rules only'})")
    ham = ham_files(args.corpus, "test")
    holds, off_holds, rules = 0, 0, Counter()
    for p in ham:
        report = engine.check(p.read_bytes())
        if str(report.verdict) == "hold":
            holds += 1
            codes = {f.rule for f in report.findings if str(f.action) == "hold"}
            rules.update(codes)
            if any(c.startswith("OFF") for c in codes):
                off_holds += 1
    print(f"held-out ham ({len(ham)}): held {holds} ({holds / len(ham):.1%}), by an offensive rule {off_holds}; "
          f"holding rules {dict(rules.most_common())}")
    students = args.corpus / "students"
    groups = Counter()
    for item in json.loads((students / "labels.json").read_text()):
        report = engine.check((students / item["file"]).read_bytes())
        off_hold = any(str(f.category) == "offensive" and str(f.action) == "hold" for f in report.findings)
        key = (item["group"], "offensive" if "offensive" in item["categories"] else "not")
        groups[key + ("n",)] += 1
        groups[key + ("off-held",)] += off_hold
        groups[key + ("held",)] += str(report.verdict) == "hold"
        if off_hold != ("offensive" in item["categories"] and item["hold"]):
            print(f"  students {item['file']} {key}: offensive hold {off_hold} ({item['note'][:60]})")
    print("students: group, n, held by an offensive rule, held at all")
    for key in sorted({k[:2] for k in groups}):
        print(f"  {key[0]:<11} {key[1]:<9} {groups[key + ('n',)]:>4} {groups[key + ('off-held',)]:>4} "
              f"{groups[key + ('held',)]:>4}")
    # tests/students (never tuned on) and the clinical write-ups (issue 20: no offensive finding), every rule
    # on: the write-ups' target counts warnings too.
    everything = Engine(load_config(overrides={"thresholds": args.thresholds}))
    labelled = json.loads((ROOT / "tests" / "students" / "labels.json").read_text())
    pos = [i for i in labelled if i["hold"] and "offensive" in i["categories"]]
    neg = [i for i in labelled if not i["hold"]]
    held = {i["file"]: any(str(f.category) == "offensive" and str(f.action) == "hold" for f in
                           everything.check((ROOT / "tests" / "students" / i["file"]).read_bytes()).findings)
            for i in pos + neg}
    print(f"tests/students: offensive held {sum(held[i['file']] for i in pos)}/{len(pos)}, "
          f"negatives held by an offensive rule {sum(held[i['file']] for i in neg)}/{len(neg)}")
    writeups = sorted((ROOT / "tests" / "fixtures" / "writeups").glob("*.eml"))
    flagged = [p.name for p in writeups
               if any(str(f.category) == "offensive" for f in everything.check(p.read_bytes()).findings)]
    print(f"clinical write-ups with an offensive finding: {len(flagged)}/{len(writeups)} {' '.join(flagged)}")


# --- bedside beside alt-profanity-check -----------------------------------------------------------
BENCH_VENV = Path("/work/bench-venv")
APC = "alt-profanity-check==1.9.1"
# Runs inside the benchmark's own environment: JSON list of texts on stdin, probabilities out.
_APC_SCORER = ("import json, sys; from profanity_check import predict_prob; "
               "texts = json.load(sys.stdin); "
               "json.dump([float(p) for p in predict_prob(texts)] if texts else [], sys.stdout)")


def apc_scores(venv: Path, texts: list[str]) -> list[float]:
    import subprocess

    python = venv / "bin" / "python"
    if not python.exists():
        print(f"(making {venv} for alt-profanity-check: it is never installed in bedside's own environment)")
        subprocess.run(["python3", "-m", "venv", str(venv)], check=True)
    if subprocess.run([str(python), "-c", "import profanity_check"], capture_output=True).returncode:
        subprocess.run([str(python), "-m", "pip", "install", "-q", APC], check=True)
    out = subprocess.run([str(python), "-c", _APC_SCORER], input=json.dumps(texts), capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def _own_sentences(raw: bytes, reader) -> list[str]:
    """The texts the model reads of one email: the subject and each sentence of the writer's own text."""
    msg = parse_message(raw)
    own = classifier.writers_text(reader.read(msg.body))
    return [t for t in [msg.subject] + [own[s:e] for s, e in classifier.sentences(own)] if t.strip()]


def compare(args):
    """One table: every offensive rule of bedside (held = held by one of them) and alt-profanity-check
    (flagged = its predict(), probability >= 0.5, on any sentence of the writer's own text) on the
    same held-out texts and emails."""
    from bedside.checks import Engine

    reader = reader_for(load_config())
    engine = Engine(load_config(overrides={"thresholds": args.thresholds}))  # every rule, as deployed
    rows = {}
    for dataset, text, label in labelled_split(args.corpus, "test"):
        rows.setdefault(dataset, []).append((text, label))
    email_sets = {"students/": args.corpus / "students", "tests/students": ROOT / "tests" / "students"}
    emails = {}   # set name -> [(raw bytes, offensive?, hold expected?)]
    for name, folder in email_sets.items():
        emails[name] = [((folder / i["file"]).read_bytes(), "offensive" in i["categories"], bool(i["hold"]))
                        for i in json.loads((folder / "labels.json").read_text())]
    ham = [p.read_bytes() for p in ham_files(args.corpus, "test")]

    def off_held(raw: bytes) -> bool:
        return any(str(f.category) == "offensive" and str(f.action) == "hold" for f in engine.check(raw).findings)

    start = time.perf_counter()
    ours = {d: [float(off_held(wrapped(t, i))) for i, (t, _) in enumerate(r)] for d, r in rows.items()}
    ours_mail = {n: [off_held(raw) for raw, _, _ in e] for n, e in emails.items()}
    ours_ham = [off_held(raw) for raw in ham]
    ours_time = time.perf_counter() - start
    # alt-profanity-check on the same texts: tweets whole, emails sentence by sentence.
    pieces, index = [], []
    for d, r in sorted(rows.items()):
        for i, (t, _) in enumerate(r):
            index.append(("text", d, i))
            pieces.append(t)
    for n, e in emails.items():
        for i, (raw, _, _) in enumerate(e):
            for sentence in _own_sentences(raw, reader):
                index.append(("mail", n, i))
                pieces.append(sentence)
    for i, raw in enumerate(ham):
        for sentence in _own_sentences(raw, reader):
            index.append(("ham", "", i))
            pieces.append(sentence)
    start = time.perf_counter()
    probs = apc_scores(args.bench_venv, pieces)
    apc_time = time.perf_counter() - start
    theirs = {d: [0.0] * len(r) for d, r in rows.items()}
    theirs_mail = {n: [False] * len(e) for n, e in emails.items()}
    theirs_ham = [False] * len(ham)
    for (kind, key, i), p in zip(index, probs):
        if kind == "text":
            theirs[key][i] = float(p >= 0.5)
        elif kind == "mail":
            theirs_mail[key][i] |= p >= 0.5
        else:
            theirs_ham[i] |= p >= 0.5

    def f1(flags, labels):
        p, r, f = prf(flags, labels, 0.5)
        return f"F1 {f:.2f} (P {p:.2f}, R {r:.2f})"

    def recall(flags, e):
        pos = [f for f, (_, off, hold) in zip(flags, e) if off and hold]
        neg = [f for f, (_, off, hold) in zip(flags, e) if not hold]
        return f"recall {sum(pos)}/{len(pos)} ({sum(pos) / len(pos):.2f}); negatives {sum(neg)}/{len(neg)}"

    width = 44
    print(f"{'held-out measure':<34} {'bedside (held by an OFF rule)':<{width}} alt-profanity-check (flagged)")
    for d in sorted(rows):
        name = {"olid2019_val": "OLID 2019 val", "stormfront2018_train": "Stormfront held-out half"}.get(d, d)
        labels = [l for _, l in rows[d]]
        print(f"{name + f' ({len(labels)})':<34} {f1(ours[d], labels):<{width}} {f1(theirs[d], labels)}")
    for n, e in emails.items():
        print(f"{n + ' offensive':<34} {recall(ours_mail[n], e):<{width}} {recall(theirs_mail[n], e)}")
    h = f"{sum(ours_ham)}/{len(ham)} ({sum(ours_ham) / len(ham):.1%})"
    t = f"{sum(theirs_ham)}/{len(ham)} ({sum(theirs_ham) / len(ham):.1%})"
    print(f"{'held-out ham held / flagged':<34} {h:<{width}} {t}")
    n = sum(map(len, rows.values())) + sum(map(len, emails.values())) + len(ham)
    print(f"{'time a text or email':<34} {ours_time / n * 1000:.2f} ms (every rule){'':<{width - 25}} "
          f"{apc_time / n * 1000:.2f} ms (sentences, one batch)")


def sweep(by, ham_scores, student_scores):
    print("threshold  OLID-val F1  Stormfront F1  ham >=  students offensive >=  student negatives >=")
    for t in (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        f = {d: prf(s, l, t)[2] for d, (s, l) in by.items()}
        pos = [s for s, p, _ in student_scores if p]
        neg = [s for s, p, _ in student_scores if not p]
        print(f"{t:>9.2f}  {f.get('olid2019_val', 0):>11.3f}  {f.get('stormfront2018_train', 0):>13.3f}  "
              f"{sum(s >= t for s in ham_scores) / len(ham_scores):>6.1%}  "
              f"{sum(s >= t for s in pos) / len(pos):>21.2f}  {sum(s >= t for s in neg) / len(neg):>20.1%}")


if __name__ == "__main__":
    main()
