"""How `bedside check` prints results: text for people, JSON Lines for programs."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO

from bedside.checks import Verdict

from bedside.proxy.cli.batch import Rendered
from bedside.proxy.reports import Outcome, safe_text

COLOURS = {"hold": "\033[31m", "warn": "\033[33m", "bold": "\033[1m", "dim": "\033[2m", "reset": "\033[0m"}


@dataclass
class Tally:
    messages: int = 0
    errors: int = 0
    findings: int = 0
    verdicts: dict = field(default_factory=lambda: {v: 0 for v in Verdict})

    def add(self, result: Rendered) -> None:
        if result.error:
            self.errors += 1
            return
        self.messages += 1
        self.findings += result.findings
        self.verdicts[Verdict(result.verdict)] += 1


class TextWriter:
    """Formats outcomes as `path:line:col: CODE message` lines. Picklable: pool workers format too."""

    def __init__(self, colour: bool):
        self.colour = colour

    def __call__(self, outcome: Outcome) -> str:
        return self.outcome(outcome)

    def _c(self, name: str, text: str) -> str:
        return f"{COLOURS[name]}{text}{COLOURS['reset']}" if self.colour else text

    def outcome(self, outcome: Outcome) -> str:
        lines: list[str] = []
        write = lines.append
        source = safe_text(outcome.source)
        if outcome.error:
            return f"{source}: error: {safe_text(outcome.error)}\n"
        for f in outcome.report.findings:
            loc = f.location
            where = source
            if loc is None:
                where += ":0:0"
            elif loc.part == "body":
                where += f":{loc.line}:{loc.column}"
            else:
                where += f"[{safe_text(loc.part)}]:{loc.line}:{loc.column}"
            code = self._c(str(f.action), f.rule)
            write(f"{where}: {code} {safe_text(f.message)}\n")
            if f.excerpt:
                write(self._c("dim", f"    {safe_text(f.excerpt)}") + "\n")
        for error in outcome.report.errors:
            write(f"{source}: {self._c('hold', 'error')}: {safe_text(error)} (held: a failed check never clears a message)\n")
        return "".join(lines)

    def summary(self, tally: Tally) -> str:
        v = tally.verdicts
        line = (f"{tally.messages} message{'s' * (tally.messages != 1)} checked: "
                f"{v[Verdict.HOLD]} would be held, {v[Verdict.WARN]} delivered with warnings, "
                f"{v[Verdict.DELIVER]} clean; {tally.findings} finding{'s' * (tally.findings != 1)}")
        if tally.errors:
            line += f"; {tally.errors} input{'s' * (tally.errors != 1)} could not be checked"
        return self._c("bold", line) + "\n"


class Progress:
    """A one-line bar on stderr, only for a terminal and a batch worth waiting for."""

    MIN_BATCH = 50

    def __init__(self, total: int, stream: TextIO = sys.stderr):
        self.total = total
        self.stream = stream
        self.enabled = total >= self.MIN_BATCH and stream.isatty()
        self.done = 0

    def step(self) -> None:
        self.done += 1
        if self.enabled and (self.done % 10 == 0 or self.done == self.total):
            filled = 30 * self.done // self.total
            self.stream.write(f"\r[{'#' * filled}{' ' * (30 - filled)}] {self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 50 + "\r")
            self.stream.flush()
