"""What the Postfix deployment tests need besides relay_harness: a smarthost that records the
whole transaction (MAIL parameters, XFORWARD, every MAIL command), and a private Postfix instance."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP

from conftest import ROOT
from relay_harness import free_port

EXAMPLES = ROOT / "examples" / "postfix"


class _TracingSMTP(SMTP):
    """aiosmtpd with Postfix's XFORWARD command (recorded, answered 250), counting open connections."""

    def connection_made(self, transport) -> None:
        with self.event_handler.lock:
            self.event_handler.open_connections += 1
        super().connection_made(transport)

    def connection_lost(self, exc) -> None:
        with self.event_handler.lock:
            self.event_handler.open_connections -= 1
        super().connection_lost(exc)

    async def smtp_XFORWARD(self, arg: str) -> None:
        sink = self.event_handler
        if not sink.xforward_offered:
            await self.push("500 5.5.2 Error: command not recognized")
            return
        attrs = dict(item.partition("=")[::2] for item in (arg or "").split())
        self.session.xforward = {**getattr(self.session, "xforward", {}), **attrs}
        await self.push("250 2.0.0 Ok")


class TraceSink:
    """An upstream smarthost recording each delivered message with its MAIL parameters and the
    XFORWARD attributes given before it, and counting MAIL commands (held mail must cause none)."""

    def __init__(self, smtputf8: bool = True, xforward: bool = True):
        self.smtputf8 = smtputf8
        self.xforward_offered = xforward
        self.messages: list[dict] = []
        self.mail_commands = 0
        self.open_connections = 0
        self.lock = threading.Lock()
        self.port = free_port()
        sink = self

        class _Controller(Controller):
            def factory(self):
                return _TracingSMTP(self.handler, **self.SMTP_kwargs)

        self.controller = _Controller(self, hostname="127.0.0.1", port=self.port, enable_SMTPUTF8=smtputf8)
        self._sink = sink

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        if self.xforward_offered:
            responses.insert(-1, "250-XFORWARD NAME ADDR PORT PROTO HELO IDENT SOURCE")
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        with self.lock:
            self.mail_commands += 1
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append({"mail_from": envelope.mail_from, "rcpts": list(envelope.rcpt_tos),
                                  "options": list(envelope.mail_options), "data": envelope.original_content,
                                  "xforward": dict(getattr(session, "xforward", {}))})
        session.xforward = {}  # as Postfix does: the attributes last one transaction
        return "250 2.0.0 Ok: queued as 4QTEST1"

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    def to(self, address: str) -> list[dict]:
        with self.lock:
            return [m for m in self.messages if address in m["rcpts"]]

    def wait_to(self, address: str, timeout: float = 15) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.to(address)
            if found:
                return found
            time.sleep(0.05)
        return []
