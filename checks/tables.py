"""Spreadsheet and CSV rows as text the rules can read: each cell beside its column's header.

A sheet says 'Hosp no' or 'DOB' once, at the top of a column; the rules look for a label just
before a value. Written as 'Hosp no: K1234567; Age: 77', every cell carries its label, so the
same rules that read a letter read a ward list. A spreadsheet date is a day count (25,000 is
1968-06-12); under a date header it is written out as a date, the way a person would read it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_DATE_HEADER = re.compile(r"\b(?:dob|d\.o\.b\.?|date|born|birth|admitted|admission|discharged?)\b", re.I)
_DAY_COUNT = re.compile(r"^\d{4,5}(?:\.\d+)?$")
_EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's 1900 date system, leap-year bug included
_LAST_DAY = 73050  # 31/12/2099
_HEADER_CELL = re.compile(r"[A-Za-z]")
MAX_HEADER_CHARS = 40
MAX_TITLE_ROWS = 2  # rows above the header: a title, a date line


def rows_as_text(rows: list[list[str]]) -> list[str]:
    """One line a row. With a header row, every later cell is written 'Header: value'. The header
    may sit under a title or two ('Ward C31 handover' across the top)."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    at = next((i for i, row in enumerate(rows[:MAX_TITLE_ROWS + 1]) if _is_header(row)), None)
    if at is None:
        return ["\t".join(r) for r in rows]
    header = [c.strip() for c in rows[at]]
    lines = ["\t".join(r) for r in rows[:at]] + ["\t".join(header)]
    for row in rows[at + 1:]:
        cells = []
        for label, value in zip(header + [""] * (len(row) - len(header)), row):
            value = value.strip()
            if not value:
                continue
            if _DATE_HEADER.search(label):
                value = _as_date(value)
            cells.append(f"{label}: {value}" if label else value)
        lines.append("; ".join(cells))
    return lines


def _is_header(row: list[str]) -> bool:
    """Two or more labels, every filled cell words rather than a number or a date."""
    filled = [c.strip() for c in row if c.strip()]
    return len(filled) >= 2 and all(len(c) <= MAX_HEADER_CHARS and _HEADER_CELL.search(c) and not c[0].isdigit()
                                    for c in filled)


def _as_date(value: str) -> str:
    if not _DAY_COUNT.match(value):
        return value
    days = int(float(value))
    if not 1 <= days <= _LAST_DAY:
        return value
    return (_EXCEL_EPOCH + timedelta(days=days)).strftime("%d/%m/%Y")
