"""`bedside serve`: the SMTP side. aiosmtpd speaks the protocol; the handler enforces relay policy
(networks or AUTH over TLS, recipient limits, XFORWARD from trusted peers) and hands each message
to the Relay. SIGTERM stops accepting connections and lets messages in flight finish.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import re
import signal
from functools import partial
from pathlib import Path

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session, syntax

from bedside.checks import Engine

from . import logs
from .audit import AuditLog
from .batch import EngineSpec
from .checking import Checker
from .credentials import Credentials
from .delivery import make_transport
from .explain import Explainer, template_dir_from
from .holdqueue import HoldQueue, private_dir
from .relay import Relay
from .settings import ServeSettings

XFORWARD_ATTRS = {"NAME", "ADDR", "PORT", "PROTO", "HELO", "IDENT", "SOURCE"}
# An SMTP path in its everyday form, <dot-atom@host.name>, then optional parameters.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_SIMPLE_PATH = re.compile(rf"[ \t]*<({_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})*)>"
                          r"(?:[ \t]*\Z|[ \t]+([^\s(][^(]*)\Z)")  # no comments: those go to the full parser


def read_simple_path(arg: str, local_part_limit: int = 0) -> tuple[str | None, str | None] | None:
    """(address, parameters) for a path in its everyday form, as aiosmtpd's _getaddr gives them;
    None for any other form."""
    m = _SIMPLE_PATH.match(arg)
    if m is None:
        return None
    address = m.group(1)
    if local_part_limit and len(address.rpartition("@")[0]) > local_part_limit:
        return None, None
    return address, m.group(2) or ""


class BedsideSMTP(SMTP):
    """aiosmtpd's SMTP with the three things a relay needs that it lacks."""

    def __init__(self, handler, *, settings: ServeSettings, connections: dict, **kwargs):
        # aiosmtpd reads DATA line by line up to line_length_limit; a client sending bare LF
        # makes the whole message one "line", refused with 500 past 1001 bytes. Allow any
        # line up to the message size limit, which still bounds memory.
        self.line_length_limit = settings.max_message_size + 1024
        super().__init__(handler, **kwargs)
        self._settings = settings
        self._connections = connections
        self._counted = False

    def connection_made(self, transport) -> None:
        if self._connections["open"] >= self._settings.max_connections:
            transport.write(b"421 4.7.0 Too many connections, try again later\r\n")
            transport.close()
            return
        self._connections["open"] += 1
        self._counted = True
        super().connection_made(transport)

    def connection_lost(self, exc) -> None:
        if self._counted:
            self._connections["open"] -= 1
            self._counted = False
        super().connection_lost(exc)

    def _getaddr(self, arg: str):
        """aiosmtpd reads every MAIL and RCPT path with the email package's full RFC 5322 header
        parser (about 55 us each, twice a message: a tenth of the relay's CPU). The everyday form
        is read here with one regex; anything else still goes to that parser, and the results are
        the same (a property test compares them)."""
        quick = read_simple_path(arg, self.local_part_limit)
        return quick if quick is not None else super()._getaddr(arg)

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        """aiosmtpd's DATA with the same rules, read in a few large pieces instead of line by line.

        Line by line, a 10 KB message costs about a hundred awaits and list operations: a fifth
        of the relay's CPU. The rules are unchanged: only CRLF . CRLF ends the data (a bare LF or
        CR never does, so SMTP smuggling stays impossible), dot-stuffing is undone, and a message
        over the size limit is read to its end and answered 552.
        """
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        try:
            content = await self._read_data()
        except asyncio.CancelledError:
            self._writer.close()  # the connection went away during DATA
            raise
        if content is None:
            await self.push("552 Error: Too much mail data")
            self._set_post_data_state()
            return
        self.envelope.content = self.envelope.original_content = content
        status = await self._call_handler_hook("DATA")
        self._set_post_data_state()
        await self.push("250 OK" if status is MISSING else status)

    async def _read_data(self) -> bytes | None:
        """The message up to the terminating line '.', dot-stuffing undone; None when too large.

        Reads up to each '.' CRLF (the end of any sentence-final line, so a few per message) and
        stops at the first one that starts a line, i.e. follows CRLF or opens the data.
        """
        limit = self.data_size_limit
        pieces: list[bytes] = []
        size, too_much = 0, False
        before = b"\r\n"  # the two bytes before the current piece: the data opens like a fresh line
        while True:
            try:
                piece = await self._reader.readuntil(b".\r\n")
            except asyncio.LimitOverrunError as exc:
                piece = await self._reader.read(exc.consumed)  # no '.' CRLF for a long way: keep going
            joined = piece if len(piece) >= 5 else before + piece
            ended = piece.endswith(b".\r\n") and joined[-5:-3] == b"\r\n"
            before = joined[-2:]
            size += len(piece)
            if limit and size - 3 > limit:
                too_much = True
                pieces.clear()  # read on to the end, keeping nothing
            elif not too_much:
                pieces.append(piece)
            if ended:
                break
        if too_much:
            return None
        data = b"".join(pieces)[:-3]  # the terminating '.' CRLF; the CRLF before it ends the last line
        if data.startswith(b"."):
            data = data[1:]
        return data.replace(b"\r\n.", b"\r\n")

    async def smtp_XFORWARD(self, arg: str) -> None:
        """Postfix's XFORWARD: a trusted content-filter peer tells us who the original client was."""
        peer = self.session.peer[0] if isinstance(self.session.peer, tuple) else ""
        if not self._settings.xforward_allowed(peer):
            await self.push("550 5.7.0 XFORWARD not permitted")
            return
        attrs = {}
        for item in (arg or "").split():
            key, _, value = item.partition("=")
            if key.upper() not in XFORWARD_ATTRS:
                await self.push("501 5.5.4 Bad XFORWARD attribute")
                return
            attrs[key.upper()] = value
        self.session.xforward = {**getattr(self.session, "xforward", {}), **attrs}
        await self.push("250 2.0.0 Ok")


class Handler:
    def __init__(self, settings: ServeSettings, relay: Relay, auth_offered: bool):
        self.settings = settings
        self.relay = relay
        self.auth_offered = auth_offered
        self.in_flight: set[asyncio.Task] = set()

    async def handle_EHLO(self, server, session: Session, envelope: Envelope, hostname: str, responses):
        session.host_name = hostname
        peer = session.peer[0] if isinstance(session.peer, tuple) else ""
        if self.settings.xforward_allowed(peer):
            responses.insert(-1, "250-XFORWARD NAME ADDR PROTO HELO")
        return responses

    def _may_relay(self, session: Session) -> bool:
        peer = session.peer[0] if isinstance(session.peer, tuple) else ""
        return session.authenticated or self.settings.client_allowed(peer)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if not self._may_relay(session):
            return "530 5.7.0 Authentication required" if self.auth_offered else "550 5.7.1 Relaying denied"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if not self._may_relay(session):
            return "550 5.7.1 Relaying denied"
        if len(envelope.rcpt_tos) >= self.settings.max_recipients:
            return "452 4.5.3 Too many recipients"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        task = asyncio.current_task()
        self.in_flight.add(task)
        try:
            raw = envelope.original_content or b""
            return await self.relay.process(raw, envelope.mail_from or "", list(envelope.rcpt_tos), _client(session))
        except Exception:  # noqa: BLE001 - a bug must cost a retry, never a bounce or a lost message
            self.relay.log.exception("process-failed", extra={"fields": {"client": _client(session)}})
            return "451 4.3.0 Internal error, try again later"
        finally:
            self.in_flight.discard(task)


def _client(session: Session) -> str:
    """The original client: XFORWARD's ADDR from a trusted filter peer, else the socket's peer."""
    forwarded = getattr(session, "xforward", {})
    if forwarded.get("ADDR"):
        return forwarded["ADDR"]
    return session.peer[0] if isinstance(session.peer, tuple) else str(session.peer)


class Server:
    """Everything `bedside serve` runs, started and stopped together."""

    def __init__(self, settings: ServeSettings, spec: EngineSpec, engine: Engine, logger: logging.Logger):
        self.settings = settings
        self.log = logger
        private_dir(settings.data_dir)
        self.queue = HoldQueue(settings.data_dir)
        self.audit = AuditLog(settings.data_dir / "audit.log")
        self.transport = make_transport(settings.upstream, settings.data_dir, settings.hostname)
        self.explainer = Explainer(settings.organisation, settings.notice_from,
                                   template_dir_from(engine.config.section("serve"), Path.cwd()))
        self.explainer.check_templates()
        self.checker = Checker(spec, settings.check_workers, settings.check_timeout)
        self.relay = Relay(settings, self.checker, self.queue, self.transport, self.explainer, self.audit, logger)
        self.tls = settings.tls_context()
        self.credentials = Credentials.load(settings.credentials_file) if settings.credentials_file else None
        self.handler = Handler(settings, self.relay, auth_offered=self.credentials is not None)
        self._servers: list[asyncio.AbstractServer] = []
        self._connections = {"open": 0}
        self.bound: list[tuple[str, int]] = []

    def _protocol(self, implicit_tls: bool) -> BedsideSMTP:
        s = self.settings
        kwargs = dict(
            settings=s, connections=self._connections, data_size_limit=s.max_message_size,
            enable_SMTPUTF8=True, decode_data=False, hostname=s.hostname, ident="bedside",
            # On an implicit-TLS listener the socket is encrypted from the first byte; aiosmtpd only
            # knows about STARTTLS, so tell it not to demand that there.
            timeout=s.idle_timeout, auth_require_tls=not implicit_tls,
        )
        if self.tls is not None and not implicit_tls:
            kwargs["tls_context"] = self.tls
        if self.credentials is not None:
            kwargs["authenticator"] = self._authenticate
        else:
            kwargs["auth_exclude_mechanism"] = ["LOGIN", "PLAIN"]
        return BedsideSMTP(self.handler, **kwargs)

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword) or self.credentials is None:
            return AuthResult(success=False, handled=False)
        ok = self.credentials.verify(auth_data.login.decode("utf-8", "replace"),
                                     auth_data.password.decode("utf-8", "replace"))
        logs.event(self.log, "auth", success=ok, mechanism=mechanism)
        return AuthResult(success=ok, handled=False)

    async def start(self) -> None:
        await self.checker.start()
        # Everything loaded so far (config, templates, libraries) lives as long as the relay:
        # out of the collector's way, so its full passes stay short under load.
        gc.freeze()
        loop = asyncio.get_running_loop()
        for addresses, implicit in ((self.settings.listen, False), (self.settings.listen_tls, True)):
            for host, port in addresses:
                server = await loop.create_server(partial(self._protocol, implicit), host=host, port=port,
                                                  ssl=self.tls if implicit else None, reuse_address=True)
                self._servers.append(server)
                sockname = server.sockets[0].getsockname()
                self.bound.append((sockname[0], sockname[1]))
                logs.event(self.log, "listening", host=sockname[0], port=sockname[1], tls=implicit)

    async def stop(self) -> None:
        """Stop accepting, let in-flight messages finish (their clients get real answers), then close."""
        for server in self._servers:
            server.close()  # no new connections; open ones finish the message they are sending
        if self.handler.in_flight:
            await asyncio.gather(*list(self.handler.in_flight), return_exceptions=True)
        await self.relay.drain()
        await self.transport.close()
        await self.checker.close()
        self.queue.close()
        logs.event(self.log, "stopped")


async def serve_forever(server: Server) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await server.start()
    print(f"bedside serve: listening on {', '.join(f'{h}:{p}' for h, p in server.bound)}", flush=True)
    await stop.wait()
    logs.event(server.log, "stopping", in_flight=len(server.handler.in_flight))
    await server.stop()

