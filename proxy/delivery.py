"""Where accepted mail goes: the upstream smarthost (a pool of kept-open aiosmtplib connections)
or, for a fresh machine, a local Maildir outbox. Either way `send` returns only once the
message is safe: accepted upstream, or fsync'd into the outbox.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import io
import os
import socket
import ssl
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiosmtplib
from email import message_from_bytes
from email import policy as email_policy
from email.generator import BytesGenerator

from bedside.proxy.holds.store import private_dir
from bedside.proxy.settings import Upstream


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
# RFC 6531 3.5: a non-ASCII address the next hop cannot take is refused for good, not deferred
# (a 4xx would have Postfix retry it for five days, then bounce).
NO_SMTPUTF8 = Delivery(553, "5.6.7 Non-ASCII addresses are not accepted by the next mail server")


@dataclass(frozen=True)
class Trace:
    """What the client's MAIL said and who the original client was, passed on to the smarthost:
    MAIL parameters (SMTPUTF8, BODY=8BITMIME) and Postfix's XFORWARD attributes (NAME, ADDR,
    PORT, PROTO, HELO, IDENT, SOURCE; values xtext as Postfix sends them)."""

    smtputf8: bool = False
    body: str = ""  # "8BITMIME", "7BIT" or "" (not said)
    xforward: tuple = ()  # ((attribute, xtext value), ...)


def xtext(value: str) -> str:
    """RFC 3461 xtext, as XFORWARD values are written: '+', '=' and anything outside '!'..'~' as +HH."""
    return "".join(c if "!" <= c <= "~" and c not in "+=" else "".join(f"+{b:02X}" for b in c.encode())
                   for c in value)


class Outbox:
    """A Maildir: tmp/ then fsync then rename into new/ (the rename is the commit)."""

    def __init__(self, folder: Path):
        self.folder = private_dir(folder)
        for sub in ("tmp", "new", "cur"):
            private_dir(folder / sub)
        self._counter = 0

    async def send(self, mail_from: str, rcpts: list[str], data: bytes) -> Delivery:
        return await asyncio.to_thread(self._write, mail_from, rcpts, data)

    def ready(self) -> bool:
        """Nothing to gain from opening early: a file is written in one go, once the data is known."""
        return False

    async def open(self, mail_from: str, rcpts: list[str], size: int,
                   trace: Trace | None = None) -> "Refused | _OutboxEnvelope":
        return _OutboxEnvelope(self, mail_from, rcpts)

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
    """Up to `pool_size` kept-open connections to the smarthost, reused across messages.

    A message is sent in two steps: open() gives the smarthost the envelope (MAIL, RCPT) and
    returns an Envelope; its commit() sends the data, its abort() resets the connection and
    nothing is delivered. The relay opens the envelope while the message is being checked
    when the relay is not busy, so MAIL and RCPT cost the client no time after the check.
    """

    def __init__(self, upstream: Upstream, local_hostname: str):
        self.upstream = upstream
        self.local_hostname = local_hostname
        self._idle: list[aiosmtplib.SMTP] = []
        self._closers: dict[int, asyncio.TimerHandle] = {}  # id(idle connection) -> its idle_close timer
        self._quitting: set[asyncio.Task] = set()
        self._slots = asyncio.Semaphore(upstream.pool_size)
        self._turns = 0  # messages holding a connection (or waiting to): open() to commit/abort

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

    def ready(self) -> bool:
        """Whether most connections are free: then one can wait on a check without holding up
        messages already checked."""
        return self._turns < self.upstream.pool_size / 2

    async def send(self, mail_from: str, rcpts: list[str], data: bytes, trace: Trace | None = None) -> Delivery:
        envelope = await self.open(mail_from, rcpts, len(data), trace)
        return await envelope.commit(data)

    async def open(self, mail_from: str, rcpts: list[str], size: int,
                   trace: Trace | None = None) -> "Refused | Envelope":
        self._turns += 1
        try:
            await self._slots.acquire()
        except BaseException:
            self._turns -= 1
            raise
        try:
            # A kept-open connection may have been closed by the far end since its last use:
            # one retry on a fresh connection before telling the client to come back later.
            for attempt in (1, 2):
                client = self._take_idle()
                try:
                    if client is None or not client.is_connected:
                        client = await self._connect()
                    refused = await _give_envelope(client, mail_from, rcpts, size, trace or Trace())
                except _EnvelopeRefused as exc:
                    await _reset(client)
                    self._release(client)
                    return Refused(exc.delivery)
                except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPConnectError,
                        aiosmtplib.SMTPConnectTimeoutError, ConnectionError) as exc:
                    _drop(client)
                    if attempt == 2 or isinstance(exc, aiosmtplib.SMTPConnectError):
                        break
                    continue
                except (aiosmtplib.SMTPTimeoutError, asyncio.TimeoutError, OSError, aiosmtplib.SMTPException,
                        ValueError):  # ValueError: an address aiosmtplib will not put on the wire
                    _drop(client)
                    break
                return Envelope(self, client, refused)
        except BaseException:
            self._release(None)  # cancelled while connecting: give the turn back
            raise
        self._release(None)
        return Refused(TEMPFAIL)

    def _release(self, client: aiosmtplib.SMTP | None) -> None:
        """End a message's turn: its connection goes back for reuse if it is still good."""
        if client is not None and client.is_connected:
            self._idle.append(client)
            self._closers[id(client)] = asyncio.get_running_loop().call_later(
                self.upstream.idle_close, self._close_idle, client)
        self._turns -= 1
        self._slots.release()

    def _take_idle(self) -> aiosmtplib.SMTP | None:
        if not self._idle:
            return None
        client = self._idle.pop()
        timer = self._closers.pop(id(client), None)
        if timer is not None:
            timer.cancel()
        return client

    def _close_idle(self, client: aiosmtplib.SMTP) -> None:
        """Unused for idle_close seconds: QUIT, so the smarthost's process is free for others."""
        self._closers.pop(id(client), None)
        if client not in self._idle:
            return
        self._idle.remove(client)
        task = asyncio.get_running_loop().create_task(_quit(client))
        self._quitting.add(task)
        task.add_done_callback(self._quitting.discard)

    async def close(self) -> None:
        for timer in self._closers.values():
            timer.cancel()
        self._closers.clear()
        if self._quitting:
            await asyncio.gather(*list(self._quitting), return_exceptions=True)
        while self._idle:
            client = self._idle.pop()
            try:
                await client.quit()
            except Exception:  # noqa: BLE001 - closing anyway
                client.close()


class Envelope:
    """MAIL and RCPT accepted by the smarthost (some recipients perhaps refused); the data not sent."""

    def __init__(self, pool: UpstreamPool, client: aiosmtplib.SMTP, refused: dict):
        self._pool = pool
        self._client: aiosmtplib.SMTP | None = client
        self.refused = refused

    async def commit(self, data: bytes) -> Delivery:
        client, self._client = self._client, None
        data = fit_line_length(data)
        try:
            # The reply to the final dot may take long (the smarthost storing or scanning the
            # message): giving up early would make the client send again what may have gone.
            response = await client.data(data, timeout=self._pool.upstream.data_timeout)
        except aiosmtplib.SMTPResponseException as exc:  # data refused, 4xx or 5xx
            await _reset(client)
            result = Delivery(exc.code, _clean(exc.message))
        except (aiosmtplib.SMTPException, asyncio.TimeoutError, OSError, ConnectionError):
            _drop(client)
            result = TEMPFAIL
        except BaseException:
            _drop(client)  # cancelled mid-data: the connection's state is unknown
            self._pool._release(None)
            raise
        else:
            # The smarthost's own words ('2.0.0 Ok: queued as 4Q...'): its queue id in our client's log.
            result = Delivery(response.code, _clean(response.message), self.refused)
        self._pool._release(client)
        return result

    async def abort(self) -> None:
        """Before commit: nothing is delivered, RSET, and the connection goes back for reuse.
        After commit (or a second abort): nothing to do."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            await _reset(client)
        finally:
            self._pool._release(client)


@dataclass(frozen=True)
class Refused:
    """An envelope the smarthost refused, or could not be reached for: commit() gives the answer."""

    delivery: Delivery

    async def commit(self, data: bytes) -> Delivery:
        return self.delivery

    async def abort(self) -> None:
        return None


class _OutboxEnvelope:
    def __init__(self, outbox: Outbox, mail_from: str, rcpts: list[str]):
        self._outbox, self._mail_from, self._rcpts = outbox, mail_from, rcpts

    async def commit(self, data: bytes) -> Delivery:
        return await self._outbox.send(self._mail_from, self._rcpts, data)

    async def abort(self) -> None:
        return None


class _EnvelopeRefused(Exception):
    def __init__(self, delivery: Delivery):
        super().__init__(delivery.reply)
        self.delivery = delivery


async def _give_envelope(client: aiosmtplib.SMTP, mail_from: str, rcpts: list[str], size: int,
                         trace: Trace) -> dict:
    """XFORWARD, MAIL and RCPT, as aiosmtplib's sendmail gives them; the refused recipients, or
    _EnvelopeRefused when the sender or every recipient is refused."""
    await client._ehlo_or_helo_if_needed()
    # A non-ASCII address needs SMTPUTF8 whether or not the client said so (our own notices).
    utf8 = trace.smtputf8 or not all(a.isascii() for a in (mail_from, *rcpts))
    if utf8 and not client.supports_extension("smtputf8"):
        raise _EnvelopeRefused(NO_SMTPUTF8)
    options = [f"SIZE={size}"] if client.supports_extension("size") else []
    if trace.body and client.supports_extension("8bitmime"):
        options.append(f"BODY={trace.body}")
    if utf8:
        options.append("SMTPUTF8")
    if trace.xforward and client.supports_extension("xforward"):
        await _xforward(client, trace.xforward)
    encoding = "utf-8" if utf8 else "ascii"
    try:
        await client.mail(mail_from, options=options, encoding=encoding)
    except aiosmtplib.SMTPResponseException as exc:  # sender refused, 4xx or 5xx
        raise _EnvelopeRefused(Delivery(exc.code, _clean(exc.message))) from exc
    refused = {}
    for rcpt in rcpts:
        try:
            await client.rcpt(rcpt, encoding=encoding)
        except aiosmtplib.SMTPRecipientRefused as exc:
            refused[rcpt] = (exc.code, _clean(exc.message))
    if len(refused) == len(rcpts):
        code, message = refused[rcpts[0]]
        raise _EnvelopeRefused(Delivery(code, message, refused))
    return refused


async def _xforward(client: aiosmtplib.SMTP, attributes: tuple) -> None:
    """Postfix's XFORWARD, the attributes the smarthost names in its EHLO, a few a line (Postfix
    limits a command line to 512 octets). A refusal costs only the trace: the mail still goes."""
    offered = set(client.esmtp_extensions.get("xforward", "").upper().split())
    items = [f"{k}={v}" for k, v in attributes if k in offered]
    for i in range(0, len(items), 3):
        response = await client.execute_command(b"XFORWARD", *(item.encode("ascii") for item in items[i:i + 3]))
        if response.code != 250:
            return


async def _quit(client: aiosmtplib.SMTP) -> None:
    try:
        await asyncio.wait_for(client.quit(), 5)
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


LINE_LIMIT = 998  # octets a line, CRLF not counted (RFC 5322 2.1.1, RFC 5321 4.5.3.1.6)
# Headers longer than the limit are refolded; everything else is written back as it was read.
_FIT_POLICY = email_policy.SMTP.clone(max_line_length=LINE_LIMIT)


def fit_line_length(data: bytes) -> bytes:
    """The message with no line over 998 octets, so a strict smarthost does not refuse it (as
    Postfix does before delivery). A part with long lines is re-encoded, which changes no content:
    text as quoted-printable, anything else as base64 (base64 lines are rewrapped); long header
    lines are folded. A message without long lines is returned as it is, byte for byte; one that
    cannot be re-encoded too (the smarthost then has its say)."""
    # Split at LF only (twice as fast as splitlines): a CR counted in a line only errs towards a
    # second, exact look.
    if len(data) <= LINE_LIMIT or max(map(len, data.split(b"\n"))) <= LINE_LIMIT:
        return data
    if max(map(len, data.splitlines())) <= LINE_LIMIT:
        return data
    try:
        message = message_from_bytes(data, policy=_FIT_POLICY)
        changed = False
        for part in message.walk():
            payload = part.get_payload()
            if part.is_multipart() or not isinstance(payload, str):
                continue
            # The payload is text: 8-bit bytes read as UTF-8 where they are, escaped where not.
            if any(len(line) > LINE_LIMIT // 4 and len(line.encode("utf-8", "surrogateescape")) > LINE_LIMIT
                   for line in payload.splitlines()):
                _reencode(part, payload)
                changed = True
        if changed and "MIME-Version" not in message:
            message["MIME-Version"] = "1.0"
        out = io.BytesIO()
        BytesGenerator(out, policy=_FIT_POLICY).flatten(message)
        return out.getvalue()
    except Exception:  # noqa: BLE001 - a message the email package cannot take apart goes as it came
        return data


def _reencode(part, payload: str) -> None:
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "base64":
        body = "".join(payload.split())
    else:
        raw = part.get_payload(decode=True) or b""
        if part.get_content_maintype() == "text":
            _set_encoding(part, "quoted-printable")
            part.set_payload(binascii.b2a_qp(raw, istext=True).decode("ascii"))
            return
        _set_encoding(part, "base64")
        body = base64.b64encode(raw).decode("ascii")
    part.set_payload("\r\n".join(body[i:i + 76] for i in range(0, len(body), 76)) + "\r\n")


def _set_encoding(part, name: str) -> None:
    if "Content-Transfer-Encoding" in part:
        part.replace_header("Content-Transfer-Encoding", name)
    else:
        part.add_header("Content-Transfer-Encoding", name)


def make_transport(upstream: Upstream, data_dir: Path, local_hostname: str):
    if upstream.enabled:
        return UpstreamPool(upstream, local_hostname)
    return Outbox(data_dir / "outbox")


def stamp_verdict(raw: bytes, verdict: str, rules) -> bytes:
    """bedside's verdict headers on top of the message, any the client sent removed first: a
    forged 'X-Bedside-Verdict: deliver' must not travel next to (or, released, instead of) ours."""
    listed = ", ".join(rules) or "none"
    return f"X-Bedside-Verdict: {verdict}\r\nX-Bedside-Rules: {listed}\r\n".encode() + strip_own_headers(raw)


_OWN_PREFIX = b"x-bedside-"


def strip_own_headers(raw: bytes) -> bytes:
    """The message without header fields named X-Bedside-* (and their folded lines); the rest of
    the header and the body byte for byte."""
    end = raw.find(b"\r\n\r\n")
    cut = end + 2 if end >= 0 else len(raw)
    if _OWN_PREFIX not in raw[:cut].lower():
        return raw
    kept, dropping = [], False
    for line in raw[:cut].splitlines(keepends=True):
        if line[:1] in (b" ", b"\t"):  # a folded continuation belongs to the field above
            if not dropping:
                kept.append(line)
            continue
        dropping = line.lower().startswith(_OWN_PREFIX)
        if not dropping:
            kept.append(line)
    return b"".join(kept) + raw[cut:]
