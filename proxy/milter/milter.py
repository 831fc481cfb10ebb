"""`bedside milter`: bedside as a Postfix (or Sendmail) milter, without the re-injection hop.

Postfix keeps the SMTP session, the size limit, SMTPUTF8 and its one queue id; bedside sees the
envelope, the headers and the body, checks the message with the same worker pool as `bedside
serve`, and answers at the end of the message:

- deliver or warn: its verdict headers are added (any X-Bedside-* the client sent removed) and
  Postfix queues the message;
- hold: stored in bedside's hold queue with its notices, then DISCARD, so Postfix does not deliver
  its copy (its own quarantine, the hold queue, would keep a second copy that `postsuper -H`
  could release past bedside's review); with [milter] on_hold = "reject", 550 5.7.1 and a reason;
- a failed check: held, or 451 with [serve] on_check_failure = "tempfail"; anything unforeseen
  is 451 too, and Postfix's milter_default_action = tempfail covers bedside being down.

The protocol is Sendmail's libmilter, through pymilter: libmilter runs a thread per Postfix
connection; each callback hands its message to the asyncio loop that owns the check workers and
the hold queue, and waits for the verdict.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from dataclasses import dataclass, replace

import Milter

from bedside.checks.config import ConfigError

from bedside.proxy import logs
from bedside.proxy.relay.relay import open_relay
from bedside.proxy.settings import EngineSpec, ServeSettings

NAME = "bedside"
TEMPFAIL_TEXT = "Message could not be checked, try again later"


@dataclass(frozen=True)
class MilterSettings:
    listen: str  # as libmilter takes it: inet:PORT@HOST, inet6:PORT@HOST or unix:/path
    on_hold: str  # "accept" (hold, discard at Postfix) or "reject" (550)


def milter_socket(listen: str) -> str:
    """[milter] listen ("127.0.0.1:8891", "[::1]:8891", "unix:/run/bedside/milter.sock") as
    libmilter's connection spec."""
    if listen.startswith("unix:") and len(listen) > 5:
        return listen
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536 or not host:
        raise ConfigError(f"[milter] listen = {listen!r}: expected host:port, [v6addr]:port or unix:/path")
    if host.startswith("[") and host.endswith("]"):
        return f"inet6:{port}@{host[1:-1]}"
    return f"inet:{port}@{host}"


def load_milter_settings(config) -> MilterSettings:
    section = config.section("milter")
    on_hold = section.get("on_hold", "accept")
    if on_hold not in ("accept", "reject"):
        raise ConfigError(f"[milter] on_hold = {on_hold!r}: expected one of ['accept', 'reject']")
    return MilterSettings(listen=milter_socket(str(section.get("listen", "127.0.0.1:8891"))), on_hold=on_hold)


def _reply_text(text: str) -> str:
    # libmilter drops a reply with a lone '%' silently: doubled, it is sent as '%%', harmless.
    return " ".join(text.split()).replace("%", "%%")[:400]


@Milter.header_leading_space  # header values as sent, so the checked bytes are the client's
class BedsideMilter(Milter.Base):
    """One Postfix connection (libmilter calls these from that connection's thread)."""

    def __init__(self, app: "MilterApp"):
        self.app = app
        self.client = ""
        self._reset()

    def _reset(self) -> None:
        self.mail_from = ""
        self.rcpts: list[str] = []
        self.smtputf8 = False
        self.headers: list[tuple[str, bytes]] = []
        self.body_parts: list[bytes] = []
        self.size = 0

    # --- the session ------------------------------------------------------------------------------

    @Milter.noreply
    def connect(self, hostname, family, hostaddr):
        # The client as Postfix saw it: an IP address (a unix-socket client has a path instead).
        self.client = hostaddr[0] if isinstance(hostaddr, tuple) else "[UNAVAILABLE]"
        return Milter.CONTINUE

    @Milter.noreply
    def envfrom(self, mail_from, *params):
        self._reset()
        self.mail_from = mail_from.strip().removeprefix("<").removesuffix(">")
        self.smtputf8 = any(p.upper() == "SMTPUTF8" for p in params)
        return Milter.CONTINUE

    @Milter.noreply
    def envrcpt(self, to, *params):
        self.rcpts.append(to.strip().removeprefix("<").removesuffix(">"))
        return Milter.CONTINUE

    @Milter.noreply
    @Milter.decode("bytes")
    def header(self, name, value):
        self.headers.append((name, value))
        self.size += len(name) + len(value) + 3
        return Milter.CONTINUE

    @Milter.noreply
    def body(self, chunk):
        self.size += len(chunk)
        if self.size <= self.app.settings.max_message_size:
            self.body_parts.append(chunk)
        return Milter.CONTINUE

    def eom(self):
        try:
            return self._end_of_message()
        except Exception:  # noqa: BLE001 - a bug costs the client a retry, never an unchecked delivery
            self.app.log.exception("milter-failed", extra={"fields": {"client": self.client}})
            self.setreply("451", "4.3.0", TEMPFAIL_TEXT)
            return Milter.TEMPFAIL
        finally:
            self._reset()

    def abort(self):
        self._reset()
        return Milter.CONTINUE

    def close(self):
        return Milter.CONTINUE

    # --- the verdict ------------------------------------------------------------------------------

    def raw(self) -> bytes:
        """The message as the client sent it: header fields (folded lines with CRLF), blank line, body."""
        lines = []
        for name, value in self.headers:
            lines.append(name.encode("utf-8", "surrogateescape") + b":"
                         + value.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") + b"\r\n")
        return b"".join(lines) + b"\r\n" + b"".join(self.body_parts)

    def _end_of_message(self):
        if self.size > self.app.settings.max_message_size:
            self.setreply("552", "5.3.4", "Message too big for bedside")
            return Milter.REJECT
        queue_id = self.getsymval("i") or ""
        login = self.getsymval("{auth_authen}") or ""
        # The hold record keeps who and what Postfix saw: the client, its queue id, the SASL login,
        # SMTPUTF8 (the log lines carry the queue id and whether the client logged in, never the login).
        client = " ".join(filter(None, (self.client, queue_id and f"queue={queue_id}", login and f"sasl={login}",
                                        "smtputf8" if self.smtputf8 else "")))
        raw = self.raw()
        screened = self.app.screen(raw, self.mail_from, list(self.rcpts), client,
                                   {"queue_id": queue_id, "authenticated": bool(login), "smtputf8": self.smtputf8})
        reply = screened.reply
        if reply is None:
            self._stamp(screened.report)
            logs.event(self.app.log, "accept", **screened.fields)
            self.app.delivered(screened.report, self.mail_from, list(self.rcpts))
            return Milter.ACCEPT
        code, _, rest = reply.partition(" ")
        if code.startswith("2"):  # held: in bedside's queue, with its notices; Postfix drops its copy
            return Milter.DISCARD
        xcode, _, text = rest.partition(" ")
        self.setreply(code, xcode, _reply_text(text))
        return Milter.REJECT if code.startswith("5") else Milter.TEMPFAIL

    def _stamp(self, report) -> None:
        """As stamp_verdict does for `bedside serve`: the client's X-Bedside-* fields removed, ours on top."""
        seen: dict[str, int] = {}
        own = []
        for name, _ in self.headers:
            key = name.lower()
            seen[key] = seen.get(key, 0) + 1
            if key.startswith("x-bedside-"):
                own.append((name, seen[key]))
        for name, index in reversed(own):
            self.chgheader(name, index, None)  # no value: the field is deleted (smfi_chgheader)
        # With leading spaces negotiated, Postfix writes 'name:value' as given: the space is ours.
        self.addheader("X-Bedside-Rules", " " + (", ".join(report.rules) or "none"), 0)
        self.addheader("X-Bedside-Verdict", " " + str(report.verdict), 0)


class MilterApp:
    """What `bedside milter` runs: the check workers, hold queue, notices and the asyncio loop they
    live on, and libmilter in a thread of its own."""

    def __init__(self, settings: ServeSettings, milter_settings: MilterSettings, spec: EngineSpec, engine,
                 logger: logging.Logger):
        # [milter] on_hold decides here; [serve]'s after-queue restriction is about Postfix bouncing
        # mail it had queued, which cannot happen before the queue.
        self.settings = replace(settings, on_hold=milter_settings.on_hold)
        self.milter_settings = milter_settings
        self.log = logger
        # The transport only sends bedside's notices here: Postfix delivers the mail itself.
        self.relay = open_relay(self.settings, spec, engine.config, logger, "bedside milter")
        self.queue, self.transport, self.checker = self.relay.queue, self.relay.transport, self.relay.checker
        self.loop: asyncio.AbstractEventLoop | None = None
        self._in_flight = 0
        self._lock = threading.Lock()

    # Called from libmilter's threads.
    def screen(self, raw: bytes, mail_from: str, rcpts: list[str], client: str, fields: dict):
        with self._lock:
            self._in_flight += 1
        try:
            future = asyncio.run_coroutine_threadsafe(self.relay.screen(raw, mail_from, rcpts, client, fields),
                                                      self.loop)
            # The checker gives up after check_timeout (held or 451 per on_check_failure); a hold
            # queue write that hangs past a generous margin is a 451, never a delivery.
            try:
                return future.result(self.settings.check_timeout * 2 + 60)
            except TimeoutError:
                future.cancel()  # the client hears 451 and sends again: stop settling this copy
                raise
        finally:
            with self._lock:
                self._in_flight -= 1

    def delivered(self, report, mail_from: str, rcpts: list[str]) -> None:
        self.loop.call_soon_threadsafe(self.relay.delivered, report, mail_from, rcpts)

    async def run(self) -> None:
        import milter

        self.loop = asyncio.get_running_loop()
        Milter.factory = lambda: BedsideMilter(self)
        _register()
        milter.setconn(self.milter_settings.listen)
        milter.set_exception_policy(Milter.TEMPFAIL)  # a Python error in a callback: 451, not accept
        try:
            milter.opensocket(True)
        except milter.error as exc:
            raise ConfigError(f"[milter] listen {self.milter_settings.listen}: cannot listen there ({exc})") from exc
        await self.checker.start()
        self.relay.notices.start()
        stop = asyncio.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            self.loop.add_signal_handler(sig, stop.set)
        ended = self.loop.create_future()

        def finish(error: Exception | None) -> None:
            if not ended.done():
                ended.set_result(None) if error is None else ended.set_exception(error)

        def main() -> None:
            try:
                milter.main()
            except Exception as exc:  # noqa: BLE001 - reported on the loop; bedside then stops
                # Passed as an argument: the name 'exc' is unbound once this block ends, so a
                # lambda reading it later on the loop would raise NameError and never stop bedside.
                self.loop.call_soon_threadsafe(finish, exc)
            else:
                self.loop.call_soon_threadsafe(finish, None)

        thread = threading.Thread(target=main, name="libmilter", daemon=True)
        thread.start()
        logs.event(self.log, "listening", milter=self.milter_settings.listen)
        print(f"bedside milter: listening on {self.milter_settings.listen}", flush=True)
        waiter = asyncio.ensure_future(stop.wait())
        await asyncio.wait([waiter, ended], return_when=asyncio.FIRST_COMPLETED)
        logs.event(self.log, "stopping", in_flight=self._in_flight)
        milter.stop()
        for _ in range(int(self.settings.check_timeout * 10)):  # messages being checked get their answer
            if not self._in_flight:
                break
            await asyncio.sleep(0.1)
        await asyncio.to_thread(thread.join, 10)
        waiter.cancel()
        await self.relay.drain()
        await self.transport.close()
        await self.checker.close()
        self.queue.close()
        logs.event(self.log, "stopped")
        if ended.done() and ended.exception() is not None:
            raise ended.exception()


def _register() -> None:
    """Milter.runmilter's registration, without its blocking main(): the socket is opened on the
    main thread (a bad address is one line at start) and main() runs in a thread of its own."""
    import milter

    milter.set_flags(Milter.ADDHDRS | Milter.CHGHDRS)  # all bedside ever asks of Postfix
    milter.set_connect_callback(Milter.connect_callback)
    milter.set_helo_callback(lambda ctx, host: ctx.getpriv().hello(host))
    milter.set_envfrom_callback(lambda ctx, *b: ctx.getpriv().envfrom_bytes(*b))
    milter.set_envrcpt_callback(lambda ctx, *b: ctx.getpriv().envrcpt_bytes(*b))
    milter.set_header_callback(lambda ctx, f, v: ctx.getpriv().header_bytes(f, v))
    milter.set_eoh_callback(lambda ctx: ctx.getpriv().eoh())
    milter.set_body_callback(lambda ctx, chunk: ctx.getpriv().body(chunk))
    milter.set_eom_callback(lambda ctx: ctx.getpriv().eom())
    milter.set_abort_callback(lambda ctx: ctx.getpriv().abort())
    milter.set_close_callback(Milter.close_callback)
    milter.register(NAME, data=lambda ctx: ctx.getpriv().data(), unknown=lambda ctx, cmd: ctx.getpriv().unknown(cmd),
                    negotiate=Milter.negotiate_callback)


def cmd_milter(args, config, settings: ServeSettings, spec: EngineSpec, engine) -> int:
    """`bedside milter [--check-config]`, called by the command line with the loaded site config."""
    milter_settings = load_milter_settings(config)
    if args.check_config:  # the hold queue and templates were checked by the command line
        print(f"configuration OK: {len(engine.rules)} rules; milter on {milter_settings.listen}; "
              f"on hold: {milter_settings.on_hold}; hold queue in {settings.data_dir}")
        return 0
    app = MilterApp(settings, milter_settings, spec, engine, logs.setup())
    asyncio.run(app.run())
    return 0
