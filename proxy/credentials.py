"""SMTP AUTH credentials: a file of `username:argon2-hash` lines. Passwords are never stored in clear."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bedside.checks.config import ConfigError

_hasher = PasswordHasher()
# Verifying an unknown user still costs one hash, so timing does not reveal which users exist.
_DUMMY = _hasher.hash("bedside-no-such-user")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


@dataclass(frozen=True)
class Credentials:
    users: dict

    @classmethod
    def load(cls, path: str) -> "Credentials":
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"auth credentials_file {path}: {exc.strerror}") from exc
        users = {}
        for number, line in enumerate(text.splitlines(), start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            user, sep, hashed = line.partition(":")
            if not sep or not hashed.startswith("$argon2"):
                raise ConfigError(f"{path}:{number}: expected username:argon2-hash")
            users[user] = hashed
        return cls(users)

    def verify(self, user: str, password: str) -> bool:
        hashed = self.users.get(user, _DUMMY)
        try:
            return _hasher.verify(hashed, password) and user in self.users
        except (VerificationError, InvalidHashError):
            return False
