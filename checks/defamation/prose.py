"""The writer's own sentences: quoted replies, forwarded mail and signatures are not theirs."""

from __future__ import annotations

import re

_QUOTE_START = re.compile(r"^[ \t]*(?:on\s.{5,160}\s(?:wrote|writes):|-{2,}\s*(?:original|forwarded)\s+message\s*-{2,}|"
                          r"(?:from|sent|de):\s.+@.+|begin\s+forwarded\s+message:?)[ \t]*$", re.I | re.M)
_SIGNATURE = re.compile(r"^--[ \t]?$|^_{10,}[ \t]*$", re.M)


def own_text(body: str) -> str:
    """The body with quoted '>' lines, the message replied to or forwarded and a signature blanked
    to spaces, offsets kept."""
    end = len(body)
    for pattern in (_QUOTE_START, _SIGNATURE):
        m = pattern.search(body, 0, end)
        if m is not None:
            end = m.start()
    out = body[:end]
    if ">" in out:
        out = "\n".join(" " * len(line) if line.lstrip().startswith(">") else line for line in out.split("\n"))
    return out + " " * (len(body) - end)


# A sentence ends at . ! ? before a space, a blank line, a list item, or a dash between clauses of a
# line ('isn't a physio - he bought his degree') does not end it. Single line breaks do not: mail wraps.
_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)")


def sentences(text: str, longest: int = 600):
    """(start, end) of each sentence with letters in it; a run-on is cut into pieces of about `longest`."""
    start = 0
    for m in _BREAK.finditer(text):
        yield from _pieces(text, start, m.start(), longest)
        start = m.end()
    yield from _pieces(text, start, len(text), longest)


_LETTER = re.compile(r"[^\W\d_]")


def _pieces(text: str, start: int, end: int, longest: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > longest:
        cut = text.rfind(" ", start + longest // 2, start + longest)
        cut = cut if cut > start else start + longest
        if _LETTER.search(text, start, cut):
            yield start, cut
        start = cut + 1
    if end > start and _LETTER.search(text, start, end):
        yield start, end
