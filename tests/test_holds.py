"""The hold queue and bedside's notices under faults (issue 14 items 7, 9, 11, 12, 21): a real relay
process, a real upstream sink on loopback, real SQLite files."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import ROOT, make_message
from relay_harness import Bedside, Sink, parse
from test_serve import HOLD, NHS, STUDENT, crlf, send_reply, wait_for_notice

from bedside.proxy.holds.store import HoldQueue, StoreError


def distinct_holds(n: int) -> list[bytes]:
    return [make_message(f"Hi Sam,\n\nThe patient in bay {i} has NHS number {NHS}, look her up.\n\nAmy",
                         subject=f"case {i}", sender=STUDENT) for i in range(n)]


def held_notices(sink: Sink) -> list[bytes]:
    return [raw for raw in sink.to(STUDENT) if b"held for review" in raw]


def wait_until(predicate, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


# --- item 7: the reply matches what was committed ------------------------------------------------

def test_a_failed_audit_write_stores_nothing_and_a_retry_is_not_a_duplicate(tmp_path):
    with Sink() as sink, Bedside(tmp_path, sink.port) as b:
        audit = tmp_path / "var" / "audit.log"
        audit.mkdir()  # the audit record cannot be written: a full or broken disk
        code, _ = send_reply(b.port, HOLD, ["dup@gmail.com"])
        assert code == 451
        assert b.held() == []  # told 451, so nothing may have been kept
        audit.rmdir()

        code, text = send_reply(b.port, HOLD, ["dup@gmail.com"])  # the client's retry
        assert code == 250
        held_id = text.split()[-1].decode()
        # The reply to that was lost and the client sends it again: recognised, same id.
        code, again = send_reply(b.port, HOLD, ["dup@gmail.com"])
        assert code == 250 and again.split()[-1].decode() == held_id
        assert [h["id"] for h in b.held()] == [held_id]
        assert [json.loads(line)["id"] for line in audit.read_text().splitlines()] == [held_id]
        assert wait_for_notice(sink, STUDENT, held_id.encode())
        time.sleep(0.5)
        assert len([r for r in sink.to(STUDENT) if held_id.encode() in r]) == 1  # one explanation

        # The same bytes to someone else, or from another client, are another message.
        code, other = send_reply(b.port, HOLD, ["dup2@gmail.com"])
        assert code == 250 and other.split()[-1].decode() != held_id


def test_audit_failure_rolls_the_row_back_in_the_store_itself(tmp_path):
    queue = HoldQueue(tmp_path)

    def broken_audit(held_id):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        queue.hold(b"raw", "127.0.0.1", "a@b.org", ["c@d.org"], "hold", ["PAT001"], [], audit=broken_audit)
    assert queue.count() == 0
    first, fresh = queue.hold_once(b"raw", "127.0.0.1", "a@b.org", ["c@d.org"], "hold", ["PAT001"], [])
    again, fresh_again = queue.hold_once(b"raw", "127.0.0.1", "a@b.org", ["c@d.org"], "hold", ["PAT001"], [])
    assert fresh and not fresh_again and first == again and queue.count() == 1


# --- item 9: notices survive a smarthost that is down and a relay that is killed ------------------

def test_notices_wait_for_the_smarthost_and_arrive_exactly_once(tmp_path):
    sink = Sink()  # not started: the smarthost is down
    with Bedside(tmp_path, sink.port, serve={"notice_retry": 0.2}) as b:
        ids = []
        for raw in distinct_holds(10):
            code, text = send_reply(b.port, raw, ["friend@gmail.com"])
            assert code == 250, text
            ids.append(text.split()[-1].decode())
        time.sleep(1.0)  # a few failed tries, each pushed back
        assert '"event": "notice-deferred"' in b.logs
        with sink:  # the smarthost comes back
            assert wait_until(lambda: len(held_notices(sink)) >= 10, timeout=30)
            time.sleep(1.0)  # nothing more arrives
            notices = held_notices(sink)
        assert len(notices) == 10
        assert sorted(next(i for i in ids if i.encode() in n) for n in notices) == sorted(ids)
        assert all(NHS.encode() not in n for n in notices)


def test_notices_queued_before_a_kill_9_are_sent_after_restart(tmp_path):
    sink = Sink()
    b = Bedside(tmp_path, sink.port, serve={"notice_retry": 0.2}).start()
    ids = []
    try:
        for raw in distinct_holds(3):
            code, text = send_reply(b.port, raw, ["friend@gmail.com"])
            ids.append(text.split()[-1].decode())
        b.stop(signal.SIGKILL)  # between queueing and sending
        with sink:
            time.sleep(0.5)
            assert not held_notices(sink)
            b.start()
            assert wait_until(lambda: len(held_notices(sink)) >= 3, timeout=30)
            time.sleep(0.5)
            notices = held_notices(sink)
    finally:
        b.stop()
    assert len(notices) == 3 and all(any(i.encode() in n for n in notices) for i in ids)


def test_a_notice_refused_for_good_is_dropped_not_retried(tmp_path):
    with Sink(refuse={STUDENT}) as sink, Bedside(tmp_path, sink.port, serve={"notice_retry": 0.2}) as b:
        assert send_reply(b.port, HOLD)[0] == 250
        assert wait_until(lambda: '"event": "notice-refused"' in b.logs, timeout=20)
        time.sleep(1.0)
        assert b.logs.count('"event": "notice-refused"') == 1
        with sqlite3.connect(tmp_path / "var" / "hold.sqlite3") as db:
            assert db.execute("SELECT count(*) FROM notices").fetchone()[0] == 0


# --- item 11: nothing the sender wrote reaches the reviewer's terminal raw -------------------------

def test_held_show_and_list_escape_control_characters(tmp_path):
    b = Bedside(tmp_path, None)
    queue = HoldQueue(tmp_path / "var")
    clear = "\x1b[2J\x1b[H"
    fake = "\r\x1b[32mreleased OK\x1b[0m\u202e"
    finding = {"rule": "PAT001", "action": "hold", "message": f"NHS number{clear}",
               "location": {"part": f"attachment:{clear}.csv", "line": 1}, "excerpt": f"943 *** **19 {fake}"}
    held_id = queue.hold(b"raw", f"10.0.0.1{clear}", f"amy{clear}@x.org", [f"sam{fake}@gmail.com"], "hold",
                         ["PAT001"], [finding], reason=f"findings{fake}")
    queue.close()
    shown = b.cli("held", "show", held_id)
    listed = b.cli("held", "list")
    as_json = b.cli("held", "list", "--format", "json")
    for result in (shown, listed, as_json):
        assert result.returncode == 0, result.stderr
        out = result.stdout.decode()
        assert not any(c in out for c in "\x1b\r\u202e"), out
    assert "\\x1b[2J" in shown.stdout.decode() and "released OK" in shown.stdout.decode()


# --- item 12: a damaged queue is refused at start, with how to recover ------------------------------

def _damage_pages(path):
    """Real damage inside a real database: a b-tree page overwritten in the middle of the file."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(4096 * 2)
        f.write(b"\xff" * 4096)
    assert path.stat().st_size == size


@pytest.mark.parametrize("damage", ["not-a-database", "damaged-pages"])
def test_a_damaged_queue_is_refused_with_a_way_out(tmp_path, damage):
    b = Bedside(tmp_path, None)
    data = tmp_path / "var"
    data.mkdir()
    db = data / "hold.sqlite3"
    if damage == "not-a-database":
        db.write_bytes(b"this is not sqlite" * 300)
    else:
        queue = HoldQueue(data)
        for i in range(60):
            queue.hold(os.urandom(3000), "127.0.0.1", "a@b.org", ["c@d.org"], "hold", ["PAT001"], [])
        queue.close()
        with sqlite3.connect(db) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _damage_pages(db)
    for args in (("held", "list"), ("held", "show", "x"), ("serve", "--check-config"), ("serve",)):
        result = b.cli(*args)
        err = result.stderr.decode()
        assert result.returncode == 2, (args, err)
        assert "Traceback" not in err and f"hold queue {db} is damaged" in err and ".recover" in err, err
    with pytest.raises(StoreError, match="mv .*hold.sqlite3.damaged"):
        HoldQueue(data)


# --- item 21: encryption at rest --------------------------------------------------------------------

def test_encrypted_queue_holds_no_plaintext_and_release_gives_the_original(tmp_path):
    key = tmp_path / "hold.key"
    made = subprocess.run([sys.executable, "-m", "bedside.proxy.cli.cli", "keygen"], capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    key.write_bytes(made.stdout)
    key.chmod(0o600)
    marker = b"Bay-Seven-Marker"
    raw = make_message(f"Hi Sam,\n\nThe patient {marker.decode()} has NHS number {NHS}, look her up.\n\nAmy",
                       subject="secret-subject-line", sender=STUDENT)
    with Sink() as sink, Bedside(tmp_path, sink.port, store={"encryption_key_file": str(key)}) as b:
        code, text = send_reply(b.port, raw, ["encrypted.to@gmail.com"])
        assert code == 250
        held_id = text.split()[-1].decode()
        assert wait_for_notice(sink, STUDENT, held_id.encode())
        at_rest = b"".join(p.read_bytes() for p in (tmp_path / "var").glob("hold.sqlite3*"))
        for plain in (marker, NHS.encode(), b"9434765919", b"secret-subject-line", b"encrypted.to@gmail.com",
                      STUDENT.encode()):
            assert plain not in at_rest, plain
        shown = b.cli("held", "show", held_id)
        assert shown.returncode == 0 and STUDENT in shown.stdout.decode()
        assert b.cli("held", "--reviewer", "dr.ward", "release", held_id).returncode == 0
        [delivered] = sink.to("encrypted.to@gmail.com")
        # the original bytes, decrypted, under bedside's 'released' stamp
        assert delivered == b"X-Bedside-Verdict: released\r\nX-Bedside-Rules: PAT001\r\n" + crlf(raw)

    # Without the key the queue says so, and does not pretend to be empty or readable.
    plain_config = tmp_path / "nokey.toml"
    plain_config.write_text(f'[serve]\ndata_dir = "{tmp_path / "var"}"\n')
    result = subprocess.run([sys.executable, "-m", "bedside.proxy.cli.cli", "held", "list", "--all", "--config", str(plain_config)],
                            capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert result.returncode == 2 and b"encrypted" in result.stderr and b"Traceback" not in result.stderr


def test_a_bad_key_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.key"
    bad.write_text("not a key")
    b = Bedside(tmp_path, None, store={"encryption_key_file": str(bad)})
    result = b.cli("serve", "--check-config")
    assert result.returncode == 2 and b"not a Fernet key" in result.stderr and b"Traceback" not in result.stderr


def test_notices_a_killed_sender_had_in_hand_are_due_again_at_start(tmp_path):
    queue = HoldQueue(tmp_path)
    queue.add_notice("held", "bedside@localhost", "amy@x.org", b"notice")
    [taken] = queue.due_notices(lease=900)  # in hand when the relay was killed
    assert queue.due_notices(lease=900) == []
    queue.close()
    restarted = HoldQueue(tmp_path)
    assert restarted.release_leases() == 1
    [again] = restarted.due_notices(lease=900)
    assert again.id == taken.id and again.data == b"notice" and again.rcpt == "amy@x.org"


def test_a_retry_is_found_by_its_digest_not_by_scanning_every_held_row(tmp_path):
    from bedside.proxy.holds.store import RETRY_LOOKUP

    queue = HoldQueue(tmp_path)
    for n in range(50):
        queue.hold_once(make_message(f"Patient NHS number {NHS} note {n}"), "127.0.0.1", STUDENT,
                        ["x@gmail.com"], "hold", ["PAT001"], [])
    plan = " ".join(str(row[-1]) for row in queue._db.execute(f"EXPLAIN QUERY PLAN {RETRY_LOOKUP}", ("d", 0.0)))
    assert "held_digest" in plan, plan
    queue.close()
