"""Length-prefixed frames: how the relay and `bedside check` talk to their worker processes.

Eight bytes of big-endian length, then that many bytes (a pickle, here).
"""

from __future__ import annotations

import struct
from typing import BinaryIO

LENGTH = struct.Struct("!Q")


def write_frame(stream: BinaryIO, data: bytes, flush: bool = True) -> None:
    stream.write(LENGTH.pack(len(data)))
    stream.write(data)
    if flush:
        stream.flush()


def read_frame(stream: BinaryIO) -> bytes | None:
    """The next frame, or None at a clean end of stream (the other side closed it)."""
    head = stream.read(LENGTH.size)
    if len(head) < LENGTH.size:
        return None
    return stream.read(LENGTH.unpack(head)[0])
