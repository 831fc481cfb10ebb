"""A check's result as every program shows it: message content escaped for a terminal or a page
(`safe_text`, `safe_json`) and the JSON object that `bedside check --format json` prints and
`POST /api/v1/check` returns (`as_json`)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from bedside.checks import Report

# Characters a message's author must not get onto a reviewer's terminal: C0 and C1 controls (ESC
# starts the sequences that clear a screen or move the cursor, CSI is ESC [ in one byte), DEL, and
# the bidirectional overrides that reorder what is shown ('released OK' spelled backwards).
_UNSAFE = {c: f"\\x{c:02x}" for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))}
_UNSAFE.update({c: f"\\u{c:04x}" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F,
                                            0x061C, 0x2028, 0x2029)})
_UNSAFE_JSON = {c: f"\\u{c:04x}" for c in (0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A),
                                          0x200E, 0x200F, 0x061C, 0x2028, 0x2029)}


def safe_text(text: str, keep_newlines: bool = False) -> str:
    """Message content made safe to print: control characters shown as \\x1b, \\u202e etc."""
    text = str(text)
    if keep_newlines:
        return "\n".join(line.translate(_UNSAFE) for line in text.split("\n"))
    return text.translate(_UNSAFE)


def safe_json(value) -> str:
    """JSON with the few characters JSON leaves raw (C1 controls, bidi overrides) escaped too:
    the same values, nothing a terminal acts on."""
    return json.dumps(value, ensure_ascii=False).translate(_UNSAFE_JSON)


@dataclass(frozen=True)
class Outcome:
    source: str
    report: Report | None = None
    error: str | None = None


def as_json(outcome: Outcome) -> str:
    if outcome.error:
        return safe_json({"source": outcome.source, "error": outcome.error}) + "\n"
    report = outcome.report.as_dict()
    return safe_json({"source": outcome.source, **report}) + "\n"
