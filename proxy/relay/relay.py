"""What happens to one accepted message: check, then deliver, hold or reject, and tell the sender.

Kept apart from the SMTP protocol so `bedside held release` and the tests use the same paths.
The reply string returned is the one the client sees; 250 only once the message is safe.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bedside.checks import Report, Verdict

from bedside.proxy import logs
from bedside.proxy.holds.audit import AuditLog
from bedside.proxy.relay.checking import CheckFailed, Checker
from bedside.proxy.delivery import Trace, make_transport, stamp_verdict
from bedside.proxy.holds.explain import Explainer, template_dir_from
from bedside.proxy.holds.figures import RelayFigures
from bedside.proxy.holds.store import HoldQueue, open_queue, private_dir
from bedside.proxy.holds.notices import NoticeSender
from bedside.proxy.settings import EngineSpec, ServeSettings

# Postfix hands a content filter at most bedside_destination_recipient_limit recipients per
# delivery: one message to more arrives as several, moments apart (the same queue file, so the same
# bytes). Parts held within this many seconds of the first are one hold with one notice.
SPLIT_WINDOW = 600.0
STORE_FAILED = "451 4.3.0 Could not store the message safely, try again later"
CHECK_TEMPFAIL = "451 4.3.0 Message could not be checked, try again later"


def stamp(raw: bytes, report: Report) -> bytes:
    """The original bytes with bedside's verdict headers on top (no message content in them)."""
    return stamp_verdict(raw, str(report.verdict), report.rules)


@dataclass(frozen=True)
class Screened:
    """A checked message: its report (None when the check failed), the client's reply when it is
    settled here (held, refused, tempfailed), None when it may be delivered; the log fields."""

    report: Report | None
    reply: str | None
    fields: dict


def open_relay(settings: ServeSettings, spec: EngineSpec, config, logger: logging.Logger, actor: str) -> "Relay":
    """Everything `bedside serve` and `bedside milter` settle messages with, opened once: the hold
    queue ([store] url) and its audit log, the transport for notices (and deliveries), the notice
    templates (checked now: a broken one is an error at start), the check workers (not yet
    started) and the sender's self-service links."""
    private_dir(settings.data_dir)
    queue = open_queue(settings)
    audit = queue.audit_log(settings.data_dir / "audit.log")
    transport = make_transport(settings.upstream, settings.data_dir, settings.hostname)
    explainer = Explainer(settings.organisation, settings.notice_from,
                          template_dir_from(config.section("serve"), Path.cwd()))
    explainer.check_templates()
    checker = Checker(spec, settings.check_workers, settings.check_timeout, settings.check_worker_memory_mb)
    relay = Relay(settings, checker, queue, transport, explainer, audit, logger, actor)
    relay.sender_link = sender_links(config, settings)
    return relay


def sender_links(config, settings: ServeSettings):
    """held id -> the sender's self-service URL ([web] public_url, the web server's secret), or None
    when no public URL is configured: a link to a page the sender cannot reach helps no one."""
    from bedside.proxy.holds.links import link_for
    from bedside.proxy.settings import load_web_settings, server_secret

    web = load_web_settings(config)
    if not web.public_url:
        return None
    return partial(link_for, web, server_secret(web, settings.data_dir))


class Relay:
    def __init__(self, settings: ServeSettings, checker: Checker, queue: HoldQueue, transport,
                 explainer: Explainer, audit: AuditLog, logger: logging.Logger, actor: str = "bedside serve"):
        self.settings = settings
        self.checker = checker
        self.queue = queue
        self.transport = transport
        self.explainer = explainer
        self.audit = audit
        self.log = logger
        self.actor = actor  # the program named in the audit log's 'held' records
        self._background: set[asyncio.Task] = set()
        # (Message-ID, sender, digest of the bytes) -> (held id, when): parts of one split message.
        self._parts: dict[tuple, tuple[str, float]] = {}
        self._part_locks: dict[tuple, tuple[asyncio.Lock, int]] = {}  # the lock, parts holding or awaiting it
        # held id -> the sender's self-service URL, when [web] public_url is set (open_relay sets it).
        self.sender_link = None
        # bedside's own emails wait on disk until the smarthost takes them (started with the program).
        self.notices = NoticeSender(queue, transport, settings.notice_retry, settings.notice_lifetime_days, logger)
        self.figures = RelayFigures(queue)  # counts for the web app's /metrics, stored every few seconds

    async def screen(self, raw: bytes, mail_from: str, rcpts: list[str], client: str,
                     log_fields: dict | None = None) -> "Screened":
        """Check one message and settle everything but its delivery: a held message is stored (with
        its notices) and a refused one answered. `reply` is None when the message may go on."""
        started = time.monotonic()
        extra = log_fields or {}
        try:
            report = await self.checker.check(raw, mail_from, tuple(rcpts))
        except CheckFailed as exc:
            self.figures.check_failed()
            logs.event(self.log, "check-failed",
                       **{"client": _address(client), "reason": str(exc), "size": len(raw), **extra})
            if self.settings.on_check_failure == "tempfail":
                return Screened(None, CHECK_TEMPFAIL, {})
            return Screened(None, await self._hold(raw, mail_from, rcpts, client, None, f"check-failed: {exc}"), {})
        self.figures.checked(str(report.verdict), {str(f.category) for f in report.findings}, time.monotonic() - started)
        # A log line names the client by its address alone (the milter's hold-record client names
        # more); log_fields add what the program knows besides (the milter: queue id, SASL or not).
        fields = {"client": _address(client), "verdict": str(report.verdict), "rules": list(report.rules),
                  "size": len(raw), "rcpt_domains": sorted({logs.domain_of(r) for r in rcpts}),
                  "check_ms": round((time.monotonic() - started) * 1000, 1), **extra}
        if report.verdict is Verdict.HOLD:
            logs.event(self.log, "hold", **fields)
            return Screened(report, await self._hold(raw, mail_from, rcpts, client, report, "findings"), fields)
        return Screened(report, None, fields)

    async def process(self, raw: bytes, mail_from: str, rcpts: list[str], client: str,
                      trace: Trace | None = None) -> str:
        """The upstream transaction is opened only after the verdict: a held message never shows
        in the smarthost's log (Postfix's 'lost connection after RCPT'), and XFORWARD, MAIL and
        RCPT go out together with the data."""
        screened = await self.screen(raw, mail_from, rcpts, client)
        if screened.reply is not None:
            return screened.reply
        report, fields = screened.report, screened.fields
        data = stamp(raw, report)
        envelope = await self.transport.open(mail_from, rcpts, len(data), trace)
        delivery = await envelope.commit(data)
        logs.event(self.log, "deliver" if delivery.ok else "deliver-failed", upstream_code=delivery.code, **fields)
        if delivery.ok and delivery.refused:
            # Accepted for some recipients, refused for others: the client heard 250, so the
            # sender must hear about the rest from us, as an MTA's bounce would tell them.
            context = self.explainer.context(None, report, len(rcpts))
            context["refused"] = [{"address": a, "reply": f"{c} {m}"} for a, (c, m) in delivery.refused.items()]
            self._notify("undeliverable", mail_from, context)
        if delivery.ok:
            self.delivered(report, mail_from, rcpts)
        return delivery.reply

    def delivered(self, report: Report, mail_from: str, rcpts: list[str]) -> None:
        """After a delivery (by us, or by Postfix behind the milter): the warn advice, if asked for."""
        if report.verdict is Verdict.WARN and self.settings.notify_sender_on_warn:
            self._notify("warned", mail_from, self.explainer.context(None, report, len(rcpts)))

    async def _hold(self, raw: bytes, mail_from: str, rcpts: list[str], client: str,
                    report: Report | None, reason: str) -> str:
        if self.settings.on_hold == "reject" and report is not None:
            context = self.explainer.context(None, report, len(rcpts), policy="reject", raw=raw, rcpts=rcpts)
            self._notify("held-reject", mail_from, context, html=True)
            return "550 5.7.1 " + self.explainer.reject_reply(context)
        key = _part_key(raw, mail_from)
        if key is None:
            return await self._hold_new(raw, mail_from, rcpts, client, report, reason)
        async with self._part_lock(key):  # parts delivered in parallel: the first holds, the others join it
            now = time.monotonic()
            for k, (_, when) in list(self._parts.items()):
                if now - when > SPLIT_WINDOW:
                    del self._parts[k]
            earlier = self._parts.get(key)
            if earlier is not None:
                try:
                    joined = await asyncio.to_thread(self.queue.add_recipients, earlier[0], rcpts)
                except Exception:  # noqa: BLE001 - disk full, locked database...: the client retries
                    self.log.exception("hold-store-failed", extra={"fields": {"client": _address(client)}})
                    return STORE_FAILED
                if joined:
                    logs.event(self.log, "hold-joined", client=_address(client), held_id=earlier[0],
                               added=len(rcpts))
                    return f"250 2.0.0 held for review {earlier[0]}"
            reply = await self._hold_new(raw, mail_from, rcpts, client, report, reason)
            if reply.startswith("250 "):
                self._parts[key] = (reply.rsplit(" ", 1)[-1], now)
            return reply

    @contextlib.asynccontextmanager
    async def _part_lock(self, key: tuple):
        """One split message's parts one at a time. The lock is dropped once no part holds or waits
        for it: counted, since a released lock's locked() is already False while the part it woke
        has yet to run, and a new lock made then would let a third part in beside that one."""
        lock, users = self._part_locks.get(key, (None, 0))
        lock = lock or asyncio.Lock()
        self._part_locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            users = self._part_locks[key][1] - 1
            if users:
                self._part_locks[key] = (lock, users)
            else:
                del self._part_locks[key]

    async def _hold_new(self, raw: bytes, mail_from: str, rcpts: list[str], client: str,
                        report: Report | None, reason: str) -> str:
        rules = report.rules if report else ()
        findings = [f.as_dict() for f in report.findings] if report else []

        def stored(held_id: str) -> None:
            # The row, its audit record and its notices commit together: a failed write stores
            # nothing (so the 451 is true), and the notices exist exactly once, with the hold.
            self.audit.record("held", held_id, self.actor, rules, reason=reason.split(":")[0])
            context = self.explainer.context(held_id, report, len(rcpts), raw=raw, rcpts=rcpts)
            if self.sender_link is not None:
                context["sender_link"] = self.sender_link(held_id)
            if self.settings.notify_sender_on_hold:
                self._queue_notice("held", mail_from, context, html=True)
            for reviewer in self.settings.reviewers:
                self._queue_notice("reviewer", reviewer, context)

        try:
            # A retry of a message already held gets the same id and no second notice.
            held_id, fresh = await asyncio.to_thread(self.queue.hold_once, raw, client, mail_from, rcpts,
                                                     str(Verdict.HOLD), rules, findings, reason, stored)
        except Exception:  # noqa: BLE001 - disk full, locked database...: the client retries
            self.log.exception("hold-store-failed", extra={"fields": {"client": _address(client)}})
            return STORE_FAILED
        if fresh:
            self.notices.wake()
        return f"250 2.0.0 held for review {held_id}"

    def _queue_notice(self, kind: str, to: str, context: dict, html: bool = False) -> None:
        """Inside the hold's transaction: render one notice and queue it there. A notice that cannot
        be rendered is logged and left out; one that cannot be stored fails the hold (451)."""
        data = self._render_notice(kind, to, context, html)
        if data is not None:
            self.queue.add_notice(kind, self.settings.notice_from, to, data)

    def _notify(self, kind: str, to: str, context: dict, html: bool = False) -> None:
        """Send one of bedside's own emails in the background: the client's reply never waits on it."""
        data = self._render_notice(kind, to, context, html)
        if data is None:
            return
        try:
            self.notices.add(kind, self.settings.notice_from, to, data)
        except Exception:  # noqa: BLE001 - the queue's disk is full or locked: the reply still stands
            self.log.exception("notice-queue-failed", extra={"fields": {"kind": kind, "to_domain": logs.domain_of(to)}})

    def _render_notice(self, kind: str, to: str, context: dict, html: bool) -> bytes | None:
        """The notice's bytes, or None when it must not or cannot be sent (logged)."""
        if not to or "@" not in to or to == self.settings.notice_from:
            return None  # null sender (a bounce) or ourselves: never answer, never loop
        try:
            return self.explainer.email(kind, to, context, html=html)
        except Exception:  # noqa: BLE001 - an address the email library rejects, a broken site template
            self.log.exception("notice-render-failed", extra={"fields": {"kind": kind, "to_domain": logs.domain_of(to)}})
            return None

    def _background_task(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def drain(self) -> None:
        """Wait for background work, then send the notices that are due (graceful shutdown)."""
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)
        await self.notices.stop()
        await asyncio.to_thread(self.figures.stop)



_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(<[^>\r\n]{1,500}>)", re.I | re.M)


def _part_key(raw: bytes, mail_from: str) -> tuple | None:
    """What the parts of one message Postfix split by recipient share: its Message-ID, its sender
    and its bytes. None for a message without a Message-ID (nothing to tie parts together by)."""
    head = raw[:raw.find(b"\r\n\r\n") + 2] if b"\r\n\r\n" in raw else raw
    found = _MESSAGE_ID.search(head)
    if found is None:
        return None
    return found.group(1), mail_from, hashlib.sha256(raw).digest()


def _address(client: str) -> str:
    """The client's address for a log line: the milter's hold-record client also names the queue
    id and the SASL login ('192.0.2.7 queue=... sasl=...'), which stay out of the logs."""
    return client.split(" ", 1)[0]
