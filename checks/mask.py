"""Masking: nothing bedside prints, logs or stores outside the held message repeats an identifier.

Rules mask what they found with the specific helpers; `scrub` is the last net the engine
casts over every message and excerpt, for identifiers that sit next to a match.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_DIGIT = re.compile(r"\d")
_LONG_NUMBER = re.compile(r"(?<![\w*])\d(?:[ .\-/]?\d){5,}(?![\w*])")
_EMAIL = re.compile(r"\b([A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]*@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})\b")
_POSTCODE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)\s*\d[A-Z]{2}\b", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}([/.\-])\d{1,2}\1(\d{2}|\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-\d{2}-\d{2}\b")
_PHONE = re.compile(r"(?<![\w*])(?:\+44\s?|0)\d(?:[ \-]?\d){8,9}(?![\w*])")


def mask_number(text: str, head: int = 3, tail: int = 2) -> str:
    """'943 476 5919' -> '943 *** **19': separators kept, digits between head and tail starred."""
    digits = len(_DIGIT.findall(text))
    if digits <= head + tail:
        return _DIGIT.sub("*", text)
    out, seen = [], 0
    for ch in text:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen <= head or seen > digits - tail else "*")
        else:
            out.append(ch)
    return "".join(out)


def mask_identifier(text: str) -> str:
    """A hospital number or similar: keep the first character and the last two."""
    if len(text) <= 3:
        return "*" * len(text)
    return text[0] + re.sub(r"[A-Za-z0-9]", "*", text[1:-2]) + text[-2:]


def mask_word(word: str) -> str:
    return word[:1] + "*" * (len(word) - 1) if word else word


def mask_name(name: str, keep_titles: frozenset[str] = frozenset()) -> str:
    """'Mrs Jones' -> 'Mrs J****'; 'John Smith' -> 'J*** S****'. Titles named in keep_titles stay."""
    parts = re.split(r"(\s+)", name)
    return "".join(p if p.isspace() or p.lower().strip(".") in keep_titles else mask_word(p) for p in parts)


def mask_date(text: str) -> str:
    """Day and month starred, year kept: '12/03/1954' -> '**/**/1954', '12th March 1954' -> '**** ***** 1954'."""
    year = re.search(r"(\d{4}|\d{2})\s*$", text)
    keep_from = year.start() if year and len(year.group(1)) == 4 else len(text)
    return re.sub(r"[A-Za-z0-9]", "*", text[:keep_from]) + text[keep_from:]


# Words that are safe to show in an attachment's name: what it is, never who it is about.
_SAFE_FILE_WORDS = frozenset("""img image photo pic picture scan xray x ray ct mri cxr ecg wound ulcer rash lesion
    leg arm hand foot face chest back list handover patients patient notes note report results bloods letter
    referral discharge summary case ward bed bay clinic theatre op pre post copy final draft v1 v2 v3 new old
    dcm dicom jpg jpeg png heic gif pdf doc docx xls xlsx csv txt zip pptx tif tiff bmp""".split())


def mask_filename(name: str) -> str:
    """'Jones_Margaret_wound.jpg' -> 'J****_M*******_wound.jpg': keep what the file is, mask who."""
    parts = re.split(r"([_\-. /]+)", name)  # "/": a path inside a ZIP (notes.zip/ward/list.docx)
    out = []
    for part in parts:
        if not part or re.fullmatch(r"[_\-. /]+", part) or part.lower() in _SAFE_FILE_WORDS:
            out.append(part)
        elif part.isdigit():
            out.append("*" * len(part))
        else:
            out.append(part[0] + "*" * (len(part) - 1))
    return "".join(out)


def mask_email(text: str) -> str:
    return _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)


def mask_postcode(text: str) -> str:
    return _POSTCODE.sub(lambda m: f"{m.group(1).upper()} ***", text)


# A word in capitals, three letters or more: in a ward list or on a wristband ('HAZEL PENNYWORTH
# DOB ...') a name no name rule read as one.
# Not inside a file name ('IMG_****.PNG', 'IMG-2024-W*****.jpg') or a path.
_CAPITALS = re.compile(r"(?<![\w*./\\-])[A-Z][A-Z'’\-]{2,}(?![\w*]|[._\-][\w*])")


def mask_capitals(text: str, keep: frozenset[str]) -> str:
    """Every word in capitals masked but those `keep` holds (lower case): clinical shorthand such as
    'NKDA' or 'ICU' stays readable, a name in capitals does not."""
    return _CAPITALS.sub(lambda m: m.group(0) if m.group(0).lower() in keep else mask_word(m.group(0)), text)


def scrub(text: str) -> str:
    """Mask anything shaped like an identifier: long numbers, phone numbers, dates, emails, postcodes."""
    if not text:
        return text
    text = _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)
    text = _NUMERIC_DATE.sub(lambda m: mask_date(m.group(0)), text)
    text = _ISO_DATE.sub(lambda m: m.group(1) + "-**-**", text)
    text = _PHONE.sub(lambda m: mask_number(m.group(0), head=4, tail=0), text)
    text = _LONG_NUMBER.sub(lambda m: mask_number(m.group(0)), text)
    text = _POSTCODE.sub(lambda m: f"{m.group(1).upper()} ***", text)
    return text


def window(text: str, start: int, end: int, width: int = 40) -> str:
    """The match with up to `width` characters each side, on one line, cut at word boundaries."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    snippet = text[left:right]
    return ("…" if left > 0 else "") + " ".join(snippet.split()) + ("…" if right < len(text) else "")


class MaskSet:
    """The masked spans of one text, sorted, so those near a window are found by bisection: a
    spreadsheet of 40,000 identifiers gives as many findings, each drawing its own excerpt."""

    def __init__(self, spans):
        self.spans = sorted(spans)
        self._starts = [s for s, _, _ in self.spans]
        self._longest = max((e - s for s, e, _ in self.spans), default=0)

    def near(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Spans that overlap [lo, hi), in order."""
        first = bisect_left(self._starts, lo - self._longest)
        return [span for span in self.spans[first: bisect_left(self._starts, hi)] if span[1] > lo]


def masked_window(text: str, start: int, end: int, masks: MaskSet, width: int = 40) -> str:
    """A window around [start, end) with every masked span in it replaced by its masked form.

    A masked span cut by the window's edge is left out whole, so no part of it shows in clear.
    """
    lo, hi = max(0, start - width - 20), min(len(text), end + width + 20)
    near = masks.near(lo, hi)
    for s, e, _ in near:
        if s < lo < e:
            lo = e
        if s < hi < e:
            hi = s
    out: list[str] = []
    pos, own = lo, None
    for s, e, shown in near:
        if s < pos or e > hi:
            continue
        out.append(text[pos:s])
        if (s, e) == (start, end):
            offset = sum(map(len, out))
            own = (offset, offset + len(shown))
        out.append(shown)
        pos = e
    out.append(text[pos:hi])
    joined = "".join(out)
    if own is None:
        return window(joined, max(0, start - lo), max(0, end - lo), width)
    return window(joined, *own, width)
