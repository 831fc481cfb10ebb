"""`bedside held ...`: the reviewer's side of the hold queue. Every action goes to the audit log."""

from __future__ import annotations

import asyncio
import getpass
import re
import sys
import time

from bedside.proxy.delivery import make_transport
from bedside.proxy.delivery import stamp_verdict
from bedside.proxy.holds.explain import Explainer
from bedside.proxy.holds.store import open_queue
from bedside.proxy.holds.notices import LEASE, backoff
from bedside.proxy.reports import safe_json, safe_text
from bedside.proxy.settings import ServeSettings

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
DURATION = re.compile(r"^(\d+)([smhdw]?)$")
UNITS = {"": 86400, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> float:
    """'30d', '12h', '2w' -> seconds (a bare number is days)."""
    match = DURATION.match(text.strip().lower())
    if not match:
        raise ValueError(f"{text!r}: expected a duration like 30d, 12h or 2w")
    return int(match.group(1)) * UNITS[match.group(2)]


class Review:
    def __init__(self, settings: ServeSettings, explainer: Explainer, reviewer: str | None = None):
        self.settings = settings
        # Only a queue that exists: run from the wrong directory, `held list` must not create an
        # empty one and report nothing held (StoreError says where it looked).
        self.queue = open_queue(settings, create=False)  # [store] url
        self.audit = self.queue.audit_log(settings.data_dir / "audit.log")
        self.explainer = explainer
        self.reviewer = reviewer or getpass.getuser()

    def list(self, everything: bool, as_json: bool) -> int:
        items = self.queue.list(None if everything else "held", limit=10_000)
        for h in items:
            row = {"id": h.id, "received": _when(h.received), "status": h.status, "rules": list(h.rules),
                   "recipients": len(h.rcpts), "client": h.client, "reason": h.reason}
            if as_json:
                print(safe_json(row))
            else:
                print(f"{h.id}  {row['received']}  {h.status:<8}  {len(h.rcpts):>3} rcpt  "
                      f"{safe_text(','.join(h.rules) or h.reason)}")
        if not as_json:
            print(f"{len(items)} message{'s' * (len(items) != 1)}", file=sys.stderr)
        return EXIT_OK

    def show(self, held_id: str, raw: bool) -> int:
        held = self.queue.get(held_id, with_raw=raw)
        if held is None:
            return _missing(held_id)
        if raw:
            # The reviewer asked to read the message itself: that reading is audited.
            self.audit.record("viewed", held.id, self.reviewer, held.rules)
            sys.stdout.buffer.write(held.raw)
            return EXIT_OK
        # Everything below came from the client or the message: shown with control characters
        # escaped, so a sender cannot clear the reviewer's screen or fake a 'released' line.
        decided = f" by {safe_text(held.decided_by)} at {_when(held.decided_at)}" if held.decided_at else ""
        print(f"id:         {held.id}\nreceived:   {_when(held.received)}\nstatus:     {held.status}{decided}\n"
              f"client:     {safe_text(held.client)}\nfrom:       {safe_text(held.mail_from)}\n"
              f"recipients: {safe_text(', '.join(held.rcpts))}\nreason:     {safe_text(held.reason)}\n")
        for f in held.findings:
            loc = f.get("location") or {}
            print(safe_text(f"{f['rule']} [{f['action']}] {f['message']}  "
                            f"({loc.get('part', '?')} line {loc.get('line', '?')})"))
            if f.get("excerpt"):
                print(f"    {safe_text(f['excerpt'])}")
        print("\n(`bedside held show --raw ID` prints the message itself; that is logged.)")
        return EXIT_OK

    def release(self, held_id: str) -> int:
        # Claimed first (held -> releasing, one conditional UPDATE): a second reviewer, another
        # node, a reject or a purge racing this one finds nothing to do, so it is delivered once.
        held = self.queue.claim(held_id, self.reviewer)
        if held is None:
            now = self.queue.get(held_id)
            if now is None:
                return _missing(held_id)
            print(f"bedside: {held_id} is already {now.status}", file=sys.stderr)
            return EXIT_FAIL
        delivery = self.deliver_claimed(held, held.rcpts)
        if not delivery.ok:
            print(f"bedside: upstream did not take {held_id}: {delivery.reply}; it stays held", file=sys.stderr)
            return EXIT_FAIL
        self.queue.settle(held_id, self.reviewer,
                          audit=lambda: self.audit.record("released", held_id, self.reviewer, held.rules))
        print(f"{held_id} released and delivered")
        return EXIT_OK

    def deliver_claimed(self, held, rcpts):
        """Deliver a message this reviewer has claimed: its original bytes, stamped as released (any
        X-Bedside-* the sender forged removed), to `rcpts`. If the upstream refuses it or the send
        fails, the claim is given back, so it stays held to be tried again."""
        try:
            delivery = asyncio.run(self._send(held.mail_from, list(rcpts),
                                              stamp_verdict(held.raw, "released", held.rules)))
        except BaseException:
            self.queue.unclaim(held.id)
            raise
        if not delivery.ok:
            self.queue.unclaim(held.id)
        return delivery

    def reject(self, held_id: str) -> int:
        held = self.queue.get(held_id)
        if held is None:
            return _missing(held_id)
        if not self.queue.decide(held_id, "rejected", self.reviewer,
                                 audit=lambda: self.audit.record("rejected", held_id, self.reviewer, held.rules)):
            now = self.queue.get(held_id)
            print(f"bedside: {held_id} is already {now.status if now else 'purged'}", file=sys.stderr)
            return EXIT_FAIL
        told = "the sender has been told"
        if held.mail_from and "@" in held.mail_from:
            raw = self.queue.get(held_id, with_raw=True).raw
            context = self.explainer.context(held_id, None, len(held.rcpts), held.received, raw=raw,
                                             rcpts=held.rcpts)
            notice = self.explainer.email("rejected", held.mail_from, context)
            if not self._send_notice("rejected", held.mail_from, notice):
                told = "the notice to the sender is queued: the relay sends it when the smarthost takes it"
        print(f"{held_id} rejected; {told}")
        return EXIT_OK

    def _send_notice(self, kind: str, to: str, data: bytes) -> bool:
        """Queue the notice (durably, leased to us), try it once now; if the smarthost does not take
        it, the running relay's notice sender retries it with back-off."""
        notice_id = self.queue.add_notice(kind, self.settings.notice_from, to, data, first_try=time.time() + LEASE)
        delivery = asyncio.run(self._send(self.settings.notice_from, [to], data))
        if delivery.ok or delivery.code >= 500:
            self.queue.notice_done(notice_id)
            return delivery.ok
        self.queue.notice_retry(notice_id, time.time() + backoff(self.settings.notice_retry, 0), delivery.reply)
        return False

    def purge(self, older_than: float) -> int:
        removed = self.queue.purge(older_than)
        for held_id in removed:
            self.audit.record("purged", held_id, self.reviewer)
        print(f"purged {len(removed)} message{'s' * (len(removed) != 1)}")
        return EXIT_OK

    async def _send(self, mail_from: str, rcpts: list[str], data: bytes):
        transport = make_transport(self.settings.upstream, self.settings.data_dir, self.settings.hostname)
        try:
            return await transport.send(mail_from, rcpts, data)
        finally:
            await transport.close()


def _when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ts)) + "Z" if ts else ""


def _missing(held_id: str) -> int:
    print(f"bedside: no held message {held_id!r}", file=sys.stderr)
    return EXIT_USAGE
