"""Where the check's time goes: microseconds per message for each rule, and for each
quasi-identifier pattern of PAT010, over the generated corpus that check_throughput.py uses.

For a word-list change: run it before and after. A new pattern whose anchors are words most
letters hold (staff titles, 'year', 'our') shows up here long before it moves the throughput ratio.
The first rule to ask for a shared index (folded text, word set) is charged for building it.

    python bench/rule_costs.py [--count 800] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402

from bedside.checks import Engine  # noqa: E402
from bedside.checks.message import parse_message  # noqa: E402
from bedside.checks.patient.indirect import _patterns  # noqa: E402
from bedside.checks.scan import Scan  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=800, help="messages to generate")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the messages (costs are averaged)")
    args = parser.parse_args()
    engine = Engine()
    with tempfile.TemporaryDirectory() as tmp:
        messages = [parse_message(p.read_bytes()) for p in generate(Path(tmp), args.count)]
    for message in messages[:100]:
        engine.check_message(message)  # warm: word lists compiled, lexicon loaded

    totals: dict[str, float] = {}
    for _ in range(args.rounds):
        for message in messages:
            scan = Scan(message, engine.config)
            for rule in engine.rules:
                started = time.perf_counter()
                list(islice(rule.check(scan), 26))
                totals[rule.code] = totals.get(rule.code, 0.0) + time.perf_counter() - started
    runs = args.rounds * len(messages)
    print(f"{len(messages)} messages, {args.rounds} rounds; us per message")
    print(f"all rules: {sum(totals.values()) / runs * 1e6:.0f}")
    for code, spent in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {code}  {spent / runs * 1e6:7.1f}")

    kinds, _, _ = engine.config.derive(_patterns)
    entries = engine.config.words("quasi_identifiers")
    scans = [Scan(m, engine.config) for m in messages]
    parts = [(s.folded(p), s.words(p), s.digit_runs(p)) for s in scans for p in s.texts]
    print("PAT010 quasi-identifier patterns (indexes already built):")
    costs = []
    for (_, _, pattern), entry in zip(kinds.entries, entries):
        started = time.perf_counter()
        for folded, words, runs in parts:
            pattern.finditer(folded, words, runs)
        costs.append(((time.perf_counter() - started) / len(messages) * 1e6, entry.term))
    for cost, term in sorted(costs, reverse=True):
        print(f"  {cost:7.1f}  {term}")


if __name__ == "__main__":
    main()
