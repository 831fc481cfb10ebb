"""Never lose a message: kill -9 the relay at random moments under traffic, restart it, and find
every message a client was told 250 for in the outbox or the hold queue.

This is the local-outbox delivery path (no upstream); tests/test_fault_injection.py does the same
at issue 14's scale (20 kills, 1,000 messages, 20 connections) against an upstream sink, and
reconciles duplicates too."""

from __future__ import annotations

import random
import signal
import smtplib
import sqlite3
import threading
import time

from conftest import make_message
from relay_harness import Bedside

STUDENT = "amy.student@exmail.nottingham.ac.uk"


def _message(n: int) -> bytes:
    # The marker is in the subject only.
    if n % 3 == 0:  # a third are held
        body = f"Patient NHS number 943 476 5919 in bay {n % 9}."
    else:
        body = f"Dear Sam,\n\nNotes for session {n}.\n\nAmy"
    return make_message(body, subject=f"crash-marker-{n:05d}", sender=STUDENT).replace(b"\n", b"\r\n")


def test_kill_9_under_traffic_loses_nothing(tmp_path):
    # Only the rule that holds the NHS-number messages: each restart builds the check worker's
    # engine again, and the durability of delivery and holding is under test, not the rules.
    bedside = Bedside(tmp_path, None, rules={"select": ["PAT001"]}).start()
    acked: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    counter = iter(range(100_000))

    def client():
        while not stop.is_set():
            n = next(counter)
            try:
                with smtplib.SMTP("127.0.0.1", bedside.port, timeout=10) as smtp:
                    smtp.sendmail(STUDENT, ["sam.friend@gmail.com"], _message(n))
                with lock:
                    acked.append(f"crash-marker-{n:05d}")
            except (OSError, smtplib.SMTPException):
                time.sleep(0.05)  # refused, reset, 4xx: a real MTA would retry later; not acked

    threads = [threading.Thread(target=client) for _ in range(4)]
    for t in threads:
        t.start()
    rng = random.Random(5)
    try:
        for _ in range(4):
            time.sleep(rng.uniform(0.5, 2.0))
            bedside.stop(signal.SIGKILL)
            time.sleep(rng.uniform(0.0, 0.3))
            bedside.start()
        time.sleep(1.0)
    finally:
        stop.set()
        for t in threads:
            t.join(30)
        bedside.stop()

    assert len(acked) > 20, "the test sent too little traffic to mean anything"
    # Delivered messages carry bedside's verdict headers; its notices (which name a held message's
    # subject) do not, and must not count as the message itself.
    stored = b"".join(m for m in bedside.outbox() if b"X-Bedside-Verdict" in m)
    with sqlite3.connect(tmp_path / "var" / "hold.sqlite3") as db:
        stored += b"".join(row[0] for row in db.execute("SELECT raw FROM held"))
    lost = [m for m in acked if m.encode() not in stored]
    assert not lost, f"{len(lost)} of {len(acked)} acknowledged messages were lost: {lost[:5]}"
