"""bedside's own emails (explanations to senders, reviewer notices), sent as an MTA sends mail.

Each notice is written to the hold-queue database (fsync'd) before the client hears 250 and
stays there until the smarthost takes it. A smarthost that is down or answers 4xx is tried again
with back-off (serve.notice_retry, doubling up to an hour); a 5xx refusal or a notice older than
serve.notice_lifetime_days is dropped and logged. A relay killed with notices waiting sends
them when it starts again. A notice is deleted only after the smarthost's 250, so a kill between
that reply and the delete can send it twice, never lose it.
"""

from __future__ import annotations

import asyncio
import logging
import time

from bedside.proxy import logs
from bedside.proxy.holds.store import HoldQueue, Notice

LEASE = 15 * 60      # a notice being sent is not taken by another sender for this long
MAX_BACKOFF = 3600
POLL = 30            # look at the queue at least this often (`bedside held reject` adds to it too)
BATCH = 20
STOP_BUDGET = 10     # seconds of notice sending at shutdown


def backoff(first: float, attempts: int) -> float:
    """Seconds before the next try after `attempts` failed ones: first, 2x, 4x ... up to an hour."""
    return min(first * (2 ** attempts), MAX_BACKOFF)


class NoticeSender:
    def __init__(self, queue: HoldQueue, transport, retry: float, lifetime_days: float,
                 logger: logging.Logger):
        self.queue = queue
        self.transport = transport
        self.retry = max(0.01, retry)
        self.lifetime = lifetime_days * 86400
        self.log = logger
        self._task: asyncio.Task | None = None
        self._wake: asyncio.Event | None = None

    def wake(self) -> None:
        """Notices were queued by someone else (the hold's own transaction): send them now."""
        if self._wake is not None:
            self._wake.set()

    def add(self, kind: str, mail_from: str, to: str, data: bytes) -> None:
        """Queue a notice durably (a short fsync'd write), then wake the sender."""
        self.queue.add_notice(kind, mail_from, to, data)
        if self._wake is not None:
            self._wake.set()

    def start(self) -> None:
        self.queue.release_leases()
        self._wake = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        """One last round for what is due (graceful shutdown), then stop; the rest waits on disk."""
        if self._task is None:
            return
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass
        self._task = None
        try:  # bounded: a hanging smarthost must not hold up shutdown; what is left stays queued
            await asyncio.wait_for(self.send_due(), timeout=STOP_BUDGET)
        except asyncio.TimeoutError:
            pass

    async def _run(self) -> None:
        while True:
            try:
                await self.send_due()
                upcoming = await asyncio.to_thread(self.queue.next_notice_at)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - a locked or full disk: try again later, keep serving
                self.log.exception("notice-queue-failed")
                upcoming = None
            delay = POLL if upcoming is None else min(POLL, max(0.0, upcoming - time.time()))
            try:
                # Not wait_for: under Python 3.11 it swallows a cancel that comes as the event is
                # set (a hold's wake-up), and stop() then waited for this loop for good.
                async with asyncio.timeout(delay):
                    await self._wake.wait()
            except TimeoutError:
                pass
            self._wake.clear()

    async def send_due(self) -> int:
        """Send every notice that is due; returns how many the smarthost took."""
        sent = 0
        while True:
            due = await asyncio.to_thread(self.queue.due_notices, LEASE, BATCH)
            if not due:
                return sent
            results = await asyncio.gather(*(self.send_one(n) for n in due))
            sent += sum(results)
            if not all(results):
                return sent  # the smarthost is refusing or away: the rest waits for its back-off

    async def send_one(self, notice: Notice) -> bool:
        try:
            delivery = await self.transport.send(notice.mail_from, [notice.rcpt], notice.data)
            code, reply = delivery.code, delivery.reply
        except Exception as exc:  # noqa: BLE001 - any failure to hand it over is a temporary one
            code, reply = 451, f"451 {type(exc).__name__}"
        fields = dict(kind=notice.kind, to_domain=logs.domain_of(notice.rcpt), upstream_code=code,
                      attempts=notice.attempts + 1)
        if 200 <= code < 300:
            await asyncio.to_thread(self.queue.notice_done, notice.id)
            logs.event(self.log, "notice", **fields)
            return True
        if code >= 500:
            await asyncio.to_thread(self.queue.notice_done, notice.id)
            logs.event(self.log, "notice-refused", **fields)
            return False
        if time.time() - notice.created > self.lifetime:
            await asyncio.to_thread(self.queue.notice_done, notice.id)
            logs.event(self.log, "notice-expired", **fields)
            return False
        wait = backoff(self.retry, notice.attempts)
        await asyncio.to_thread(self.queue.notice_retry, notice.id, time.time() + wait, reply)
        logs.event(self.log, "notice-deferred", retry_in=round(wait, 1), **fields)
        return False
