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
from relay_harness import Bedside, free_port

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


# What a private instance needs besides the examples: its own directories, loopback only, and
# everything relayed to the test's sink.
BASE_MAIN_CF = """\
compatibility_level = 3.6
queue_directory = {root}/spool
data_directory = {root}/data
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
myhostname = postfix.test.invalid
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relayhost = [127.0.0.1]:{sink}
maillog_file_prefixes = {root}
maillog_file = {root}/maillog
alias_maps =
alias_database =
smtputf8_enable = yes
smtp_destination_recipient_limit = 1000
# Deferred mail retried within a second or two, so a test can stop bedside and start it again.
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
"""
# The test has no certificates or SASL: the submission service takes loopback clients in the clear.
TEST_ONLY = {"smtpd_tls_security_level=encrypt": "smtpd_tls_security_level=none",
             "smtpd_sasl_auth_enable=yes": "smtpd_sasl_auth_enable=no"}


def fill(text: str, ports: dict) -> str:
    """An example file with the test's ports for the documented ones."""
    text = text.replace("submission inet", f"127.0.0.1:{ports['submission']} inet")
    text = text.replace("127.0.0.1:10026", f"127.0.0.1:{ports['reinject']}")
    text = text.replace("127.0.0.1]:8025", f"127.0.0.1]:{ports['bedside']}")
    text = text.replace("=127.0.0.1:8025", f"=127.0.0.1:{ports['bedside']}")
    if "milter" in ports:
        text = text.replace("inet:127.0.0.1:8891", f"inet:127.0.0.1:{ports['milter']}")
    for old, new in TEST_ONLY.items():
        text = text.replace(old, new)
    return text


def design_lines(master_cf: str, name: str) -> str:
    """examples/postfix/master.cf as design B or C: design A's submission service left out, the
    chosen design's lines (commented out in the example, under '# --- B.' or '# --- C.') taken instead."""
    out, skipping, section = [], False, "A"
    for line in master_cf.splitlines():
        if line.startswith("# --- "):
            section = line[6]
        if line.startswith("submission "):
            skipping = True
        elif skipping and not line.startswith(" "):
            skipping = False
        if skipping:
            continue
        if section == name and (line.startswith("#submission ") or line.startswith("#    -o")):
            line = line[1:]
        out.append(line)
    return "\n".join(out) + "\n"


class Postfix:
    """A private Postfix (postfix -c DIR start) from the system's master.cf, with its port-25 service
    and chroot removed, plus examples/postfix/main.cf and master.cf: design A ("after-queue"), B ("before-queue") or
    C ("milter"), as design_lines takes them."""

    def __init__(self, sink_port: int, ports: dict, design: str = "after-queue"):
        import tempfile

        # Not under pytest's 0700 tmp: Postfix's daemons, running as postfix, must reach it.
        self.root = Path(tempfile.mkdtemp(prefix="bedside-postfix-"))
        os.chmod(self.root, 0o755)
        self.etc = self.root / "etc"
        for sub in ("etc", "spool", "data"):
            (self.root / sub).mkdir()
        shutil.chown(self.root / "data", "postfix")
        main = BASE_MAIN_CF.format(root=self.root, sink=sink_port) + fill((EXAMPLES / "main.cf").read_text(), ports)
        (self.etc / "main.cf").write_text(main)
        shutil.copy("/etc/postfix/master.cf", self.etc / "master.cf")
        self.postconf("-MX", "smtp/inet")
        self.postconf("-F", "*/*/chroot = n")
        with open(self.etc / "master.cf", "a") as out:
            master = (EXAMPLES / "master.cf").read_text()
            chosen = {"after-queue": master, "before-queue": design_lines(master, "B"),
                      "milter": design_lines(master, "C")}[design]
            out.write("\n" + fill(chosen, ports))
        self.ports = ports

    def postconf(self, *args: str) -> str:
        return subprocess.run(["postconf", "-c", str(self.etc), *args], check=True, capture_output=True,
                              text=True).stdout

    def start(self) -> "Postfix":
        done = subprocess.run(["postfix", "-c", str(self.etc), "start"], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"postfix start failed: {done.stderr} {self.log}")
        import socket

        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.ports["submission"]), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"postfix did not listen: {self.log}")

    def stop(self) -> None:
        subprocess.run(["postfix", "-c", str(self.etc), "abort"], capture_output=True)
        time.sleep(0.2)
        shutil.rmtree(self.root, ignore_errors=True)

    def queue_empty(self) -> bool:
        out = subprocess.run(["postqueue", "-c", str(self.etc), "-j"], capture_output=True, text=True).stdout
        return not out.strip()

    @property
    def log(self) -> str:
        path = self.root / "maillog"
        return path.read_text(errors="replace") if path.exists() else ""


class BedsideMilter(Bedside):
    """`bedside milter` in a subprocess, with a config written for one test ([milter] listen on a
    free loopback port, self.milter_port)."""

    def __init__(self, workdir: Path, upstream_port: int | None = None, **sections):
        self.milter_port = free_port()
        milter = {**sections.pop("milter", {}), "listen": f"127.0.0.1:{self.milter_port}"}
        super().__init__(workdir, upstream_port, milter=milter, **sections)

    def start(self, wait: float = 60) -> "BedsideMilter":
        import socket
        import sys

        self._stderr = open(self.stderr_path, "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "bedside.proxy.cli.cli", "milter", "--config",
                                      str(self.config)], cwd=self.workdir, stdout=subprocess.PIPE,
                                     stderr=self._stderr, env={**os.environ, "PYTHONPATH": str(ROOT)})
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"bedside milter exited: {self.stderr_path.read_text()}")
            if '"event": "listening"' in self.stderr_path.read_text(errors="replace"):
                try:
                    socket.create_connection(("127.0.0.1", self.milter_port), timeout=1).close()
                    return self
                except OSError:
                    pass
            time.sleep(0.1)
        raise RuntimeError("bedside milter did not start")


class DovecotAuth:
    """Postfix's SASL server side, as Dovecot's auth service speaks it (protocol 1.1: VERSION, MECH,
    DONE; AUTH, CONT, OK/FAIL), on a loopback port, so a private Postfix can take AUTH PLAIN without
    Dovecot or Cyrus installed. Accepts `users` (name -> password)."""

    def __init__(self, users: dict[str, str]):
        import socketserver

        self.users = users
        self.port = free_port()
        auth = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self) -> None:
                self.wfile.write(b"VERSION\t1\t1\nMECH\tPLAIN\tplaintext\nSPID\t1\nCUID\t1\n"
                                 b"COOKIE\t" + b"0" * 32 + b"\nDONE\n")
                pending: dict[str, bool] = {}
                for line in self.rfile:
                    parts = line.rstrip(b"\n").decode("utf-8", "replace").split("\t")
                    if parts[0] == "AUTH" and len(parts) >= 3:
                        resp = [p[5:] for p in parts[3:] if p.startswith("resp=")]
                        if resp:
                            self.wfile.write(auth.answer(parts[1], resp[0]))
                        else:
                            pending[parts[1]] = True
                            self.wfile.write(f"CONT\t{parts[1]}\t\n".encode())
                    elif parts[0] == "CONT" and len(parts) >= 3 and pending.pop(parts[1], False):
                        self.wfile.write(auth.answer(parts[1], parts[2]))
                    self.wfile.flush()

        class Server(socketserver.ThreadingTCPServer):
            allow_reuse_address = True
            daemon_threads = True

        self.server = Server(("127.0.0.1", self.port), Handler)

    def answer(self, request_id: str, response: str) -> bytes:
        import base64

        try:
            _, user, password = base64.b64decode(response).decode().split("\0")
        except ValueError:
            return f"FAIL\t{request_id}\n".encode()
        if self.users.get(user) == password:
            return f"OK\t{request_id}\tuser={user}\n".encode()
        return f"FAIL\t{request_id}\tuser={user}\n".encode()

    def __enter__(self) -> "DovecotAuth":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def postfix_settings(self, service: str) -> list[str]:
        """postconf -P lines turning SASL on for one master.cf service, with this as its server."""
        return [f"{service}/smtpd_sasl_auth_enable=yes", f"{service}/smtpd_sasl_type=dovecot",
                f"{service}/smtpd_sasl_path=inet:127.0.0.1:{self.port}"]
