"""Quality of the patient rules.

    python bench/patient_quality.py                 # both parts below
    python bench/patient_quality.py --corpus-only   # only the development corpus (issue 19 table)
    python bench/patient_quality.py --labelled-only # only the project's labelled cases

1. Precision and recall per rule and for the hold decision over the labelled corpus in
   tests/corpus/patient_cases.py plus the per-rule fixtures (tests/fixtures/PAT*/). Targets (issue 3):
   hold recall >= 0.98 and hold precision >= 0.95.
2. The development corpus (../shared/corpus, read in place, never copied): runs its score.py against
   `bedside check` and prints issue 19's table (PhysioNet notes held by most identifying PHI, PHI-free
   notes held, ham held, students' patient hold recall and precision) beside the targets.
"""
from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bedside.checks import Action, Engine  # noqa: E402
from bedside.checks.registry import all_rules  # noqa: E402
from conftest import make_message  # noqa: E402
from corpus.patient_cases import CASES  # noqa: E402


def samples():
    """(name, raw message, expected codes, codes judged: None for every code)."""
    for c in CASES:
        yield c["id"], make_message(c["text"], subject=c["subject"], to=c["to"]), set(c["expect"]), None
    for path in sorted((ROOT / "tests" / "fixtures").glob("PAT*/*.eml")):
        # A fixture is labelled for its own rule only: other rules' findings there are not judged.
        code = path.parent.name
        expect = {code} if path.stem.startswith("bad") else set()
        yield f"fixture {code}/{path.stem}", path.read_bytes(), expect, {code}


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def main() -> None:
    engine = Engine()
    hold_rules = {r.code for r in all_rules() if r.category == "patient" and r.action is Action.HOLD}
    tp, fp, fn = Counter(), Counter(), Counter()
    hold = Counter()
    misses = []
    n = 0
    for name, raw, expect, judged in samples():
        n += 1
        report = engine.check(raw)
        got = {f.rule for f in report.findings if f.category == "patient"}
        if judged is not None:
            got &= judged
        for code in got | expect:
            if code in got and code in expect:
                tp[code] += 1
            elif code in got:
                fp[code] += 1
                misses.append(f"  false {code}: {name}")
            else:
                fn[code] += 1
                misses.append(f"  missed {code}: {name}")
        if judged is not None:
            continue  # fixtures are judged for their own rule only, not for the whole verdict
        want_hold = bool(expect & hold_rules)
        got_hold = any(f.action is Action.HOLD for f in report.findings if f.category == "patient")
        hold[(want_hold, got_hold)] += 1
    print(f"{n} labelled messages ({sum(1 for _, _, e, _ in samples() if e)} with patient details)\n")
    print(f"{'rule':<8}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>9}")
    for code in sorted(set(tp) | set(fp) | set(fn)):
        print(f"{code:<8}{tp[code]:>5}{fp[code]:>5}{fn[code]:>5}{ratio(tp[code], tp[code] + fp[code]):>11}"
              f"{ratio(tp[code], tp[code] + fn[code]):>9}")
    htp, hfp, hfn = hold[(True, True)], hold[(False, True)], hold[(True, False)]
    print(f"\nhold decision: tp {htp}, fp {hfp}, fn {hfn}, tn {hold[(False, False)]}; "
          f"precision {ratio(htp, htp + hfp)}, recall {ratio(htp, htp + hfn)} (targets 0.95 / 0.98)")
    if misses:
        print("\n" + "\n".join(misses))


CORPUS = ROOT.parent / "shared" / "corpus"
NAMES_OR_PHONE = ("PTName", "PTNameInitial", "RelativeProxyName", "Phone")  # score.py ranks these first


def _share(a: int, b: int) -> str:
    return f"{a / b:.1%} ({a}/{b})" if b else "-"


def corpus(phi_limit: int = 0, ham_limit: int = 0) -> None:
    """Issue 19's table, from ../shared/corpus/score.py run against this checkout's bedside."""
    score = CORPUS / "score.py"
    if not score.exists():
        print(f"no development corpus at {CORPUS}: skipped")
        return
    bedside = Path(sys.executable).with_name("bedside")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        cmd = [sys.executable, str(score), "--cmd", f"{bedside} check --format json", "--parts", "phi,students,ham",
               "--json-out", str(out)]
        if phi_limit:
            cmd += ["--phi-limit", str(phi_limit)]
        if ham_limit:
            cmd += ["--ham-limit", str(ham_limit)]
        subprocess.run(cmd, cwd=CORPUS, check=True, stdout=subprocess.DEVNULL)
        figures = json.loads(out.read_text())
    phi, students, ham = figures["phi"], figures["students"], figures["ham"]
    strata = phi["strata"]  # type -> [flagged, held, notes]

    def held(types):
        return sum(strata.get(t, [0, 0, 0])[1] for t in types), sum(strata.get(t, [0, 0, 0])[2] for t in types)

    patient = students["categories"]["patient"]
    patient_rules = sum(n for rule, n in ham["top_rules"] if rule.startswith("patient"))
    rows = [
        ("PhysioNet notes with PHI, held", _share(phi["with_phi_held"], phi["with_phi"]), ">= 70%"),
        ("... where PHI includes a patient's or relative's name or a phone", _share(*held(NAMES_OR_PHONE)), ">= 90%"),
    ]
    rows += [(f"... most identifying PHI: {t}", _share(*held([t])), "") for t in
             ("PTName", "RelativeProxyName", "Phone", "Location", "HCPName", "Date")]
    rows += [
        ("PhysioNet notes without PHI, held", _share(phi["without_phi_held"], phi["without_phi"]), "<= 5%"),
        ("real ham held (all rules)", f"{ham['false_hold_rate']:.1%} of {ham['n']}", "<= 0.5%"),
        ("real ham: patient-rule findings (listed among the top rules)", str(patient_rules), "~0"),
        ("students: patient hold recall / precision",
         f"{_num(patient['hold_recall'])} / {_num(patient['hold_precision'])} ({patient['positives']} held)",
         ">= 0.92 / >= 0.92"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\n{'development corpus (issue 19)':<{width}}  {'bedside':<24}target")
    for what, value, target in rows:
        print(f"{what:<{width}}  {value:<24}{target}")


def _num(x) -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.2f}"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus-only", action="store_true")
    parser.add_argument("--labelled-only", action="store_true")
    parser.add_argument("--phi-limit", type=int, default=0, help="sample this many notes (0: all 1,450)")
    parser.add_argument("--ham-limit", type=int, default=0, help="only this many ham emails (0: all 800)")
    args = parser.parse_args()
    if not args.corpus_only:
        main()
    if not args.labelled_only:
        corpus(args.phi_limit, args.ham_limit)
