"""Several nodes on one PostgreSQL hold queue, end to end: two `bedside serve` processes on
different ports sharing one database (restarted in the middle of the run), then two processes
releasing the same batch of held messages at once. Each message reaches the SMTP sink exactly
once, each sender gets one notice, and the audit log has one release per message. Also
`bedside db upgrade|status|copy` through the real CLI."""

from __future__ import annotations

import json
import smtplib
import subprocess
import sys
import threading
import time

from conftest import ROOT, make_message
from relay_harness import Bedside, Sink

import pg_harness

NOTICE_FROM = "bedside@localhost"


def sender(n: int) -> str:
    return f"student{n}@exmail.nottingham.ac.uk"


def held_message(n: int) -> bytes:
    return make_message(f"Patient NHS number 943 476 5919 in bay {n}.", subject=f"e2e-marker-{n:03d}",
                        sender=sender(n)).replace(b"\n", b"\r\n")


def send_until_accepted(port_of, n: int, deadline: float) -> str:
    """Like an MTA: a 4xx or a dropped connection is tried again (on either node) until a 250."""
    attempt = 0
    while time.monotonic() < deadline:
        try:
            with smtplib.SMTP("127.0.0.1", port_of(n + attempt), timeout=20) as smtp:
                smtp.sendmail(sender(n), ["sam.friend@gmail.com"], held_message(n))
                return "250"
        except (OSError, smtplib.SMTPException):
            attempt += 1
            time.sleep(0.2)
    raise AssertionError(f"message {n} never accepted")


RELEASER = """
import sys
from bedside.proxy.cli.cli import main
config, name, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
for held_id in ids:
    code = main(["held", "--config", config, "--reviewer", name, "release", held_id])
    print("RESULT", held_id, code, flush=True)
"""


def test_two_relays_two_releasers_one_database(tmp_path):
    cluster = pg_harness.cluster()
    url = cluster.fresh_db()
    count = 12
    with Sink() as sink:
        store = {"url": url}
        serve = {"notice_retry": 0.5}
        nodes = []
        for name in ("node1", "node2"):
            (tmp_path / name).mkdir()
            nodes.append(Bedside(tmp_path / name, sink.port, store=store, serve=serve).start())
        try:
            deadline = time.monotonic() + 120
            ports = [n.port for n in nodes]
            port_of = lambda i: ports[i % 2]  # noqa: E731
            acked = {}
            threads = [threading.Thread(target=lambda n=n: acked.__setitem__(n, send_until_accepted(port_of, n, deadline)))
                       for n in range(count // 2)]
            for t in threads:
                t.start()
            # The database goes away while messages arrive: 451s meanwhile, nothing lost after.
            cluster.restart(down_for=1.5)
            more = [threading.Thread(target=lambda n=n: acked.__setitem__(n, send_until_accepted(port_of, n, deadline)))
                    for n in range(count // 2, count)]
            for t in more:
                t.start()
            for t in threads + more:
                t.join()
            assert len(acked) == count

            # One notice per sender (either node may send it; never both).
            def notices():
                return [(rcpts[0], raw) for frm, rcpts, raw in sink.messages if frm == NOTICE_FROM]
            end = time.monotonic() + 60
            while len(notices()) < count and time.monotonic() < end:
                time.sleep(0.2)
            time.sleep(1.5)  # a duplicate would arrive now
            got = sorted(r for r, _ in notices())
            assert got == sorted(sender(n) for n in range(count)), got

            listed = nodes[0].held()
            assert len(listed) == count and {h["status"] for h in listed} == {"held"}
            ids = [h["id"] for h in listed]
            releasers = [subprocess.Popen([sys.executable, "-c", RELEASER, str(nodes[i].config), f"reviewer{i}", *ids],
                                          cwd=nodes[i].workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
                         for i in range(2)]
            outputs = [p.communicate(timeout=180) for p in releasers]
            codes = [dict(line.split()[1:] for line in out.decode().splitlines() if line.startswith("RESULT "))
                     for out, _ in outputs]
            for held_id in ids:  # one releaser delivered it (0), the other was refused (1: already ...)
                assert sorted((codes[0][held_id], codes[1][held_id])) == ["0", "1"], (held_id, outputs)

            released = [raw for frm, _, raw in sink.messages if frm != NOTICE_FROM]
            for n in range(count):
                assert sum(f"e2e-marker-{n:03d}".encode() in raw for raw in released) == 1, n
            assert len(released) == count
            assert {h["status"] for h in nodes[1].held()} == {"released"}
            rows = cluster.psql("SELECT held_id, action, count(*) FROM audit GROUP BY held_id, action",
                                url.rsplit("/", 1)[1])
            assert sorted((i, a, c) for i, a, c in rows if a == "released") == sorted((i, "released", 1) for i in ids)
            assert sorted((i, c) for i, a, c in rows if a == "held") == sorted((i, 1) for i in ids)
        finally:
            for node in nodes:
                node.stop()


def test_db_cli_upgrade_status_and_copy_from_sqlite(tmp_path):
    cluster = pg_harness.cluster()
    url = cluster.fresh_db(schema=False)
    node = Bedside(tmp_path, None, store={"url": url})
    started = subprocess.run([sys.executable, "-m", "bedside.proxy.cli.cli", "serve", "--config", str(node.config)],
                             cwd=tmp_path, capture_output=True, timeout=60)
    assert started.returncode == 2 and b"bedside db upgrade" in started.stderr, started.stderr
    checked = node.cli("serve", "--check-config")
    assert checked.returncode == 2 and b"schema version 0" in checked.stderr
    status = node.cli("db", "status")
    assert status.returncode == 1 and b"schema version 0" in status.stdout
    assert node.cli("db", "upgrade").returncode == 0
    again = node.cli("db", "upgrade")
    assert again.returncode == 0 and b"already up to date" in again.stdout
    assert node.cli("db", "status").returncode == 0
    checked = node.cli("serve", "--check-config")
    assert checked.returncode == 0, checked.stderr

    # A single node's SQLite queue (default location), its audit log and a waiting notice, moved.
    from bedside.proxy.holds.audit import AuditLog
    from bedside.proxy.holds.store import HoldQueue

    data = tmp_path / "var"
    old = HoldQueue(data)
    audit = AuditLog(data / "audit.log")
    ids = [old.hold(f"raw {n}".encode(), "127.0.0.1", sender(n), ["x@gmail.com"], "hold", ["PAT001"], [],
                    audit=lambda i: audit.record("held", i, "bedside serve", ["PAT001"])) for n in range(3)]
    old.decide(ids[0], "rejected", "rev")
    old.add_notice("held", NOTICE_FROM, sender(1), b"notice")
    old.close()
    copied = node.cli("db", "copy", "--from", "sqlite:///var/hold.sqlite3", "--to", url)
    assert copied.returncode == 0, copied.stderr
    assert b"copied 3 held messages, 1 notice and 3 audit records" in copied.stdout
    listed = {h["id"]: h["status"] for h in node.held()}  # read through [store] url = PostgreSQL
    assert listed == {ids[0]: "rejected", ids[1]: "held", ids[2]: "held"}
    shown = node.cli("held", "show", "--raw", ids[1])
    assert shown.stdout == b"raw 1"
    twice = node.cli("db", "copy", "--from", "sqlite:///var/hold.sqlite3", "--to", url)
    assert twice.returncode == 2 and b"copy into an empty queue" in twice.stderr


def test_relay_without_its_database_answers_451_then_recovers(tmp_path):
    cluster = pg_harness.cluster()
    url = cluster.fresh_db()
    with Sink() as sink, Bedside(tmp_path, sink.port, store={"url": url}) as node:
        cluster.stop("immediate")
        try:
            with smtplib.SMTP("127.0.0.1", node.port, timeout=60) as smtp:
                try:
                    smtp.sendmail(sender(1), ["sam.friend@gmail.com"], held_message(1))
                    raise AssertionError("a held message was acknowledged with no database to keep it")
                except smtplib.SMTPDataError as exc:
                    assert exc.smtp_code == 451, exc
                # Clean mail needs no database: still delivered.
                smtp.sendmail(sender(2), ["sam.friend@gmail.com"],
                              make_message("See you at the lecture.", subject="clean", sender=sender(2)))
            assert len(sink.wait_for(1)) == 1
        finally:
            cluster.start()
        # The same relay, not restarted: the retry is held, once.
        with smtplib.SMTP("127.0.0.1", node.port, timeout=60) as smtp:
            smtp.sendmail(sender(1), ["sam.friend@gmail.com"], held_message(1))
        listed = node.held()
        assert [h["status"] for h in listed] == ["held"]
        assert "hold-store-failed" in node.logs
