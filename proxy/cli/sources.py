"""Turn command-line inputs into messages to check: .eml files, directories, mbox files, stdin."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

MAIL_SUFFIXES = {".eml", ".msg", ".mail"}
MBOX_SUFFIXES = {".mbox", ".mbx"}
MAILDIR_LEAVES = {"cur", "new"}


@dataclass(frozen=True)
class Item:
    """One message to check, or one input that could not be read."""

    source: str
    path: str | None = None     # read by whoever checks it (cheap to send to a worker)
    raw: bytes | None = None    # already in memory (stdin, mbox members)
    error: str | None = None


# What a file that is not a mail message starts with, and what to call it.
BINARY_MAGIC = (
    (b"\xd0\xcf\x11\xe0", "an Outlook .msg or other Office compound file (save the message as .eml)"),
    (b"%PDF", "a PDF"), (b"PK\x03\x04", "a ZIP archive or Office document"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"\x7fELF", "a program"),
    (b"\x1f\x8b", "a gzip file"),
)


def is_mbox(head: bytes) -> bool:
    return head.startswith(b"From ") and b"\n" in head


def not_mail(raw: bytes) -> str | None:
    """Why these bytes cannot be a message worth checking (empty, binary), or None.

    Checked as mail, an empty file is a blank message that passes and a binary one a blank message
    with defects: either way nothing was really checked, and the user must hear it."""
    if not raw.strip():
        return "not checked: empty (0 bytes)" if not raw else "not checked: only blank space"
    for magic, what in BINARY_MAGIC:
        if raw.startswith(magic):
            return f"not checked: binary file, {what}, not a mail message"
    if b"\0" in raw[:8192]:
        return "not checked: binary file (NUL bytes), not a mail message"
    return None


def expand(inputs: list[str], skipped: list[str] | None = None) -> Iterator[Item]:
    """Every message in `inputs`; directories' files that are not mail are named in `skipped`."""
    for name in inputs:
        if name == "-":
            yield from _from_bytes("<stdin>", sys.stdin.buffer.read())
            continue
        path = Path(name)
        if path.is_dir():
            yield from _directory(path, skipped if skipped is not None else [])
        else:
            yield from _file(path, name)


def _directory(root: Path, skipped: list[str]) -> Iterator[Item]:
    found = 0
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(dirpath)
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            suffix = Path(filename).suffix.lower()
            path = here / filename
            if suffix in MBOX_SUFFIXES:
                found += 1
                yield from _file(path, str(path))
            elif suffix in MAIL_SUFFIXES or here.name in MAILDIR_LEAVES:
                # One message per file: no need to open it here to sniff for mbox (the checker reads it).
                found += 1
                yield Item(str(path), path=str(path))
            else:
                skipped.append(str(path))
    for exc in errors:  # a subdirectory that could not be listed: its mail was not checked
        yield Item(str(exc.filename or root), error=_reason(exc))
    if not found and not errors:
        yield Item(str(root), error="not checked: no mail in this directory (looked for .eml, .msg, .mail, "
                                    ".mbox files and Maildir cur/ and new/ folders)")


def _file(path: Path, shown: str) -> Iterator[Item]:
    try:
        with open(path, "rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        yield Item(shown, error=_reason(exc))
        return
    if is_mbox(head + b"\n"):
        try:
            yield from _mbox(path, shown)
        except OSError as exc:
            yield Item(shown, error=_reason(exc))
        return
    yield Item(shown, path=str(path))


def _mbox(path: Path, shown: str) -> Iterator[Item]:
    import mailbox  # only for mbox files: ~2 ms of every start otherwise

    box = mailbox.mbox(str(path), create=False)
    try:
        for number, key in enumerate(box.iterkeys(), start=1):
            yield Item(f"{shown}#{number}", raw=box.get_bytes(key))
    finally:
        box.close()


def _from_bytes(shown: str, data: bytes) -> Iterator[Item]:
    if not data.strip():
        yield Item(shown, error="not checked: empty input")
        return
    if not is_mbox(data[:200]):
        yield Item(shown, raw=data)
        return
    # mbox on stdin: split on "From " lines ourselves (mailbox wants a file path).
    chunks = data.split(b"\nFrom ")
    for number, chunk in enumerate(chunks, start=1):
        chunk = chunk if number == 1 else b"From " + chunk
        body = chunk.split(b"\n", 1)[1] if b"\n" in chunk else b""
        yield Item(f"{shown}#{number}", raw=body.replace(b"\n>From ", b"\nFrom "))


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def read(item: Item) -> bytes:
    if item.raw is not None:
        return item.raw
    with open(item.path, "rb") as handle:
        return handle.read()
