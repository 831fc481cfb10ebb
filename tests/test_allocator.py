"""glibc tuning for `bedside serve`: asyncio's 256 KiB socket reads come from the heap, not a fresh mmap."""

import platform
import subprocess
import sys

import pytest

READS = """
import resource, socket
from bedside.proxy.relay.allocator import keep_reads_off_mmap
print(keep_reads_off_mmap())
a, b = socket.socketpair()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(2000):
    a.send(b"250 2.0.0 OK\\r\\n")
    b.recv(256 * 1024)  # what asyncio's selector transport asks for on every read
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def tuned_reads() -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-c", READS], capture_output=True, text=True, check=True).stdout
    took, count = out.split()  # 'True' when the tuning was taken, then the page faults
    return took, int(count)


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                    reason="the tuning is for glibc's malloc")
def test_reads_do_not_fault_fresh_pages_once_tuned():
    took, tuned = tuned_reads()
    assert took == "True"
    # Untuned, each read maps, touches and unmaps fresh pages: 4,000 faults on the machine this
    # was written on.
    assert tuned < 100, f"{tuned} page faults for 2000 reads"
