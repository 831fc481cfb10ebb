"""Precision and recall of the language rules per category over the labelled corpus in
tests/corpus/language_cases.py plus the per-rule fixtures (tests/fixtures/OFF*, DEF*, DOC*, ETQ*).

    python bench/language_quality.py

Targets (issue 4): hold recall >= 0.95 for offensive, defamatory and documents; no false hold on
clinical vocabulary; etiquette warnings on >= 0.9 of etiquette cases and <= 0.1 of clean ones.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bedside.checks import Action, Engine  # noqa: E402
from corpus.language_cases import CASES  # noqa: E402
from test_language_corpus import build  # noqa: E402

CATEGORIES = ("offensive", "defamatory", "documents", "etiquette")
FAMILY = {"OFF": "offensive", "DEF": "defamatory", "DOC": "documents", "ETQ": "etiquette"}


def samples(rules):
    """(name, raw, expected categories, expected hold, judged rule code or None for every rule)."""
    for c in CASES:
        yield c["id"], build(c), set(c["cats"]), c["verdict"] == "hold", None
    for path in sorted((ROOT / "tests" / "fixtures").glob("*/*.eml")):
        code = path.parent.name
        category = FAMILY.get(code[:3])
        if category:
            bad = path.stem.startswith("bad")
            # A fixture is labelled for its own rule only.
            yield (f"fixture {code}/{path.stem}", path.read_bytes(), {category} if bad else set(),
                   bad and rules[code].action is Action.HOLD, code)


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def main() -> None:
    engine = Engine()
    rules = {r.code: r for r in engine.rules}
    tp, fp, fn = Counter(), Counter(), Counter()
    hold_tp, hold_fn = Counter(), Counter()
    clinical_false_holds, misses = [], []
    etq_cases = etq_warned = clean_cases = clean_warned = 0
    n = 0
    for name, raw, expect, want_hold, judged in samples(rules):
        n += 1
        report = engine.check(raw)
        findings = [f for f in report.findings if judged is None or f.rule == judged]
        got = {str(f.category) for f in findings if str(f.category) in CATEGORIES}
        held = {str(f.category) for f in findings if f.action is Action.HOLD}
        for cat in CATEGORIES:
            if cat in got and cat in expect:
                tp[cat] += 1
            elif cat in got:
                fp[cat] += 1
                misses.append(f"  false {cat}: {name}")
            elif cat in expect:
                fn[cat] += 1
                misses.append(f"  missed {cat}: {name}")
            if cat in expect and want_hold and cat != "etiquette":
                (hold_tp if cat in held else hold_fn)[cat] += 1
        if judged is None:
            if "etiquette" in expect:
                etq_cases += 1
                etq_warned += "etiquette" in got
            elif not expect:
                clean_cases += 1
                clean_warned += "etiquette" in got
            if name.startswith(("clin-", "gen-clinical")) and held:
                clinical_false_holds.append(name)
    print(f"{n} labelled messages\n")
    print(f"{'category':<12}{'tp':>5}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>9}{'hold recall':>13}")
    for cat in CATEGORIES:
        hold_recall = ratio(hold_tp[cat], hold_tp[cat] + hold_fn[cat]) if cat != "etiquette" else "  (warn)"
        print(f"{cat:<12}{tp[cat]:>5}{fp[cat]:>5}{fn[cat]:>5}{ratio(tp[cat], tp[cat] + fp[cat]):>11}"
              f"{ratio(tp[cat], tp[cat] + fn[cat]):>9}{hold_recall:>13}")
    print(f"\nclinical-vocabulary cases held: {len(clinical_false_holds)} {clinical_false_holds or ''}")
    print(f"etiquette warnings: {etq_warned}/{etq_cases} etiquette cases ({ratio(etq_warned, etq_cases)}), "
          f"{clean_warned}/{clean_cases} clean cases ({ratio(clean_warned, clean_cases)})")
    if misses:
        print("\n" + "\n".join(misses))


if __name__ == "__main__":
    main()
