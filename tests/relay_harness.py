"""A real `bedside serve` process and a real upstream sink, both on loopback, for the relay tests."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from email import message_from_bytes, policy
from pathlib import Path

from aiosmtpd.controller import Controller

from conftest import ROOT


def free_port() -> int:
    # aiosmtpd 1.4.6's Controller(port=0) cannot find its own port: pick one first.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    """An aiosmtpd upstream that records what it is given; refuses recipients in `refuse`."""

    def __init__(self, refuse: set[str] = frozenset(), delay: float = 0.0):
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse = set(refuse)
        self.delay = delay  # seconds before answering DATA: a slow smarthost
        self.lock = threading.Lock()
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        with self.lock:
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 2.0.0 Sink took it"

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    def wait_for(self, count: int, timeout: float = 20) -> list:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.messages) >= count:
                    return list(self.messages)
            time.sleep(0.05)
        with self.lock:
            return list(self.messages)

    def to(self, address: str) -> list[bytes]:
        with self.lock:
            return [raw for _, rcpts, raw in self.messages if address in rcpts]


def toml_value(value) -> str:
    if isinstance(value, dict):  # an inline table
        return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)  # JSON scalars and lists are valid TOML here


class Bedside:
    """`bedside serve` in a subprocess with a config written for one test."""

    def __init__(self, workdir: Path, upstream_port: int | None = None, **sections):
        self.workdir = workdir
        self.port = free_port()
        serve = {"listen": [f"127.0.0.1:{self.port}"], "data_dir": str(workdir / "var"), "check_workers": 1,
                 "check_timeout": 20, **sections.pop("serve", {})}
        upstream = {"host": "127.0.0.1", "port": upstream_port, "timeout": 5} if upstream_port else {}
        upstream.update(sections.pop("upstream", {}))
        config = {"serve": serve, "upstream": upstream, **sections}
        lines = []
        for section, values in config.items():
            lines.append(f"[{section}]")
            lines += [f"{k} = {toml_value(v)}" for k, v in values.items()]
        self.config = workdir / "bedside-test.toml"
        self.config.write_text("\n".join(lines) + "\n")
        self.proc: subprocess.Popen | None = None
        self.stderr_path = workdir / "serve.stderr"

    def start(self, wait: float = 60) -> "Bedside":
        self._stderr = open(self.stderr_path, "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "bedside.proxy.cli.cli", "serve", "--config", str(self.config)],
                                     cwd=self.workdir, stdout=subprocess.PIPE, stderr=self._stderr,
                                     env={**os.environ, "PYTHONPATH": str(ROOT)})
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                    s.recv(100)
                    return self
            except OSError as exc:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"bedside serve exited: {self.stderr_path.read_text()}") from exc
                time.sleep(0.1)
        raise RuntimeError("bedside serve did not start")

    def stop(self, sig=signal.SIGTERM, timeout: float = 30) -> int:
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            code = self.proc.wait(timeout)
        finally:
            self._stderr.close()
        self.proc = None
        return code

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def cli(self, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "bedside.proxy.cli.cli", *args[:1], "--config", str(self.config),
                               *args[1:]], cwd=self.workdir, capture_output=True, input=stdin, timeout=60)

    def held(self) -> list[dict]:
        out = self.cli("held", "list", "--all", "--format", "json").stdout.decode()
        return [json.loads(line) for line in out.splitlines()]

    @property
    def logs(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    @property
    def audit(self) -> str:
        path = self.workdir / "var" / "audit.log"
        return path.read_text() if path.exists() else ""

    def outbox(self) -> list[bytes]:
        folder = self.workdir / "var" / "outbox" / "new"
        return [p.read_bytes() for p in sorted(folder.iterdir())] if folder.exists() else []


def parse(raw: bytes):
    return message_from_bytes(raw, policy=policy.default)
