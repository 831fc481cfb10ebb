"""The web app's own state, in the hold queue's store ([store] url) so that every web node over one
PostgreSQL database shares it: users (argon2 hashes), API tokens (SHA-256 of the token only),
failed sign-ins (for lockout), sessions, the list's filters, and what senders asked for
(withdrawal, release with a justification, false-positive reports per rule). Never a message's
content. Before, this lived in a per-node web.sqlite3: it is moved in once, on first open."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bedside.proxy.settings import ROLES, TOKEN_ROLES

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


log = logging.getLogger("bedside.web")
LEGACY = "web.sqlite3"  # where a node kept this state before it moved into the shared store


class WebStore:
    """Over an open hold queue (HoldQueue or PgHoldQueue): portable SQL through its batch()."""

    def __init__(self, queue, legacy_dir: Path | None = None, owns_queue: bool = False):
        self.queue = queue
        self._owns = owns_queue
        if legacy_dir is not None:
            import_legacy(queue, Path(legacy_dir))

    @classmethod
    def open(cls, settings) -> "WebStore":
        """The store [store] url names (opened here, closed by close()), with this node's old
        web.sqlite3 moved in if there is one (`bedside users`, `bedside tokens`)."""
        from bedside.proxy.holds.store import open_queue

        return cls(open_queue(settings), settings.data_dir, owns_queue=True)

    def close(self) -> None:
        if self._owns:
            self.queue.close()

    def _q(self, sql: str, args=()) -> list[tuple]:
        return [tuple(r) if not isinstance(r, dict) else tuple(r.values()) for r in self.queue.batch([(sql, args)])[0]]

    # --- users -----------------------------------------------------------------------------
    def add_user(self, name: str, role: str, password: str) -> None:
        valid_name(name)
        if role not in ROLES:
            raise UserError(f"role {role!r}: expected one of {', '.join(ROLES)}")
        if len(password) < 10:
            raise UserError("password: at least 10 characters")
        if not self._q("INSERT INTO web_users (name, role, hash, created) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (name) DO NOTHING RETURNING name", (name, role, _hasher.hash(password), time.time())):
            raise UserError(f"user {name!r} exists already")

    def set_password(self, name: str, password: str) -> None:
        if len(password) < 10:
            raise UserError("password: at least 10 characters")
        if not self._q("UPDATE web_users SET hash = ? WHERE name = ? RETURNING name", (_hasher.hash(password), name)):
            raise UserError(f"no user {name!r}")
        self.end_sessions(name)  # a new password signs out every browser that had the old one

    def remove_user(self, name: str) -> bool:
        self.end_sessions(name)
        return bool(self._q("DELETE FROM web_users WHERE name = ? RETURNING name", (name,)))

    def users(self) -> list[User]:
        return [User(n, r) for n, r in self._q("SELECT name, role FROM web_users ORDER BY name")]

    def user(self, name: str) -> User | None:
        rows = self._q("SELECT name, role FROM web_users WHERE name = ?", (name,))
        return User(*rows[0]) if rows else None

    def verify(self, name: str, password: str) -> User | None:
        rows = self._q("SELECT name, role, hash FROM web_users WHERE name = ?", (name,))
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
        self.queue.batch([("DELETE FROM web_sessions WHERE created < ?", (now - max_age,)),
                          ("INSERT INTO web_sessions (digest, name, created) VALUES (?, ?, ?)",
                           (token_digest(sid), name, now))])
        return sid

    def session_user(self, sid: str, max_age: float) -> str | None:
        rows = self._q("SELECT name FROM web_sessions WHERE digest = ? AND created > ?",
                       (token_digest(sid), time.time() - max_age))
        return rows[0][0] if rows else None

    def end_session(self, sid: str) -> None:
        self._q("DELETE FROM web_sessions WHERE digest = ?", (token_digest(sid),))

    def end_sessions(self, name: str) -> None:
        self._q("DELETE FROM web_sessions WHERE name = ?", (name,))

    # --- the list page's filters ----------------------------------------------------------------
    # Kept here, not in the (signed, readable) cookie: a sender filter is a student's address.
    def save_filters(self, key: str | None, data: dict, max_age: float) -> str:
        key = key or secrets.token_urlsafe(24)
        now = time.time()
        self.queue.batch([("DELETE FROM web_filters WHERE at < ?", (now - max_age,)),
                          ("INSERT INTO web_filters (digest, data, at) VALUES (?, ?, ?) ON CONFLICT (digest) "
                           "DO UPDATE SET data = excluded.data, at = excluded.at", (token_digest(key), json.dumps(data), now))])
        return key

    def filters(self, key: str) -> dict:
        rows = self._q("SELECT data FROM web_filters WHERE digest = ?", (token_digest(key),))
        return json.loads(rows[0][0]) if rows else {}

    # --- failed logins -----------------------------------------------------------------------
    def failed(self, *keys: str) -> None:
        now = time.time()
        self.queue.batch([("DELETE FROM web_failures WHERE at < ?", (now - 86400,))]  # no lockout window is a day long
                         + [("INSERT INTO web_failures (who, at) VALUES (?, ?)", (k, now)) for k in keys])

    def failures(self, key: str, window: float) -> int:
        return self._q("SELECT count(*) AS n FROM web_failures WHERE who = ? AND at > ?", (key, time.time() - window))[0][0]

    def clear_failures(self, key: str) -> None:
        self._q("DELETE FROM web_failures WHERE who = ?", (key,))

    # --- API tokens ---------------------------------------------------------------------------
    def add_token(self, name: str, role: str = "check") -> str:
        valid_name(name)
        if role not in TOKEN_ROLES:
            raise UserError(f"role {role!r}: expected one of {', '.join(TOKEN_ROLES)}")
        token = "bst_" + secrets.token_urlsafe(32)
        self._q("INSERT INTO web_tokens (name, role, digest, created) VALUES (?, ?, ?, ?)",
                (name, role, token_digest(token), time.time()))
        return token

    def token_user(self, token: str) -> User | None:
        digest = token_digest(token)
        rows = self._q("SELECT name, role FROM web_tokens WHERE digest = ?", (digest,))
        if not rows:
            return None
        self._q("UPDATE web_tokens SET last_used = ? WHERE digest = ?", (time.time(), digest))
        return User("token:" + rows[0][0], rows[0][1])

    def tokens(self) -> list[tuple[str, str, float, float | None]]:
        return self._q("SELECT name, role, created, last_used FROM web_tokens ORDER BY name")

    def remove_token(self, name: str) -> int:
        return len(self._q("DELETE FROM web_tokens WHERE name = ? RETURNING name", (name,)))

    # --- senders' requests ----------------------------------------------------------------------
    def add_request(self, held_id: str, kind: str, text: str = "", rule: str | None = None) -> None:
        assert kind in REQUEST_KINDS
        self._q("INSERT INTO web_requests (held_id, kind, rule, text, created) VALUES (?, ?, ?, ?, ?)",
                (held_id, kind, rule, text, time.time()))

    def requests_for(self, held_id: str) -> list[dict]:
        rows = self._q("SELECT kind, rule, text, created FROM web_requests WHERE held_id = ? ORDER BY id", (held_id,))
        return [{"kind": k, "rule": r, "text": t, "created": c} for k, r, t, c in rows]

    def requested(self, held_ids) -> dict[str, set[str]]:
        """Which kinds of request each of these messages has (for the list page's markers)."""
        ids = list(held_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        out: dict[str, set[str]] = {}
        for held_id, kind in self._q(f"SELECT held_id, kind FROM web_requests WHERE held_id IN ({marks})", ids):
            out.setdefault(held_id, set()).add(kind)
        return out

    def reports(self) -> list[tuple[str, float]]:
        """(rule, time) of every false-positive report."""
        return self._q("SELECT rule, created FROM web_requests WHERE kind = ?", ("false-positive",))

    def forget(self, held_ids) -> None:
        """Drop what senders asked about messages that have been purged."""
        self.queue.batch([("DELETE FROM web_requests WHERE held_id = ?", (i,)) for i in held_ids])


# --- moving a node's web.sqlite3 into the shared store --------------------------------------------------
# Copied: users, tokens (digests), recent failed sign-ins, live sessions and senders' requests. Not the
# list filters (a reviewer sets them again). A name or token already in the store is kept as it is.
_COPIES = (
    ("users", "SELECT name, role, hash, created FROM users",
     "INSERT INTO web_users (name, role, hash, created) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING"),
    ("tokens", "SELECT digest, name, role, created, last_used FROM tokens",
     "INSERT INTO web_tokens (digest, name, role, created, last_used) VALUES (?, ?, ?, ?, ?) "
     "ON CONFLICT (digest) DO NOTHING"),
    ("failures", "SELECT who, at FROM failures", "INSERT INTO web_failures (who, at) VALUES (?, ?)"),
    ("sessions", "SELECT digest, user, created FROM sessions",
     "INSERT INTO web_sessions (digest, name, created) VALUES (?, ?, ?) ON CONFLICT (digest) DO NOTHING"),
    ("requests", "SELECT held_id, kind, rule, text, created FROM requests ORDER BY id",
     "INSERT INTO web_requests (held_id, kind, rule, text, created) VALUES (?, ?, ?, ?, ?)"),
)


def import_legacy(queue, data_dir: Path) -> dict[str, int] | None:
    """Move data_dir/web.sqlite3 into the store, once: in one transaction with a row naming it (so a
    second start, or a crash before the rename, never copies it twice), then rename it
    web.sqlite3.imported. Returns what was copied, or None when there was nothing to do."""
    path = Path(data_dir) / LEGACY
    if not path.exists():
        return None
    source = f"{getattr(queue, 'node', '')}:{path.resolve()}"
    done = Path(str(path) + ".imported")
    if not queue.batch([("SELECT source FROM web_imported WHERE source = ?", (source,))])[0]:
        counts, statements = {}, []
        with contextlib.closing(sqlite3.connect(path)) as old:
            have = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for table, select, insert in _COPIES:
                rows = old.execute(select).fetchall() if table in have else []
                counts[table] = len(rows)
                statements += [(insert, tuple(r)) for r in rows]
        statements.append(("INSERT INTO web_imported (source, at) VALUES (?, ?)", (source, time.time())))
        queue.batch(statements)
        log.info("moved %s into the shared store: %s", path,
                 ", ".join(f"{n} {t}" for t, n in counts.items()))
    else:
        counts = {}
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            p.replace(Path(str(done) + suffix))
    return counts
