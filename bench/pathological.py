"""Pathological input: how long, and how much memory, one check of a hostile message takes.

Each family is a message whose body (or Subject, or To) is one shape repeated to the size asked:
one long token, a letter spelled out, long and many lines, deep quoting, many URLs, huge headers,
punctuation, emoji, look-alike letters, invisible characters, nested HTML, repeated words. Each
(family, size) is checked in a fresh process, so the peak resident memory is that check's own;
the time is one Engine.check() call on the message bytes (parse included), after a warm-up
check of a small letter has loaded the word lists. An ordinary letter of the same size is the
baseline, and the last column is each family's time against it. Each cell also shows the check's
CPU seconds: on a busy shared machine the wall time includes waiting for a core, the CPU time not.

Issue 14's target: every family at 1 MB checks in under 2 s and 300 MB. Nothing here asserts
it: the table is read by people (tests/test_pathological.py checks behaviour and how the work
grows, not time). Each family's row ends with the rule that dominates its largest size (each
rule's generator drained as the engine drains it, timed in CPU seconds, parse counted as one),
and the run ends with each family's worst case, worst first, and the families over the target.

    python bench/pathological.py [--sizes 10000,100000,1000000] [--family letter,wildcard]
                                 [--timeout 60] [--rules] [--without DEF001]

--rules shows the three costliest rules at every size, to find which rule is super-linear.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent

SENDER = "amy.student@exmail.nottingham.ac.uk"
TO = "sam.friend@gmail.com"


def _fill(unit: str, size: int) -> str:
    """`unit` repeated to `size` characters (cut mid-unit, as an attacker's input would be)."""
    return (unit * (size // len(unit) + 1))[:size]


def message(body: str = "Hello,\n\nSee you on Thursday.\n\nAmy\n", subject: str = "Thursday",
            to: str = TO, html: bool = False) -> bytes:
    """A one-part letter, built by hand: EmailMessage would fold or re-encode the very shapes tested."""
    head = (f"From: {SENDER}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: <pathological@example.org>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/{'html' if html else 'plain'}; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode("utf-8") + body.replace("\n", "\r\n").encode("utf-8")


def _ordinary(size: int) -> str:
    # bench/corpus.py by its path: the test suite has a package named `corpus` of its own.
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    EXTRAS, GREETINGS, SENTENCES = corpus.EXTRAS, corpus.GREETINGS, corpus.SENTENCES
    rng = random.Random(14)
    out, total = [rng.choice(GREETINGS), ""], 0
    while total < size:
        para = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 6)))
        if rng.random() < 0.1:
            para += " " + rng.choice(EXTRAS)
        out += [para, ""]
        total += len(para) + 2
    return "\n".join(out)[:size] + "\nKind regards,\nAmy\n"


def _recipients(size: int) -> str:
    addresses, total, i = [], 0, 0
    while total < size:
        address = f"student{i}@gmail.com"
        addresses.append(address)
        total += len(address) + 2
        i += 1
    return ", ".join(addresses)


# name -> (what it is, size in characters -> message bytes). `ordinary` is the baseline.
FAMILIES = {
    "ordinary": ("an ordinary letter of prose (the baseline)", lambda n: message(_ordinary(n))),
    "letter": ("one token of one letter: aaaa...", lambda n: message(_fill("a", n))),
    "wildcard": ("one token f*f*f*...", lambda n: message(_fill("f*", n))),
    "dotted": ("letters dotted out: a.a.a.", lambda n: message(_fill("a.", n))),
    "spelled": ("letters spaced out: f u c k f u c k ...", lambda n: message(_fill("f u c k ", n))),
    "lone_letters": ("a lone letter repeated: a a a a ...", lambda n: message(_fill("a ", n))),
    "hyphened": ("letters hyphenated out: s-h-i-t-s-h-i-t...", lambda n: message(_fill("s-h-i-t-", n))),
    "stretched": ("letters stretched in words: fuuuuuuck ...", lambda n: message(_fill("fuuuuuuuuck ", n))),
    "leet": ("letters and stand-ins: a1a1a1... and sh1t$h!t", lambda n: message(_fill("a1$h!t@", n))),
    "digits": ("one run of digits: 0123456789...", lambda n: message(_fill("9434765919", n))),
    "spaced_digits": ("digits spaced out: 1 2 3 4 ...", lambda n: message(_fill("1 2 3 4 5 6 7 8 9 0 ", n))),
    "grouped_digits": ("numbers in threes: 943 476 591 ...", lambda n: message(_fill("943 476 5919 ", n))),
    "dates": ("dates one after another: 12/03/1954 ...", lambda n: message(_fill("12/03/1954 ", n))),
    "long_line": ("prose on one line, no line break", lambda n: message(_ordinary(n).replace("\n", " "))),
    "short_lines": ("many short lines: hi", lambda n: message(_fill("hi\n", n))),
    "blank_lines": ("nothing but line breaks", lambda n: message(_fill("\n", n))),
    "spaces": ("nothing but spaces", lambda n: message(_fill(" ", n))),
    "quote_deep": ("one line quoted ever deeper: > > > > ...", lambda n: message(_fill("> ", n) + "hello")),
    "quote_lines": ("every line quoted: > > text", lambda n: message(_fill("> > > Amy wrote:\n", n))),
    "urls": ("many URLs", lambda n: message(_fill("https://example.org/a/b?c=d&e=f#g ", n))),
    "url_long": ("one URL of one long path", lambda n: message("https://example.org/" + _fill("a/", n))),
    "emails": ("many email addresses", lambda n: message(_fill("jo.bloggs@example.org ", n))),
    "subject": ("a huge Subject", lambda n: message(subject=_fill("Re: patient ", n))),
    "subject_token": ("a Subject of one token", lambda n: message(subject=_fill("a", n))),
    "recipients": ("a To of many recipients", lambda n: message(to=_recipients(n))),
    "punctuation": ("punctuation: !?!?...", lambda n: message(_fill("!?", n))),
    "exclamations": ("one run of exclamation marks", lambda n: message(_fill("!", n))),
    "dots": ("one run of full stops", lambda n: message(_fill(".", n))),
    "stars": ("one run of stars", lambda n: message(_fill("*", n))),
    "emoji": ("emoji", lambda n: message(_fill("\U0001F600", n))),
    "cyrillic": ("Cyrillic look-alikes: раураl...", lambda n: message(_fill("раураl", n))),
    "cyrillic_words": ("Cyrillic look-alike words spaced: fuсk ...", lambda n: message(_fill("fuсk ", n))),
    "zero_width": ("letters split by zero-width spaces", lambda n: message(_fill("f\u200bu\u200bc\u200bk\u200b", n))),
    "invisible": ("nothing but zero-width spaces", lambda n: message(_fill("\u200b", n))),
    "html_nested": ("HTML nested deep: <div><div>...", lambda n: message(
        _fill("<div>", n // 2) + "hello" + _fill("</div>", n // 2), html=True)),
    "html_tags": ("HTML of many small paragraphs", lambda n: message(_fill("<p>hi <b>there</b></p>", n), html=True)),
    "repeated_word": ("one word repeated: patient patient ...", lambda n: message(_fill("patient ", n))),
    "clinical_phrase": ("a clinical phrase holding a listed word: bloody stool ...",
                        lambda n: message(_fill("bloody stool ", n))),
    "repeated_name": ("a title and name repeated: Mr Smith ...", lambda n: message(_fill("Mr John Smith ", n))),
    "capitals": ("shouting: one capitalised token", lambda n: message(_fill("A", n))),
    "capital_words": ("capitalised words: Aaa Bbb ...", lambda n: message(_fill("Amy Jones ", n))),
    "kisses": ("kisses: xxxxx", lambda n: message(_fill("x", n))),
    "mixed_token": ("one token of letters, digits and stand-ins", lambda n: message(_fill("ab1*c$d!e", n))),
}


def one(family: str, size: int, rules: bool, without: tuple[str, ...] = ()) -> dict:
    """Check one generated message in this process; peak RSS is read after the check."""
    import resource

    from bedside.checks import Engine
    from bedside.checks.message import parse_message
    from bedside.checks.scan import Scan

    engine = Engine()
    engine.rules = tuple(r for r in engine.rules if r.code not in without)
    # Warm: word lists, lexicon, sentiment model and compiled patterns load on first use.
    engine.check(message())
    engine.check(message(_ordinary(20_000)))
    raw = FAMILIES[family][1](size)
    started, cpu = time.perf_counter(), time.process_time()
    report = engine.check(raw)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    out = {"family": family, "size": size, "bytes": len(raw), "seconds": seconds, "cpu": cpu,
           "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
           "verdict": report.verdict.value, "findings": len(report.findings), "errors": list(report.errors)}
    if rules:
        from itertools import islice

        clock = time.process_time  # CPU seconds: a busy machine's waits are not a rule's cost
        started = clock()
        msg = parse_message(raw)
        costs = {"parse": clock() - started}
        scan = Scan(msg, engine.config)
        for rule in engine.rules:
            started = clock()
            list(islice(rule.check(scan), engine._most + 1))
            costs[rule.code] = clock() - started
        out["rules"] = sorted(costs.items(), key=lambda kv: -kv[1])[:3]
    return out


def run(family: str, size: int, timeout: float, rules: bool, without: str = "") -> dict:
    cmd = [sys.executable, __file__, "--one", family, str(size), "--without", without] + (["--rules"] if rules else [])
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"family": family, "size": size, "seconds": None, "peak_mb": None, "timeout": timeout}
    if done.returncode:
        return {"family": family, "size": size, "seconds": None, "peak_mb": None,
                "error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(done.stdout)


def _cell(result: dict) -> str:
    if result.get("timeout"):
        return f">{result['timeout']:.0f} s"
    if result.get("error"):
        return "crashed"
    return f"{result['seconds']:6.2f} s ({result.get('cpu', 0):5.2f} CPU) {result['peak_mb']:4.0f} MB"


def _growth(results: list[dict]) -> str:
    """How time grows with size between the last two sizes: 1.0 is linear, 2.0 quadratic (rough:
    small sizes are dominated by fixed costs, so a figure under 1 is common)."""
    if len(results) < 2 or not results[-2].get("seconds") or not results[-1].get("seconds"):
        return "-"
    a, b = results[-2], results[-1]
    return f"{math.log(b['seconds'] / a['seconds']) / math.log(b['size'] / a['size']):.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="characters, comma-separated")
    parser.add_argument("--family", default="", help="families to run, comma-separated (default: all)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds before a check is given up")
    parser.add_argument("--rules", action="store_true", help="show the three costliest rules of each check")
    parser.add_argument("--without", default="", help="rule codes left out, comma-separated (to see the rest)")
    parser.add_argument("--one", nargs=2, metavar=("FAMILY", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], int(args.one[1]), args.rules, tuple(filter(None, args.without.split(","))))))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [f for f in args.family.split(",") if f] or list(FAMILIES)
    unknown = [f for f in names if f not in FAMILIES]
    if unknown:
        parser.error(f"unknown family: {', '.join(unknown)} (known: {', '.join(FAMILIES)})")
    if "ordinary" not in names:
        names.insert(0, "ordinary")
    print(f"{'family':<16}" + "".join(f"{s:>30,}" for s in sizes) + "   growth  vs ordinary  verdict  dominant rule")
    baseline: dict[int, float] = {}
    worst = None
    worst_cases = []
    for name in names:
        # The rules are always timed at the largest size (the dominating one is named on the row).
        results = [run(name, size, args.timeout, args.rules or size == sizes[-1], args.without) for size in sizes]
        if name == "ordinary":
            baseline = {r["size"]: r["seconds"] for r in results if r.get("seconds")}
        last = results[-1]
        ratio = (f"{last['seconds'] / baseline[last['size']]:8.1f}x" if last.get("seconds") and
                 baseline.get(last["size"]) else "       -")
        top = last.get("rules") or [("-", 0.0)]
        print(f"{name:<16}" + "".join(f"{_cell(r):>30}" for r in results) + f"   {_growth(results):>6}"
              f"   {ratio}     {last.get('verdict', '-'):<8} {top[0][0]} {top[0][1]:.2f}s")
        for r in results:
            if r.get("rules") and args.rules:
                print(f"{'':<16}  {r['size']:>9,}: " + ", ".join(f"{c} {s:.2f}s" for c, s in r["rules"]))
            if r.get("errors"):
                print(f"{'':<16}  {r['size']:>9,}: rule errors {r['errors']}")
        key = (last.get("seconds") is None, last.get("seconds") or 0)
        worst_cases.append((key, name, last))
        if worst is None or key > worst[0]:
            worst = (key, name, last)
    if worst:
        print(f"\nworst case per family at {sizes[-1]:,} characters, worst first (dominating rule, CPU s):")
        for _, name, last in sorted(worst_cases, key=lambda w: w[0], reverse=True):
            top = last.get("rules") or [("-", 0.0)]
            print(f"  {name:<16}{_cell(last):>30}   {top[0][0]} {top[0][1]:.2f}s")
        over = [name for _, name, last in worst_cases if last.get("seconds") is None or last["seconds"] >= 2
                or (last.get("peak_mb") or 0) >= 300]
        print(f"\nworst at {sizes[-1]:,}: {worst[1]} ({_cell(worst[2]).strip()})")
        print("target (issue 14): every family at 1 MB under 2 s and 300 MB; over it here: "
              + (", ".join(over) if over else "none"))


if __name__ == "__main__":
    main()
