"""SMTP AUTH credentials: a file of `username:argon2-hash` lines. Passwords are never stored in clear."""

from __future__ import annotations

import asyncio
import functools
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from bedside.checks.config import ConfigError

_hasher = PasswordHasher()


@functools.cache
def _dummy() -> str:
    """Verifying an unknown user still costs one hash, so timing does not reveal which users exist.
    Made when credentials are loaded, not at import: one argon2 hash is 0.5 s or more of every
    `bedside serve` start (and restart), with or without AUTH."""
    return _hasher.hash("bedside-no-such-user")


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
        _dummy()  # now, before the first login: not on the first unknown user's check
        return cls(users)

    def verify(self, user: str, password: str) -> bool:
        hashed = self.users.get(user) or _dummy()
        try:
            return _hasher.verify(hashed, password) and user in self.users
        except (VerificationError, InvalidHashError):
            return False


class AuthGuard:
    """Password checks for the relay, off the event loop and rationed per client address.

    An argon2 check takes about 0.3 s of CPU: on the event loop, a few guessing clients would
    stall every connection. Checks run on two threads of their own (argon2 releases the GIL), one
    at a time per client address, so one address cannot queue up all the checking either. Failures
    are remembered per address for `failure_window` seconds (at most `max_addresses` of them):
    each failed reply waits longer, and an address past `max_failures_per_client` is refused
    without a check until its failures age out.
    """

    max_addresses = 10_000

    def __init__(self, credentials: Credentials, limits, clock=time.monotonic):
        self.credentials = credentials
        self.limits = limits
        self._clock = clock
        self._failures: OrderedDict[str, list[float]] = OrderedDict()  # address -> failure times, oldest first
        self._turns: dict[str, tuple[asyncio.Lock, int]] = {}
        self._threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="auth")

    def failures(self, address: str) -> int:
        times = self._failures.get(address)
        if not times:
            return 0
        cutoff = self._clock() - self.limits.failure_window
        while times and times[0] < cutoff:
            times.pop(0)
        if not times:
            del self._failures[address]
        return len(times)

    def blocked(self, address: str) -> bool:
        return self.failures(address) >= self.limits.max_failures_per_client

    def _failed(self, address: str) -> float:
        """Remember a failure; the delay before its reply."""
        count = self.failures(address) + 1
        self._failures.setdefault(address, []).append(self._clock())
        self._failures.move_to_end(address)
        del self._failures[address][:-self.limits.max_failures_per_client]  # only the newest count
        while len(self._failures) > self.max_addresses:
            self._failures.popitem(last=False)
        return min(self.limits.failure_delay * 2 ** (count - 1), self.limits.failure_delay_max)

    async def verify(self, address: str, user: str, password: str) -> bool:
        lock, waiting = self._turns.get(address) or (asyncio.Lock(), 0)
        self._turns[address] = (lock, waiting + 1)
        try:
            async with lock:
                if self.blocked(address):  # crossed the limit while this one waited its turn
                    return False
                ok = await asyncio.get_running_loop().run_in_executor(
                    self._threads, self.credentials.verify, user, password)
                if not ok:
                    await asyncio.sleep(self._failed(address))
                return ok
        finally:
            lock, waiting = self._turns[address]
            if waiting == 1:
                del self._turns[address]
            else:
                self._turns[address] = (lock, waiting - 1)

    def close(self) -> None:
        self._threads.shutdown(wait=False, cancel_futures=True)
