"""What the pages show of a held message: masked by default, text only.

The body is the engine's own reading of the message (HTML rendered as text, never live), split
into segments so each finding's span is highlighted where the rule found it. Masked, a patient
or document finding's span is starred and everything else passes through `scrub` (numbers,
dates, emails, postcodes); unmasked (an audited action) shows the text as sent."""

from __future__ import annotations

import re
import time
from email.header import decode_header, make_header
from datetime import datetime, timezone

from bedside.checks.mask import mask_email, mask_identifier, mask_word, scrub
from bedside.checks.message import parse_message

from bedside.proxy.holds.explain import _headers
from bedside.proxy.reports import safe_text

MASKED_CATEGORIES = {"patient", "documents", "unchecked"}
_TOKEN = re.compile(r"[\w*]+")
MAX_BODY = 200_000  # characters of body shown; the rest is cut with a note


def when(ts: float | None, with_time: bool = True) -> str:
    if not ts:
        return ""
    return time.strftime("%Y-%m-%d %H:%M UTC" if with_time else "%Y-%m-%d", time.gmtime(ts))


def week_of(ts: float) -> str:
    year, week, _ = datetime.fromtimestamp(ts, timezone.utc).isocalendar()
    return f"{year}-W{week:02d}"


def masked_subject(raw_head: bytes, findings: list) -> str:
    """As the explanation email shows it: a rule's masked excerpt when it found something in the
    subject, else the subject scrubbed."""
    for f in findings:
        loc = f.get("location") or {}
        if loc.get("part") == "subject" and f.get("excerpt"):
            return safe_text(f["excerpt"].strip("…"))[:120]
    subject = quick_subject(raw_head) if raw_head else ""
    text = safe_text(scrub(" ".join(subject.split())))
    return (text[:119] + "…" if len(text) > 120 else text) or "(no subject)"


_SUBJECT = re.compile(rb"^subject:[ \t]*((?:.*)(?:\r?\n[ \t].*)*)", re.I | re.M)


def quick_subject(raw: bytes) -> str:
    """The Subject header, decoded (RFC 2047), read from the header block alone: the list page
    shows fifty of these, and the email package's full parser costs ~0.7 ms each."""
    end = raw.find(b"\n\n")
    end2 = raw.find(b"\r\n\r\n")
    cut = min(e for e in (end, end2, len(raw)) if e >= 0)
    match = _SUBJECT.search(raw, 0, cut)
    if not match:
        return ""
    value = re.sub(rb"\r?\n[ \t]", b" ", match.group(1)).decode("utf-8", "replace")
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeError):
        return value


def subject_of(raw: bytes) -> str:
    return safe_text(_headers(raw).get("subject", "")) if raw else ""


def show_address(address: str, internal_domains) -> str:
    """Colleagues' addresses in full; outside ones masked (they may be a patient's)."""
    domain = address.rpartition("@")[2].lower()
    inside = any(domain == d or domain.endswith("." + d) for d in internal_domains)
    return safe_text(address if inside else mask_email(address) if "@" in address else "***")


def mask_span(text: str) -> str:
    """A patient or document finding's own text: numbers, dates, emails as the engine masks them
    (scrub), every word starred after its first letter, a mixed code as an identifier."""
    def one(m: re.Match) -> str:
        token = m.group(0)
        if token.isdigit() or "*" in token:
            return token  # scrub has decided what a number keeps (a date keeps its year)
        if any(c.isdigit() for c in token):
            return mask_identifier(token)
        return mask_word(token)

    return _TOKEN.sub(one, scrub(text))


def body_segments(raw: bytes, findings: list, unmasked: bool = False) -> tuple[list[dict], bool]:
    """[{text, rule?, category?}] covering the body in order, and whether the body was HTML."""
    message = parse_message(raw)
    body = message.body
    cut = len(body) > MAX_BODY
    body = body[:MAX_BODY]
    spans = []
    for f in findings:
        loc = f.get("location") or {}
        if loc.get("part") == "body" and isinstance(loc.get("start"), int) and isinstance(loc.get("end"), int):
            start, end = max(0, loc["start"]), min(len(body), loc["end"])
            if start < end:
                spans.append((start, end, f))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out, at = [], 0
    for start, end, f in spans:
        if start < at:  # overlaps one already highlighted
            continue
        if start > at:
            out.append({"text": _plain(body[at:start], unmasked)})
        piece = body[start:end]
        if not unmasked:
            piece = mask_span(piece) if f.get("category") in MASKED_CATEGORIES else scrub(piece)
        out.append({"text": safe_text(piece, keep_newlines=True), "rule": f.get("rule", ""),
                    "category": f.get("category", ""), "message": f.get("message", "")})
        at = end
    if at < len(body):
        out.append({"text": _plain(body[at:], unmasked)})
    if cut:
        out.append({"text": f"\n[… {len(message.body) - MAX_BODY} more characters not shown]"})
    return out, message.body_is_html


def _plain(text: str, unmasked: bool) -> str:
    return safe_text(text if unmasked else scrub(text), keep_newlines=True)


def attachments(raw: bytes) -> list[str]:
    from bedside.checks.mask import mask_filename

    return [safe_text(mask_filename(a.filename)) for a in parse_message(raw).attachments]
