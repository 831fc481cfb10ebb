"""The hold queue: held messages in SQLite (WAL, synchronous=FULL), private to the service user.

A message is in the queue once `hold()` returns: the commit is fsync'd before the client is
told 250, and the audit record is written inside the same transaction, so a client told 451
left nothing behind. A retry of a message already held (same client, envelope and bytes: the
reply to the first try was lost) is recognised by its digest and given the same id.

Findings are stored masked (as the engine produced them); the raw bytes are the only place an
identifier appears in full. At rest the queue is plaintext in a 0700 directory, unless
[store] encryption_key_file names a Fernet key: then each message's bytes, envelope and findings,
and the queued notices, are stored encrypted (ids, rule codes, status and times stay readable).

The same database keeps bedside's own outgoing notices (explanations to senders, reviewer
notices) until the smarthost takes them: see proxy/holds/notices.py.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import socket
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS held (
    id TEXT PRIMARY KEY,
    received REAL NOT NULL,
    client TEXT NOT NULL,
    mail_from TEXT NOT NULL,      -- encrypted when sealed = 1
    rcpts TEXT NOT NULL,          -- JSON list; encrypted when sealed = 1
    verdict TEXT NOT NULL,
    rules TEXT NOT NULL,          -- JSON list of codes
    findings TEXT NOT NULL,       -- JSON, masked excerpts only; encrypted when sealed = 1
    reason TEXT NOT NULL,         -- 'findings' or 'check-failed: ...'
    raw BLOB NOT NULL,            -- encrypted when sealed = 1
    status TEXT NOT NULL DEFAULT 'held',   -- held | released | rejected
    decided_by TEXT,
    decided_at REAL
);
CREATE INDEX IF NOT EXISTS held_status ON held(status, received);
CREATE TABLE IF NOT EXISTS notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt TEXT NOT NULL,           -- encrypted when sealed = 1
    data BLOB NOT NULL,           -- encrypted when sealed = 1
    sealed INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try REAL NOT NULL,
    leased INTEGER NOT NULL DEFAULT 0,     -- 1 while a sender has it in hand
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS notices_due ON notices(next_try);
"""
# Shared by every node and web app on this store (written in portable SQL; PostgreSQL's migration 3
# is the same with its types): the web app's accounts and what senders asked, so two web nodes over
# one database share them, and the relays' running figures for /metrics.
SHARED_TABLES = """
CREATE TABLE IF NOT EXISTS web_users (
    name TEXT PRIMARY KEY, role TEXT NOT NULL, hash TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS web_tokens (      -- the token's SHA-256 only
    digest TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, created REAL NOT NULL, last_used REAL);
CREATE TABLE IF NOT EXISTS web_failures (    -- failed sign-ins, keyed by a digest of the name or an address
    who TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS web_failures_who ON web_failures(who, at);
CREATE TABLE IF NOT EXISTS web_sessions (digest TEXT PRIMARY KEY, name TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS web_filters (digest TEXT PRIMARY KEY, data TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS web_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT, held_id TEXT NOT NULL, kind TEXT NOT NULL, rule TEXT, text TEXT,
    created REAL NOT NULL);
CREATE INDEX IF NOT EXISTS web_requests_held ON web_requests(held_id);
CREATE TABLE IF NOT EXISTS web_imported (source TEXT PRIMARY KEY, at REAL NOT NULL);  -- web.sqlite3 files moved in
CREATE TABLE IF NOT EXISTS relay_figures (   -- counters per relay node, added to every few seconds
    node TEXT NOT NULL, name TEXT NOT NULL, labels TEXT NOT NULL, value REAL NOT NULL, updated REAL NOT NULL,
    PRIMARY KEY (node, name, labels));
"""
# What `bedside db copy` moves of SHARED_TABLES, with the columns it writes (filters are per sign-in,
# web_imported names this node's old files): accounts, tokens, lockouts and sessions go with the queue.
SHARED_COPY = {
    "web_users": ("name", "role", "hash", "created"),
    "web_tokens": ("digest", "name", "role", "created", "last_used"),
    "web_failures": ("who", "at"),
    "web_sessions": ("digest", "name", "created"),
    "web_requests": ("held_id", "kind", "rule", "text", "created"),
    "relay_figures": ("node", "name", "labels", "value", "updated"),
}
# Columns added since the first release: an older queue is brought up to date when opened.
ADDED_COLUMNS = (("held", "digest", "TEXT"), ("held", "sealed", "INTEGER NOT NULL DEFAULT 0"),
                 ("notices", "leased", "INTEGER NOT NULL DEFAULT 0"))
# A retry of a held message is recognised for this long (an MTA gives up after about five days).
RETRY_WINDOW = 5 * 86400
# A release claimed by a releaser that died before delivering can be taken again after this long.
CLAIM_TIMEOUT = 600
SQLITE_SCHEMA = 4  # PRAGMA user_version once ADDED_COLUMNS and SHARED_TABLES are in
LISTED = ("id, received, client, mail_from, rcpts, verdict, rules, findings, reason, status, decided_by, "
          "decided_at, sealed")


class StoreError(RuntimeError):
    """The hold queue cannot be used safely (missing, damaged, or encrypted without its key);
    the message says where and what to do."""


@dataclass(frozen=True)
class HeldMessage:
    id: str
    received: float
    client: str
    mail_from: str
    rcpts: tuple[str, ...]
    verdict: str
    rules: tuple[str, ...]
    findings: list
    reason: str
    status: str
    decided_by: str | None
    decided_at: float | None
    raw: bytes = b""


@dataclass(frozen=True)
class Notice:
    id: int
    kind: str
    mail_from: str
    rcpt: str
    data: bytes
    created: float
    attempts: int


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable only by the service user."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def new_id() -> str:
    # Sortable by time, unguessable: reviewers quote it, senders quote it when asking for release.
    return time.strftime("%Y%m%d-%H%M%S", time.gmtime()) + "-" + secrets.token_hex(4)


def load_key(key_file: str | os.PathLike | None):
    """(Fernet cipher, key bytes) for `key_file`, or (None, b"") when no key is configured."""
    if not key_file:
        return None, b""
    from cryptography.fernet import Fernet  # only sites that encrypt pay for the import

    try:
        key = Path(key_file).read_bytes().strip()
    except OSError as exc:
        raise StoreError(f"[store] encryption_key_file {key_file}: cannot read ({exc.strerror})") from exc
    try:
        return Fernet(key), key
    except ValueError as exc:
        raise StoreError(f"[store] encryption_key_file {key_file}: not a Fernet key "
                         "(make one with `bedside keygen`)") from exc


def damaged(path: Path, detail: str) -> StoreError:
    return StoreError(
        f"hold queue {path} is damaged ({detail}); bedside will not use it. To recover: stop bedside, "
        f"move the file aside (mv {path} {path}.damaged, with its -wal and -shm files), save what can be "
        f"read (sqlite3 {path}.damaged .recover | sqlite3 {path}), then start bedside again.")


class Sealing:
    """What both backends share: encryption at rest, retry digests, rows to HeldMessage."""

    def _init_sealing(self, key_file) -> None:
        self._cipher, key = load_key(key_file)
        # Digests are keyed when the queue is encrypted, so they say nothing about the content.
        self._digest_key = hashlib.sha256(b"bedside hold digest\0" + key).digest() if key else b""

    # --- encryption at rest ---------------------------------------------------------------
    @property
    def encrypted(self) -> bool:
        return self._cipher is not None

    def _seal(self, data: bytes) -> bytes:
        return self._cipher.encrypt(data) if self._cipher else data

    def _open_sealed(self, data: bytes, sealed: bool, what: str) -> bytes:
        if not sealed:
            return data
        if self._cipher is None:
            raise StoreError(f"{what} is encrypted: set [store] encryption_key_file to its key")
        from cryptography.fernet import InvalidToken

        try:
            return self._cipher.decrypt(data)
        except InvalidToken as exc:
            raise StoreError(f"{what} was encrypted with another key than [store] encryption_key_file") from exc

    def envelope(self, row) -> tuple[str, tuple[str, ...]]:
        """A row's (sender, recipients), lower case, decrypted when sealed. Decrypted envelopes are
        kept on this queue by their ciphertext, so a sender or domain filter decrypts each once, not
        at every request (10,000 on PostgreSQL: 237 ms a request before); a changed envelope (say
        recipients added by add_recipients) is a new ciphertext, so it is never read stale."""
        mail_from, rcpts = row["mail_from"], row["rcpts"]
        if not row["sealed"]:
            return mail_from.lower(), tuple(r.lower() for r in json.loads(rcpts))
        cache = self.__dict__.setdefault("_envelopes", {})
        key = hashlib.blake2b(f"{mail_from}\0{rcpts}".encode(), digest_size=16).digest()
        if key not in cache:
            if len(cache) > 200_000:
                cache.clear()
            sender = self._open_sealed(mail_from.encode(), True, row["id"]).decode("utf-8", "surrogateescape")
            opened = self._open_sealed(rcpts.encode(), True, row["id"]).decode()
            cache[key] = (sender.lower(), tuple(r.lower() for r in json.loads(opened)))
        return cache[key]

    def _digest(self, raw: bytes, client: str, mail_from: str, rcpts) -> str:
        h = hashlib.blake2b(key=self._digest_key, digest_size=20)
        for piece in (client, mail_from, "\0".join(rcpts)):
            h.update(piece.encode("utf-8", "surrogateescape") + b"\0")
        h.update(raw)
        return h.hexdigest()

    def _stored_envelope(self, mail_from: str, rcpts: list, findings) -> tuple[str, str, str, bool]:
        sealed = self._cipher is not None
        envelope_from = self._seal(mail_from.encode("utf-8", "surrogateescape")).decode() if sealed else mail_from
        envelope_to = json.dumps(rcpts)
        # Masked excerpts still quote the words around a finding: sealed with the rest.
        stored_findings = json.dumps(findings)
        if sealed:
            envelope_to = self._seal(envelope_to.encode()).decode()
            stored_findings = self._seal(stored_findings.encode()).decode()
        return envelope_from, envelope_to, stored_findings, sealed

    def _merged_rcpts(self, held_id: str, stored: str, sealed: bool, rcpts) -> str:
        """A held record's stored recipients with `rcpts` added (each once), stored as before."""
        current = json.loads(self._open_sealed(stored.encode(), sealed, f"held message {held_id}").decode())
        merged = json.dumps(current + [r for r in rcpts if r not in current])
        return self._seal(merged.encode()).decode() if sealed else merged

    def _to_held(self, row) -> HeldMessage:
        keys = row.keys()
        sealed = bool(row["sealed"])
        what = f"held message {row['id']}"
        mail_from, rcpts, findings = row["mail_from"], row["rcpts"], row["findings"]
        if sealed:
            mail_from = self._open_sealed(mail_from.encode(), True, what).decode("utf-8", "surrogateescape")
            rcpts = self._open_sealed(rcpts.encode(), True, what).decode()
            findings = self._open_sealed(findings.encode(), True, what).decode()
        return HeldMessage(
            id=row["id"], received=row["received"], client=row["client"], mail_from=mail_from,
            rcpts=tuple(json.loads(rcpts)), verdict=row["verdict"], rules=tuple(json.loads(row["rules"])),
            findings=json.loads(findings), reason=row["reason"], status=row["status"],
            decided_by=row["decided_by"], decided_at=row["decided_at"],
            raw=self._open_sealed(bytes(row["raw"]), sealed, what) if "raw" in keys and row["raw"] is not None else b"",
        )

    # --- reading for the web pages (both backends; portable SQL through _rows) -------------------
    def search_held(self, status: str = "", codes=(), since: float | None = None, until: float | None = None,
                    sender: str = "", domain: str = "", offset: int = 0, limit: int = 50,
                    head_bytes: int = 65536) -> tuple[list[HeldMessage], int, dict[str, int]]:
        """A page of messages, newest first, matching every filter given (`codes`: any of these rule
        codes; `sender`: part of the sender's address; `domain`: a recipient's domain), with only
        the first `head_bytes` of each (its headers, for the subject); the total; and counts by
        status under the other filters. Sealed envelopes are decrypted to match sender/domain."""
        where, args = [], []
        if codes:
            where.append("(" + " OR ".join("rules LIKE ?" for _ in codes) + ")")
            args += [f'%"{c}"%' for c in codes]
        if since is not None:
            where.append("received >= ?")
            args.append(since)
        if until is not None:
            where.append("received < ?")
            args.append(until)
        sender, domain = sender.lower(), domain.lower().lstrip("@")
        later = bool(sender or domain) and bool(self._rows("SELECT 1 AS x FROM held WHERE sealed = 1 LIMIT 1"))
        if not later:
            if sender:
                where.append("lower(mail_from) LIKE ?")
                args.append(f"%{sender}%")
            if domain:
                where.append("lower(rcpts) LIKE ?")
                args.append(f'%@{domain}"%')
        base = " AND ".join(where) or "1 = 1"
        columns = (f"{LISTED}, CASE WHEN sealed = 1 THEN raw ELSE substr(raw, 1, {int(head_bytes)}) END AS raw")
        if not later:
            counts = {r["status"]: r["n"] for r in self._rows(
                f"SELECT status, count(*) AS n FROM held WHERE {base} GROUP BY status", args)}
            total = counts.get(status, 0) if status else sum(counts.values())
            status_sql, status_args = (" AND status = ?", [status]) if status else ("", [])
            rows = self._rows(f"SELECT {columns} FROM held WHERE {base}{status_sql} ORDER BY received DESC "
                              "LIMIT ? OFFSET ?", args + status_args + [limit, offset])
            return [self._to_held(r) for r in rows], total, counts
        matched, counts = [], {}
        for row in self._rows(f"SELECT id, status, mail_from, rcpts, sealed FROM held WHERE {base} "
                              "ORDER BY received DESC", args):
            envelope = self.envelope(row)
            if sender and sender not in envelope[0]:
                continue
            if domain and not any(r.endswith("@" + domain) for r in envelope[1]):
                continue
            counts[row["status"]] = counts.get(row["status"], 0) + 1
            if not status or row["status"] == status:
                matched.append(row["id"])
        wanted = matched[offset: offset + limit]
        found = {}
        if wanted:
            marks = ",".join("?" * len(wanted))
            found = {r["id"]: r for r in self._rows(f"SELECT {columns} FROM held WHERE id IN ({marks})", wanted)}
        return [self._to_held(found[i]) for i in wanted if i in found], len(matched), counts

    def outcomes(self) -> list[tuple[float, float | None, str, list[str], int]]:
        """(received day, decided day, status, rules, how many), grouped in SQL: the dashboard's figures."""
        day = self._day_sql
        rows = self._rows(f"SELECT {day.format('received')} AS r, {day.format('decided_at')} AS d, status, rules, "
                          "count(*) AS n FROM held GROUP BY 1, 2, 3, 4")
        return [(r["r"] * 86400, r["d"] * 86400 if r["d"] is not None else None, r["status"], json.loads(r["rules"]),
                 r["n"]) for r in rows]

    # --- the relays' running figures (/metrics), through each backend's batch() and _rows() --------
    def add_figures(self, node: str, deltas: dict[tuple[str, str], float], now: float | None = None) -> None:
        """Add `deltas` ((name, labels as JSON) -> amount) to this node's counters, in one transaction."""
        now = time.time() if now is None else now
        self.batch([(FIGURE_UPSERT, (node, name, labels, float(value), now))
                    for (name, labels), value in sorted(deltas.items())])

    def figures(self) -> list[tuple[str, str, str, float, float]]:
        """(node, name, labels JSON, value, updated) of every relay's counters."""
        return [(r["node"], r["name"], r["labels"], r["value"], r["updated"]) for r in
                self._rows("SELECT node, name, labels, value, updated FROM relay_figures ORDER BY node, name, labels")]

    def _to_notice(self, r) -> Notice:
        what = f"notice {r['id']}"
        rcpt = self._open_sealed(r["rcpt"].encode(), True, what).decode() if r["sealed"] else r["rcpt"]
        return Notice(r["id"], r["kind"], r["mail_from"], rcpt,
                      self._open_sealed(bytes(r["data"]), bool(r["sealed"]), what), r["created"], r["attempts"])



FIGURE_UPSERT = ("INSERT INTO relay_figures (node, name, labels, value, updated) VALUES (?, ?, ?, ?, ?) "
                 "ON CONFLICT (node, name, labels) DO UPDATE SET value = relay_figures.value + excluded.value, "
                 "updated = excluded.updated")

# A retry of a held message, found by its digest. The unary '+' keeps SQLite from choosing the
# (status, received) index, which without statistics it prefers and which scans every held row:
# each hold grew slower with the queue (1.3 s per thousand holds at first, 6.3 s in the second thousand).
RETRY_LOOKUP = "SELECT id FROM held WHERE digest = ? AND +status = 'held' AND +received > ?"


class HoldQueue(Sealing):
    """The SQLite backend: one file, one node (the embedded default)."""

    backend = "sqlite"

    def __init__(self, data_dir: Path, key_file: str | os.PathLike | None = None, create: bool = True,
                 path: Path | None = None, node: str = ""):
        self.path = Path(path) if path else Path(data_dir) / "hold.sqlite3"
        self.node = node or socket.gethostname()  # names this process's relay figures
        if not create and not self.path.exists():
            raise StoreError(f"no hold queue at {self.path}")
        self._init_sealing(key_file)
        data_dir = self.path.parent
        private_dir(Path(data_dir))
        old_umask = os.umask(0o077)  # the database, its WAL and shm files: 0600
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            try:
                self._open()
            except sqlite3.DatabaseError as exc:
                self._db.close()
                raise damaged(self.path, str(exc)) from exc
        finally:
            os.umask(old_umask)
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                os.chmod(p, 0o600)
        self._lock = threading.Lock()
        self._in_hold = None  # the thread inside hold_once's transaction: its add_notice joins it

    def _open(self) -> None:
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA secure_delete=ON")  # purged messages are overwritten, not just unlinked
        # A damaged file noticed now, with a way out, rather than as 451s to every held message.
        problems = [row[0] for row in self._db.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise damaged(self.path, "; ".join(problems))
        if self._db.execute("PRAGMA user_version").fetchone()[0] == SQLITE_SCHEMA:
            return
        # In one write transaction: two processes opening a new or older queue at once (the relay
        # and `bedside held`, two nodes on one host) must not both add a column.
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for statement in re.sub(r"--[^\n]*", "", SCHEMA + SHARED_TABLES).split(";"):
                if statement.strip():
                    self._db.execute(statement)
            for table, column, kind in ADDED_COLUMNS:
                have = {row[1] for row in self._db.execute(f"PRAGMA table_info({table})")}
                if column not in have:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
            self._db.execute("CREATE INDEX IF NOT EXISTS held_digest ON held(digest)")
            self._db.execute(f"PRAGMA user_version = {SQLITE_SCHEMA}")
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    _day_sql = "CAST({} / 86400 AS INTEGER)"

    def _rows(self, sql: str, args=()) -> list:
        with self._lock:
            cur = self._db.cursor()
            cur.row_factory = sqlite3.Row
            return cur.execute(sql, list(args)).fetchall()

    def batch(self, statements) -> list[list]:
        """Several (sql, args) statements in one transaction, all or nothing; each one's rows."""
        out = []
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cur = self._db.cursor()
                cur.row_factory = sqlite3.Row
                for sql, args in statements:
                    out.append(cur.execute(sql, list(args)).fetchall())
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return out

    # --- held messages ----------------------------------------------------------------------
    def hold(self, raw: bytes, client: str, mail_from: str, rcpts, verdict: str, rules, findings,
             reason: str = "findings", audit=None) -> str:
        return self.hold_once(raw, client, mail_from, rcpts, verdict, rules, findings, reason, audit)[0]

    def hold_once(self, raw: bytes, client: str, mail_from: str, rcpts, verdict: str, rules, findings,
                  reason: str = "findings", audit=None) -> tuple[str, bool]:
        """(id, True) for a message newly held; (the earlier id, False) for a retry of one already
        held. `audit(id)` runs inside the transaction: if it raises, nothing is stored."""
        rcpts = list(rcpts)
        digest = self._digest(raw, client, mail_from, rcpts)
        envelope_from, envelope_to, stored_findings, sealed = self._stored_envelope(mail_from, rcpts, findings)
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                earlier = self._db.execute(RETRY_LOOKUP, (digest, time.time() - RETRY_WINDOW)).fetchone()
                if earlier:
                    self._db.execute("COMMIT")
                    return earlier[0], False
                held_id = new_id()
                self._db.execute(
                    "INSERT INTO held (id, received, client, mail_from, rcpts, verdict, rules, findings, reason,"
                    " raw, digest, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (held_id, time.time(), client, envelope_from, envelope_to, verdict, json.dumps(list(rules)),
                     stored_findings, reason, sqlite3.Binary(self._seal(raw)), digest, int(sealed)),
                )
                if audit is not None:
                    self._in_hold = threading.get_ident()
                    try:
                        audit(held_id)  # may queue the sender's notice: stored with the row or not at all
                    finally:
                        self._in_hold = None
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return held_id, True

    def add_recipients(self, held_id: str, rcpts) -> bool:
        """Another part of a held message (Postfix splits one message by its recipient limit): its
        recipients join the record. False if the message is no longer held."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute("SELECT rcpts, sealed FROM held WHERE id = ? AND status = 'held'",
                                       (held_id,)).fetchone()
                if row is not None:
                    self._db.execute("UPDATE held SET rcpts = ? WHERE id = ?",
                                     (self._merged_rcpts(held_id, row[0], bool(row[1]), rcpts), held_id))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return row is not None

    def get(self, held_id: str, with_raw: bool = False) -> HeldMessage | None:
        columns = LISTED + (", raw" if with_raw else "")
        with self._lock:
            self._db.row_factory = sqlite3.Row
            row = self._db.execute(f"SELECT {columns} FROM held WHERE id = ?", (held_id,)).fetchone()
        return self._to_held(row) if row else None

    def list(self, status: str | None = "held", limit: int = 200) -> list[HeldMessage]:
        query = f"SELECT {LISTED} FROM held"
        args: tuple = ()
        if status:
            query += " WHERE status = ?"
            args = (status,)
        query += " ORDER BY received LIMIT ?"
        with self._lock:
            self._db.row_factory = sqlite3.Row
            rows = self._db.execute(query, (*args, limit)).fetchall()
        return [self._to_held(r) for r in rows]

    def decide(self, held_id: str, status: str, who: str, audit=None) -> bool:
        """Mark a held message rejected (or withdrawn, or released without a delivery of ours);
        False if it was not waiting for a decision. `audit()` runs inside the transaction."""
        return self._move(held_id, "held", status, who, audit)

    def _move(self, held_id: str, before: str, after: str, who: str, audit) -> bool:
        """One state change (before -> after) and its audit record in one transaction; False if the
        message was not in `before` (another reviewer or node got there first)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cur = self._db.execute(
                    "UPDATE held SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = ?",
                    (after, who, time.time(), held_id, before))
                if cur.rowcount == 1 and audit is not None:
                    audit()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return cur.rowcount == 1

    def claim(self, held_id: str, who: str) -> HeldMessage | None:
        """Take a held message for release: it becomes 'releasing' (so no second releaser, purge or
        reject touches it) and is returned with its bytes; None if it is not waiting. A claim left
        by a releaser that died mid-send can be taken again after CLAIM_TIMEOUT."""
        now = time.time()
        with self._lock:
            self._db.row_factory = sqlite3.Row
            row = self._db.execute(
                f"UPDATE held SET status = 'releasing', decided_by = ?, decided_at = ? WHERE id = ? AND "
                f"(status = 'held' OR (status = 'releasing' AND decided_at < ?)) RETURNING {LISTED}, raw",
                (who, now, held_id, now - CLAIM_TIMEOUT)).fetchall()  # all: the statement (and its write lock) ends
        return self._to_held(row[0]) if row else None

    def settle(self, held_id: str, who: str, audit=None) -> bool:
        """A claimed message was delivered: 'released', with its audit record in the same transaction."""
        return self._move(held_id, "releasing", "released", who, audit)

    def unclaim(self, held_id: str) -> None:
        """The smarthost did not take it: held again."""
        with self._lock:
            self._db.execute("UPDATE held SET status = 'held', decided_by = NULL, decided_at = NULL "
                             "WHERE id = ? AND status = 'releasing'", (held_id,))

    def purge(self, older_than_seconds: float) -> list[str]:
        """Delete messages received before the cut-off, whatever their status (except one being
        released at this moment); returns their ids."""
        cutoff = time.time() - older_than_seconds
        with self._lock:
            ids = [r[0] for r in self._db.execute(
                "DELETE FROM held WHERE received < ? AND status <> 'releasing' RETURNING id", (cutoff,))]
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return ids

    def counts(self) -> dict[str, int]:
        """How many messages in each status."""
        with self._lock:
            return dict(self._db.execute("SELECT status, count(*) FROM held GROUP BY status").fetchall())

    def oldest_held(self) -> float | None:
        with self._lock:
            return self._db.execute("SELECT min(received) FROM held WHERE status = 'held'").fetchone()[0]

    def audit_log(self, default_path: Path | None = None):
        """The audit log that goes with this store: a file beside the SQLite queue."""
        from bedside.proxy.holds.audit import AuditLog

        return AuditLog(Path(default_path) if default_path else self.path.parent / "audit.log")

    # --- schema and copying (`bedside db`) ----------------------------------------------------
    def schema_status(self) -> tuple[int, int]:
        """(this database's schema version, the version this bedside needs). SQLite queues are
        brought up to date when opened (one node, one file), so they are always current."""
        return SQLITE_SCHEMA, SQLITE_SCHEMA

    def upgrade(self, target: int | None = None) -> list[int]:
        return []

    def export_rows(self, table: str):
        """Rows of `held` or `notices` as stored (sealed stays sealed), as dicts, for `bedside db copy`."""
        cur = self._db.cursor()
        cur.row_factory = sqlite3.Row
        for row in cur.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            yield dict(row)

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM held").fetchone()[0]

    # --- bedside's own notices, kept until the smarthost takes them --------------------------
    def add_notice(self, kind: str, mail_from: str, rcpt: str, data: bytes, first_try: float | None = None) -> int:
        """Queue one notice (fsync'd). `first_try` later than now leases it to the caller, who is
        about to send it itself."""
        now = time.time()
        sealed = self._cipher is not None
        stored_rcpt = self._seal(rcpt.encode()).decode() if sealed else rcpt
        row = (kind, mail_from, stored_rcpt, sqlite3.Binary(self._seal(data)), int(sealed), now,
               first_try if first_try is not None else now, int(first_try is not None))
        insert = ("INSERT INTO notices (kind, mail_from, rcpt, data, sealed, created, next_try, leased)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        if self._in_hold == threading.get_ident():  # inside hold_once's transaction, which holds the lock
            return self._db.execute(insert, row).lastrowid
        with self._lock:
            cur = self._db.execute(insert, row)
        return cur.lastrowid

    def due_notices(self, lease: float, limit: int = 50) -> list[Notice]:
        """Notices due now, leased for `lease` seconds so no other sender (a second relay, `bedside
        held reject`) takes them meanwhile."""
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.row_factory = sqlite3.Row
                rows = self._db.execute("SELECT * FROM notices WHERE next_try <= ? ORDER BY id LIMIT ?",
                                        (now, limit)).fetchall()
                self._db.executemany("UPDATE notices SET next_try = ?, leased = 1 WHERE id = ?",
                                     [(now + lease, r["id"]) for r in rows])
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return [self._to_notice(r) for r in rows]

    def notice_done(self, notice_id: int) -> None:
        """Delivered, refused for good, or given up: gone from the queue."""
        with self._lock:
            self._db.execute("DELETE FROM notices WHERE id = ?", (notice_id,))

    def notice_retry(self, notice_id: int, next_try: float, error: str) -> None:
        with self._lock:
            self._db.execute("UPDATE notices SET attempts = attempts + 1, next_try = ?, leased = 0, last_error = ?"
                             " WHERE id = ?",
                             (next_try, error[:200], notice_id))

    def release_leases(self) -> int:
        """At start: notices a killed relay had in hand are due again now (it may have sent one
        before dying: a possible duplicate, never a loss)."""
        with self._lock:
            return self._db.execute("UPDATE notices SET next_try = ?, leased = 0 WHERE leased = 1",
                                    (time.time(),)).rowcount

    def next_notice_at(self) -> float | None:
        with self._lock:
            return self._db.execute("SELECT min(next_try) FROM notices").fetchone()[0]

    def notices_waiting(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM notices").fetchone()[0]


# --- choosing the backend: [store] url ---------------------------------------------------------
def store_target(url: str, data_dir: Path, base: Path | None = None) -> tuple[str, str]:
    """('sqlite', file path) or ('postgresql', conninfo) for a [store] url; empty: the SQLite file
    in data_dir, as before there was a url."""
    url = (url or "").strip()
    if not url:
        return "sqlite", str(Path(data_dir) / "hold.sqlite3")
    if url.startswith("sqlite:///"):
        rest = url[len("sqlite:///"):]  # sqlite:///var/held.db is relative, sqlite:////srv/held.db absolute
        path = Path(rest)
        if not rest or rest.endswith("/"):
            raise StoreError(f"[store] url {url!r}: expected sqlite:///relative/file.db or sqlite:////absolute/file.db")
        if not path.is_absolute():
            path = (base or Path.cwd()) / path
        return "sqlite", str(path)
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql", url
    raise StoreError(f"[store] url {url.split(':')[0]!r}:...: expected sqlite:///FILE or postgresql://user@host:port/dbname")


def open_queue(settings, create: bool = True, check_schema: bool = True, url: str | None = None):
    """The hold queue `settings` name ([store] url): a HoldQueue (SQLite) or a PgHoldQueue. Code
    above this does not need to know which: both have the same methods."""
    kind, where = store_target(settings.store_url if url is None else url, settings.data_dir,
                               getattr(settings, "base_dir", None))
    if kind == "sqlite":
        return HoldQueue(settings.data_dir, settings.encryption_key_file, create=create, path=Path(where),
                         node=getattr(settings, "store_node", "") or f"{socket.gethostname()}:{settings.data_dir}")
    from bedside.proxy.holds.pgstore import PgHoldQueue

    return PgHoldQueue(where, settings.encryption_key_file, password_file=settings.store_password_file,
                       pool_size=settings.store_pool_size, check_schema=check_schema,
                       node=settings.store_node or f"{socket.gethostname()}:{settings.data_dir}")
