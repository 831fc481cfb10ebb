"""The web app's own state, in web.sqlite3 beside the hold queue: users (argon2 hashes), API tokens
(SHA-256 of the token only), failed logins (for lockout), and what senders asked for (withdrawal,
release with a justification, false-positive reports per rule). Never a message's content."""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bedside.proxy.settings import ROLES, TOKEN_ROLES

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY, role TEXT NOT NULL, hash TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, role TEXT NOT NULL,
    digest TEXT NOT NULL UNIQUE, created REAL NOT NULL, last_used REAL);
CREATE TABLE IF NOT EXISTS failures (who TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS failures_who ON failures(who, at);
CREATE TABLE IF NOT EXISTS requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT, held_id TEXT NOT NULL, kind TEXT NOT NULL,
    rule TEXT, text TEXT, created REAL NOT NULL);
CREATE INDEX IF NOT EXISTS requests_held ON requests(held_id);
CREATE TABLE IF NOT EXISTS sessions (digest TEXT PRIMARY KEY, user TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS filters (digest TEXT PRIMARY KEY, data TEXT NOT NULL, at REAL NOT NULL);
"""
# What a sender may ask: withdraw the message, ask for release (with a justification), or say a
# rule got it wrong (counted per rule on the dashboard).
REQUEST_KINDS = ("withdraw", "release", "false-positive")
NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@")
_hasher = PasswordHasher()
# A hash to verify against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY = _hasher.hash(secrets.token_hex(8))


class UserError(ValueError):
    """A bad user or token request; the message says what is wrong."""


@dataclass(frozen=True)
class User:
    name: str
    role: str

    @property
    def can_act(self) -> bool:  # release, reject, read unmasked
        return self.role in ("reviewer", "admin")

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def valid_name(name: str) -> str:
    if not name or len(name) > 64 or not set(name) <= NAME_CHARS:
        raise UserError(f"user name {name[:64]!r}: use 1-64 letters, digits and . _ - @")
    return name


def token_digest(token: str) -> str:
    # API tokens are 256-bit random: a plain SHA-256 is enough (no dictionary to guess from).
    return hashlib.sha256(token.encode()).hexdigest()


class WebStore:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / "web.sqlite3"
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        old_umask = os.umask(0o077)
        try:
            with contextlib.closing(sqlite3.connect(self.path, isolation_level=None)) as db:
                db.execute("PRAGMA journal_mode=WAL")
                db.executescript(SCHEMA)
        finally:
            os.umask(old_umask)

    def close(self) -> None:
        pass

    def _run(self, sql: str, args=(), many: bool = False):
        # A connection per call: the CLI (`bedside users add`) and the app write the same file, and
        # each call then reads the latest state; opening a local SQLite file costs microseconds.
        with contextlib.closing(sqlite3.connect(self.path, isolation_level=None, timeout=10)) as db:
            if many:
                return db.executemany(sql, args).rowcount
            cur = db.execute(sql, args)
            rows = cur.fetchall()
            return rows if cur.description else cur.rowcount

    def _q(self, sql: str, args=()) -> list[tuple]:
        return self._run(sql, args)

    # --- users -----------------------------------------------------------------------------
    def add_user(self, name: str, role: str, password: str) -> None:
        valid_name(name)
        if role not in ROLES:
            raise UserError(f"role {role!r}: expected one of {', '.join(ROLES)}")
        if len(password) < 10:
            raise UserError("password: at least 10 characters")
        try:
            self._q("INSERT INTO users (name, role, hash, created) VALUES (?, ?, ?, ?)",
                    (name, role, _hasher.hash(password), time.time()))
        except sqlite3.IntegrityError:
            raise UserError(f"user {name!r} exists already") from None

    def set_password(self, name: str, password: str) -> None:
        if len(password) < 10:
            raise UserError("password: at least 10 characters")
        if not self._q("SELECT 1 FROM users WHERE name = ?", (name,)):
            raise UserError(f"no user {name!r}")
        self._q("UPDATE users SET hash = ? WHERE name = ?", (_hasher.hash(password), name))
        self.end_sessions(name)  # a new password signs out every browser that had the old one

    def remove_user(self, name: str) -> bool:
        self.end_sessions(name)
        return self._run("DELETE FROM users WHERE name = ?", (name,)) == 1

    def users(self) -> list[User]:
        return [User(n, r) for n, r in self._q("SELECT name, role FROM users ORDER BY name")]

    def user(self, name: str) -> User | None:
        rows = self._q("SELECT name, role FROM users WHERE name = ?", (name,))
        return User(*rows[0]) if rows else None

    def verify(self, name: str, password: str) -> User | None:
        rows = self._q("SELECT name, role, hash FROM users WHERE name = ?", (name,))
        try:
            _hasher.verify(rows[0][2] if rows else _DUMMY, password)
        except (VerificationError, InvalidHashError):
            return None
        return User(rows[0][0], rows[0][1]) if rows else None

    # --- sessions -----------------------------------------------------------------------------
    # The cookie is signed but lives in the browser; this table is what makes signing out (or a new
    # password, or removing the user) end it: a copied cookie is worthless once its row is gone.
    def start_session(self, name: str, max_age: float) -> str:
        sid = secrets.token_urlsafe(32)
        now = time.time()
        self._q("DELETE FROM sessions WHERE created < ?", (now - max_age,))
        self._q("INSERT INTO sessions (digest, user, created) VALUES (?, ?, ?)", (token_digest(sid), name, now))
        return sid

    def session_user(self, sid: str, max_age: float) -> str | None:
        rows = self._q("SELECT user FROM sessions WHERE digest = ? AND created > ?",
                       (token_digest(sid), time.time() - max_age))
        return rows[0][0] if rows else None

    def end_session(self, sid: str) -> None:
        self._q("DELETE FROM sessions WHERE digest = ?", (token_digest(sid),))

    def end_sessions(self, name: str) -> None:
        self._q("DELETE FROM sessions WHERE user = ?", (name,))

    # --- the list page's filters ----------------------------------------------------------------
    # Kept here, not in the (signed, readable) cookie: a sender filter is a student's address.
    def save_filters(self, key: str | None, data: dict, max_age: float) -> str:
        import json

        key = key or secrets.token_urlsafe(24)
        now = time.time()
        self._q("DELETE FROM filters WHERE at < ?", (now - max_age,))
        self._q("INSERT OR REPLACE INTO filters (digest, data, at) VALUES (?, ?, ?)",
                (token_digest(key), json.dumps(data), now))
        return key

    def filters(self, key: str) -> dict:
        import json

        rows = self._q("SELECT data FROM filters WHERE digest = ?", (token_digest(key),))
        return json.loads(rows[0][0]) if rows else {}

    # --- failed logins -----------------------------------------------------------------------
    def failed(self, *keys: str) -> None:
        now = time.time()
        self._q("DELETE FROM failures WHERE at < ?", (now - 86400,))  # no lockout window is a day long
        self._run("INSERT INTO failures (who, at) VALUES (?, ?)", [(k, now) for k in keys], many=True)

    def failures(self, key: str, window: float) -> int:
        return self._q("SELECT count(*) FROM failures WHERE who = ? AND at > ?", (key, time.time() - window))[0][0]

    def clear_failures(self, key: str) -> None:
        self._q("DELETE FROM failures WHERE who = ?", (key,))

    # --- API tokens ---------------------------------------------------------------------------
    def add_token(self, name: str, role: str = "check") -> str:
        valid_name(name)
        if role not in TOKEN_ROLES:
            raise UserError(f"role {role!r}: expected one of {', '.join(TOKEN_ROLES)}")
        token = "bst_" + secrets.token_urlsafe(32)
        self._q("INSERT INTO tokens (name, role, digest, created) VALUES (?, ?, ?, ?)",
                (name, role, token_digest(token), time.time()))
        return token

    def token_user(self, token: str) -> User | None:
        digest = token_digest(token)
        rows = self._q("SELECT name, role FROM tokens WHERE digest = ?", (digest,))
        if not rows:
            return None
        self._q("UPDATE tokens SET last_used = ? WHERE digest = ?", (time.time(), digest))
        return User("token:" + rows[0][0], rows[0][1])

    def tokens(self) -> list[tuple[str, str, float, float | None]]:
        return self._q("SELECT name, role, created, last_used FROM tokens ORDER BY name")

    def remove_token(self, name: str) -> int:
        return self._run("DELETE FROM tokens WHERE name = ?", (name,))

    # --- senders' requests ----------------------------------------------------------------------
    def add_request(self, held_id: str, kind: str, text: str = "", rule: str | None = None) -> None:
        assert kind in REQUEST_KINDS
        self._q("INSERT INTO requests (held_id, kind, rule, text, created) VALUES (?, ?, ?, ?, ?)",
                (held_id, kind, rule, text, time.time()))

    def requests_for(self, held_id: str) -> list[dict]:
        rows = self._q("SELECT kind, rule, text, created FROM requests WHERE held_id = ? ORDER BY id", (held_id,))
        return [{"kind": k, "rule": r, "text": t, "created": c} for k, r, t, c in rows]

    def requested(self, held_ids) -> dict[str, set[str]]:
        """Which kinds of request each of these messages has (for the list page's markers)."""
        ids = list(held_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        out: dict[str, set[str]] = {}
        for held_id, kind in self._q(f"SELECT held_id, kind FROM requests WHERE held_id IN ({marks})", ids):
            out.setdefault(held_id, set()).add(kind)
        return out

    def reports(self) -> list[tuple[str, float]]:
        """(rule, time) of every false-positive report."""
        return self._q("SELECT rule, created FROM requests WHERE kind = 'false-positive'")

    def forget(self, held_ids) -> None:
        """Drop what senders asked about messages that have been purged."""
        self._run("DELETE FROM requests WHERE held_id = ?", [(i,) for i in held_ids], many=True)
