"""Where accepted mail goes: the upstream smarthost (a pool of kept-open aiosmtplib connections)
or, for a fresh machine, a local Maildir outbox. Either way `send` returns only once the
message is safe: accepted upstream, or fsync'd into the outbox.
"""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiosmtplib

from .holdqueue import private_dir
from .settings import Upstream


@dataclass(frozen=True)
class Delivery:
    """The outcome of one delivery attempt, in SMTP terms the client can be given."""

    code: int
    message: str
    refused: dict = field(default_factory=dict)  # recipient -> (code, message) refused upstream

    @property
    def ok(self) -> bool:
        return 200 <= self.code < 300

    @property
    def reply(self) -> str:
        return f"{self.code} {self.message}"


TEMPFAIL = Delivery(451, "4.4.1 Upstream unavailable, try again later")


class Outbox:
    """A Maildir: tmp/ then fsync then rename into new/ (the rename is the commit)."""

    def __init__(self, folder: Path):
        self.folder = private_dir(folder)
        for sub in ("tmp", "new", "cur"):
            private_dir(folder / sub)
        self._counter = 0

    async def send(self, mail_from: str, rcpts: list[str], data: bytes) -> Delivery:
        return await asyncio.to_thread(self._write, mail_from, rcpts, data)

    def _write(self, mail_from: str, rcpts: list[str], data: bytes) -> Delivery:
        self._counter += 1
        name = f"{time.time_ns()}.P{os.getpid()}Q{self._counter}.{socket.gethostname()}"
        envelope = (f"X-Bedside-Envelope-From: <{mail_from}>\r\n"
                    f"X-Bedside-Envelope-To: {', '.join(f'<{r}>' for r in rcpts)}\r\n").encode()
        tmp = self.folder / "tmp" / name
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, envelope + data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.rename(tmp, self.folder / "new" / name)
        _fsync_dir(self.folder / "new")
        return Delivery(250, "2.0.0 OK: delivered")

    async def close(self) -> None:
        return None


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class UpstreamPool:
    """Up to `pool_size` kept-open connections to the smarthost, reused across messages."""

    def __init__(self, upstream: Upstream, local_hostname: str):
        self.upstream = upstream
        self.local_hostname = local_hostname
        self._idle: list[aiosmtplib.SMTP] = []
        self._slots = asyncio.Semaphore(upstream.pool_size)

    async def _connect(self) -> aiosmtplib.SMTP:
        up = self.upstream
        client = aiosmtplib.SMTP(
            hostname=up.host, port=up.port, timeout=up.timeout, local_hostname=self.local_hostname,
            use_tls=up.implicit_tls, start_tls=up.starttls if not up.implicit_tls else False,
            tls_context=ssl.create_default_context(cafile=up.ca_file or None) if (up.starttls or up.implicit_tls) else None,
        )
        await client.connect()
        if up.username:
            await client.login(up.username, up.password)
        return client

    async def send(self, mail_from: str, rcpts: list[str], data: bytes) -> Delivery:
        async with self._slots:
            # A kept-open connection may have been closed by the far end since its last use:
            # one retry on a fresh connection before telling the client to come back later.
            for attempt in (1, 2):
                client = self._idle.pop() if self._idle else None
                try:
                    if client is None or not client.is_connected:
                        client = await self._connect()
                    result = await self._send_on(client, mail_from, rcpts, data)
                except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPConnectError,
                        aiosmtplib.SMTPConnectTimeoutError, ConnectionError) as exc:
                    _drop(client)
                    if attempt == 2 or isinstance(exc, aiosmtplib.SMTPConnectError):
                        return TEMPFAIL
                    continue
                except (aiosmtplib.SMTPTimeoutError, asyncio.TimeoutError, OSError, aiosmtplib.SMTPException):
                    _drop(client)
                    return TEMPFAIL
                self._idle.append(client)
                return result
        return TEMPFAIL

    async def _send_on(self, client: aiosmtplib.SMTP, mail_from: str, rcpts: list[str], data: bytes) -> Delivery:
        try:
            refused, response = await client.sendmail(mail_from, rcpts, data)
        except aiosmtplib.SMTPRecipientsRefused as exc:
            first = exc.recipients[0]
            await _reset(client)
            return Delivery(first.code, _clean(first.message),
                            {r.recipient: (r.code, _clean(r.message)) for r in exc.recipients})
        except aiosmtplib.SMTPResponseException as exc:  # sender refused, data refused, 4xx or 5xx
            await _reset(client)
            return Delivery(exc.code, _clean(exc.message))
        return Delivery(250, "2.0.0 OK: delivered",
                        {r: (e.code, _clean(e.message)) for r, e in refused.items()})

    async def close(self) -> None:
        while self._idle:
            client = self._idle.pop()
            try:
                await client.quit()
            except Exception:  # noqa: BLE001 - closing anyway
                client.close()


async def _reset(client: aiosmtplib.SMTP) -> None:
    try:
        await client.rset()
    except Exception:  # noqa: BLE001 - a broken connection is dropped on next use
        client.close()


def _drop(client) -> None:
    if client is not None:
        try:
            client.close()
        except Exception:  # noqa: BLE001
            pass


def _clean(message: str) -> str:
    """Upstream text passed back to our client: one short ASCII line."""
    text = " ".join(str(message).split())
    return text.encode("ascii", "replace").decode()[:400] or "upstream gave no text"


def make_transport(upstream: Upstream, data_dir: Path, local_hostname: str):
    if upstream.enabled:
        return UpstreamPool(upstream, local_hostname)
    return Outbox(data_dir / "outbox")
