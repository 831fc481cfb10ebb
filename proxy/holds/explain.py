"""Render bedside's own emails (held, warned, reviewer, rejected) from the jinja2 templates.

Safety: templates get masked findings only; HTML templates are autoescaped; undefined variables
fail loudly (StrictUndefined); headers are fixed text plus the reference id, never message content.
"""

from __future__ import annotations

import email.policy
import time
from datetime import datetime, timezone
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime, make_msgid, parsedate_to_datetime
from pathlib import Path

import jinja2

from bedside.checks import Report
from bedside.checks.mask import mask_email, scrub
from bedside.checks.registry import all_rules

from bedside.proxy.reports import safe_text

SUBJECTS = {
    "held": "Your email was held for review ({id})",
    "held-reject": "Your email was not sent",
    "warned": "Advice on the email you just sent",
    "reviewer": "bedside: message {id} held for review",
    "rejected": "Your held email ({id}) will not be sent",
    "undeliverable": "Your email could not be delivered to some recipients",
}


class Explainer:
    def __init__(self, organisation: dict, notice_from: str, template_dir: str | None = None):
        loaders: list[jinja2.BaseLoader] = []
        if template_dir:
            loaders.append(jinja2.FileSystemLoader(template_dir))
        loaders.append(jinja2.PackageLoader("bedside.templates", ""))
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
            undefined=jinja2.StrictUndefined,
            keep_trailing_newline=True,
        )
        self.organisation = organisation.get("name", "your medical school")
        # Who to ask, and at what address: [organisation] guidance_contact and contact.
        self.contact_address = str(organisation.get("contact", "")).strip()
        who = organisation.get("guidance_contact", "a Director of Professionalism")
        self.contact = f"{who} ({self.contact_address})" if self.contact_address else who
        self.internal_domains = tuple(d.lower().lstrip("@.") for d in organisation.get("internal_domains", ()))
        self.notice_from = notice_from
        self._rules = {r.code: r for r in all_rules()}

    def context(self, held_id: str | None, report: Report | None, recipient_count: int,
                received: float | None = None, policy: str = "accept", raw: bytes | None = None,
                rcpts=None, subject: str | None = None) -> dict:
        """What a template may show: masked findings, grouped by rule so each rule's explanation is
        said once, and which message this is about (subject masked, outside addresses masked)."""
        findings, by_rule = [], {}
        for f in (report.findings if report else ()):
            rule = self._rules.get(f.rule)
            loc = f.location
            title = rule.message if rule else f.message
            detail = f.message[len(title):].lstrip(": ") if f.message.startswith(title) else f.message
            item = {
                "rule": f.rule, "category": str(f.category), "action": str(f.action), "message": f.message,
                "detail": detail, "excerpt": f.excerpt, "part": loc.part.split(":", 1)[0] if loc else "",
                "line": loc.line if loc and loc.part == "body" else None,
                "what": rule.explanation.what if rule else "", "why": rule.explanation.why if rule else "",
                "how": rule.explanation.how if rule else "",
            }
            findings.append(item)
            group = by_rule.setdefault(f.rule, {"rule": f.rule, "title": title, "action": item["action"],
                                                "why": item["why"], "how": item["how"], "findings": []})
            group["findings"].append(item)
        when = datetime.fromtimestamp(received or time.time(), timezone.utc)
        headers = _headers(raw) if raw else {}
        if subject is None:
            subject = headers.get("subject")
        sent = headers.get("date") or when
        return {
            "id": held_id or "", "organisation": self.organisation, "contact": self.contact,
            "contact_address": self.contact_address,
            "received": when.strftime("%d %b %Y %H:%M UTC"), "recipient_count": recipient_count,
            "findings": findings, "rules": list(by_rule.values()),
            "failed": bool(report is None or report.errors), "policy": policy,
            "subject": _masked_subject(subject, findings) if subject is not None else "",
            "recipients": self._recipients(rcpts or ()),
            "sent": sent.strftime("%a %d %b %Y %H:%M %Z").strip() if sent.tzinfo else sent.strftime("%a %d %b %Y %H:%M"),
        }

    def _recipients(self, rcpts) -> str:
        """Colleagues' addresses in full; outside ones masked ('f***@gmail.com'): they may be a patient's."""
        shown = []
        for address in list(rcpts)[:5]:
            domain = address.rpartition("@")[2].lower()
            inside = any(domain == d or domain.endswith("." + d) for d in self.internal_domains)
            shown.append(safe_text(address if inside else mask_email(address) if "@" in address else "***"))
        more = len(rcpts) - len(shown)
        return ", ".join(shown) + (f" and {more} more" if more > 0 else "")

    def render(self, name: str, context: dict) -> str:
        return self.env.get_template(name).render(**context)

    def reject_reply(self, context: dict) -> str:
        """The one-line text of a 550 reply: ASCII, no CR/LF, short (RFC 5321 caps reply lines at 512)."""
        text = " ".join(self.render("reject_reply.txt.j2", context).split())
        return text.encode("ascii", "replace").decode()[:400]

    def email(self, kind: str, to: str, context: dict, html: bool = False) -> bytes:
        template = {"held-reject": "held"}.get(kind, kind)
        msg = EmailMessage()
        msg["From"] = f"bedside <{self.notice_from}>"
        msg["To"] = to
        if self.contact_address:
            msg["Reply-To"] = self.contact_address  # a reply reaches a person, not bedside's own address
        msg["Subject"] = SUBJECTS[kind].format(id=context.get("id", ""))
        msg["Date"] = format_datetime(datetime.now(timezone.utc))
        msg["Message-ID"] = make_msgid(domain=self.notice_from.rpartition("@")[2] or "bedside.localhost")
        msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to this
        msg.set_content(self.render(f"{template}.txt.j2", context))
        if html:
            msg.add_alternative(self.render(f"{template}.html.j2", context), subtype="html")
        return msg.as_bytes()

    def check_templates(self) -> None:
        """Render every template once with sample data: a broken site template fails at start-up."""
        ctx = self.context("20260101-000000-abcdef01", None, 1, subject="Sample", rcpts=["a@example.org"])
        for name in ("held.txt.j2", "held.html.j2", "warned.txt.j2", "reviewer.txt.j2", "rejected.txt.j2",
                     "reject_reply.txt.j2"):
            self.render(name, ctx)
        self.render("undeliverable.txt.j2", {**ctx, "refused": [{"address": "a@example.org", "reply": "550 x"}]})


def template_dir_from(config_section: dict, base: Path) -> str | None:
    folder = config_section.get("template_dir")
    if not folder:
        return None
    path = Path(folder)
    return str(path if path.is_absolute() else base / path)


def _headers(raw: bytes) -> dict:
    """Subject and Date of the held message, read leniently: a notice never fails on a bad header."""
    try:
        message = BytesHeaderParser(policy=email.policy.default).parsebytes(raw[:65536])
        subject = str(message.get("subject", "") or "")
    except Exception:  # noqa: BLE001 - a header the email package cannot decode
        return {}
    out = {"subject": subject}
    try:
        date = parsedate_to_datetime(str(message.get("date", "")))
        if date is not None:
            out["date"] = date
    except (TypeError, ValueError, IndexError):
        pass
    return out


def _masked_subject(subject: str, findings: list[dict]) -> str:
    """The subject as the sender will recognise it, never repeating an identifier: a subject a
    rule found something in is shown as that rule's masked excerpt; any other is scrubbed too."""
    in_subject = [f["excerpt"] for f in findings if f["part"] == "subject" and f["excerpt"]]
    text = in_subject[0].strip("…") if in_subject else scrub(" ".join(subject.split()))
    text = safe_text(text)
    if not text:
        return "(no subject)"
    return text if len(text) <= 100 else text[:99] + "…"
