"""The hostile-language model alone, on the splits it was not trained on (see tools/train_offensive.py):

    .venv/bin/python bench/offensive_model.py [--model config/models/offensive.bin]

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
    args = parser.parse_args(argv)
    if args.engine:
        return engine_figures(args)
    model = classifier.read(args.model.read_bytes()) if args.model else classifier.read(
        (ROOT / "config" / "models" / classifier.MODEL_FILE).read_bytes())
    hold, aimed, warn = classifier.thresholds(load_config())
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
    engine = Engine() if args.all_rules else Engine(load_config(overrides={"rules": {"select": ["OFF"]}}))
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
