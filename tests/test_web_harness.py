"""A real `bedside web` (uvicorn on a loopback ephemeral port, in a thread) over a real hold queue,
with messages held by the real engine, and a real SMTP sink upstream. Shared by tests/test_web*.py."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from email.message import EmailMessage
from pathlib import Path

import uvicorn

from conftest import ROOT
from relay_harness import Sink, free_port, toml_value

from bedside.checks import Engine, Verdict, load_config

PASSWORD = "correct horse battery"


def make_message(subject: str, body: str, to=("dr.jones@nottingham.ac.uk",),
                 sender="student@exmail.nottingham.ac.uk", html: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = "Mon, 07 Dec 2026 09:00:00 +0000"
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


PATIENT = ("Hi Dr Jones,\n\nThe patient in bay 4 (NHS number 943 476 5919, DOB 12/03/1954) needs "
           "his bloods repeated tomorrow.\n\nThanks,\nSam")


class WebServer:
    def __init__(self, workdir: Path, sink_port: int | None = None, store: dict | None = None, **web):
        self.workdir = workdir
        self.port = free_port()
        self.data_dir = workdir / "var"
        config = {
            "serve": {"data_dir": str(self.data_dir), "retention_days": 30},
            "upstream": {"host": "127.0.0.1", "port": sink_port, "timeout": 5} if sink_port else {},
            "organisation": {"contact": "professionalism@nottingham.ac.uk"},
            "store": store or {},
            "web": {"listen": f"127.0.0.1:{self.port}", "secure_cookies": "never",
                    "public_url": f"http://127.0.0.1:{self.port}", **web},
        }
        lines = []
        for section, values in config.items():
            lines.append(f"[{section}]")
            lines += [f"{k} = {toml_value(v)}" for k, v in values.items()]
        self.config_path = workdir / "bedside-web.toml"
        self.config_path.write_text("\n".join(lines) + "\n")
        self.config = load_config(str(self.config_path))
        self.engine = Engine(self.config)
        self.thread: threading.Thread | None = None
        self.server: uvicorn.Server | None = None
        self.url = f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "bedside.proxy.cli.cli", *args, "--config", str(self.config_path)],
                              input=stdin, capture_output=True, text=True, cwd=self.workdir, timeout=60)

    def add_user(self, name: str, role: str, via_cli: bool = False) -> None:
        if via_cli:
            done = self.cli("users", "add", name, "--role", role, stdin=PASSWORD + "\n")
            assert done.returncode == 0, done.stderr
            return
        store = self.web_store()
        store.add_user(name, role, PASSWORD)
        store.close()

    def token(self, name: str, role: str = "check", via_cli: bool = False) -> str:
        if via_cli:
            done = self.cli("tokens", "add", name, "--role", role)
            assert done.returncode == 0, done.stderr
            return done.stdout.strip()
        store = self.web_store()
        try:
            return store.add_token(name, role)
        finally:
            store.close()

    def web_store(self):
        """The web app's users, tokens and requests, in the store this config names."""
        from bedside.proxy.settings import load_serve_settings
        from bedside.proxy.web.store import WebStore

        return WebStore.open(load_serve_settings(self.config, base=self.workdir))

    def store_bytes(self) -> bytes:
        """Every byte of the SQLite store as it is on disk (the database and its write-ahead log). Read
        by another process: closing a descriptor of ours on the file would drop every POSIX lock this
        process (the app's connection) holds on it, and a CLI in another process could then take the
        database for unused and remove its write-ahead log under the app ('file is not a database')."""
        files = [str(p) for p in (self.data_dir / "hold.sqlite3", self.data_dir / "hold.sqlite3-wal") if p.exists()]
        return subprocess.run(["cat", *files], capture_output=True, check=True).stdout

    def hold(self, raw: bytes, mail_from="student@exmail.nottingham.ac.uk", rcpts=("dr.jones@nottingham.ac.uk",),
             received: float | None = None) -> str:
        """Hold a message as the relay does: the engine's findings, the row and its audit record."""
        report = self.engine.check(raw)
        assert report.verdict is Verdict.HOLD, [f.rule for f in report.findings]
        from bedside.proxy.holds.store import open_queue
        from bedside.proxy.settings import load_serve_settings

        queue = open_queue(load_serve_settings(self.config, base=self.workdir))  # [store] url, as the relay
        audit = queue.audit_log(self.data_dir / "audit.log")
        try:
            held_id = queue.hold(raw, "127.0.0.1", mail_from, list(rcpts), str(report.verdict), report.rules,
                                 [f.as_dict() for f in report.findings],
                                 audit=lambda i: audit.record("held", i, "bedside serve", report.rules))
            if received is not None:
                queue.batch([("UPDATE held SET received = ? WHERE id = ?", (received, held_id))])
        finally:
            queue.close()
        return held_id

    def start(self) -> "WebServer":
        from bedside.proxy.settings import load_serve_settings
        from bedside.proxy.web.app import create_app
        from bedside.proxy.settings import load_web_settings

        settings = load_serve_settings(self.config, base=self.workdir)
        app = create_app(self.config, settings, load_web_settings(self.config), self.engine)
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, access_log=False,
                                                    log_level="warning", lifespan="on",
                                                    # as `bedside web` runs it: uvicorn's own X-Forwarded-For
                                                    # rewriting (trusting 127.0.0.1) would launder a forged address
                                                    proxy_headers=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("bedside web did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        if self.server:
            self.server.should_exit = True
            self.thread.join(10)


__all__ = ["WebServer", "Sink", "make_message", "PATIENT", "PASSWORD", "ROOT"]
