"""Turn command-line inputs into messages to check: .eml files, directories, mbox files, stdin."""

from __future__ import annotations

import mailbox
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


def is_mbox(head: bytes) -> bool:
    return head.startswith(b"From ") and b"\n" in head


def expand(inputs: list[str]) -> Iterator[Item]:
    for name in inputs:
        if name == "-":
            yield from _from_bytes("<stdin>", sys.stdin.buffer.read())
            continue
        path = Path(name)
        if path.is_dir():
            yield from _directory(path)
        else:
            yield from _file(path, name)


def _directory(root: Path) -> Iterator[Item]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = Path(dirpath)
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            suffix = Path(filename).suffix.lower()
            path = here / filename
            if suffix in MBOX_SUFFIXES:
                yield from _file(path, str(path))
            elif suffix in MAIL_SUFFIXES or here.name in MAILDIR_LEAVES:
                # One message per file: no need to open it here to sniff for mbox (the checker reads it).
                yield Item(str(path), path=str(path))


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
    box = mailbox.mbox(str(path), create=False)
    try:
        for number, key in enumerate(box.iterkeys(), start=1):
            yield Item(f"{shown}#{number}", raw=box.get_bytes(key))
    finally:
        box.close()


def _from_bytes(shown: str, data: bytes) -> Iterator[Item]:
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
