"""The hold queue: held messages in SQLite (WAL, synchronous=FULL), private to the service user.

A message is in the queue once `hold()` returns: the commit is fsync'd before the client is
told 250. Findings are stored masked (as the engine produced them); the raw bytes are the only
place an identifier appears in full.
"""

from __future__ import annotations

import json
import os
import secrets
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
    mail_from TEXT NOT NULL,
    rcpts TEXT NOT NULL,          -- JSON list
    verdict TEXT NOT NULL,
    rules TEXT NOT NULL,          -- JSON list of codes
    findings TEXT NOT NULL,       -- JSON, masked excerpts only
    reason TEXT NOT NULL,         -- 'findings' or 'check-failed: ...'
    raw BLOB NOT NULL,
    status TEXT NOT NULL DEFAULT 'held',   -- held | released | rejected
    decided_by TEXT,
    decided_at REAL
);
CREATE INDEX IF NOT EXISTS held_status ON held(status, received);
"""


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


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable only by the service user."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def new_id() -> str:
    # Sortable by time, unguessable: reviewers quote it, senders quote it when asking for release.
    return time.strftime("%Y%m%d-%H%M%S", time.gmtime()) + "-" + secrets.token_hex(4)


class HoldQueue:
    def __init__(self, data_dir: Path):
        private_dir(data_dir)
        self.path = data_dir / "hold.sqlite3"
        old_umask = os.umask(0o077)  # the database, its WAL and shm files: 0600
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(SCHEMA)
        finally:
            os.umask(old_umask)
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                os.chmod(p, 0o600)
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def hold(self, raw: bytes, client: str, mail_from: str, rcpts, verdict: str, rules, findings,
             reason: str = "findings") -> str:
        held_id = new_id()
        with self._lock:
            self._db.execute(
                "INSERT INTO held (id, received, client, mail_from, rcpts, verdict, rules, findings, reason, raw)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (held_id, time.time(), client, mail_from, json.dumps(list(rcpts)), verdict,
                 json.dumps(list(rules)), json.dumps(findings), reason, sqlite3.Binary(raw)),
            )
        return held_id

    def get(self, held_id: str, with_raw: bool = False) -> HeldMessage | None:
        columns = "*" if with_raw else "id, received, client, mail_from, rcpts, verdict, rules, findings, " \
                                       "reason, status, decided_by, decided_at"
        with self._lock:
            self._db.row_factory = sqlite3.Row
            row = self._db.execute(f"SELECT {columns} FROM held WHERE id = ?", (held_id,)).fetchone()
        return _to_held(row) if row else None

    def list(self, status: str | None = "held", limit: int = 200) -> list[HeldMessage]:
        query = ("SELECT id, received, client, mail_from, rcpts, verdict, rules, findings, reason, status, "
                 "decided_by, decided_at FROM held")
        args: tuple = ()
        if status:
            query += " WHERE status = ?"
            args = (status,)
        query += " ORDER BY received LIMIT ?"
        with self._lock:
            self._db.row_factory = sqlite3.Row
            rows = self._db.execute(query, (*args, limit)).fetchall()
        return [_to_held(r) for r in rows]

    def decide(self, held_id: str, status: str, who: str) -> bool:
        """Mark a held message released or rejected; False if it was not waiting for a decision."""
        with self._lock:
            cur = self._db.execute(
                "UPDATE held SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'held'",
                (status, who, time.time(), held_id))
        return cur.rowcount == 1

    def purge(self, older_than_seconds: float) -> list[str]:
        """Delete messages received before the cut-off, whatever their status; returns their ids."""
        cutoff = time.time() - older_than_seconds
        with self._lock:
            ids = [r[0] for r in self._db.execute("SELECT id FROM held WHERE received < ?", (cutoff,))]
            self._db.execute("DELETE FROM held WHERE received < ?", (cutoff,))
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return ids

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM held").fetchone()[0]


def _to_held(row: sqlite3.Row) -> HeldMessage:
    keys = row.keys()
    return HeldMessage(
        id=row["id"], received=row["received"], client=row["client"], mail_from=row["mail_from"],
        rcpts=tuple(json.loads(row["rcpts"])), verdict=row["verdict"], rules=tuple(json.loads(row["rules"])),
        findings=json.loads(row["findings"]), reason=row["reason"], status=row["status"],
        decided_by=row["decided_by"], decided_at=row["decided_at"],
        raw=bytes(row["raw"]) if "raw" in keys else b"",
    )
