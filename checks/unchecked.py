"""Content bedside could not check (category `unchecked`): nothing leaves unread and passed as clean.

A limit or a fault can keep part of a message from the rules: a body past 2,000,000 characters,
MIME nested past 60 levels (read as raw text, its base64 never decoded), an attachment that is
corrupt, too big, a decompression bomb, nested too deep, or whose text OCR could not read in time;
or what a rule's own cap per message left unchecked. Each is listed on the Message (`unread`), on
the attachment's Extracted (`error`, `unread`) or on the Scan (`unread`, a rule's cap);
these rules turn them into findings. Sent outside, that is a hold (UNC001); between internal
addresses a warning (UNC002). Encrypted files are PAT013's.
"""

from __future__ import annotations

from .guidance import CONFIDENTIALITY, REDISTRIBUTION, cite
from .mask import mask_filename
from .model import Action, Category, Explanation, Hit, Rule, TextPart


def _unchecked(scan):
    """One Hit for each thing a limit or a fault kept from the rules."""
    for reason in (*scan.message.unread, *scan.unread):
        yield Hit(None, detail=reason)
    for att, extracted in scan.extracted:
        if not extracted.unchecked:
            continue
        shown = mask_filename(att.filename)  # a file is often named after its patient
        why = "; ".join(([extracted.error] if extracted.error else []) + list(extracted.unread))
        yield Hit(TextPart(f"attachment:{shown}", shown), 0, len(shown), shown, f"'{shown}': {why}")


def outside(scan):
    if scan.goes_outside:
        yield from _unchecked(scan)


def inside(scan):
    if not scan.goes_outside:
        yield from _unchecked(scan)


_WHAT = ("Part of the message bedside could not read, so no rule checked it: a body longer than "
         "2,000,000 characters, MIME parts nested more than 60 deep (never decoded), or an attachment "
         "that is corrupt, too large, a decompression bomb ('zip bomb'), nested too deep in archives, "
         "or whose picture text could not be read in time; or more possible identifiers than a rule checks in one "
         "message (PAT008 checks the first 400 possible phone numbers).")
_WHY = ("What bedside cannot read may hold patient details, and a limit must not become a way to send "
        "them out unchecked. " + cite(CONFIDENTIALITY, REDISTRIBUTION))
_HOW = ("Send the content in a form that can be read (a normal document or PDF, not a damaged, "
        "enormous or deeply packed file), split very large files, or share it through the "
        "university's or NHS's approved file-sharing service. A reviewer can release the message "
        "once they have looked at it.")

RULES = (
    Rule(
        code="UNC001", name="content-not-checked", category=Category.UNCHECKED, action=Action.HOLD,
        message="Content bedside could not check, sent outside",
        explanation=Explanation(what=_WHAT + " Held when any recipient is outside the internal domains.",
                                why=_WHY, how=_HOW),
        check=outside,
    ),
    Rule(
        code="UNC002", name="content-not-checked-internal", category=Category.UNCHECKED, action=Action.WARN,
        message="Content bedside could not check",
        explanation=Explanation(what=_WHAT + " A warning when every recipient is internal.", why=_WHY, how=_HOW),
        check=inside,
    ),
)
