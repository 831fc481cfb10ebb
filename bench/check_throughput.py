"""Throughput of `bedside check` against bare mail-parser parsing of the same messages.

Issues 19 and 20: `bedside check` over ../shared/corpus/real/ham stays within 4x bare
mail-parser parsing of the same files, model included. Both sides run as fresh processes over
the same folder, so interpreter start, imports and file reading are paid on both; the ratio
check/parse is the figure, printed side by side for `--jobs 1` (and `--jobs 2` with --jobs2).

Then, in this process, where the check's time goes: the start-up a `bedside check` pays once
(imports, building the Engine, what the first message loads), and per message the parse and
each rule (CPU seconds over the whole folder, best of --rounds passes after a warm-up pass; the
first rule to ask for a shared index, such as the folded text or the letter's reading, is
charged for building it). Rules owned elsewhere show up here as well: the table says where
the remaining time is, whoever's it is.

    python bench/check_throughput.py [--folder ../shared/corpus/real/ham] [--repeat 3]
    python bench/check_throughput.py --generated 2000   # the synthetic corpus of bench/corpus.py
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent
HAM = ROOT.parent.parent / "shared" / "corpus" / "real" / "ham"
sys.path.insert(0, str(ROOT))

BARE_PARSE = """
import logging, sys, pathlib, mailparser
logging.disable(logging.CRITICAL)  # its 'content not handled' warnings would be the parse's cost
for p in sorted(pathlib.Path(sys.argv[1]).glob('*.eml')):
    m = mailparser.MailParser.from_bytes(p.read_bytes())
    m.text_plain, m.attachments
"""


def timed(cmds: list[list[str]], repeat: int = 3) -> tuple[list[tuple[float, float, float]], list[float]]:
    """For each command: best wall seconds and best CPU seconds (user + system) of `repeat` runs, and
    peak RSS (MB), of one child process; and the CPU ratio of the others to the first in each round.
    The commands take turns, round after round: this machine's speed drifts (a virtual machine on a
    shared host) by half within minutes, and all of one command's runs before all of the other's
    measured the drift as much as the code."""
    rounds = [[_timed_once(cmd) for cmd in cmds] for _ in range(repeat)]
    best = [(min(r[i][0] for r in rounds), min(r[i][1] for r in rounds), max(r[i][2] for r in rounds))
            for i in range(len(cmds))]
    ratios = [sorted(r[i][1] / r[0][1] for r in rounds)[len(rounds) // 2] for i in range(1, len(cmds))]
    return best, ratios


def _timed_once(cmd: list[str]) -> tuple[float, float, float]:
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far, so run each measurement
    # in its own wrapper process to read its own peak.
    wrapper = ("import resource, subprocess, sys, time; t=time.perf_counter(); "
               "r=subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
               "u=resource.getrusage(resource.RUSAGE_CHILDREN); "
               "print(time.perf_counter()-t, u.ru_utime+u.ru_stime, u.ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=True)
    seconds, cpu, rss_kb = out.stdout.split()
    return float(seconds), float(cpu), int(rss_kb) / 1024


def startup() -> dict[str, float]:
    """What one `bedside check` pays before its first message is done, measured in a fresh process."""
    code = """
import json, time
t0 = time.perf_counter()
from bedside.checks import Engine
t1 = time.perf_counter()
engine = Engine()
t2 = time.perf_counter()
engine.check(b"From: a@exmail.nottingham.ac.uk\\r\\nTo: b@gmail.com\\r\\nSubject: hi\\r\\n\\r\\nSee you Thursday.\\r\\n")
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "engine": t2 - t1, "first message": t3 - t2}))
"""
    import json

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def rule_costs(paths: list[Path], rounds: int) -> tuple[dict[str, float], int]:
    """CPU seconds over all `paths` for the parse and for each rule, the best of `rounds` passes."""
    import logging

    from bedside.checks import Engine
    from bedside.checks.message import parse_message
    from bedside.checks.scan import Scan

    logging.disable(logging.CRITICAL)
    engine = Engine()
    raws = [p.read_bytes() for p in paths]
    for raw in raws:
        engine.check(raw)  # warm: word lists compiled, models and name data loaded
    best: dict[str, float] = {}
    clock = time.process_time
    for _ in range(rounds):
        costs: dict[str, float] = {}
        started = clock()
        messages = [parse_message(raw) for raw in raws]
        costs["parse"] = clock() - started
        for message in messages:
            scan = Scan(message, engine.config)
            for rule in engine.rules:
                started = clock()
                list(islice(rule.check(scan), engine._most + 1))
                costs[rule.code] = costs.get(rule.code, 0.0) + clock() - started
        for key, spent in costs.items():
            best[key] = min(best.get(key, spent), spent)
    return best, len(raws)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", type=Path, default=HAM, help="folder of .eml files (default: real ham)")
    parser.add_argument("--generated", type=int, default=0, metavar="N",
                        help="check N synthetic messages from bench/corpus.py instead of a folder")
    parser.add_argument("--select", default="", help="only these rule prefixes (e.g. PAT) for a family's figure")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each process measurement; the best is reported")
    parser.add_argument("--rounds", type=int, default=2, help="passes of the in-process per-rule timing")
    parser.add_argument("--jobs2", action="store_true", help="also time --jobs 2")
    parser.add_argument("--top", type=int, default=12, help="rules listed in the breakdown")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.generated:
            from corpus import generate

            folder = Path(tmp) / "mail"
            generate(folder, args.generated)
        else:
            folder = args.folder
            if not folder.is_dir():
                parser.error(f"{folder}: no such folder (the development corpus is read from ../shared/corpus)")
        paths = sorted(folder.glob("*.eml"))
        if not paths:
            parser.error(f"{folder}: no .eml files")
        size = sum(p.stat().st_size for p in paths)
        bedside = [sys.executable, "-m", "bedside.proxy.cli", "check", "--format", "json", str(folder)]
        if args.select:
            bedside += ["--select", args.select]
        cmds = [[sys.executable, "-c", BARE_PARSE, str(folder)], [*bedside, "--jobs", "1"]]
        if args.jobs2:
            cmds.append([*bedside, "--jobs", "2"])
        best, ratios = timed(cmds, args.repeat)
        (parse_s, parse_cpu, parse_rss), (one_s, one_cpu, one_rss) = best[:2]
        two_s, two_cpu, two_rss = best[2] if args.jobs2 else (0, 0, 0)
        start = startup()
        costs, n = rule_costs(paths, args.rounds)
    if args.select:
        costs = {k: v for k, v in costs.items() if k == "parse" or k.startswith(tuple(args.select.split(",")))}

    print(f"messages: {n} from {'bench/corpus.py' if args.generated else folder} "
          f"({size / n / 1024:.1f} KB average); cores: {os.cpu_count()}; load average {os.getloadavg()[0]:.1f}")
    print(f"rules: {args.select or 'all'}; best of {args.repeat} runs each, each a fresh process, "
          "the commands taking turns")
    print(f"{'run':<26}{'msg/s':>7}{'wall s':>8}{'vs parse':>10}{'CPU s':>8}{'vs parse':>10}{'peak RSS MB':>13}")
    rows = [("mail-parser alone", parse_s, parse_cpu, parse_rss), ("bedside check --jobs 1", one_s, one_cpu, one_rss)]
    if args.jobs2:
        rows.append(("bedside check --jobs 2", two_s, two_cpu, two_rss))
    for name, wall, cpu, rss in rows:
        print(f"{name:<26}{n / wall:>7.0f}{wall:>8.2f}{wall / parse_s:>9.2f}x{cpu:>8.2f}{cpu / parse_cpu:>9.2f}x{rss:>13.0f}")
    if args.jobs2:
        print(f"jobs 2 speed-up over jobs 1: {one_s / two_s:.2f}x")
    print(f"check/parse ratio (jobs 1): {one_s / parse_s:.2f}x wall, {one_cpu / parse_cpu:.2f}x CPU; "
          f"median of the rounds' CPU ratios {ratios[0]:.2f}x   (target: 4x, issues 19 and 20)")

    total = sum(start.values())
    print(f"\nstart-up of one `bedside check` (fresh process): {total:.2f} s = "
          + ", ".join(f"{k} {v:.2f} s" for k, v in start.items()))
    checked = sum(costs.values())
    print(f"\nin-process CPU over the {n} messages, best of {args.rounds} passes: {checked:.2f} s "
          f"({checked / n * 1e3:.2f} ms a message); parse + each rule:")
    print(f"  {'':<8}{'seconds':>9}{'ms/msg':>9}{'share':>8}")
    for code, spent in sorted(costs.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {code:<8}{spent:>9.3f}{spent / n * 1e3:>9.3f}{spent / checked:>8.0%}")
    rest = sorted(costs.items(), key=lambda kv: -kv[1])[args.top:]
    if rest:
        print(f"  {'others':<8}{sum(v for _, v in rest):>9.3f}  ({len(rest)} rules)")


if __name__ == "__main__":
    main()
