"""The web app's accounts in the shared store (issue 18): users, API tokens (hashed), failed sign-ins
(lockouts), sessions and senders' requests live in the hold queue's store, so two web nodes over one
PostgreSQL database share them. Run on both backends (a SQLite file and a real PostgreSQL,
tests/pg_harness.py); a node's old web.sqlite3 is moved in once."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import httpx
import pytest
from argon2 import PasswordHasher

from bedside.proxy.holds.store import open_queue
from bedside.proxy.web.store import LEGACY, UserError, WebStore, token_digest

import pg_harness
from test_store_backends import settings_for
from test_web_harness import PASSWORD, PATIENT, WebServer, make_message


@pytest.fixture(params=["sqlite", "postgresql"])
def two_nodes(request, tmp_path):
    """Two WebStores, each over its own connection(s) to this test's database: two web nodes."""
    url = "sqlite:///var/hold.sqlite3" if request.param == "sqlite" else pg_harness.cluster().fresh_db()
    queues = [open_queue(settings_for(tmp_path, url, node=f"web{i}")) for i in (1, 2)]
    yield [WebStore(q) for q in queues]
    for q in queues:
        q.close()


def test_accounts_tokens_sessions_and_lockouts_are_shared(two_nodes):
    a, b = two_nodes
    a.add_user("alice", "reviewer", PASSWORD)
    assert b.verify("alice", PASSWORD).role == "reviewer" and b.verify("alice", "wrong password") is None
    with pytest.raises(UserError, match="exists already"):
        b.add_user("alice", "admin", PASSWORD)
    assert [(u.name, u.role) for u in b.users()] == [("alice", "reviewer")]
    # The hash is argon2, never the password.
    stored = a.queue.batch([("SELECT hash FROM web_users WHERE name = ?", ("alice",))])[0][0]
    stored = stored["hash"] if isinstance(stored, dict) else stored[0]
    assert stored.startswith("$argon2") and PASSWORD not in stored
    PasswordHasher().verify(stored, PASSWORD)

    token = a.add_token("ci", "reviewer")
    assert b.token_user(token).role == "reviewer" and b.token_user(token + "x") is None
    digests = [r["digest"] if isinstance(r, dict) else r[0] for r in
               a.queue.batch([("SELECT digest FROM web_tokens", ())])[0]]
    assert digests == [token_digest(token)]
    assert a.remove_token("ci") == 1 and b.token_user(token) is None and b.remove_token("ci") == 0

    sid = a.start_session("alice", 3600)
    assert b.session_user(sid, 3600) == "alice"
    b.set_password("alice", "another long password")  # on the other node: every session ends
    assert a.session_user(sid, 3600) is None and a.verify("alice", "another long password")

    # Failed sign-ins counted on one node lock the account on the other.
    for _ in range(3):
        a.failed("user:x", "ip:192.0.2.1")
    assert b.failures("user:x", 60) == 3 and b.failures("ip:192.0.2.1", 60) == 3
    b.clear_failures("user:x")
    assert a.failures("user:x", 60) == 0 and a.failures("ip:192.0.2.1", 60) == 3

    a.add_request("20261207-090000-abcdef01", "release", "I anonymised it")
    a.add_request("20261207-090000-abcdef01", "false-positive", rule="PAT001")
    assert [r["kind"] for r in b.requests_for("20261207-090000-abcdef01")] == ["release", "false-positive"]
    assert b.requested(["20261207-090000-abcdef01", "nope"]) == {"20261207-090000-abcdef01": {"release", "false-positive"}}
    assert [rule for rule, _ in b.reports()] == ["PAT001"]
    key = a.save_filters(None, {"sender": "s@x.org"}, 3600)
    assert b.filters(key) == {"sender": "s@x.org"} and b.filters("other") == {}
    a.save_filters(key, {"rule": "PAT001"}, 3600)
    assert b.filters(key) == {"rule": "PAT001"}
    b.forget(["20261207-090000-abcdef01"])
    assert a.requests_for("20261207-090000-abcdef01") == []
    assert b.remove_user("alice") and not a.remove_user("alice") and a.user("alice") is None


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_encrypted_list_filter_sees_recipients_added_later(kind, tmp_path):
    """The web list decrypts an encrypted queue's envelopes once and keeps them; recipients that a
    later part of the same message adds (add_recipients) are still found by a domain filter."""
    from cryptography.fernet import Fernet

    from bedside.proxy.web.queue import Filters, search

    key = tmp_path / "hold.key"
    key.write_bytes(Fernet.generate_key())
    url = "sqlite:///var/hold.sqlite3" if kind == "sqlite" else pg_harness.cluster().fresh_db()
    queue = open_queue(settings_for(tmp_path, url, key_file=str(key)))
    try:
        held = [queue.hold(f"raw {i}".encode(), "127.0.0.1", f"s{i}@exmail.nottingham.ac.uk", [f"x{i}@nhs.net"],
                           "hold", ["PAT001"], []) for i in range(3)]
        by_domain = Filters.from_mapping({"status": "held", "domain": "gmail.com"})
        assert search(queue, by_domain).total == 0
        assert [h.id for h in search(queue, Filters.from_mapping({"sender": "s1@"})).items] == [held[1]]
        assert queue.add_recipients(held[2], ["friend@gmail.com"])
        found = search(queue, by_domain)
        assert [h.id for h in found.items] == [held[2]] and "friend@gmail.com" in found.items[0].rcpts
    finally:
        queue.close()


OLD_SCHEMA = """
CREATE TABLE users (name TEXT PRIMARY KEY, role TEXT NOT NULL, hash TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE tokens (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, role TEXT NOT NULL,
    digest TEXT NOT NULL UNIQUE, created REAL NOT NULL, last_used REAL);
CREATE TABLE failures (who TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE requests (id INTEGER PRIMARY KEY AUTOINCREMENT, held_id TEXT NOT NULL, kind TEXT NOT NULL,
    rule TEXT, text TEXT, created REAL NOT NULL);
CREATE TABLE sessions (digest TEXT PRIMARY KEY, user TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE filters (digest TEXT PRIMARY KEY, data TEXT NOT NULL, at REAL NOT NULL);
"""


def old_web_sqlite3(data_dir: Path, user: str, token: str) -> Path:
    """A web.sqlite3 as bedside web kept it per node before the accounts moved into the store."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / LEGACY
    now = time.time()
    with sqlite3.connect(path) as db:
        db.executescript(OLD_SCHEMA)
        db.execute("INSERT INTO users VALUES (?, 'admin', ?, ?)", (user, PasswordHasher().hash(PASSWORD), now))
        db.execute("INSERT INTO tokens (name, role, digest, created) VALUES ('bot', 'check', ?, ?)",
                   (token_digest(token), now))
        db.execute("INSERT INTO failures VALUES ('user:abc', ?)", (now,))
        db.execute("INSERT INTO requests (held_id, kind, text, created) VALUES ('20261207-090000-abcdef01', "
                   "'release', 'please', ?)", (now,))
        db.execute("INSERT INTO sessions VALUES ('d1', ?, ?)", (user, now))
    db.close()
    return path


def test_a_nodes_web_sqlite3_is_moved_in_once(two_nodes, tmp_path):
    a, b = two_nodes
    a.add_user("carol", "reviewer", PASSWORD)
    # Two nodes' old files: one has its own user, the other a user by a name the store already has.
    first = old_web_sqlite3(tmp_path / "node1", "olga", "bst_old_token_one")
    second = old_web_sqlite3(tmp_path / "node2", "carol", "bst_old_token_two")
    backup = first.read_bytes()
    moved = WebStore(a.queue, tmp_path / "node1")
    assert not first.exists() and (tmp_path / "node1" / (LEGACY + ".imported")).exists()
    assert b.verify("olga", PASSWORD).role == "admin" and b.token_user("bst_old_token_one").role == "check"
    assert b.requests_for("20261207-090000-abcdef01")[0]["text"] == "please"
    assert b.failures("user:abc", 60) == 1 and b.session_user("d1", 3600) is None  # 'd1' is a digest already
    # A start that died before the rename: the file is back, but it is not copied twice.
    first.write_bytes(backup)
    WebStore(a.queue, tmp_path / "node1")
    assert not first.exists() and len(b.requests_for("20261207-090000-abcdef01")) == 1
    # The second node's 'carol' is not replaced by its old copy (the store's is kept), its token is added.
    WebStore(b.queue, tmp_path / "node2")
    assert not second.exists() and b.user("carol").role == "reviewer" and b.token_user("bst_old_token_two")
    assert len(b.requests_for("20261207-090000-abcdef01")) == 2
    assert moved.close() is None


def test_db_copy_takes_the_accounts_to_postgresql(tmp_path):
    """`bedside db copy` from a single node's SQLite store to PostgreSQL takes its users, tokens and
    senders' requests along (they live in the store now, not beside it)."""
    import subprocess
    import sys

    server = WebServer(tmp_path)
    server.add_user("erin", "admin")
    token = server.token("ci", "reviewer")
    store = server.web_store()
    store.add_request("20261207-090000-abcdef01", "false-positive", rule="PAT001")
    store.close()
    url = pg_harness.cluster().fresh_db()
    done = subprocess.run([sys.executable, "-m", "bedside.proxy.cli.cli", "db", "--config", str(server.config_path),
                           "copy", "--from", "sqlite:///var/hold.sqlite3", "--to", url],
                          capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "web_users 1, web_tokens 1" in done.stdout and "web_requests 1" in done.stdout
    queue = open_queue(settings_for(tmp_path, url))
    try:
        copied = WebStore(queue)
        assert copied.verify("erin", PASSWORD).role == "admin" and copied.token_user(token).role == "reviewer"
        assert [rule for rule, _ in copied.reports()] == ["PAT001"]
    finally:
        queue.close()


def test_two_web_nodes_on_one_postgresql_share_accounts(tmp_path):
    """Two real `bedside web` apps (uvicorn, loopback) with their own data_dir over one database:
    a user added with the CLI on one node signs in on the other, a session cookie from one is good
    on the other, an API token works on both, and failures on one lock the account on both."""
    url = pg_harness.cluster().fresh_db()
    secret = tmp_path / "web.secret"
    secret.write_text("a shared secret for both web nodes, 32+ chars")
    for i in (1, 2):
        (tmp_path / f"n{i}").mkdir()
    nodes = [WebServer(tmp_path / f"n{i}", store={"url": url, "node": f"web{i}"}, secret_file=str(secret),
                       lockout_failures=3, login_rate=1000) for i in (1, 2)]
    one, two = nodes
    one.add_user("dana", "reviewer", via_cli=True)
    token = one.token("robot", "auditor", via_cli=True)
    held_id = one.hold(make_message("Shared", PATIENT))
    for node in nodes:
        node.start()
    try:
        from test_web import csrf_of

        client = httpx.Client(base_url=two.url, timeout=30)
        signed = client.post("/login", data={"csrf": csrf_of(client.get("/login").text), "name": "dana",
                                             "password": PASSWORD})
        assert signed.status_code == 303 and signed.headers["location"] == "/held"
        assert held_id in client.get("/held").text
        # The same cookie, sent to the other node.
        other = httpx.Client(base_url=one.url, timeout=30, cookies=client.cookies)
        assert held_id in other.get(f"/held/{held_id}").text
        for node in nodes:
            answer = httpx.get(node.url + "/api/v1/held", headers={"Authorization": f"Bearer {token}"})
            assert answer.status_code == 200 and answer.json()["total"] == 1
        # Three wrong passwords on node one lock dana on node two.
        bad = httpx.Client(base_url=one.url, timeout=30)
        for _ in range(3):
            assert bad.post("/login", data={"csrf": csrf_of(bad.get("/login").text), "name": "dana",
                                            "password": "wrong"}).status_code == 401
        fresh = httpx.Client(base_url=two.url, timeout=30)
        locked = fresh.post("/login", data={"csrf": csrf_of(fresh.get("/login").text), "name": "dana",
                                            "password": PASSWORD})
        assert locked.status_code == 429 and "Too many failed sign-ins" in locked.text
    finally:
        for node in nodes:
            node.stop()
    assert not list(tmp_path.glob("n*/var/web.sqlite3")), "no per-node account file any more"
    shutil.rmtree(tmp_path / "n1", ignore_errors=True)
