"""Keep asyncio's socket read buffers off mmap (Linux with glibc; elsewhere nothing changes).

asyncio reads a socket with recv(256 KiB): CPython allocates 256 KiB, reads into it and shrinks
it to what arrived. glibc gives an allocation over 128 KiB its own mmap, so every read also costs
an mmap, an mremap, a munmap and fresh-page faults: 16 of the 21 us a 10 KB read took on the
benchmark machine, and the relay reads about eight times a message. Raising the mmap threshold
keeps the buffers on the heap; the trim threshold must sit above it too, or the freed top of the
heap is handed back to the kernel after each read and taken again by the next.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_TRIM_THRESHOLD = -1  # from glibc's malloc.h
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 1 << 20  # above asyncio's 256 KiB read size; a big message still gets its own mmap
TRIM_THRESHOLD = 4 << 20  # at most this much freed heap is kept for reuse


def keep_reads_off_mmap() -> bool:
    """Set glibc's thresholds for this process; whether they were set."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt
    except (OSError, AttributeError):  # no libc found, or one without mallopt
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    # mallopt answers 1 when it took the setting; musl's answers 0 and changes nothing.
    return mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 and mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1
