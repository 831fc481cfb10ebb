"""Reviewers' and senders' actions on held messages, through HoldQueue and Review: release delivers
the original bytes upstream and records it, reject tells the sender. Every action is audited with
the actor's name. Each call blocks (Review runs its own event loop for SMTP): call from a thread."""

from __future__ import annotations

import copy
import email.policy
from dataclasses import dataclass
from email import message_from_bytes

from bedside.checks.mask import scrub

from bedside.proxy.holds.review import Review
from bedside.proxy.web.store import WebStore


@dataclass(frozen=True)
class Outcome:
    ok: bool
    message: str


def clean_text(text: str, limit: int = 2000) -> str:
    """What a person typed (a reason, a justification), kept to printable text of a sane length and
    scrubbed of identifiers: it is stored in the audit log and the web store."""
    text = "".join(ch for ch in str(text) if ch == "\n" or ch.isprintable())
    return scrub(text.strip())[:limit]


# A sender's link may ask for release a few times (a second thought, a better reason) and report
# each rule once; no more, or one leaked link could flood the reviewers' page and the store.
MAX_REQUESTS = 3


class Actions:
    def __init__(self, review: Review, store: WebStore):
        self.review = review
        self.queue = review.queue
        self.audit = review.audit
        self.store = store

    def _as(self, who: str) -> Review:
        # Review keeps the actor's name on itself: a shallow copy per call, sharing queue and audit log.
        r = copy.copy(self.review)
        r.reviewer = who
        return r

    def viewed(self, held_id: str, who: str) -> bool:
        held = self.queue.get(held_id)
        if held is None:
            return False
        self.audit.record("viewed", held_id, who, held.rules, via="web")
        return True

    def release(self, held_id: str, who: str, rcpts: list[str] | None = None) -> Outcome:
        held = self.queue.get(held_id, with_raw=True)
        if held is None:
            return Outcome(False, "no such message")
        if held.status != "held":
            return Outcome(False, f"already {held.status}")
        chosen = [r for r in held.rcpts if rcpts is None or r in rcpts]
        if not chosen:
            return Outcome(False, "choose at least one recipient")
        if len(chosen) == len(held.rcpts):
            code = self._as(who).release(held_id)
            return Outcome(code == 0, "released and delivered" if code == 0 else
                           "the smarthost did not take it; it stays held")
        # Some recipients only: the same original bytes, to those addresses alone. Claimed first,
        # as Review.release does, so a second reviewer or node cannot deliver it meanwhile.
        claimed = self.queue.claim(held_id, who)
        if claimed is None:
            return Outcome(False, "decided by someone else meanwhile")
        if not self.review.deliver_claimed(claimed, chosen).ok:
            return Outcome(False, "the smarthost did not take it; it stays held")
        self.queue.settle(held_id, who, audit=lambda: self.audit.record(
            "released", held_id, who, held.rules, recipients=len(chosen), of=len(held.rcpts)))
        return Outcome(True, f"released to {len(chosen)} of {len(held.rcpts)} recipients")

    def reject(self, held_id: str, who: str, reason: str = "") -> Outcome:
        reason = clean_text(reason)
        if not reason:
            code = self._as(who).reject(held_id)
            return Outcome(code == 0, "rejected; the sender is told" if code == 0 else "not waiting for a decision")
        held = self.queue.get(held_id, with_raw=True)
        if held is None:
            return Outcome(False, "no such message")
        if not self.queue.decide(held_id, "rejected", who,
                                 audit=lambda: self.audit.record("rejected", held_id, who, held.rules, reason=reason)):
            return Outcome(False, "not waiting for a decision")
        if held.mail_from and "@" in held.mail_from:
            explainer = self.review.explainer
            context = explainer.context(held_id, None, len(held.rcpts), held.received, raw=held.raw, rcpts=held.rcpts)
            notice = with_reason(explainer.email("rejected", held.mail_from, context), reason)
            self.review._send_notice("rejected", held.mail_from, notice)
        return Outcome(True, "rejected; the sender is told, with your reason")

    # --- the sender's own requests (no login: the signed link is the authority) -----------------
    def withdraw(self, held_id: str) -> Outcome:
        held = self.queue.get(held_id)
        if held is None or not self.queue.decide(
                held_id, "withdrawn", "sender", audit=lambda: self.audit.record("withdrawn", held_id, "sender", held.rules)):
            return Outcome(False, "this message is no longer waiting for review")
        self.store.add_request(held_id, "withdraw")
        return Outcome(True, "withdrawn: it will not be sent")

    def request_release(self, held_id: str, justification: str) -> Outcome:
        text = clean_text(justification)
        if len(text) < 10:
            return Outcome(False, "please say why it should be sent (a sentence or two)")
        held = self.queue.get(held_id)
        if held is None or held.status != "held":
            return Outcome(False, "this message is no longer waiting for review")
        if self._asked(held_id, "release") >= MAX_REQUESTS:
            return Outcome(False, "you have already asked; a reviewer will decide")
        self.store.add_request(held_id, "release", text)
        self.audit.record("release-requested", held_id, "sender", held.rules)
        return Outcome(True, "your request is with the reviewers")

    def report(self, held_id: str, rule: str, comment: str = "") -> Outcome:
        held = self.queue.get(held_id)
        if held is None or rule not in held.rules:
            return Outcome(False, "no such finding on this message")
        if self._asked(held_id, "false-positive", rule) >= 1:
            return Outcome(False, f"you have already reported {rule}; thank you")
        self.store.add_request(held_id, "false-positive", clean_text(comment, 500), rule=rule)
        self.audit.record("false-positive-reported", held_id, "sender", [rule])
        return Outcome(True, f"thank you: {rule} reported as a false positive")

    def _asked(self, held_id: str, kind: str, rule: str | None = None) -> int:
        return sum(1 for r in self.store.requests_for(held_id) if r["kind"] == kind and (rule is None or r["rule"] == rule))

    def purge(self, older_than: float, who: str = "retention") -> list[str]:
        removed = self.queue.purge(older_than)
        for held_id in removed:
            self.audit.record("purged", held_id, who)
        self.store.forget(removed)
        return removed


def with_reason(notice: bytes, reason: str) -> bytes:
    """The rejection notice with the reviewer's reason added to its text."""
    msg = message_from_bytes(notice, policy=email.policy.default)
    part = msg.get_body(("plain",))
    if part is None:
        return notice
    text = part.get_content().rstrip("\n")
    part.set_content(f"{text}\n\nThe reviewer's reason:\n\n  " + reason.replace("\n", "\n  ") + "\n")
    return msg.as_bytes()
