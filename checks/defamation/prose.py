"""The writer's own sentences: quoted replies, forwarded mail and signatures are not theirs."""

from __future__ import annotations

import re

_QUOTE_START = re.compile(r"^[ \t]*+(?:on\s.{5,160}\s(?:wrote|writes):|-{2,}\s*(?:original|forwarded)\s+message\s*-{2,}|"
                          r"(?:from|sent|de):\s.+@.+|begin\s+forwarded\s+message:?)[ \t]*$", re.I | re.M)
# [ \t]*+ is possessive: every alternative starts with a non-blank, so giving blanks back never
# helps, and a letter indented by thousands of blanks took milliseconds per line to fail.
_SIGNATURE = re.compile(r"^--[ \t]?$|^_{10,}[ \t]*$", re.M)


def own_text(body: str) -> str:
    """The body with quoted '>' lines, the message replied to or forwarded and a signature blanked
    to spaces, offsets kept."""
    end = len(body)
    for pattern in (_QUOTE_START, _SIGNATURE):
        m = _at_line_start(pattern, body, end)
        if m is not None:
            end = m.start()
    out = body[:end]
    if ">" in out:
        out = "\n".join(" " * len(line) if line.lstrip().startswith(">") else line for line in out.split("\n"))
    return out + " " * (len(body) - end)


def _at_line_start(pattern: re.Pattern, text: str, end: int) -> re.Match | None:
    """pattern.search(text, 0, end) for a pattern that can only match at a line start ('^' in
    MULTILINE mode, and never empty): tried at each line start instead of every character, which
    was most of DEF001's time on a long letter."""
    pos = 0
    while pos < end:
        m = pattern.match(text, pos, end)
        if m is not None:
            return m
        pos = text.find("\n", pos, end) + 1
        if pos == 0:
            return None
    return None
