"""Precision and recall of the patient rules, per rule and for the hold decision, over the labelled
corpus in tests/corpus/patient_cases.py plus the per-rule fixtures (tests/fixtures/PAT*/).

    python bench/patient_quality.py

Targets (issue 3): hold recall >= 0.98 and hold precision >= 0.95.
"""

from __future__ import annotations

import sys
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


if __name__ == "__main__":
    main()
