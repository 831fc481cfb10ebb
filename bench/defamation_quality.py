"""DEF001 over labelled single sentences: a confusion table per label, on a fixed split.

    python bench/defamation_quality.py            # both halves, both sources
    python bench/defamation_quality.py --show tune  # also list every wrong call in the tuning half
    python bench/defamation_quality.py --emails     # also the labelled student emails (both sets)

Sentences: ../shared/corpus/students/defamation_sentences.csv (read in place, never copied) and the
project's own tests/corpus/defamation_sentences_own.tsv (and defamation_sentences_tuning.tsv, written
later and used to broaden the classes, so always counted as tuning). Each is wrapped into an email from a
student to a friend outside the university, as ../shared/corpus/score.py wraps texts, and checked
by the engine in-process; a sentence counts as flagged when DEF001 fires. The split is by a CRC of
the text: 'tune' (even) is the half the rules were developed against, 'measure' (odd) was only
measured. Label 'allegation' should be flagged; opinion, criticism, proper_channel,
hedged_or_sourced and no_target should not.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import zlib
from collections import Counter, defaultdict
from email.utils import formatdate
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus" / "students" / "defamation_sentences.csv"
OWN = ROOT / "tests" / "corpus" / "defamation_sentences_own.tsv"
TUNING = ROOT / "tests" / "corpus" / "defamation_sentences_tuning.tsv"  # always in the tune half
LABELS = ("allegation", "opinion", "criticism", "proper_channel", "hedged_or_sourced", "no_target")

from bedside.checks import Engine  # noqa: E402


def wrap(body: str, idx: int) -> bytes:
    """The same letter score.py writes for a text from its corpus."""
    return ("From: Alex Student <a.student@nottingham.ac.uk>\nTo: Sam Friend <sam.friend@gmail.com>\n"
            f"Subject: message\nDate: {formatdate(1741600000 + idx * 60)}\n"
            f"Message-ID: <eval-{idx}@nottingham.ac.uk>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"Hi,\n\n{body}\n\nCheers,\nAlex\n").encode()


def load() -> list[tuple[str, str, str]]:
    """(source, label, text)."""
    rows = []
    if SHARED.is_file():
        with SHARED.open(encoding="utf-8", newline="") as f:
            rows += [("shared", r["label"], r["text"]) for r in csv.DictReader(f)]
    else:
        print(f"(no {SHARED}: shared sentences skipped)")
    for source, path in (("own", OWN), ("own-tuning", TUNING)):
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                label, text = line.split("\t", 1)
                rows.append((source, label, text))
    return rows


EMAIL_SETS = (("tests/students", ROOT / "tests" / "students"), ("dev students", SHARED.parent))


def emails(engine, show: bool) -> None:
    """Hold recall on the defamatory emails and holds among the near-miss negatives of that group,
    counting every rule (as ../shared/corpus/score.py does), and how many of each DEF001 found."""
    for name, folder in EMAIL_SETS:
        labels = folder / "labels.json"
        if not labels.is_file():
            print(f"(no {labels}: {name} skipped)")
            continue
        pos, neg, missed = Counter(), Counter(), []
        for label in json.loads(labels.read_text("utf-8")):
            if label["group"] != "defamatory" and "defamatory" not in label["categories"]:
                continue
            report = engine.check((folder / label["file"]).read_bytes())
            held, found = report.verdict.value == "hold", any(f.rule == "DEF001" for f in report.findings)
            if label["hold"] and "defamatory" in label["categories"]:
                pos.update(n=1, held=held, def001=found)
                if not held:
                    missed.append(f"  missed: {label['file']}")
            elif not label["hold"]:
                neg.update(n=1, held=held, def001=found)
                if held:
                    missed.append(f"  held negative: {label['file']}")
        print(f"\n== {name}: defamatory emails ==")
        print(f"hold recall {pos['held']}/{pos['n']} (DEF001 on {pos['def001']}); near-miss negatives held "
              f"{neg['held']}/{neg['n']} (DEF001 on {neg['def001']})")
        if show:
            print("\n".join(missed))


def half(text: str) -> str:
    return "tune" if zlib.crc32(text.encode()) % 2 == 0 else "measure"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=("tune", "measure", "all"), help="list the wrong calls in this half")
    ap.add_argument("--emails", action="store_true",
                    help="also the defamatory group of the labelled student emails: tests/students (written "
                         "fresh, kept apart) and ../shared/corpus/students (development)")
    args = ap.parse_args()
    engine = Engine()
    if args.emails:
        emails(engine, args.show is not None)
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    wrong = []
    for idx, (source, label, text) in enumerate(load()):
        report = engine.check(wrap(text, idx))
        found = [f for f in report.findings if f.rule == "DEF001"]
        split = "tune" if source == "own-tuning" else half(text)
        for key in ((source, split), ("all", split), ("all", "all")):
            table[key][(label, bool(found))] += 1
        if bool(found) != (label == "allegation") and args.show in (split, "all"):
            wrong.append((split, source, label, text, found[0].message if found else ""))
    for (source, split), counts in sorted(table.items()):
        print(f"\n== {source} sentences, {split} half ==")
        print(f"{'label':20} {'n':>4} {'flagged':>8} {'rate':>7}")
        for label in LABELS:
            n = counts[(label, True)] + counts[(label, False)]
            if n:
                print(f"{label:20} {n:4d} {counts[(label, True)]:8d} {counts[(label, True)] / n:7.1%}")
        neg = sum(counts[(lab, v)] for lab in LABELS[1:] for v in (True, False))
        fp = sum(counts[(lab, True)] for lab in LABELS[1:])
        pos = counts[("allegation", True)] + counts[("allegation", False)]
        if pos and neg:
            print(f"allegation recall {counts[('allegation', True)] / pos:.1%}; negatives flagged {fp}/{neg} "
                  f"({fp / neg:.1%})")
    for split, source, label, text, message in wrong:
        print(f"[{split} {source} {label}] {text}\n    {message}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
