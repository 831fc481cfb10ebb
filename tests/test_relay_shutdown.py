"""SIGTERM stops `bedside serve` in bounded time and loses nothing doing it.

A message past its final dot gets [serve] stop_grace seconds to be delivered or held; then its
client hears 421 and the connection is closed, nothing acknowledged (the client sends it again
later), so a smarthost that never answers cannot keep the relay alive for [upstream] data_timeout.

The notice sender must stop when told to: under Python 3.11, asyncio.wait_for swallows a
cancellation that arrives just as the awaited event fires, and the relay then never exited after
SIGTERM (test_crash failed so now and then in CI: a hold's notice woke the sender just as the
harness sent SIGTERM).
"""

from __future__ import annotations

import asyncio
import signal
import smtplib
import socket
import sqlite3
import subprocess
import threading
import time

import pytest
from conftest import make_message
from relay_harness import Bedside, Sink

from bedside.proxy.delivery import Outbox
from bedside.proxy.relay.checking import Checker
from bedside.proxy.settings import EngineSpec
from bedside.proxy.holds.notices import NoticeSender
from bedside.proxy.holds.store import HoldQueue

STUDENT = "amy.student@exmail.nottingham.ac.uk"
GRACE = 2.0
# Beyond the grace: notices (none here), the check worker's exit and the interpreter's own exit,
# on a loaded CI machine. Without a bound the stop took [upstream] data_timeout (600 s here).
MARGIN = 20.0


class SilentSmarthost(Sink):
    """Takes MAIL, RCPT and the data, and never answers the final dot."""

    def __init__(self):
        super().__init__()
        self.got_data = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if b"stuck-upstream" in envelope.original_content:
            self.got_data.set()
        await asyncio.sleep(3600)
        return "250 2.0.0 too late"


def _reply(sock: socket.socket, timeout: float = 20) -> bytes:
    """Everything the relay sends until it closes the connection (or `timeout`)."""
    sock.settimeout(timeout)
    data = b""
    try:
        while chunk := sock.recv(4096):
            data += chunk
    except (TimeoutError, ConnectionError):
        pass
    return data


def test_sigterm_exits_within_the_grace_and_acknowledges_nothing_unfinished(tmp_path):
    with SilentSmarthost() as upstream:
        bedside = Bedside(tmp_path, upstream.port, serve={"stop_grace": GRACE, "notify_sender_on_hold": False},
                          upstream={"data_timeout": 600}, rules={"select": ["PAT001"]}).start()
        try:
            # Settled before SIGTERM: held, and told so.
            with smtplib.SMTP("127.0.0.1", bedside.port, timeout=30) as smtp:
                smtp.sendmail(STUDENT, ["sam.friend@gmail.com"], make_message(
                    "Patient NHS number 943 476 5919 in bay 4.", subject="held-first", sender=STUDENT))

            # Past its final dot, waiting on a smarthost that never answers.
            outcome: list = []

            def send_stuck():
                try:
                    with smtplib.SMTP("127.0.0.1", bedside.port, timeout=60) as smtp:
                        outcome.append(smtp.sendmail(STUDENT, ["sam.friend@gmail.com"], make_message(
                            "Dear Sam,\n\nNotes for Friday.\n\nAmy", subject="stuck-upstream", sender=STUDENT)))
                except (OSError, smtplib.SMTPException) as exc:
                    outcome.append(exc)

            sender = threading.Thread(target=send_stuck)
            sender.start()
            assert upstream.got_data.wait(30), "the message never reached the smarthost"

            # Halfway through its data, then silent.
            stalled = socket.create_connection(("127.0.0.1", bedside.port), timeout=10)
            stalled.recv(1024)
            stalled.sendall(f"EHLO stalled.example\r\nMAIL FROM:<{STUDENT}>\r\nRCPT TO:<sam.friend@gmail.com>\r\n"
                            "DATA\r\nSubject: stalled-in-data\r\n\r\nThe first line and no more".encode())
            before = b""
            while b"354 " not in before:  # the relay is reading its data
                chunk = stalled.recv(4096)
                assert chunk, before
                before += chunk

            started = time.monotonic()
            try:
                code = bedside.stop(signal.SIGTERM, timeout=GRACE + MARGIN)
            except subprocess.TimeoutExpired:
                raise AssertionError(f"bedside serve still running {GRACE + MARGIN:g}s after SIGTERM "
                                     f"(stop_grace {GRACE:g}s)") from None
            took = time.monotonic() - started
            assert code == 0, bedside.logs[-2000:]
            # The grace was given: the stuck message was not cut off at once.
            assert took >= GRACE * 0.9, f"stopped after {took:.1f}s, before the {GRACE:g}s grace"

            sender.join(30)
            assert len(outcome) == 1 and isinstance(outcome[0], (smtplib.SMTPException, OSError)), outcome
            if isinstance(outcome[0], smtplib.SMTPResponseException):
                assert 400 <= outcome[0].smtp_code < 500, outcome[0]  # a temporary failure: sent again later
            after = _reply(stalled)
            stalled.close()
            assert after.startswith(b"421 "), after  # and nothing more: closed

            # Acknowledged: only the held one, and it is held. The smarthost took nothing.
            with sqlite3.connect(tmp_path / "var" / "hold.sqlite3") as db:
                held = [row[0] for row in db.execute("SELECT raw FROM held")]
            assert len(held) == 1 and b"held-first" in held[0], held
            assert upstream.messages == []
            assert '"event": "stop-grace-over"' in bedside.logs
        finally:
            if bedside.proc is not None:
                bedside.proc.kill()
                bedside.proc.wait(10)


def test_notice_sender_stops_when_woken_as_it_is_stopped(tmp_path):
    """The cancel that stops the sender lands just after a hold woke it: it must still stop."""

    async def scenario() -> None:
        queue = HoldQueue(tmp_path / "var")
        sender = NoticeSender(queue, Outbox(tmp_path / "var" / "outbox"), 60, 5, _quiet_logger())
        sender.start()
        try:
            async with asyncio.timeout(10):
                while not sender._wake._waiters:  # idle: waiting to be woken
                    await asyncio.sleep(0.01)
            sender.wake()
            await asyncio.sleep(0)  # the event's waiter finishes; the sender has not resumed yet
            # Not under asyncio.timeout: stop() takes any CancelledError as its own task's end.
            stopping = asyncio.get_running_loop().create_task(sender.stop())
            done, _ = await asyncio.wait({stopping}, timeout=10)
            assert stopping in done, "the notice sender ignored its stop (the cancellation was swallowed)"
            assert sender._task is None
        finally:
            if sender._task is not None:
                sender._task.cancel()
                await asyncio.wait({sender._task}, timeout=5)
            queue.close()

    asyncio.run(scenario())


def test_a_check_worker_start_cancelled_by_the_stop_is_killed(tmp_path):
    """Cancelled mid-start (a replacement worker when the relay stops), a worker must not be left
    to build its engine: it ignores SIGTERM, so the interpreter's exit would wait for it."""
    started = []

    async def scenario() -> None:
        checker = Checker(EngineSpec(), 1, 30)
        context = checker._context

        class Recording:
            def Process(self, *args, **kwargs):
                started.append(context.Process(*args, **kwargs))
                return started[-1]

        checker._context = Recording()
        spawning = asyncio.get_running_loop().create_task(checker._spawn())
        await asyncio.sleep(0)  # a thread is starting the process
        spawning.cancel()
        try:
            await spawning
        except asyncio.CancelledError:
            pass
        await checker.close()

    asyncio.run(scenario())
    [process] = started
    process.join(60)
    assert process.exitcode == -signal.SIGKILL, process.exitcode


def _quiet_logger():
    import logging

    log = logging.getLogger("bedside.test.shutdown")
    log.addHandler(logging.NullHandler())
    log.propagate = False
    return log


def test_stop_grace_is_read_and_a_bad_one_is_a_clear_error(tmp_path):
    from bedside.checks import load_config
    from bedside.checks.config import ConfigError
    from bedside.proxy.settings import load_serve_settings

    assert load_serve_settings(load_config()).stop_grace == 15
    site = tmp_path / "site.toml"
    site.write_text("[serve]\nstop_grace = 2.5\n")
    assert load_serve_settings(load_config(site)).stop_grace == 2.5
    site.write_text("[serve]\nstop_grace = -1\n")
    with pytest.raises(ConfigError, match="stop_grace"):
        load_serve_settings(load_config(site))
