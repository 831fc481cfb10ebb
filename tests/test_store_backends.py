"""The hold queue's contract, run against both backends: SQLite (a file in tmp_path) and
PostgreSQL (a real throwaway server, tests/pg_harness.py; a fresh database for each test).
Two store objects on one database stand for two nodes."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bedside.proxy.holds.store import StoreError, open_queue, store_target
from bedside.proxy.settings import ServeSettings

import pg_harness


def settings_for(tmp_path: Path, url: str, key_file: str = "", node: str = "") -> ServeSettings:
    # Only the store's fields matter here; the rest are placeholders the dataclass requires.
    fields = {f: None for f in ServeSettings.__dataclass_fields__}
    fields.update(data_dir=tmp_path / "var", encryption_key_file=key_file, store_url=url, store_password_file="",
                  store_pool_size=4, store_node=node, base_dir=tmp_path)
    return ServeSettings(**{k: v for k, v in fields.items() if k in ServeSettings.__dataclass_fields__})


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request, tmp_path):
    """A function opening a store (a 'node') on this test's database."""
    url = "sqlite:///var/hold.sqlite3" if request.param == "sqlite" else pg_harness.cluster().fresh_db()
    opened = []

    def open_node(key_file: str = "", node: str = "") -> object:
        queue = open_queue(settings_for(tmp_path, url, key_file, node))
        opened.append(queue)
        return queue

    open_node.kind = request.param
    open_node.url = url
    yield open_node
    for queue in opened:
        queue.close()


def hold(queue, n: int = 0, **kw):
    return queue.hold_once(f"raw {n}".encode(), "127.0.0.1", f"s{n}@x.org", [f"r{n}@y.org"], "hold", ["PAT001"],
                           [{"rule": "PAT001", "excerpt": "NHS ***"}], **kw)


def test_hold_get_list_decide(backend):
    queue = backend()
    held_id, fresh = hold(queue)
    assert fresh and queue.backend == backend.kind
    got = queue.get(held_id, with_raw=True)
    assert (got.raw, got.mail_from, got.rcpts, got.rules, got.status) == (b"raw 0", "s0@x.org", ("r0@y.org",),
                                                                          ("PAT001",), "held")
    assert got.findings == [{"rule": "PAT001", "excerpt": "NHS ***"}]
    assert queue.get(held_id).raw == b""
    assert [h.id for h in queue.list()] == [held_id]
    assert queue.decide(held_id, "rejected", "rev")
    assert not queue.decide(held_id, "rejected", "rev"), "decided twice"
    assert queue.list() == [] and queue.counts() == {"rejected": 1} and queue.count() == 1
    assert queue.get("nope") is None


def test_retry_gets_same_id_and_failed_audit_stores_nothing(backend):
    queue = backend()

    def broken(held_id):
        raise OSError("audit disk full")

    with pytest.raises(OSError):
        hold(queue, audit=broken)
    assert queue.count() == 0
    first, fresh = hold(queue)
    again, fresh_again = hold(backend())  # the retry reaches the other node
    assert (again, fresh, fresh_again) == (first, True, False)
    assert queue.count() == 1


def test_concurrent_retries_on_two_nodes_store_one_message(backend):
    nodes = [backend(), backend()]
    results, barrier = [], threading.Barrier(8)

    def retry(i):
        barrier.wait()
        results.append(hold(nodes[i % 2]))

    threads = [threading.Thread(target=retry, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({r[0] for r in results}) == 1 and sum(r[1] for r in results) == 1
    assert nodes[0].count() == 1


def test_audit_record_commits_with_the_hold(backend):
    queue = backend()
    audit = queue.audit_log()
    held_id, _ = hold(queue, audit=lambda i: audit.record("held", i, "bedside serve", ["PAT001"], reason="findings"))
    assert queue.decide(held_id, "rejected", "rev", audit=lambda: audit.record("rejected", held_id, "rev", ["PAT001"]))
    entries = audit.entries()
    assert [(e["action"], e["id"], e["actor"], e["rules"]) for e in entries] == [
        ("held", held_id, "bedside serve", ["PAT001"]), ("rejected", held_id, "rev", ["PAT001"])]
    assert entries[0]["reason"] == "findings"


def test_release_is_claimed_once_among_racing_releasers(backend):
    nodes = [backend(), backend()]
    ids = [hold(nodes[0], n)[0] for n in range(10)]
    won: dict[str, list[str]] = {i: [] for i in ids}
    barrier = threading.Barrier(4)

    def releaser(name, queue):
        barrier.wait()
        for held_id in ids:
            claimed = queue.claim(held_id, name)
            if claimed is not None:
                assert claimed.raw.startswith(b"raw ")
                won[held_id].append(name)
                assert queue.settle(held_id, name)

    threads = [threading.Thread(target=releaser, args=(f"r{i}", nodes[i % 2])) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(len(w) == 1 for w in won.values()), won
    assert nodes[1].counts() == {"released": 10}


def test_claim_refuses_decided_and_purged_and_purge_spares_a_release_in_progress(backend):
    queue, other = backend(), backend()
    a, _ = hold(queue, 1)
    b, _ = hold(queue, 2)
    c, _ = hold(queue, 3)
    assert queue.decide(a, "rejected", "rev")
    assert other.claim(a, "r2") is None
    assert queue.claim(b, "r1") is not None
    assert sorted(other.purge(-1)) == sorted([a, c])
    assert other.claim(c, "r2") is None, "released after being purged"
    assert not other.decide(b, "rejected", "r2"), "rejected while being released"
    assert queue.settle(b, "r1") and queue.get(b).status == "released"
    assert not other.settle(b, "r2")


def test_failed_delivery_puts_it_back(backend):
    queue = backend()
    held_id, _ = hold(queue)
    assert queue.claim(held_id, "r1") is not None
    queue.unclaim(held_id)
    held = queue.get(held_id)
    assert (held.status, held.decided_by) == ("held", None)
    assert queue.claim(held_id, "r2") is not None


def test_encrypted_at_rest_on_both_backends(backend, tmp_path):
    key = tmp_path / "hold.key"
    key.write_bytes(Fernet.generate_key())
    queue = backend(str(key))
    held_id, _ = hold(queue, 7)
    assert queue.get(held_id, with_raw=True).raw == b"raw 7"
    notice = queue.add_notice("held", "bedside@localhost", "s7@x.org", b"notice bytes")
    stored = list(queue.export_rows("held"))[0]
    assert b"raw 7" not in bytes(stored["raw"]) and "s7@x.org" not in stored["mail_from"] and stored["sealed"] == 1
    assert queue.due_notices(60)[0].data == b"notice bytes" and notice
    with pytest.raises(StoreError, match="encrypted"):
        backend().get(held_id, with_raw=True)


def test_two_senders_never_lease_the_same_notice(backend):
    nodes = [backend(node="a"), backend(node="b")]
    for n in range(40):
        nodes[0].add_notice("held", "bedside@localhost", f"s{n}@x.org", f"notice {n}".encode())
    taken: list[list[int]] = [[], []]
    barrier = threading.Barrier(2)

    def sender(i):
        barrier.wait()
        while True:
            due = nodes[i].due_notices(600, limit=3)
            if not due:
                return
            taken[i] += [n.id for n in due]

    threads = [threading.Thread(target=sender, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(taken[0]) + len(taken[1]) == 40 and not set(taken[0]) & set(taken[1])
    assert nodes[0].notices_waiting() == 40
    for notice_id in taken[1]:
        nodes[1].notice_done(notice_id)
    assert nodes[0].notices_waiting() == len(taken[0])


def test_restart_releases_only_this_nodes_leases(tmp_path):
    # PostgreSQL only: a SQLite file has one node, whose restart releases every lease.
    url = pg_harness.cluster().fresh_db()
    a, b, restarted_a = (open_queue(settings_for(tmp_path, url, node=n)) for n in ("a", "b", "a"))
    a.add_notice("held", "bedside@localhost", "x@y.org", b"n1")
    b.add_notice("held", "bedside@localhost", "x@y.org", b"n2")
    assert len(a.due_notices(600, limit=1)) == 1 and len(b.due_notices(600, limit=1)) == 1
    assert restarted_a.release_leases() == 1
    due = restarted_a.due_notices(600)
    assert [n.data for n in due] == [b"n1"], "took the lease node b still holds"
    for queue in (a, b, restarted_a):
        queue.close()


def test_notice_retry_and_next(backend):
    queue = backend()
    notice_id = queue.add_notice("held", "bedside@localhost", "x@y.org", b"n", first_try=time.time() + 600)
    assert queue.due_notices(60) == []
    assert queue.next_notice_at() > time.time() + 500
    queue.notice_retry(notice_id, time.time() - 1, "451 later")
    due = queue.due_notices(60)
    assert [(n.id, n.attempts) for n in due] == [(notice_id, 1)]


# --- PostgreSQL only: schema versions, the CLI, losing the server ---------------------------------
def test_older_schema_refuses_to_start_and_upgrade_fixes_it(tmp_path):
    from bedside.proxy.holds.pgstore import LATEST, PgHoldQueue

    cluster = pg_harness.cluster()
    url = cluster.fresh_db(schema=False)
    with pytest.raises(StoreError, match="schema version 0; this bedside needs .*bedside db upgrade"):
        open_queue(settings_for(tmp_path, url))
    raw = PgHoldQueue(url, check_schema=False)
    assert raw.upgrade(target=1) == [1]
    raw.close()
    with pytest.raises(StoreError, match="schema version 1;"):
        open_queue(settings_for(tmp_path, url))
    upgrader = PgHoldQueue(url, check_schema=False)
    assert upgrader.upgrade() == list(range(2, LATEST + 1)) and upgrader.upgrade() == []
    upgrader.close()
    open_queue(settings_for(tmp_path, url)).close()


def test_unreachable_server_is_a_clear_error(tmp_path):
    from relay_harness import free_port

    with pytest.raises(StoreError, match="cannot connect"):
        open_queue(settings_for(tmp_path, f"postgresql://bedside@127.0.0.1:{free_port()}/x"))


def test_store_url_forms(tmp_path):
    assert store_target("", tmp_path) == ("sqlite", str(tmp_path / "hold.sqlite3"))
    assert store_target("sqlite:///var/h.db", tmp_path, tmp_path) == ("sqlite", str(tmp_path / "var/h.db"))
    assert store_target("sqlite:////srv/h.db", tmp_path) == ("sqlite", "/srv/h.db")
    assert store_target("postgresql://u@h:5433/d?sslmode=verify-full", tmp_path)[0] == "postgresql"
    for bad in ("mysql://x", "sqlite:///", "sqlite://relative"):
        with pytest.raises(StoreError, match=r"\[store\] url"):
            store_target(bad, tmp_path)


def test_queue_survives_a_database_restart(tmp_path):
    cluster = pg_harness.cluster()
    queue = open_queue(settings_for(tmp_path, cluster.fresh_db()))
    first, _ = hold(queue, 1)
    cluster.restart(down_for=0.5)
    failures = 0
    for attempt in range(20):  # the pool replaces the cut connections: at most a failure or two
        try:
            second, fresh = hold(queue, 2)
            break
        except Exception:  # noqa: BLE001 - what the relay turns into a 451
            failures += 1
            time.sleep(0.2)
    assert fresh and failures <= 2
    assert {h.id for h in queue.list()} == {first, second}
    queue.close()


@pytest.mark.parametrize("encrypted", [False, True])
def test_search_and_outcomes_for_the_web_pages(backend, tmp_path, encrypted):
    key_file = ""
    if encrypted:
        key_file = str(tmp_path / "hold.key")
        Path(key_file).write_bytes(Fernet.generate_key())
    queue = backend(key_file)
    ids = []
    for n in range(6):
        rules = ["PAT001"] if n % 2 else ["OFF001"]
        ids.append(queue.hold(f"Subject: m{n}\r\n\r\n".encode() + b"x" * 1000, "127.0.0.1", f"Amy{n % 3}@x.org",
                              [f"r{n}@{'gmail.com' if n < 3 else 'nhs.net'}"], "hold", rules, []))
        time.sleep(0.002)  # distinct received times: newest first is an order
    queue.decide(ids[0], "rejected", "rev")
    items, total, counts = queue.search_held(limit=2, head_bytes=12)
    assert [h.id for h in items] == ids[::-1][:2] and total == 6 and counts == {"held": 5, "rejected": 1}
    assert items[0].raw == b"Subject: m5\r" or encrypted  # the head only (a sealed row is opened whole)
    items, total, counts = queue.search_held(status="held", codes=["PAT001"], sender="amy1", offset=0)
    assert [h.id for h in items] == [ids[1]] and total == 1 and counts == {"held": 1}
    items, total, _ = queue.search_held(domain="@NHS.net", offset=1, limit=10)
    assert total == 3 and [h.id for h in items] == [ids[4], ids[3]]
    items, total, _ = queue.search_held(since=time.time() + 60)
    assert (items, total) == ([], 0)
    outcomes = queue.outcomes()
    assert sum(o[4] for o in outcomes) == 6
    day = int(time.time() // 86400) * 86400
    assert (day, day, "rejected", ["OFF001"], 1) in outcomes
    assert (day, None, "held", ["PAT001"], 3) in outcomes
