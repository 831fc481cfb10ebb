"""Hostile bytes never crash a check (review of issue 14): fixtures mutated at random (seeded, so a
failure reproduces) go through Engine.check and `bedside check`'s own path and printer. No
exception may escape; a rule that fails makes the verdict hold; nothing a terminal acts on is printed."""

from __future__ import annotations

import random
import time
from pathlib import Path

from bedside.checks import Verdict
from bedside.proxy.cli.batch import check_item
from bedside.proxy.cli.output import TextWriter
from bedside.proxy.reports import as_json
from bedside.proxy.cli.sources import Item

FIXTURES = sorted(Path(__file__).parent.glob("fixtures/**/*.eml"))
PIECES = [b"\r\n", b"\n\n", b"--", b"=?utf-8?b?", b"?=", b"Content-Type: multipart/mixed; boundary=x\n", b"--x\n",
          b"--x--\n", b"Content-Transfer-Encoding: base64\n", b"\x00", b"\xff\xfe", b"=\n", b"=C3", b"<html>",
          b"\x1b[2J", b"\x9b31m", b"\xe2\x80\xae", b'charset="utf-16"', b"filename*=utf-8''%1B%5B2J.eml",
          b'Content-Disposition: attachment; filename="a.zip"\n', b"PK\x03\x04", b"%PDF-1.4", b"\x1f\x8b\x08",
          b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"Subject: ", b"From: \"\x80\" <@>\n", b"a" * 3000]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at, op = rng.randint(0, len(out)), rng.random()
        if op < 0.35:
            out[at:at] = rng.choice(PIECES)
        elif op < 0.55:
            del out[at: at + rng.randint(1, 50)]
        elif op < 0.75 and out:
            out[min(at, len(out) - 1)] = rng.randrange(256)
        elif op < 0.9:
            other = rng.randint(0, len(out))
            out[at:at] = out[other: other + rng.randint(1, 300)]
        else:
            out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 20)))
    return bytes(out)


def test_mutated_fixtures_never_crash_a_check_or_reach_the_terminal_raw(engine):
    rng = random.Random(14)
    seeds = [p.read_bytes() for p in FIXTURES]
    writer = TextWriter(colour=False)
    deadline = time.monotonic() + 4  # bounded: a few seconds of the suite, a different walk each seed
    runs = 0
    while time.monotonic() < deadline or runs < 20:
        raw = _mutate(rng, rng.choice(seeds))
        outcome = check_item(engine, Item("fuzz.eml", raw=raw))
        runs += 1
        if outcome.report is None:
            continue  # named as not checked (binary, blank): also an answer
        if outcome.report.errors:
            assert outcome.report.verdict is Verdict.HOLD
        for text in (writer(outcome), as_json(outcome)):
            assert not any(c in text for c in "\x1b\x9b\u202e\x07\x08\r"), text
    assert runs >= 20
