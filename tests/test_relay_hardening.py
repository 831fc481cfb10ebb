"""Issue 14's relay items, each over real loopback sockets against a real `bedside serve`: password
guessing, oversized command lines, connection and junk-command limits, a slow final reply, long
lines, SIGTERM during DATA, sender/login match and a listen address already in use."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import re
import signal
import smtplib
import socket
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, make_message, run_cli
from relay_harness import Bedside, Sink, free_port, parse

STUDENT = "amy.student@exmail.nottingham.ac.uk"
CLEAN = make_message("Dear Sam,\n\nSee you at the library at four.\n\nAmy", subject="Library", sender=STUDENT)


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def send_reply(port: int, raw: bytes, rcpts=("friend@gmail.com",), sender=STUDENT) -> tuple[int, bytes]:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
        client.ehlo()
        client.mail(sender)
        for r in rcpts:
            client.rcpt(r)
        return client.data(crlf(raw))


class Line:
    """SMTP spoken by hand over one socket: send a line, read one (possibly multi-line) reply."""

    def __init__(self, port: int, context: ssl.SSLContext | None = None):
        sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.sock = context.wrap_socket(sock, server_hostname="127.0.0.1") if context else sock
        self.file = self.sock.makefile("rwb")
        self.greeting = self.reply()

    def reply(self) -> bytes:
        lines = []
        while True:
            line = self.file.readline()
            lines.append(line)
            if line[3:4] != b"-":
                return b"".join(lines)

    def send(self, line: bytes) -> bytes:
        self.file.write(line + b"\r\n")
        self.file.flush()
        return self.reply()

    def closed(self) -> bool:
        try:
            return self.file.readline() == b""
        except (ConnectionResetError, ssl.SSLError):
            return True

    def close(self) -> None:
        try:
            self.file.close()
            self.sock.close()
        except OSError:
            pass


def events(bedside: Bedside, name: str) -> list[dict]:
    found = []
    for line in bedside.logs.splitlines():
        if line.startswith("{") and f'"event": "{name}"' in line:
            found.append(json.loads(line))
    return found


def plain_auth(user: str, password: str) -> bytes:
    return b"AUTH PLAIN " + base64.b64encode(f"\0{user}\0{password}".encode())


@pytest.fixture(scope="module")
def sink():
    with Sink() as s:
        yield s


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    """A certificate for the relay, a client context trusting it, and a credentials file with
    alice ('correct horse') and bob@exmail.nottingham.ac.uk ('battery staple')."""
    import trustme

    folder = tmp_path_factory.mktemp("tls")
    ca = trustme.CA()
    ca.issue_cert("127.0.0.1", "localhost").private_key_and_cert_chain_pem.write_to_path(str(folder / "server.pem"))
    context = ssl.create_default_context()
    ca.configure_trust(context)
    users = b""
    for user, password in (("alice", "correct horse"), ("bob@exmail.nottingham.ac.uk", "battery staple")):
        line = run_cli("passwd", user, stdin=password.encode() + b"\n")
        assert line.returncode == 0
        users += line.stdout
    (folder / "users").write_bytes(users)
    return folder / "server.pem", context, folder / "users"


def _auth_bedside(workdir: Path, sink_port: int, tls, tls_port: int, **auth) -> Bedside:
    pem, _, users = tls
    return Bedside(workdir, sink_port, serve={"listen_tls": [f"127.0.0.1:{tls_port}"]},
                   tls={"cert": str(pem), "key": str(pem)}, auth={"credentials_file": str(users), **auth})


# 4. Password guessing -------------------------------------------------------------------------

def test_password_guessing_does_not_stall_a_trusted_client(tmp_path, sink, tls):
    """Sixteen connections guess passwords non-stop; a client from an allowed network sends a
    clean message meanwhile. With the argon2 check on the event loop every command of that
    client waited behind the queued guesses (each 0.1-0.3 s of CPU): the message took many
    seconds (here: 451, its check timed out) and dozens of guesses were answered meanwhile. Off
    the loop, only the few that were being checked."""
    tls_port = free_port()
    _, context, _ = tls
    loose = {"failure_delay": 0, "max_failures_per_session": 100000, "max_failures_per_client": 100000}
    with _auth_bedside(tmp_path, sink.port, tls, tls_port, **loose) as b:
        guesses = [0]
        lock = threading.Lock()
        stop = threading.Event()

        def guess():
            while not stop.is_set():
                try:
                    line = Line(tls_port, context)
                    line.send(b"EHLO guesser")
                    while not stop.is_set():
                        assert line.send(plain_auth("alice", "wrong")).startswith(b"535")
                        with lock:
                            guesses[0] += 1
                    line.close()
                except OSError:
                    time.sleep(0.05)

        threads = [threading.Thread(target=guess, daemon=True) for _ in range(16)]
        for t in threads:
            t.start()
        try:
            deadline = time.monotonic() + 30
            while guesses[0] < 20 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert guesses[0] >= 20, "the guessing never got going"
            before, started = guesses[0], time.monotonic()
            code, _ = send_reply(b.port, CLEAN, ["trusted@gmail.com"])
            elapsed, during = time.monotonic() - started, guesses[0] - before
        finally:
            stop.set()
            for t in threads:
                t.join(30)
        print(f"trusted message: {elapsed:.2f} s, {during} guesses answered meanwhile")
        assert code == 250 and sink.wait_for(1) and sink.to("trusted@gmail.com")
        # Six round trips, each of which waited for every guess queued before it (up to 16) on the
        # old relay; off the loop, one address's guesses are checked one at a time meanwhile.
        assert during < 40, f"{during} guesses were answered while one trusted message took {elapsed:.1f}s"
        assert elapsed < 15


def test_failed_logins_are_delayed_limited_and_logged(tmp_path, sink, tls):
    tls_port = free_port()
    _, context, _ = tls
    limits = {"failure_delay": 0.3, "failure_delay_max": 0.6, "max_failures_per_session": 2,
              "max_failures_per_client": 4}
    with _auth_bedside(tmp_path, sink.port, tls, tls_port, **limits) as b:
        took = []
        for _ in range(2):
            line = Line(tls_port, context)
            line.send(b"EHLO guesser")
            started = time.monotonic()
            assert line.send(plain_auth("alice", "guess1")).startswith(b"535")
            took.append(time.monotonic() - started)
            started = time.monotonic()
            # The session's second failure ends the session.
            assert line.send(plain_auth("alice", "guess2")).startswith(b"421")
            took.append(time.monotonic() - started)
            assert line.closed()
            line.close()
        # Each failure waits longer than the one before, up to the maximum.
        assert took[0] >= 0.3 and took[1] >= 0.6 and took[2] >= 0.6
        # Four failures from this address: refused without a password check, even the right one.
        line = Line(tls_port, context)
        line.send(b"EHLO guesser")
        assert line.send(plain_auth("alice", "correct horse")).startswith(b"421")
        assert line.closed()
        line.close()
        failed = events(b, "auth-failed")
        assert len(failed) == 4 and all(e["client"] == "127.0.0.1" for e in failed)
        assert events(b, "auth-refused")[0]["client"] == "127.0.0.1"
        assert "guess1" not in b.logs and "alice" not in b.logs


def test_a_good_login_still_works_after_a_failure(tmp_path, sink, tls):
    tls_port = free_port()
    _, context, _ = tls
    with _auth_bedside(tmp_path, sink.port, tls, tls_port, failure_delay=0.1, senders={"alice": [STUDENT]}) as b:
        with smtplib.SMTP_SSL("127.0.0.1", tls_port, timeout=30, context=context) as client:
            with pytest.raises(smtplib.SMTPAuthenticationError):
                client.login("alice", "wrong")
            client.login("alice", "correct horse")
            assert client.sendmail(STUDENT, ["afterfail@gmail.com"], crlf(CLEAN)) == {}
        assert events(b, "auth")[0]["client"] == "127.0.0.1"


def test_auth_guard_forgets_failures_after_the_window_and_bounds_its_memory():
    from bedside.proxy.relay.credentials import AuthGuard
    from bedside.proxy.settings import AuthLimits

    now = [1000.0]
    guard = AuthGuard(None, AuthLimits(failure_delay=1, failure_delay_max=5, max_failures_per_client=3,
                                       failure_window=60), clock=lambda: now[0])
    assert [guard._failed("203.0.113.9") for _ in range(4)] == [1, 2, 4, 5]
    assert guard.blocked("203.0.113.9") and guard.failures("203.0.113.9") == 3  # only the newest kept
    now[0] += 61
    assert not guard.blocked("203.0.113.9") and guard.failures("203.0.113.9") == 0
    guard.max_addresses = 100
    for i in range(1000):
        guard._failed(f"198.51.100.{i % 250}-{i}")
    assert len(guard._failures) == 100
    guard.close()


# 5. Command lines ------------------------------------------------------------------------------

def _peak_rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def test_huge_command_lines_are_refused_without_being_kept(tmp_path, sink):
    with Bedside(tmp_path, sink.port) as b:
        assert send_reply(b.port, CLEAN, ["warmup@gmail.com"])[0] == 250
        before = _peak_rss_kb(b.proc.pid)
        line = Line(b.port)
        assert line.send(b"EHLO " + b"x" * 1024 * 1024).startswith(b"500")
        assert line.send(b"EHLO after.the.long.line").startswith(b"250")  # the line was refused, not the client
        line.close()

        def huge():
            line = Line(b.port)
            try:
                line.send(b"EHLO " + b"y" * 12 * 1024 * 1024)
            except OSError:
                pass
            line.close()

        threads = [threading.Thread(target=huge) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        grown = (_peak_rss_kb(b.proc.pid) - before) / 1024
        # The old relay read each line whole (up to max_message_size): 6 x 12 MB at least.
        assert grown < 24, f"peak memory grew {grown:.0f} MB for 72 MB of command lines"
        assert send_reply(b.port, CLEAN, ["afterhuge@gmail.com"])[0] == 250


def test_command_reader_limit_is_small_and_data_still_takes_big_messages():
    from bedside.checks import load_config
    from bedside.proxy.relay.server import BedsideSMTP, Connections
    from bedside.proxy.settings import load_serve_settings

    settings = load_serve_settings(load_config())

    async def build():
        return BedsideSMTP(object(), settings=settings, connections=Connections(settings),
                           logger=logging.getLogger("test"), data_size_limit=settings.max_message_size)

    protocol = asyncio.run(build())
    assert protocol._stream_reader._limit <= 4096 < settings.max_message_size


# 6. Connection and junk limits -------------------------------------------------------------------

def test_one_address_cannot_take_every_connection(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"max_connections_per_client": 2, "max_connections": 5}) as b:
        held = [Line(b.port) for _ in range(2)]
        assert all(h.greeting.startswith(b"220") for h in held)
        third = Line(b.port)
        assert third.greeting.startswith(b"421") and b"your address" in third.greeting and third.closed()
        third.close()
        held.pop().close()
        time.sleep(0.3)
        again = Line(b.port)
        assert again.greeting.startswith(b"220")
        again.close()
        for h in held:
            h.close()
        assert events(b, "connection-refused")[0]["client"] == "127.0.0.1"
        assert "Traceback" not in b.logs and "AssertionError" not in b.logs


def test_limit_exceptions_and_the_overall_limit_refuse_without_a_traceback(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"max_connections_per_client": 1, "max_connections": 3,
                                             "client_limit_exceptions": ["127.0.0.0/8"]}) as b:
        held = [Line(b.port) for _ in range(3)]  # over the per-client limit: 127.0.0.1 is exempt
        assert all(h.greeting.startswith(b"220") for h in held)
        fourth = Line(b.port)
        assert fourth.greeting.startswith(b"421") and fourth.closed()
        for line in held + [fourth]:
            line.close()
        time.sleep(0.3)
        assert "Traceback" not in b.logs and "AssertionError" not in b.logs


def test_junk_commands_are_limited_per_session(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"max_junk_commands": 5}) as b:
        line = Line(b.port)
        line.send(b"EHLO me")
        for command in (b"NOOP", b"RSET", b"NOOP", b"HELP"):
            assert line.send(command)[:1] in b"25"
        # Sending mail resets the count: a client at work is no idler.
        for command in (b"MAIL FROM:<" + STUDENT.encode() + b">", b"RCPT TO:<junkreset@gmail.com>"):
            assert line.send(command).startswith(b"250")
        assert line.send(b"DATA").startswith(b"354")
        assert line.send(crlf(CLEAN).rstrip(b"\r\n") + b"\r\n.").startswith(b"250")
        for _ in range(5):
            assert line.send(b"NOOP").startswith(b"250")
        assert line.send(b"NOOP").startswith(b"421")
        assert line.closed()
        line.close()
        # Malformed lines count as junk too, and commands answered with an error.
        line = Line(b.port)
        replies = [line.send(b"EHLO " + b"z" * 5000) for _ in range(6)]
        assert all(r.startswith(b"500") for r in replies[:5]) and replies[5].startswith(b"421")
        line.close()
        line = Line(b.port)
        assert line.send(b"EHLO me").startswith(b"250")
        replies = [line.send(b"RCPT TO:<out.of.order@gmail.com>") for _ in range(5)]
        assert all(r.startswith(b"503") for r in replies[:4]) and replies[4].startswith(b"421")
        line.close()
        assert events(b, "junk-limit")


# 8. The reply to the final dot --------------------------------------------------------------------

def test_a_slow_final_reply_is_waited_for(tmp_path):
    """The smarthost takes 3 s to answer the final dot, past the general 1 s timeout: the relay
    waits (data_timeout), the client hears 250, and the message arrives once."""
    with Sink(delay=3) as slow, Bedside(tmp_path, slow.port, upstream={"timeout": 1}) as b:
        code, _ = send_reply(b.port, CLEAN, ["slowdot@gmail.com"])
        assert code == 250
        time.sleep(0.5)
        assert len(slow.to("slowdot@gmail.com")) == 1


# 10. Lines over 998 octets --------------------------------------------------------------------------

def test_long_lines_are_reencoded_for_a_strict_smarthost(tmp_path, sink):
    text_line = ("Notes for the seminar, all on one line. " * 60).strip()
    html_line = "<p>" + "<b>bold</b> and plain " * 150 + "</p>"
    raw = ("From: " + STUDENT + "\r\nTo: longlines@gmail.com\r\nSubject: " + "long subject " * 100 + "\r\n"
           "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b1\r\n\r\n"
           "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           "Dear Sam,\r\n" + text_line + " caf\u00e9\r\nAmy\r\n"
           "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html_line + "\r\n--b1--\r\n").encode()
    assert max(map(len, raw.splitlines())) > 2000
    # The sink is strict (aiosmtpd refuses lines over 1,000 octets), as some smarthosts are.
    with smtplib.SMTP("127.0.0.1", sink.port, timeout=30) as direct:
        direct.ehlo()
        direct.mail(STUDENT)
        direct.rcpt("direct@gmail.com")
        assert direct.data(raw)[0] == 500
    with Bedside(tmp_path, sink.port) as b:
        code, _ = send_reply(b.port, raw, ["longlines@gmail.com"])
    assert code == 250
    [got] = sink.to("longlines@gmail.com")
    assert max(map(len, got.splitlines())) <= 998
    sent, arrived = parse(raw), parse(got)
    assert str(arrived["Subject"]) == str(sent["Subject"])
    for kind in ("plain", "html"):
        assert arrived.get_body((kind,)).get_content() == sent.get_body((kind,)).get_content()


def test_short_lines_go_byte_for_byte(tmp_path, sink):
    with Bedside(tmp_path, sink.port) as b:
        assert send_reply(b.port, CLEAN, ["bytes@gmail.com"])[0] == 250
    [got] = sink.to("bytes@gmail.com")
    assert got.endswith(crlf(CLEAN))


# 13. SIGTERM during DATA ------------------------------------------------------------------------------

def test_sigterm_answers_421_to_a_client_in_data_and_to_idle_ones(tmp_path, sink):
    b = Bedside(tmp_path, sink.port).start()
    in_data, idle = Line(b.port), Line(b.port)
    try:
        idle.send(b"EHLO idle")
        for command in (b"EHLO me", b"MAIL FROM:<" + STUDENT.encode() + b">", b"RCPT TO:<halfway@gmail.com>"):
            assert in_data.send(command).startswith(b"250")
        assert in_data.send(b"DATA").startswith(b"354")
        in_data.file.write(b"Subject: half\r\n\r\nthe first half of the message\r\n")
        in_data.file.flush()
        time.sleep(0.3)
        assert b.stop() == 0
        assert in_data.reply().startswith(b"421") and in_data.closed()
        assert idle.reply().startswith(b"421") and idle.closed()
    finally:
        in_data.close()
        idle.close()
    assert not sink.to("halfway@gmail.com")
    assert "Traceback" not in b.logs


# 14. Sender and login -----------------------------------------------------------------------------------

def test_mail_from_must_match_the_login(tmp_path, sink, tls):
    tls_port = free_port()
    _, context, _ = tls
    with _auth_bedside(tmp_path, sink.port, tls, tls_port, failure_delay=0.1,
                       senders={"alice": [STUDENT, "@clinic.example.ac.uk"]}) as b:
        def mail_from(user: str, password: str, sender: str) -> int:
            with smtplib.SMTP_SSL("127.0.0.1", tls_port, timeout=30, context=context) as client:
                client.login(user, password)
                return client.mail(sender)[0]

        assert mail_from("alice", "correct horse", STUDENT) == 250
        assert mail_from("alice", "correct horse", "Amy.Student@exmail.nottingham.ac.uk") == 250
        assert mail_from("alice", "correct horse", "anyone@clinic.example.ac.uk") == 250
        assert mail_from("alice", "correct horse", "dean@nottingham.ac.uk") == 553
        assert mail_from("alice", "correct horse", "") == 250  # the null sender: bounces
        # A login that is an address may send as itself, and nothing else.
        assert mail_from("bob@exmail.nottingham.ac.uk", "battery staple", "bob@exmail.nottingham.ac.uk") == 250
        assert mail_from("bob@exmail.nottingham.ac.uk", "battery staple", STUDENT) == 553
        assert events(b, "sender-login-mismatch")[0]["client"] == "127.0.0.1"
        # Clients from allowed networks do not log in: no login to match.
        assert send_reply(b.port, CLEAN, ["nologin@gmail.com"], sender="someone@else.org")[0] == 250


def test_sender_login_match_can_be_turned_off(tmp_path, sink, tls):
    tls_port = free_port()
    _, context, _ = tls
    with _auth_bedside(tmp_path, sink.port, tls, tls_port, sender_login_match=False):
        with smtplib.SMTP_SSL("127.0.0.1", tls_port, timeout=30, context=context) as client:
            client.login("alice", "correct horse")
            assert client.mail("dean@nottingham.ac.uk")[0] == 250


# 15. A listen address in use ---------------------------------------------------------------------------

def test_a_listen_address_in_use_is_one_line_and_exit_2(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        b = Bedside(tmp_path, None)
        b.config.write_text(re.sub(r"127\.0\.0\.1:\d+", f"127.0.0.1:{port}", b.config.read_text()))
        for extra in ([], ["--check-config"]):
            started = time.monotonic()
            result = subprocess.run([sys.executable, "-m", "bedside.proxy.cli.cli", "serve", "--config", str(b.config),
                                     *extra], cwd=tmp_path, capture_output=True, timeout=60,
                                    env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
            err = result.stderr.decode()
            assert result.returncode == 2, err
            assert err.count("\n") == 1 and f"127.0.0.1:{port}" in err and "in use" in err, err
            assert "Traceback" not in err and time.monotonic() - started < 30


@pytest.mark.parametrize("raw", [
    b"Subject: no MIME at all\r\n\r\n" + b"word " * 400 + b"\r\nend\r\n",
    b"Subject: bare LF\n\n" + b"x" * 1500 + b"\nend\n",
    (b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: text/plain\r\n\r\n"
     b"short\r\n--q\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
     + base64.b64encode(bytes(range(256)) * 20) + b"\r\n--q\r\nContent-Type: application/octet-stream\r\n"
     b"Content-Transfer-Encoding: 8bit\r\n\r\n" + b"\xff\x00binary" * 300 + b"\r\n--q--\r\n"),
    (b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"
     b"\r\nX-Long: " + b"h" * 1200 + b"\r\n\r\n" + b"caf=C3=A9 " * 200 + b"\r\n"),
])
def test_reencoding_keeps_every_part_and_header(raw):
    from bedside.proxy.delivery import LINE_LIMIT, fit_line_length

    out = fit_line_length(raw)
    assert max(map(len, out.splitlines())) <= LINE_LIMIT
    before, after = parse(raw), parse(out)
    pairs = list(zip([p for p in before.walk() if not p.is_multipart()],
                     [p for p in after.walk() if not p.is_multipart()], strict=True))
    for old, new in pairs:
        assert new.get_payload(decode=True).replace(b"\r\n", b"\n") == old.get_payload(decode=True).replace(b"\r\n", b"\n")
        assert new.get_content_type() == old.get_content_type()
    for name, value in before.items():
        assert str(after[name]).replace(" ", "") == str(value).replace(" ", "") or name.lower() == "content-transfer-encoding"


@pytest.mark.parametrize("section, expected", [
    ({"tls": {"cert": "/nonexistent/server.pem"}}, "[tls] cert /nonexistent/server.pem: no such file"),
    ({"tls": {"cert": "CONFIG"}}, "not a PEM certificate"),
    ({"upstream": {"host": "127.0.0.1", "starttls": True, "ca_file": "/nonexistent/ca.pem"}},
     "[upstream] ca_file /nonexistent/ca.pem: no such file"),
    ({"upstream": {"host": "127.0.0.1", "idle_close": 0}}, "[upstream] idle_close = 0.0: expected seconds above 0"),
    ({"serve": {"postfix": "after-queue", "on_hold": "reject"}}, 'serve.on_hold = "reject" with serve.postfix'),
])
def test_serve_settings_mistakes_are_one_line(tmp_path, section, expected):
    b = Bedside(tmp_path, None)
    if section.get("tls", {}).get("cert") == "CONFIG":
        section = {"tls": {"cert": str(b.config)}}  # a file that is not a certificate
    b = Bedside(tmp_path, None, **section)
    for extra in (["--check-config"], []):
        result = b.cli("serve", *extra)
        err = result.stderr.decode()
        assert result.returncode == 2 and expected in err and err.count("\n") == 1, err


PATIENT_MAIL = make_message("Hi Sam,\n\nThe patient in bay 2 has NHS number 943 476 5919.\n\nAmy", subject="case",
                            sender=STUDENT)


def test_the_explanation_carries_the_senders_self_service_link(tmp_path, sink):
    from bedside.proxy.holds.links import read_token

    with Bedside(tmp_path, sink.port, web={"public_url": "https://bedside.example.ac.uk/"}) as b:
        code, text = send_reply(b.port, PATIENT_MAIL, ["linked@gmail.com"])
        held_id = text.split()[-1].decode()
        deadline = time.monotonic() + 15
        while not [r for r in sink.to(STUDENT) if held_id.encode() in r] and time.monotonic() < deadline:
            time.sleep(0.05)
        [notice] = [parse(r) for r in sink.to(STUDENT) if held_id.encode() in r]
        plain = notice.get_body(("plain",)).get_content()
        [token] = re.findall(r"https://bedside\.example\.ac\.uk/s/(\S+)", plain)
        secret = (tmp_path / "var" / "web.secret").read_bytes().strip()
        assert read_token(secret, token, 14) == held_id  # signed for this message by the web server's secret


def test_the_held_notice_is_stored_with_the_hold_or_not_at_all(tmp_path, sink):
    import sqlite3

    with Bedside(tmp_path, sink.port) as b:
        db = sqlite3.connect(tmp_path / "var" / "hold.sqlite3")
        db.execute("CREATE TRIGGER no_notices BEFORE INSERT ON notices BEGIN SELECT RAISE(ABORT, 'disk full'); END")
        db.commit()
        code, text = send_reply(b.port, PATIENT_MAIL, ["once@gmail.com"])
        assert code == 451, text  # the notice could not be stored: neither is the hold, the client retries
        assert b.held() == []
        db.execute("DROP TRIGGER no_notices")
        db.commit()
        db.close()
        code, text = send_reply(b.port, PATIENT_MAIL, ["once@gmail.com"])
        assert code == 250
        held_id = text.split()[-1].decode()
        assert [h["id"] for h in b.held()] == [held_id]
        deadline = time.monotonic() + 15
        while not [r for r in sink.to(STUDENT) if held_id.encode() in r] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len([r for r in sink.to(STUDENT) if held_id.encode() in r]) == 1
