"""The values the engine passes around: a parsed message, rules, findings, the verdict."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from .scan import Scan


class Category(StrEnum):
    PATIENT = "patient"
    OFFENSIVE = "offensive"
    DEFAMATORY = "defamatory"
    ETIQUETTE = "etiquette"
    DOCUMENTS = "documents"
    UNCHECKED = "unchecked"  # content a limit or a fault kept bedside from reading


class Action(StrEnum):
    WARN = "warn"
    HOLD = "hold"


class Verdict(StrEnum):
    DELIVER = "deliver"
    WARN = "warn"
    HOLD = "hold"


@dataclass(frozen=True)
class Address:
    name: str
    addr: str

    @property
    def domain(self) -> str:
        return self.addr.rpartition("@")[2].lower().strip(" >")


@dataclass(frozen=True)
class TextPart:
    """One piece of text a rule can point into: the subject, the body, or an attachment's text."""

    name: str  # "subject", "body" or "attachment:<filename>"
    text: str

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def extension(self) -> str:
        name = self.filename.lower()
        return name.rpartition(".")[2] if "." in name else ""


@dataclass(frozen=True)
class Message:
    """What the rules see of one email. Built by `checks.message.parse_message`; never raises."""

    headers: tuple[tuple[str, str], ...]
    subject: str
    from_: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    bcc: tuple[Address, ...]
    body: str  # plain text, or the HTML part rendered as text when there is no plain part
    body_is_html: bool
    attachments: tuple[Attachment, ...]
    defects: tuple[str, ...]
    envelope_from: str | None = None
    envelope_rcpts: tuple[str, ...] = ()
    size: int = 0
    # What a limit kept the parser from reading (body cut short, nesting too deep): never checked.
    unread: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    @property
    def recipients(self) -> tuple[str, ...]:
        """Envelope recipients when known (they include Bcc), else the header recipients."""
        if self.envelope_rcpts:
            return self.envelope_rcpts
        return tuple(a.addr for a in (*self.to, *self.cc, *self.bcc) if a.addr)


@dataclass(frozen=True)
class Location:
    part: str
    line: int
    column: int
    start: int
    end: int

    def as_dict(self) -> dict:
        return {"part": self.part, "line": self.line, "column": self.column,
                "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Hit:
    """What a rule's check yields: where, what made it confident, and how to show it.

    Give `masked` (the match itself, masked: '943 *** **19') and the engine draws the excerpt
    around it, masking every other identifier found in the same text too. Give `excerpt` instead
    for a rule that shows something else (a sentence, a file name).
    """

    part: TextPart | None
    start: int = 0
    end: int = 0
    excerpt: str = ""
    detail: str = ""  # appended to the rule's message: what made the rule confident
    masked: str | None = None


@dataclass(frozen=True)
class Explanation:
    what: str  # what the rule flags
    why: str   # why it matters, citing the guidance
    how: str   # how to fix it


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: Category
    action: Action
    message: str
    explanation: Explanation
    check: Callable[["Scan"], Iterable[Hit]] = field(repr=False, compare=False)


@dataclass(frozen=True)
class Finding:
    rule: str
    category: Category
    action: Action
    message: str
    location: Location | None
    excerpt: str

    def as_dict(self) -> dict:
        return {
            "rule": self.rule,
            "category": str(self.category),
            "action": str(self.action),
            "message": self.message,
            "location": self.location.as_dict() if self.location else None,
            "excerpt": self.excerpt,
        }


@dataclass(frozen=True)
class Report:
    """The outcome of checking one message."""

    verdict: Verdict
    findings: tuple[Finding, ...]
    defects: tuple[str, ...] = ()  # what the MIME parser found wrong; the message was still checked
    errors: tuple[str, ...] = ()   # rules that failed; any error makes the verdict hold

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(sorted({f.rule for f in self.findings}))

    def as_dict(self) -> dict:
        return {
            "verdict": str(self.verdict),
            "findings": [f.as_dict() for f in self.findings],
            "defects": list(self.defects),
            "errors": list(self.errors),
        }


def verdict_for(findings: Iterable[Finding]) -> Verdict:
    verdict = Verdict.DELIVER
    for finding in findings:
        if finding.action is Action.HOLD:
            return Verdict.HOLD
        verdict = Verdict.WARN
    return verdict
