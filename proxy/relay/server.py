"""`bedside serve`: the SMTP side. aiosmtpd speaks the protocol; the handler enforces relay policy
(networks or AUTH over TLS, recipient limits, XFORWARD from trusted peers) and hands each message
to the Relay. SIGTERM stops accepting connections and gives messages in flight [serve] stop_grace
seconds to finish; then their clients hear 421 (nothing acknowledged) and the relay exits.
"""

from __future__ import annotations

import asyncio
import gc
import ipaddress
import logging
import re
import signal
from collections import Counter
from functools import partial

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session, syntax

from bedside.checks import Engine
from bedside.checks.config import ConfigError

from bedside.proxy import logs
from bedside.proxy.settings import EngineSpec
from bedside.proxy.relay.credentials import AuthGuard, Credentials
from bedside.proxy.delivery import Trace, xtext
from bedside.proxy.relay.relay import Relay, open_relay
from bedside.proxy.settings import ServeSettings, listen_error

XFORWARD_ATTRS = {"NAME", "ADDR", "PORT", "PROTO", "HELO", "IDENT", "SOURCE"}
# Longest value taken per attribute (decoded): a host name is at most 255 octets (RFC 1035), a
# queue id or protocol name far less. Postfix's own values fit these with room to spare.
XFORWARD_MAX = {"NAME": 255, "ADDR": 64, "PORT": 13, "PROTO": 64, "HELO": 255, "IDENT": 64, "SOURCE": 13}
XFORWARD_UNKNOWN = ("[UNAVAILABLE]", "[TEMPUNAVAIL]")
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
    """aiosmtpd's SMTP with what a relay needs that it lacks: connection limits per client, a
    junk-command limit, password checks off the event loop, a quick path reader, DATA read in
    large pieces, and a 421 for every client when the relay shuts down."""

    # Command lines are read with this limit (RFC 5321 allows 512 octets; extensions and AUTH
    # lines a little more): a client cannot make the relay buffer more per connection. DATA is
    # read with DATA_READ_LIMIT, in pieces, up to max_message_size.
    line_length_limit = 4096
    DATA_READ_LIMIT = 256 * 1024
    JUNK_COMMANDS = ("NOOP", "RSET", "VRFY", "EXPN", "HELP", "HELO", "EHLO")

    def __init__(self, handler, *, settings: ServeSettings, connections: "Connections", logger: logging.Logger,
                 guard: AuthGuard | None = None, **kwargs):
        super().__init__(handler, **kwargs)
        self._settings = settings
        self._connections = connections
        self._log = logger
        self._guard = guard
        self._admitted = False
        self._address = ""
        self._junk = 0
        self._auth_failures = 0
        self.busy = False  # past the final dot, the message being checked and sent
        for name, method in self._smtp_methods.items():
            self._smtp_methods[name] = partial(self._command, name, method)

    def connection_made(self, transport) -> None:
        peer = transport.get_extra_info("peername")
        if self.transport is None:  # a new connection, not the switch to TLS after STARTTLS
            self._address = peer[0] if isinstance(peer, tuple) else str(peer or "")
            refusal = self._connections.admit(self, self._address)
            if refusal is not None:
                logs.event(self._log, "connection-refused", client=self._address, reason=refusal[10:])
                transport.write(refusal.encode() + b"\r\n")
                transport.close()
                return
            self._admitted = True
        super().connection_made(transport)

    def connection_lost(self, exc) -> None:
        if not self._admitted:
            return  # refused at connect: aiosmtpd never set up a session to tear down
        self._connections.release(self, self._address)
        self._admitted = False
        super().connection_lost(exc)

    def shut_down(self) -> None:
        """The relay is stopping: tell the client so (421, RFC 5321 3.8) and close."""
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(b"421 4.3.2 bedside is shutting down, try again later\r\n")
            self.transport.close()

    async def _close_with(self, reply: str) -> None:
        await super().push(reply)
        if self.transport is not None:
            self.transport.close()

    async def push(self, status) -> None:
        # A command answered with an error (malformed, unknown, over the line limit, refused, out
        # of order) is junk as NOOP is, like Postfix's error count; past the limit the client hears
        # 421 instead. The reply to the final dot is pushed past this, as it is the message's answer.
        code = status[:1]
        if code in ("4", "5", b"4", b"5") and status[:3] not in ("421", b"421") and not await self._count_junk():
            return
        await super().push(status)

    async def _command(self, name: str, method, arg) -> None:
        if self._connections.closing and name != "QUIT":
            await self._close_with("421 4.3.2 bedside is shutting down, try again later")
            return
        if name in self.JUNK_COMMANDS and not await self._count_junk():
            return
        await method(arg)

    async def _count_junk(self) -> bool:
        """Count a command that moves no mail; past the limit, close the connection (Postfix's
        smtpd_junk_command_limit): a client cannot hold a connection open with NOOP forever."""
        self._junk += 1
        if self._junk <= self._settings.max_junk_commands or self.transport is None:
            return True
        logs.event(self._log, "junk-limit", client=self._address, commands=self._junk - 1)
        await self._close_with("421 4.7.0 Too many commands without mail, closing connection")
        return False

    @syntax("AUTH <mechanism>")
    async def smtp_AUTH(self, arg: str) -> None:
        if self._guard is not None and self._guard.blocked(self._address):
            logs.event(self._log, "auth-refused", client=self._address, failures=self._guard.failures(self._address))
            await self._close_with("421 4.7.0 Too many failed logins from your address, try again later")
            return
        await super().smtp_AUTH(arg)

    def _authenticate(self, mechanism: str, auth_data) -> "_Unchecked":
        # aiosmtpd calls this synchronously from auth_PLAIN and auth_LOGIN: the argon2 check would
        # block the event loop. Hand the credentials back; _check_password checks them off the loop.
        return _Unchecked(mechanism, auth_data)

    async def auth_PLAIN(self, _, args) -> AuthResult:
        return await self._check_password(await super().auth_PLAIN(_, args))

    async def auth_LOGIN(self, _, args) -> AuthResult:
        return await self._check_password(await super().auth_LOGIN(_, args))

    async def _check_password(self, result) -> AuthResult:
        if not isinstance(result, _Unchecked):
            return result  # malformed or abandoned: aiosmtpd has answered
        data = result.auth_data
        if self._guard is None or not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = await self._guard.verify(self._address, data.login.decode("utf-8", "replace"),
                                      data.password.decode("utf-8", "replace"))
        if ok:
            logs.event(self._log, "auth", client=self._address, mechanism=result.mechanism)
            return AuthResult(success=True, auth_data=data)
        self._auth_failures += 1
        # The client address on every failure, for fail2ban; never the login or the password.
        logs.event(self._log, "auth-failed", client=self._address, mechanism=result.mechanism,
                   session_failures=self._auth_failures, client_failures=self._guard.failures(self._address))
        if (self._auth_failures >= self._settings.auth_limits.max_failures_per_session
                or self._guard.blocked(self._address)):
            await self._close_with("421 4.7.0 Too many failed logins, closing connection")
            return AuthResult(success=False, handled=True)
        return AuthResult(success=False, handled=False)

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
        # A larger buffer for DATA than for command lines: fewer, larger pieces. StreamReader has
        # no public setter for its limit.
        self._reader._limit = self.DATA_READ_LIMIT
        try:
            content = await self._read_data()
        except asyncio.CancelledError:
            self._writer.close()  # the connection went away during DATA (or the relay is stopping)
            raise
        finally:
            self._reader._limit = self.line_length_limit
        if content is None:
            await self.push("552 Error: Too much mail data")
            self._set_post_data_state()
            return
        self.envelope.content = self.envelope.original_content = content
        # The idle timer must not close the connection while the message is checked and sent:
        # the smarthost alone may take data_timeout to answer the final dot.
        self._reset_timeout(self._settings.check_timeout + self._settings.upstream.data_timeout + 60)
        self.busy = True
        try:
            status = await self._call_handler_hook("DATA")
        finally:
            self.busy = False
            self._reset_timeout()
        self._set_post_data_state()
        reply = "250 OK" if status is MISSING else status
        await super().push(reply)
        if reply.startswith("2"):
            self._junk = 0  # a client sending mail is no idler
        if self._connections.closing:
            self._reset_timeout(1)  # answered; the relay is stopping: time for QUIT, then 421 to anything else

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
            problem = xforward_problem(key.upper(), value)
            if problem is not None:
                # Even a trusted peer's values are checked before they reach a log line, the hold
                # queue or the smarthost; the value itself is never logged.
                logs.event(self._log, "xforward-refused", client=self._address,
                           attribute=key.upper() if key.upper() in XFORWARD_ATTRS else "?", problem=problem)
                await self.push("501 5.5.4 Bad XFORWARD attribute")
                return
            attrs[key.upper()] = value
        self.session.xforward = {**getattr(self.session, "xforward", {}), **attrs}
        await self.push("250 2.0.0 Ok")


def xtext_decode(value: str) -> str | None:
    """RFC 3461 xtext back to text (+HH as one octet, UTF-8 as a whole); None if malformed."""
    out, i = bytearray(), 0
    while i < len(value):
        c = value[i]
        if c == "+":
            pair = value[i + 1:i + 3]
            if len(pair) != 2 or not all(ch in "0123456789ABCDEFabcdef" for ch in pair):
                return None
            out.append(int(pair, 16))
            i += 3
        else:
            out += c.encode()
            i += 1
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return None


def forwarded_address(value: str) -> str | None:
    """XFORWARD's ADDR as a bare IP address (Postfix writes IPv6 as 'IPv6:2001:db8::1'), or one of
    Postfix's placeholders as it is; None if it is neither."""
    if value.upper() in XFORWARD_UNKNOWN:
        return value.upper()
    bare = value[5:] if value[:5].upper() == "IPV6:" else value
    try:
        return str(ipaddress.ip_address(bare))
    except ValueError:
        return None


def xforward_problem(key: str, value: str) -> str | None:
    """Why an XFORWARD attribute cannot be taken (a short phrase for the log), or None."""
    if key not in XFORWARD_ATTRS:
        return "unknown attribute"
    text = xtext_decode(value)
    if text is None:
        return "malformed xtext"
    if len(text) > XFORWARD_MAX[key]:
        return "too long"
    if any(ord(c) < 0x21 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029" for c in text):
        return "control character"
    if key == "ADDR" and text and forwarded_address(text) is None:
        return "not an IP address"
    if key == "PORT" and text and not (text.upper() in XFORWARD_UNKNOWN or (text.isascii() and text.isdigit() and int(text) < 65536)):
        return "not a port number"
    return None


class _Unchecked(AuthResult):
    """Credentials aiosmtpd has read, not yet checked."""

    def __init__(self, mechanism: str, auth_data):
        super().__init__(success=False, handled=False, auth_data=auth_data)
        self.mechanism = mechanism


class Connections:
    """Open client connections: counted in all and per client address, and reachable at shutdown."""

    def __init__(self, settings: ServeSettings):
        self.settings = settings
        self.open: set[BedsideSMTP] = set()
        self.per_client: Counter[str] = Counter()
        self.closing = False

    def admit(self, protocol: BedsideSMTP, address: str) -> str | None:
        """None if the connection may go on; otherwise the 421 reply to close it with."""
        if self.closing:
            return "421 4.3.2 bedside is shutting down, try again later"
        if len(self.open) >= self.settings.max_connections:
            return "421 4.7.0 Too many connections, try again later"
        if (self.per_client[address] >= self.settings.max_connections_per_client
                and self.settings.client_limited(address)):
            return "421 4.7.0 Too many connections from your address, try again later"
        self.open.add(protocol)
        self.per_client[address] += 1
        return None

    def release(self, protocol: BedsideSMTP, address: str) -> None:
        self.open.discard(protocol)
        self.per_client[address] -= 1
        if self.per_client[address] <= 0:
            del self.per_client[address]

    def shut_down(self, busy_too: bool = False) -> None:
        """421 to every client not waiting for its message's reply; those get it first, unless
        `busy_too` (the stop's grace is over: their message is abandoned, unacknowledged)."""
        self.closing = True
        for protocol in list(self.open):
            if busy_too or not protocol.busy:
                protocol.shut_down()

    def abort(self) -> None:
        """Drop every connection still open: a client that reads nothing cannot be sent its 421,
        and its closing transport would otherwise wait on it for good."""
        for protocol in list(self.open):
            if protocol.transport is not None:
                protocol.transport.abort()


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
            # IDENT is Postfix's queue id: passed on, it ties the smarthost's log line to the original.
            responses.insert(-1, "250-XFORWARD NAME ADDR PORT PROTO HELO IDENT SOURCE")
        return responses

    def _may_relay(self, session: Session) -> bool:
        peer = session.peer[0] if isinstance(session.peer, tuple) else ""
        return session.authenticated or self.settings.client_allowed(peer)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if not self._may_relay(session):
            return "530 5.7.0 Authentication required" if self.auth_offered else "550 5.7.1 Relaying denied"
        if session.authenticated and self.settings.sender_login_match:
            login = (session.login_data or b"").decode("utf-8", "replace")
            if not self.settings.sender_allowed(login, address):
                logs.event(self.relay.log, "sender-login-mismatch", client=_client(session),
                           sender_domain=logs.domain_of(address))
                return "553 5.7.1 Sender address not owned by the authenticated user"
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
            return await self.relay.process(raw, envelope.mail_from or "", list(envelope.rcpt_tos), _client(session),
                                            _trace(session, envelope))
        except Exception:  # noqa: BLE001 - a bug must cost a retry, never a bounce or a lost message
            self.relay.log.exception("process-failed", extra={"fields": {"client": _client(session)}})
            return "451 4.3.0 Internal error, try again later"
        finally:
            self.in_flight.discard(task)


def _trace(session: Session, envelope: Envelope) -> Trace:
    """What the smarthost is told besides the envelope: the client's MAIL parameters, and who the
    original client was (a trusted Postfix's XFORWARD as it came, else the socket's peer)."""
    body, utf8 = "", False
    for option in envelope.mail_options:
        key, _, value = option.upper().partition("=")
        if key == "SMTPUTF8":
            utf8 = True
        elif key == "BODY" and value in ("7BIT", "8BITMIME"):
            body = value
    forwarded = getattr(session, "xforward", {})
    if forwarded:
        attributes = tuple(forwarded.items())
    else:
        peer = session.peer[0] if isinstance(session.peer, tuple) else ""
        attributes = (("NAME", "[UNAVAILABLE]"), ("ADDR", xtext(peer)),
                      ("PROTO", "ESMTP" if session.extended_smtp else "SMTP"),
                      ("HELO", xtext(session.host_name or "[UNAVAILABLE]")))
    return Trace(smtputf8=utf8, body=body, xforward=attributes)


def _client(session: Session) -> str:
    """The original client: XFORWARD's ADDR from a trusted filter peer, else the socket's peer."""
    forwarded = getattr(session, "xforward", {})
    if forwarded.get("ADDR"):
        return forwarded_address(xtext_decode(forwarded["ADDR"]) or "") or "[UNAVAILABLE]"
    return session.peer[0] if isinstance(session.peer, tuple) else str(session.peer)


class Server:
    """Everything `bedside serve` runs, started and stopped together."""

    def __init__(self, settings: ServeSettings, spec: EngineSpec, engine: Engine, logger: logging.Logger):
        self.settings = settings
        self.log = logger
        self.relay = open_relay(settings, spec, engine.config, logger, "bedside serve")
        self.queue, self.transport, self.checker = self.relay.queue, self.relay.transport, self.relay.checker
        self.tls = settings.tls_context()
        self.credentials = Credentials.load(settings.credentials_file) if settings.credentials_file else None
        self.guard = AuthGuard(self.credentials, settings.auth_limits) if self.credentials else None
        self.handler = Handler(settings, self.relay, auth_offered=self.credentials is not None)
        self._servers: list[asyncio.AbstractServer] = []
        self._connections = Connections(settings)
        self.bound: list[tuple[str, int]] = []

    def _protocol(self, implicit_tls: bool) -> BedsideSMTP:
        s = self.settings
        kwargs = dict(
            settings=s, connections=self._connections, logger=self.log, guard=self.guard,
            data_size_limit=s.max_message_size,
            enable_SMTPUTF8=True, decode_data=False, hostname=s.hostname, ident="bedside",
            # On an implicit-TLS listener the socket is encrypted from the first byte; aiosmtpd only
            # knows about STARTTLS, so tell it not to demand that there.
            timeout=s.idle_timeout, auth_require_tls=not implicit_tls,
        )
        if self.tls is not None and not implicit_tls:
            kwargs["tls_context"] = self.tls
        if self.credentials is None:
            kwargs["auth_exclude_mechanism"] = ["LOGIN", "PLAIN"]
        return BedsideSMTP(self.handler, **kwargs)

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        # Bind every listener before anything else starts: an address that cannot be had is one
        # line and exit 2, with no worker processes to wind down.
        for addresses, implicit in ((self.settings.listen, False), (self.settings.listen_tls, True)):
            for host, port in addresses:
                try:
                    server = await loop.create_server(partial(self._protocol, implicit), host=host, port=port,
                                                      ssl=self.tls if implicit else None, reuse_address=True,
                                                      start_serving=False)
                except OSError as exc:
                    for bound in self._servers:
                        bound.close()
                    raise ConfigError(listen_error(host, port, exc)) from exc
                self._servers.append(server)
                sockname = server.sockets[0].getsockname()
                self.bound.append((sockname[0], sockname[1]))
                logs.event(self.log, "listening", host=sockname[0], port=sockname[1], tls=implicit)
        await self.checker.start()
        # Everything loaded so far (config, templates, libraries) lives as long as the relay:
        # out of the collector's way, so its full passes stay short under load.
        gc.freeze()
        self.relay.notices.start()
        for server in self._servers:
            await server.start_serving()

    async def stop(self) -> None:
        """Stop accepting; 421 to clients between messages or still sending one; give messages past
        their final dot [serve] stop_grace seconds to finish (their clients get real answers, then
        421); then 421 to those still unanswered and close.

        A message abandoned so was acknowledged to no one: its client sends it again later. If
        it was being held, the retry finds the same hold; if the smarthost took it before its
        answer came, the retry is a duplicate, never a loss. Without the bound, a smarthost that
        never answers the final dot kept the relay running for [upstream] data_timeout."""
        for server in self._servers:
            server.close()
        self._connections.shut_down()
        # A message is answered when its session leaves handle_DATA; the session itself ends a
        # moment later (QUIT, or the idle timer smtp_DATA shortens once the relay is closing).
        if self.handler.in_flight:
            await asyncio.wait(list(self.handler.in_flight), timeout=self.settings.stop_grace)
        late = set(self.handler.in_flight)
        if late:
            logs.event(self.log, "stop-grace-over", unanswered=len(late), grace=self.settings.stop_grace)
            # The 421 goes out before the session's task ends: a reply to the final dot it might
            # still push is dropped with the closed transport. Closing cancels the task.
            self._connections.shut_down(busy_too=True)
            _, late = await asyncio.wait(late, timeout=5)
            for task in late:  # a client not reading: its transport never finished closing
                task.cancel()
        # Clients just answered may QUIT (the next command gets 421); a moment, then 421 to the rest.
        for _ in range(20):
            if not self._connections.open:
                break
            await asyncio.sleep(0.05)
        self._connections.shut_down()
        for _ in range(20):  # a moment for the 421s to go out
            if not self._connections.open:
                break
            await asyncio.sleep(0.05)
        self._connections.abort()
        await self.relay.drain()
        await self.transport.close()
        await self.checker.close()
        if self.guard is not None:
            self.guard.close()
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

