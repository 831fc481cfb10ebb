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
