"""Detection quality on real and labelled text: the figures of issues 19 and 20 in one run.

Runs ../shared/corpus/score.py (the development corpus: real ham, PhysioNet notes, OLID/Stormfront/
Davidson texts, the labelled student emails) and scores tests/students/ (our own labelled emails,
written fresh) the same way, then prints one table per issue.

    .venv/bin/python bench/detection.py                 # everything (about 3 minutes)
    .venv/bin/python bench/detection.py --quick         # ham 200, offensive 3,000, notes 400
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def run_score(quick: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # score.py reads parts by folder name: 'synthetic' is ours, the rest the shared corpus's.
        for name in ("real", "students"):
            (tmp / name).symlink_to(CORPUS / name)
        (tmp / "synthetic").symlink_to(ROOT / "tests" / "students")
        bedside = Path(sys.executable).with_name("bedside")
        cmd = [sys.executable, str(CORPUS / "score.py"), "--eval-dir", str(tmp), "--cmd",
               f"{bedside} check --format json", "--parts", "students,synthetic,ham,offensive,phi",
               "--json-out", str(tmp / "out.json")]
        if quick:
            cmd += ["--ham-limit", "200", "--offensive-limit", "3000", "--phi-limit", "400"]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        return json.loads((tmp / "out.json").read_text())


def _pct(a, b) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "-"


def _cat(part: dict, name: str) -> str:
    c = part["categories"].get(name, {})
    r, p = c.get("hold_recall"), c.get("hold_precision")
    return f"recall {r:.2f} / precision {p:.2f}" if r is not None and p is not None else "-"


def _f1(offensive: dict, key: str) -> str:
    m = offensive.get(key)
    return f"F1 {m['f1']:.2f} (P {m['precision']:.2f}, R {m['recall']:.2f})" if m else "-"


def report(d: dict) -> None:
    ham, phi, students, ours = d["ham"], d["phi"], d["students"], d.get("synthetic", {})
    held = ham["false_hold_rate"]
    print(f"real ham held (all rules): {held * 100:.1f}% of {ham['n']}  (target <= 0.5%)")
    print()
    print("Issue 19, patient details")
    print(f"  notes with PHI held:        {_pct(phi['with_phi_held'], phi['with_phi'])}  (target >= 70%)")
    for kind in ("PTName", "RelativeProxyName", "Phone", "Location", "HCPName", "Date"):
        flagged, held_n, n = phi["strata"].get(kind, (0, 0, 0))
        print(f"    by most identifying PHI {kind:18s} held {_pct(held_n, n)}")
    print(f"  PHI-free notes held:        {_pct(phi['without_phi_held'], phi['without_phi'])}  (target <= 5%)")
    print(f"  students/ patient:          {_cat(students, 'patient')}  (target 0.92 / 0.92)")
    if ours:
        print(f"  tests/students patient:     {_cat(ours, 'patient')}")
    print()
    print("Issue 20, offensive and defamatory writing")
    off = d["offensive"]
    for key, target in (("olid2019_val/held", ">= 0.65"), ("stormfront2018_train/held", ">= 0.70 on the held-out fold"),
                        ("davidson2017_dev/held", ">= 0.90")):
        print(f"  {key:28s} {_f1(off, key)}  (target {target})")
    for name in ("offensive", "defamatory"):
        print(f"  students/ {name:12s}      {_cat(students, name)}  (target recall >= 0.90)")
        if ours:
            print(f"  tests/students {name:12s} {_cat(ours, name)}")
    print(f"  students/ negatives held:   {students['false_hold_rate'] * 100:.1f}%  (target <= 5%)")
    if ours:
        print(f"  tests/students negatives held: {ours['false_hold_rate'] * 100:.1f}%")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", help="also write every figure here")
    args = parser.parse_args()
    figures = run_score(args.quick)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))
    report(figures)
