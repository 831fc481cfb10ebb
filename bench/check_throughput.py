"""Throughput of `bedside check` against bare mail-parser parsing of the same messages.

Both run as fresh processes over the same generated folder, so start-up and file reading
are paid on both sides; the ratio check/parse is the figure. Targets: check <= 3x parse
(issue 2), <= 4x with patient rules (issue 3), <= 5x with every rule (issue 4);
--jobs 2 at least 1.7x faster than --jobs 1.

    python bench/check_throughput.py [--count 2000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402

BARE_PARSE = """
import sys, pathlib, mailparser
for p in sorted(pathlib.Path(sys.argv[1]).glob('*.eml')):
    m = mailparser.MailParser.from_bytes(p.read_bytes())
    m.text_plain, m.attachments
"""


def timed(cmd: list[str], repeat: int = 3) -> tuple[float, float]:
    """Best wall seconds of `repeat` runs, and peak RSS (MB), of one child process: the best run is
    the one least disturbed by whatever else the machine was doing."""
    runs = [_timed_once(cmd) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def _timed_once(cmd: list[str]) -> tuple[float, float]:
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far, so run each measurement
    # in its own wrapper process to read its own peak.
    wrapper = ("import resource, subprocess, sys, time; t=time.perf_counter(); "
               "r=subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
               "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=True)
    seconds, rss_kb = out.stdout.split()
    return float(seconds), int(rss_kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--select", default="", help="only these rule prefixes (e.g. PAT) for a family's figure")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the best is reported")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "mail"
        paths = generate(folder, args.count)
        size = sum(p.stat().st_size for p in paths)
        bedside = [sys.executable, "-m", "bedside.proxy.cli.cli", "check", "--format", "json", str(folder)]
        if args.select:
            bedside += ["--select", args.select]
        parse_s, parse_rss = timed([sys.executable, "-c", BARE_PARSE, str(folder)], args.repeat)
        one_s, one_rss = timed([*bedside, "--jobs", "1"], args.repeat)
        two_s, two_rss = timed([*bedside, "--jobs", "2"], args.repeat)
    n = args.count
    print(f"messages: {n} ({size / n / 1024:.1f} KB average, 1 in 5 with an attachment); cores: {os.cpu_count()}")
    print(f"rules: {args.select or 'all'}; best of {args.repeat} runs each")
    print(f"{'run':<28}{'msg/s':>10}{'seconds':>10}{'peak RSS MB':>14}")
    print(f"{'mail-parser alone':<28}{n / parse_s:>10.0f}{parse_s:>10.2f}{parse_rss:>14.0f}")
    print(f"{'bedside check --jobs 1':<28}{n / one_s:>10.0f}{one_s:>10.2f}{one_rss:>14.0f}")
    print(f"{'bedside check --jobs 2':<28}{n / two_s:>10.0f}{two_s:>10.2f}{two_rss:>14.0f}")
    print(f"check/parse time ratio (jobs 1): {one_s / parse_s:.2f}x")
    print(f"jobs 2 speed-up over jobs 1:     {one_s / two_s:.2f}x")


if __name__ == "__main__":
    main()
