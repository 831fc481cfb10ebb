"""The PostgreSQL hold queue, for several relay nodes (and web apps) sharing one queue.

Same methods as HoldQueue (SQLite); what differs is how several processes are kept from doing
one thing twice:
- a retry of a held message is recognised under a transaction-scoped advisory lock on its digest,
  so two nodes given the same retry at once store it once;
- a release claims the row with a conditional UPDATE ... RETURNING (held -> releasing) before
  anything is delivered, so a second releaser, a reject or a purge racing it finds nothing to do;
- notices are leased with SELECT ... FOR UPDATE SKIP LOCKED, so two relays never send one notice;
- the audit log is a table, written in the same transaction as the change it records.
The message bytes are in the database (bytea, Fernet-encrypted when a key is set), so any node or
the web app can release any message. Connections come from a pool that checks each one before
use: a node that loses the database answers 451 meanwhile and carries on when it is back.

The schema is versioned (table bedside_schema): `bedside db upgrade` applies MIGRATIONS; a process
started on an older (or newer) schema refuses to start and says so.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from bedside.proxy.holds.store import (CLAIM_TIMEOUT, LISTED, RETRY_WINDOW, SHARED_COPY, HeldMessage, Notice, Sealing,
                                       StoreError, new_id)

# Each entry is one schema version; never edit a released one, add the next.
MIGRATIONS: dict[int, str] = {
    1: """
CREATE TABLE held (
    id TEXT PRIMARY KEY,
    received DOUBLE PRECISION NOT NULL,
    client TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpts TEXT NOT NULL,
    verdict TEXT NOT NULL,
    rules TEXT NOT NULL,
    findings TEXT NOT NULL,
    reason TEXT NOT NULL,
    raw BYTEA NOT NULL,
    status TEXT NOT NULL DEFAULT 'held',
    decided_by TEXT,
    decided_at DOUBLE PRECISION,
    digest TEXT,
    sealed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX held_status ON held(status, received);
CREATE INDEX held_digest ON held(digest);
CREATE TABLE notices (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL,
    mail_from TEXT NOT NULL,
    rcpt TEXT NOT NULL,
    data BYTEA NOT NULL,
    sealed INTEGER NOT NULL DEFAULT 0,
    created DOUBLE PRECISION NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try DOUBLE PRECISION NOT NULL,
    leased INTEGER NOT NULL DEFAULT 0,
    leased_by TEXT,
    last_error TEXT
);
CREATE INDEX notices_due ON notices(next_try);
CREATE TABLE audit (
    id BIGSERIAL PRIMARY KEY,
    at DOUBLE PRECISION NOT NULL,
    action TEXT NOT NULL,
    held_id TEXT NOT NULL,
    actor TEXT NOT NULL,
    rules TEXT NOT NULL,          -- JSON list of codes
    extra TEXT NOT NULL           -- JSON object: counts, reasons; never an identifier
);
""",
    2: """
CREATE INDEX audit_held ON audit(held_id);
CREATE INDEX notices_lease ON notices(leased_by) WHERE leased = 1;
""",
    # The web app's accounts and senders' requests (shared by every web node), and the relays' figures.
    3: """
CREATE TABLE web_users (
    name TEXT PRIMARY KEY, role TEXT NOT NULL, hash TEXT NOT NULL, created DOUBLE PRECISION NOT NULL);
CREATE TABLE web_tokens (
    digest TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, created DOUBLE PRECISION NOT NULL,
    last_used DOUBLE PRECISION);
CREATE TABLE web_failures (who TEXT NOT NULL, at DOUBLE PRECISION NOT NULL);
CREATE INDEX web_failures_who ON web_failures(who, at);
CREATE TABLE web_sessions (digest TEXT PRIMARY KEY, name TEXT NOT NULL, created DOUBLE PRECISION NOT NULL);
CREATE TABLE web_filters (digest TEXT PRIMARY KEY, data TEXT NOT NULL, at DOUBLE PRECISION NOT NULL);
CREATE TABLE web_requests (
    id BIGSERIAL PRIMARY KEY, held_id TEXT NOT NULL, kind TEXT NOT NULL, rule TEXT, text TEXT,
    created DOUBLE PRECISION NOT NULL);
CREATE INDEX web_requests_held ON web_requests(held_id);
CREATE TABLE web_imported (source TEXT PRIMARY KEY, at DOUBLE PRECISION NOT NULL);
CREATE TABLE relay_figures (
    node TEXT NOT NULL, name TEXT NOT NULL, labels TEXT NOT NULL, value DOUBLE PRECISION NOT NULL,
    updated DOUBLE PRECISION NOT NULL, PRIMARY KEY (node, name, labels));
""",
}
LATEST = max(MIGRATIONS)
UPGRADE_LOCK = 0x6265647369646500  # pg_advisory_xact_lock key: one upgrader at a time


def describe(conninfo: str) -> str:
    """user@host:port/dbname without a password, for messages and logs."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        d = conninfo_to_dict(conninfo)
    except Exception:  # noqa: BLE001 - a malformed url is reported by the connect that follows
        return "postgresql (unparsable url)"
    return f"postgresql://{d.get('user', '')}@{d.get('host', '')}:{d.get('port', 5432)}/{d.get('dbname', '')}"


class PgHoldQueue(Sealing):
    backend = "postgresql"

    def __init__(self, conninfo: str, key_file=None, password_file: str = "", pool_size: int = 4,
                 node: str = "", check_schema: bool = True, connect_timeout: float = 5):
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError as exc:  # pragma: no cover - a dependency of bedside
            raise StoreError("[store] url is PostgreSQL but psycopg is not installed") from exc
        self._init_sealing(key_file)
        self.where = describe(conninfo)
        self.path = Path(self.where)  # for messages that name the queue
        self.node = node or socket.gethostname()
        kwargs: dict = {"connect_timeout": max(1, int(connect_timeout)), "application_name": "bedside"}
        if password_file:
            try:
                kwargs["password"] = Path(password_file).read_text("utf-8").strip()
            except OSError as exc:
                raise StoreError(f"[store] password_file {password_file}: cannot read ({exc.strerror})") from exc
        self._local = threading.local()
        try:  # one direct connection first: its error (refused, bad password, no such database) is the clear one
            psycopg.connect(conninfo, **kwargs).close()
        except psycopg.Error as exc:
            raise StoreError(f"hold queue {self.where}: cannot connect ({_reason(exc)})") from exc
        # check=: a connection the server dropped (a restart) is replaced before use, not handed out.
        self._pool = ConnectionPool(conninfo, kwargs=kwargs, min_size=1, max_size=max(1, pool_size),
                                    timeout=connect_timeout, check=ConnectionPool.check_connection,
                                    open=False, name="bedside-store")
        try:
            self._pool.open(wait=True, timeout=connect_timeout * 2)
        except Exception as exc:  # noqa: BLE001 - PoolTimeout: the server is not there, or refuses us
            self._pool.close()
            raise StoreError(f"hold queue {self.where}: cannot connect ({_reason(exc)})") from exc
        if check_schema:
            have, need = self.schema_status()
            if have != need:
                self._pool.close()
                raise StoreError(schema_message(self.where, have, need))

    def close(self) -> None:
        self._pool.close()

    # --- connections and transactions -------------------------------------------------------------
    @contextmanager
    def _tx(self):
        """A cursor in one transaction (committed at the end, rolled back on an exception). The
        audit log, called from inside, writes through the same transaction."""
        from psycopg.rows import dict_row

        if getattr(self._local, "cur", None) is not None:  # nested: the caller's transaction
            yield self._local.cur
            return
        with self._pool.connection() as conn:
            with conn.transaction():
                cur = conn.cursor(row_factory=dict_row)
                self._local.cur = cur
                try:
                    yield cur
                finally:
                    self._local.cur = None

    _day_sql = "floor({} / 86400)::bigint"

    def _rows(self, sql: str, args=()) -> list:
        with self._tx() as cur:
            cur.execute(sql.replace("?", "%s"), list(args))
            return cur.fetchall()

    def batch(self, statements) -> list[list]:
        """Several (sql, args) statements in one transaction, all or nothing; each one's rows."""
        out = []
        with self._tx() as cur:
            for sql, args in statements:
                cur.execute(sql.replace("?", "%s"), list(args))
                out.append(cur.fetchall() if cur.description else [])
        return out

    def in_transaction(self):
        return getattr(self._local, "cur", None)

    # --- schema -----------------------------------------------------------------------------------
    def schema_status(self) -> tuple[int, int]:
        with self._tx() as cur:
            cur.execute("SELECT to_regclass('bedside_schema') AS t")
            if cur.fetchone()["t"] is None:
                return 0, LATEST
            cur.execute("SELECT max(version) AS v FROM bedside_schema")
            return cur.fetchone()["v"] or 0, LATEST

    def upgrade(self, target: int | None = None) -> list[int]:
        """Apply the migrations this database lacks (up to `target`), each in its own transaction
        with its version row; two upgraders at once wait for each other. Returns what was applied."""
        target = LATEST if target is None else target
        applied = []
        with self._tx() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (UPGRADE_LOCK,))
            cur.execute("CREATE TABLE IF NOT EXISTS bedside_schema (version INTEGER PRIMARY KEY, applied DOUBLE PRECISION NOT NULL)")
            cur.execute("SELECT coalesce(max(version), 0) AS v FROM bedside_schema")
            have = cur.fetchone()["v"]
            if have > LATEST:
                raise StoreError(schema_message(self.where, have, LATEST))
            for version in sorted(v for v in MIGRATIONS if have < v <= target):
                cur.execute(MIGRATIONS[version])
                cur.execute("INSERT INTO bedside_schema (version, applied) VALUES (%s, %s)", (version, time.time()))
                applied.append(version)
        return applied

    # --- held messages ------------------------------------------------------------------------------
    def hold(self, raw: bytes, client: str, mail_from: str, rcpts, verdict: str, rules, findings,
             reason: str = "findings", audit=None) -> str:
        return self.hold_once(raw, client, mail_from, rcpts, verdict, rules, findings, reason, audit)[0]

    def hold_once(self, raw: bytes, client: str, mail_from: str, rcpts, verdict: str, rules, findings,
                  reason: str = "findings", audit=None) -> tuple[str, bool]:
        rcpts = list(rcpts)
        digest = self._digest(raw, client, mail_from, rcpts)
        envelope_from, envelope_to, stored_findings, sealed = self._stored_envelope(mail_from, rcpts, findings)
        with self._tx() as cur:
            # Two nodes given the same retry at once: the second waits here, then finds the first.
            cur.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (digest,))
            cur.execute("SELECT id FROM held WHERE digest = %s AND status = 'held' AND received > %s LIMIT 1",
                        (digest, time.time() - RETRY_WINDOW))
            earlier = cur.fetchone()
            if earlier:
                return earlier["id"], False
            held_id = new_id()
            cur.execute(
                "INSERT INTO held (id, received, client, mail_from, rcpts, verdict, rules, findings, reason,"
                " raw, digest, sealed) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (held_id, time.time(), client, envelope_from, envelope_to, verdict, json.dumps(list(rules)),
                 stored_findings, reason, self._seal(raw), digest, int(sealed)))
            if audit is not None:
                audit(held_id)
        return held_id, True

    def add_recipients(self, held_id: str, rcpts) -> bool:
        with self._tx() as cur:
            cur.execute("SELECT rcpts, sealed FROM held WHERE id = %s AND status = 'held' FOR UPDATE", (held_id,))
            row = cur.fetchone()
            if row is not None:
                cur.execute("UPDATE held SET rcpts = %s WHERE id = %s",
                            (self._merged_rcpts(held_id, row["rcpts"], bool(row["sealed"]), rcpts), held_id))
        return row is not None

    def get(self, held_id: str, with_raw: bool = False) -> HeldMessage | None:
        columns = LISTED + (", raw" if with_raw else "")
        with self._tx() as cur:
            cur.execute(f"SELECT {columns} FROM held WHERE id = %s", (held_id,))
            row = cur.fetchone()
        return self._to_held(row) if row else None

    def list(self, status: str | None = "held", limit: int = 200) -> list[HeldMessage]:
        query, args = f"SELECT {LISTED} FROM held", []
        if status:
            query += " WHERE status = %s"
            args.append(status)
        with self._tx() as cur:
            cur.execute(query + " ORDER BY received LIMIT %s", (*args, limit))
            rows = cur.fetchall()
        return [self._to_held(r) for r in rows]

    def decide(self, held_id: str, status: str, who: str, audit=None) -> bool:
        with self._tx() as cur:
            cur.execute("UPDATE held SET status = %s, decided_by = %s, decided_at = %s "
                        "WHERE id = %s AND status = 'held'", (status, who, time.time(), held_id))
            done = cur.rowcount == 1
            if done and audit is not None:
                audit()
        return done

    def claim(self, held_id: str, who: str) -> HeldMessage | None:
        now = time.time()
        with self._tx() as cur:
            # A second claimer blocks on the row lock, then re-reads it: 'releasing', so no match.
            cur.execute(f"UPDATE held SET status = 'releasing', decided_by = %s, decided_at = %s WHERE id = %s "
                        f"AND (status = 'held' OR (status = 'releasing' AND decided_at < %s)) RETURNING {LISTED}, raw",
                        (who, now, held_id, now - CLAIM_TIMEOUT))
            row = cur.fetchone()
        return self._to_held(row) if row else None

    def settle(self, held_id: str, who: str, audit=None) -> bool:
        with self._tx() as cur:
            cur.execute("UPDATE held SET status = 'released', decided_by = %s, decided_at = %s "
                        "WHERE id = %s AND status = 'releasing'", (who, time.time(), held_id))
            done = cur.rowcount == 1
            if done and audit is not None:
                audit()
        return done

    def unclaim(self, held_id: str) -> None:
        with self._tx() as cur:
            cur.execute("UPDATE held SET status = 'held', decided_by = NULL, decided_at = NULL "
                        "WHERE id = %s AND status = 'releasing'", (held_id,))

    def purge(self, older_than_seconds: float) -> list[str]:
        with self._tx() as cur:
            cur.execute("DELETE FROM held WHERE received < %s AND status <> 'releasing' RETURNING id",
                        (time.time() - older_than_seconds,))
            return [r["id"] for r in cur.fetchall()]

    def count(self) -> int:
        with self._tx() as cur:
            cur.execute("SELECT count(*) AS n FROM held")
            return cur.fetchone()["n"]

    def counts(self) -> dict[str, int]:
        with self._tx() as cur:
            cur.execute("SELECT status, count(*) AS n FROM held GROUP BY status")
            return {r["status"]: r["n"] for r in cur.fetchall()}

    def oldest_held(self) -> float | None:
        with self._tx() as cur:
            cur.execute("SELECT min(received) AS m FROM held WHERE status = 'held'")
            return cur.fetchone()["m"]

    def audit_log(self, default_path: Path | None = None) -> "PgAuditLog":
        return PgAuditLog(self)

    # --- notices -------------------------------------------------------------------------------------
    def add_notice(self, kind: str, mail_from: str, rcpt: str, data: bytes, first_try: float | None = None) -> int:
        now = time.time()
        sealed = self._cipher is not None
        stored_rcpt = self._seal(rcpt.encode()).decode() if sealed else rcpt
        leased = first_try is not None
        with self._tx() as cur:
            cur.execute("INSERT INTO notices (kind, mail_from, rcpt, data, sealed, created, next_try, leased, leased_by)"
                        " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                        (kind, mail_from, stored_rcpt, self._seal(data), int(sealed), now,
                         first_try if leased else now, int(leased), self.node if leased else None))
            return cur.fetchone()["id"]

    def due_notices(self, lease: float, limit: int = 50) -> list[Notice]:
        now = time.time()
        with self._tx() as cur:
            # SKIP LOCKED: another node leasing at this moment takes other rows, never these.
            cur.execute("WITH due AS (SELECT id FROM notices WHERE next_try <= %s ORDER BY id LIMIT %s "
                        "FOR UPDATE SKIP LOCKED) "
                        "UPDATE notices n SET next_try = %s, leased = 1, leased_by = %s FROM due WHERE n.id = due.id "
                        "RETURNING n.*", (now, limit, now + lease, self.node))
            rows = sorted(cur.fetchall(), key=lambda r: r["id"])
        return [self._to_notice(r) for r in rows]

    def notice_done(self, notice_id: int) -> None:
        with self._tx() as cur:
            cur.execute("DELETE FROM notices WHERE id = %s", (notice_id,))

    def notice_retry(self, notice_id: int, next_try: float, error: str) -> None:
        with self._tx() as cur:
            cur.execute("UPDATE notices SET attempts = attempts + 1, next_try = %s, leased = 0, leased_by = NULL, "
                        "last_error = %s WHERE id = %s", (next_try, error[:200], notice_id))

    def release_leases(self) -> int:
        """At start: this node's own leases (a killed predecessor's) are due again now; other
        nodes' leases are theirs until they expire."""
        with self._tx() as cur:
            cur.execute("UPDATE notices SET next_try = %s, leased = 0, leased_by = NULL "
                        "WHERE leased = 1 AND leased_by = %s", (time.time(), self.node))
            return cur.rowcount

    def next_notice_at(self) -> float | None:
        with self._tx() as cur:
            cur.execute("SELECT min(next_try) AS m FROM notices")
            return cur.fetchone()["m"]

    def notices_waiting(self) -> int:
        with self._tx() as cur:
            cur.execute("SELECT count(*) AS n FROM notices")
            return cur.fetchone()["n"]

    # --- `bedside db copy` -----------------------------------------------------------------------------
    def export_rows(self, table: str):
        with self._tx() as cur:
            cur.execute(f"SELECT * FROM {table} ORDER BY id")
            rows = cur.fetchall()
        for row in rows:
            if table == "audit":
                extra = json.loads(row["extra"])
                yield {"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(row["at"])), "action": row["action"],
                       "id": row["held_id"], "actor": row["actor"], "rules": json.loads(row["rules"]), **extra}
            else:
                yield dict(row)

    def import_rows(self, held, notices, audit, shared: dict | None = None) -> tuple[int, int, int]:
        """Copy rows as stored (sealed rows stay sealed: no key needed) in one transaction; `shared`:
        {table: rows} of SHARED_COPY's tables (web accounts, relay figures), copied in it too, counted
        in self.copied_shared."""
        counts = [0, 0, 0]
        self.copied_shared = {}
        with self._tx() as cur:
            cur.execute("SELECT count(*) AS n FROM held")
            if cur.fetchone()["n"]:
                raise StoreError(f"{self.where} already holds messages: copy into an empty queue")
            for r in held:
                cur.execute("INSERT INTO held (id, received, client, mail_from, rcpts, verdict, rules, findings, reason,"
                            " raw, status, decided_by, decided_at, digest, sealed) VALUES"
                            " (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                            (r["id"], r["received"], r["client"], r["mail_from"], r["rcpts"], r["verdict"], r["rules"],
                             r["findings"], r["reason"], bytes(r["raw"]), r["status"], r["decided_by"],
                             r["decided_at"], r.get("digest"), int(r.get("sealed") or 0)))
                counts[0] += 1
            for r in notices:
                cur.execute("INSERT INTO notices (kind, mail_from, rcpt, data, sealed, created, attempts, next_try,"
                            " last_error) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                            (r["kind"], r["mail_from"], r["rcpt"], bytes(r["data"]), int(r.get("sealed") or 0),
                             r["created"], r["attempts"], r["next_try"], r.get("last_error")))
                counts[1] += 1
            for entry in audit:
                PgAuditLog.insert(cur, entry)
                counts[2] += 1
            for table, rows in (shared or {}).items():
                columns = SHARED_COPY[table]  # our own names only, never a source's
                insert = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))}) "
                          "ON CONFLICT DO NOTHING")
                n = 0
                for r in rows:
                    cur.execute(insert, [r.get(c) for c in columns])
                    n += cur.rowcount
                self.copied_shared[table] = n
        return tuple(counts)


class PgAuditLog:
    """The audit log as a table: same record()/entries() as AuditLog (the file). A record made
    inside a store transaction (hold, decide, settle) commits or rolls back with it."""

    def __init__(self, store: PgHoldQueue):
        self.store = store
        self.path = Path(store.where + "#audit")

    def record(self, action: str, held_id: str, actor: str, rules=(), **extra) -> None:
        entry = {"time": time.time(), "action": action, "id": held_id, "actor": actor, "rules": list(rules), **extra}
        with self.store._tx() as cur:
            self.insert(cur, entry)

    @staticmethod
    def insert(cur, entry: dict) -> None:
        entry = dict(entry)
        when = entry.pop("time")
        if isinstance(when, str):  # from a file audit log: 2026-01-31T12:00:00Z
            import calendar

            when = calendar.timegm(time.strptime(when, "%Y-%m-%dT%H:%M:%SZ"))
        action, held_id, actor = entry.pop("action"), entry.pop("id"), entry.pop("actor")
        rules = entry.pop("rules", [])
        cur.execute("INSERT INTO audit (at, action, held_id, actor, rules, extra) VALUES (%s, %s, %s, %s, %s, %s)",
                    (when, action, held_id, actor, json.dumps(list(rules)), json.dumps(entry, sort_keys=True)))

    def entries(self) -> list[dict]:
        return list(self.store.export_rows("audit"))


def schema_message(where: str, have: int, need: int) -> str:
    if have < need:
        return (f"hold queue {where} has schema version {have}; this bedside needs {need}. "
                "Run `bedside db upgrade` (once, from any node), then start bedside again.")
    return (f"hold queue {where} has schema version {have}, newer than this bedside knows ({need}): "
            "it was upgraded by a newer bedside; upgrade this node too.")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
