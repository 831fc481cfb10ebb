"""Render bedside's own emails (held, warned, reviewer, rejected) from the jinja2 templates.

Safety: templates get masked findings only; HTML templates are autoescaped; undefined variables
fail loudly (StrictUndefined); headers are fixed text plus the reference id, never message content.
"""

from __future__ import annotations

import time
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone
from pathlib import Path

import jinja2

from bedside.checks import Report
from bedside.checks.registry import all_rules

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
        self.contact = organisation.get("guidance_contact", "a Director of Professionalism")
        self.notice_from = notice_from
        self._rules = {r.code: r for r in all_rules()}

    def context(self, held_id: str | None, report: Report | None, recipient_count: int,
                received: float | None = None, policy: str = "accept") -> dict:
        findings = []
        for f in (report.findings if report else ()):
            rule = self._rules.get(f.rule)
            loc = f.location
            findings.append({
                "rule": f.rule, "category": str(f.category), "action": str(f.action), "message": f.message,
                "excerpt": f.excerpt, "part": loc.part.split(":", 1)[0] if loc else "",
                "line": loc.line if loc and loc.part == "body" else None,
                "what": rule.explanation.what if rule else "", "why": rule.explanation.why if rule else "",
                "how": rule.explanation.how if rule else "",
            })
        when = datetime.fromtimestamp(received or time.time(), timezone.utc)
        return {
            "id": held_id or "", "organisation": self.organisation, "contact": self.contact,
            "received": when.strftime("%d %b %Y %H:%M UTC"), "recipient_count": recipient_count,
            "findings": findings, "failed": bool(report is None or report.errors), "policy": policy,
        }

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
        ctx = self.context("20260101-000000-abcdef01", None, 1)
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
