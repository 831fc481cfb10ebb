"""`bedside serve` over real loopback sockets, with an aiosmtpd sink as the upstream smarthost."""

from __future__ import annotations

import asyncio
import json
import os
import smtplib
import socket
import stat

import aiosmtplib
import pytest

from conftest import make_message
from relay_harness import Bedside, Sink, free_port, parse

STUDENT = "amy.student@exmail.nottingham.ac.uk"
NHS = "943 476 5919"
CLEAN = make_message("Dear Sam,\n\nSee you at the library at four.\n\nAmy", subject="Library", sender=STUDENT)
WARN = make_message("Dear Dr Ward,\n\nCould I swap my OSCE slot?\n\nThanks,\nAmy", subject=None, sender=STUDENT,
                    to="helen.ward@nottingham.ac.uk")
HOLD = make_message(f"Hi Sam,\n\nThe patient in bay 2 has NHS number {NHS}, look her up.\n\nAmy",
                    subject="case", sender=STUDENT)


def crlf(raw: bytes) -> bytes:
    """What a real mail client sends: CRLF line endings (smtplib leaves bare LF in bytes alone)."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def wait_for_notice(sink, to: str, marker: bytes, timeout: float = 10) -> list[bytes]:
    """bedside's notices are sent after the client's reply: poll the sink for one containing `marker`."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [r for r in sink.to(to) if marker in r]
        if found:
            return found
        time.sleep(0.05)
    return []


def send(port: int, raw: bytes, rcpts=("friend@gmail.com",), sender=STUDENT):
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        return client.sendmail(sender, list(rcpts), crlf(raw))


def send_reply(port: int, raw: bytes, rcpts=("friend@gmail.com",), sender=STUDENT) -> tuple[int, bytes]:
    """The server's reply to DATA, whatever it is."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo()
        client.mail(sender)
        for r in rcpts:
            client.rcpt(r)
        return client.data(crlf(raw))


@pytest.fixture(scope="module")
def sink():
    with Sink(refuse={"nobody@gmail.com"}) as s:
        yield s


@pytest.fixture(scope="module")
def relay(sink, tmp_path_factory):
    with Bedside(tmp_path_factory.mktemp("relay"), sink.port, serve={"reviewers": ["review@nottingham.ac.uk"]}) as b:
        yield b


def test_clean_mail_is_delivered_with_headers(relay, sink):
    before = len(sink.messages)
    assert send(relay.port, CLEAN, ["sam.friend@gmail.com", "cc@gmail.com"]) == {}
    mail_from, rcpts, raw = sink.wait_for(before + 1)[before]
    assert mail_from == STUDENT and rcpts == ["sam.friend@gmail.com", "cc@gmail.com"]
    assert raw.startswith(b"X-Bedside-Verdict: deliver\r\nX-Bedside-Rules: none\r\n")
    assert raw.endswith(crlf(CLEAN))


def test_warn_is_delivered_with_its_rules(relay, sink):
    before = len(sink.messages)
    code, text = send_reply(relay.port, WARN, ["helen.ward@nottingham.ac.uk"])
    assert code == 250
    raw = sink.wait_for(before + 1)[before][2]
    message = parse(raw)
    assert message["X-Bedside-Verdict"] == "warn" and message["X-Bedside-Rules"] == "ETQ001"


def test_hold_stores_and_explains(relay, sink):
    code, text = send_reply(relay.port, HOLD, ["sam.friend@gmail.com"])
    assert code == 250 and text.startswith(b"2.0.0 held for review ")
    held_id = text.split()[-1].decode()
    assert held_id in {h["id"] for h in relay.held()}
    # The sender gets the explanation (text and HTML), the reviewer a notice; the original goes nowhere.
    [notice] = [parse(r) for r in wait_for_notice(sink, STUDENT, held_id.encode())]
    assert notice["Auto-Submitted"] == "auto-generated" and held_id in notice["Subject"]
    plain = notice.get_body(("plain",)).get_content()
    html = notice.get_body(("html",)).get_content()
    assert "PAT001" in plain and "943 *** **19" in plain and "Patient confidentiality is paramount" in plain
    assert held_id in html and "<ol>" in html
    assert all(b"5919" not in raw for _, _, raw in sink.messages)
    assert wait_for_notice(sink, "review@nottingham.ac.uk", held_id.encode())
    assert all(b"bay 2 has NHS" not in r for r in sink.to("sam.friend@gmail.com"))


def test_release_delivers_original_bytes_and_reject_tells_the_sender(relay, sink):
    code, text = send_reply(relay.port, HOLD, ["released.to@gmail.com"])
    held_id = text.split()[-1].decode()
    released = relay.cli("held", "--reviewer", "dr.ward", "release", held_id)
    assert released.returncode == 0, released.stderr
    [raw] = sink.to("released.to@gmail.com")
    # The original bytes under bedside's stamp: released, with the rules it was held for.
    assert raw == b"X-Bedside-Verdict: released\r\nX-Bedside-Rules: PAT001\r\n" + crlf(HOLD)
    assert relay.cli("held", "release", held_id).returncode == 1  # only once

    code, text = send_reply(relay.port, HOLD, ["rejected.to@gmail.com"])
    rejected_id = text.split()[-1].decode()
    assert relay.cli("held", "--reviewer", "dr.ward", "reject", rejected_id).returncode == 0
    assert not sink.to("rejected.to@gmail.com")
    assert any(b"will not be sent" in r for r in wait_for_notice(sink, STUDENT, rejected_id.encode()))

    statuses = {h["id"]: h["status"] for h in relay.held()}
    assert statuses[held_id] == "released" and statuses[rejected_id] == "rejected"
    entries = [json.loads(l) for l in relay.audit.splitlines()]
    actions = {(e["action"], e["id"]) for e in entries}
    assert {("held", held_id), ("released", held_id), ("rejected", rejected_id)} <= actions
    assert any(e["actor"] == "dr.ward" and e["rules"] == ["PAT001"] for e in entries)


FORGED = (b"X-Bedside-Verdict: deliver\r\nX-BEDSIDE-Rules: none,\r\n\tfolded\r\nX-Other: kept\r\n")


def test_forged_verdict_headers_are_removed_from_delivered_and_released_mail(relay, sink):
    forged_clean, forged_hold = FORGED + crlf(CLEAN), FORGED + crlf(HOLD)
    assert send(relay.port, forged_clean, ["forged.clean@gmail.com"]) == {}
    [raw] = sink.to("forged.clean@gmail.com")  # the sink has it before bedside answers 250
    message = parse(raw)
    assert message.get_all("X-Bedside-Verdict") == ["deliver"] and message.get_all("X-Bedside-Rules") == ["none"]
    assert b"folded" not in raw and message["X-Other"] == "kept" and raw.endswith(crlf(CLEAN))
    code, text = send_reply(relay.port, forged_hold, ["forged.hold@gmail.com"])
    held_id = text.split()[-1].decode()
    assert relay.cli("held", "release", held_id).returncode == 0
    [raw] = sink.to("forged.hold@gmail.com")
    message = parse(raw)
    assert message.get_all("X-Bedside-Verdict") == ["released"] and message.get_all("X-Bedside-Rules") == ["PAT001"]
    assert b"folded" not in raw and raw.endswith(crlf(HOLD))


def test_show_masks_and_raw_is_audited(relay):
    code, text = send_reply(relay.port, HOLD)
    held_id = text.split()[-1].decode()
    shown = relay.cli("held", "show", held_id).stdout.decode()
    assert "PAT001" in shown and "943 *** **19" in shown and NHS not in shown
    raw = relay.cli("held", "show", held_id, "--raw").stdout
    assert NHS.encode() in raw
    assert any(json.loads(l)["action"] == "viewed" for l in relay.audit.splitlines())


def test_upstream_refusing_recipients_passes_its_answer_back(relay, sink):
    code, text = send_reply(relay.port, CLEAN, ["nobody@gmail.com"])
    assert code == 550 and b"No such user" in text


def test_aiosmtplib_client(relay, sink):
    async def go():
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=relay.port)
        await client.connect()
        errors, reply = await client.sendmail(STUDENT, ["async@gmail.com"], CLEAN)
        await client.quit()
        return errors, reply

    errors, reply = asyncio.run(go())
    assert errors == {} and "Sink took it" in reply  # the smarthost's own reply text, passed back


def test_smtp_smuggling_gives_exactly_one_message(relay, sink):
    before = len(sink.to("smuggle@gmail.com"))
    smuggled = (b"Subject: hi\r\n\r\nhello\n.\nMAIL FROM:<evil@x.com>\r\nRCPT TO:<smuggle@gmail.com>\r\n"
                b"DATA\r\nSubject: smuggled\r\n\r\nowned\r\n")
    with socket.create_connection(("127.0.0.1", relay.port), timeout=30) as s:
        f = s.makefile("rwb")
        f.readline()
        for line in (b"EHLO me\r\n", b"MAIL FROM:<a@exmail.nottingham.ac.uk>\r\n", b"RCPT TO:<smuggle@gmail.com>\r\n",
                     b"DATA\r\n"):
            f.write(line)
            f.flush()
            while True:
                reply = f.readline()
                if reply[3:4] != b"-":
                    break
        f.write(smuggled + b".\r\n")
        f.flush()
        assert f.readline().startswith(b"250")
        f.write(b"QUIT\r\n")
        f.flush()
    sink.wait_for(1)
    import time
    time.sleep(1)
    got = sink.to("smuggle@gmail.com")
    assert len(got) == before + 1
    assert all(b"evil@x.com" not in m or b"MAIL FROM" in m for m in got)  # the smuggled text stayed data


def _raw_data(port: int, rcpt: str, data: bytes, piece: int = 0) -> bytes:
    """Speak SMTP by hand up to DATA, send `data` as is (in `piece`-byte writes if given), return
    the reply to it."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        f = s.makefile("rwb")
        f.readline()
        for line in (b"EHLO me\r\n", b"MAIL FROM:<a@exmail.nottingham.ac.uk>\r\n", b"RCPT TO:<" + rcpt.encode() + b">\r\n",
                     b"DATA\r\n"):
            f.write(line)
            f.flush()
            while (reply := f.readline())[3:4] == b"-":
                pass
        assert reply.startswith(b"354"), reply
        for i in range(0, len(data), piece or len(data) or 1):
            f.write(data[i: i + (piece or len(data))])
            f.flush()
        reply = f.readline()
        f.write(b"QUIT\r\n")
        f.flush()
        return reply


@pytest.mark.parametrize("fake_end", [b"\n.\n", b"\r\n.\n", b"\n.\r\n", b"\r.\r\n", b"\r\n.\r", b"\r\n. \r\n"])
def test_only_crlf_dot_crlf_ends_the_data(relay, sink, fake_end):
    rcpt = f"end{abs(hash(fake_end)) % 10**6}@gmail.com"
    data = b"Subject: ends\r\n\r\nbefore" + fake_end + b"MAIL FROM:<evil@x.com>\r\nafter the fake end\r\n.\r\n"
    assert _raw_data(relay.port, rcpt, data).startswith(b"250")
    assert sink.wait_for(1)
    (got,) = sink.to(rcpt)
    assert b"after the fake end" in got and b"before" in got


def test_dot_stuffing_is_undone_and_pieces_are_joined(relay, sink):
    # Lines starting with '.' arrive doubled (RFC 5321 4.5.2); the terminator arrives split
    # across writes; the first line of the data starts with a dot.
    data = (b"..X-Odd: first line starts with a dot\r\nSubject: dots\r\n\r\n..one dot\r\n...two dots\r\n"
            b"end.\r\n..\r\n.\r\n")
    assert _raw_data(relay.port, "dots@gmail.com", data, piece=3).startswith(b"250")
    assert sink.wait_for(1)
    (got,) = sink.to("dots@gmail.com")
    assert b"\n.one dot\r\n..two dots\r\nend.\r\n.\r\n" in got
    assert b".X-Odd: first line starts with a dot" in got and b"..X-Odd" not in got


def test_empty_data_is_not_lost(relay, sink):
    reply = _raw_data(relay.port, "empty@gmail.com", b".\r\n")
    assert reply.startswith(b"250")
    # Held or delivered, whichever the rules decide: either way it is somewhere.
    if b"held for review" in reply:
        assert reply.split()[-1].decode() in {h["id"] for h in relay.held()}
    else:
        assert sink.wait_for(1) and sink.to("empty@gmail.com")


def test_bare_lf_message_over_1000_bytes(relay, sink):
    body = b"\n".join(b"line %d of a message from a client that sends bare LF" % i for i in range(60))
    raw = b"Subject: bare lf\nFrom: a@exmail.nottingham.ac.uk\n\nDear Sam,\n" + body + b"\nAmy\n"
    assert len(raw) > 1000
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=30) as client:  # bypass crlf(): bare LF on the wire
        client.ehlo()
        client.mail(STUDENT)
        client.rcpt("barelf@gmail.com")
        code, _ = client.data(raw)
    assert code == 250 and sink.wait_for(1) and sink.to("barelf@gmail.com")


def test_malformed_messages_are_never_lost(relay, sink):
    for i, raw in enumerate([b"\x00\xff garbage \xfe" * 50, b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\n",
                             b"Subject: =?utf-8?b?broken\r\n\r\nNHS 9434765919 patient"]):
        rcpt = f"malformed{i}@gmail.com"
        code, text = send_reply(relay.port, raw, [rcpt])
        assert code == 250
        if b"held for review" in text:
            assert text.split()[-1].decode() in {h["id"] for h in relay.held()}
        else:
            sink.wait_for(1)
            assert sink.to(rcpt)


def test_xforward_records_the_original_client(relay):
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=30) as client:
        code, features = client.ehlo()
        assert b"XFORWARD" in features
        assert client.docmd("XFORWARD", "ADDR=203.0.113.9 NAME=laptop.example")[0] == 250
        client.mail(STUDENT)
        client.rcpt("friend@gmail.com")
        code, text = client.data(HOLD)
    held_id = text.split()[-1].decode()
    assert {h["id"]: h["client"] for h in relay.held()}[held_id] == "203.0.113.9"


def test_no_identifiers_in_logs_or_audit_and_files_are_private(relay):
    send_reply(relay.port, HOLD)
    for text in (relay.logs, relay.audit):
        assert "5919" not in text and "amy.student" not in text and "sam.friend" not in text
    var = relay.workdir / "var"
    assert stat.S_IMODE(os.stat(var).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(var / "hold.sqlite3").st_mode) == 0o600
    assert stat.S_IMODE(os.stat(var / "audit.log").st_mode) == 0o600


def test_oversized_message_refused(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"max_message_size": 20000}) as b:
        with smtplib.SMTP("127.0.0.1", b.port, timeout=30) as client:
            code, features = client.ehlo()
            assert b"SIZE 20000" in features and b"8BITMIME" in features and b"SMTPUTF8" in features
        code, text = send_reply(b.port, CLEAN + (b"x" * 70 + b"\n") * 400, ["big@gmail.com"])
        assert code == 552


def test_upstream_down_gives_4xx_and_nothing_is_kept(tmp_path):
    with Bedside(tmp_path, free_port()) as b:  # nothing listens there
        code, text = send_reply(b.port, CLEAN)
        assert 400 <= code < 500
        assert not b.held() and not b.outbox()


def test_reject_policy(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"on_hold": "reject"}) as b:
        code, text = send_reply(b.port, HOLD, ["policy@gmail.com"])
        assert code == 550 and text.startswith(b"5.7.1 ") and b"PAT001" in text and b"5919" not in text
        assert not b.held() and not sink.to("policy@gmail.com")


def test_open_relay_refused(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"allowed_networks": []}) as b:
        with smtplib.SMTP("127.0.0.1", b.port, timeout=30) as client:
            client.ehlo()
            code, _ = client.mail(STUDENT)
            assert code in (530, 550)
            code, _ = client.rcpt("victim@gmail.com")
            assert code >= 500


def test_local_outbox_is_the_default(tmp_path):
    with Bedside(tmp_path, None) as b:
        assert send(b.port, CLEAN) == {}
        [raw] = b.outbox()
        assert b"X-Bedside-Verdict: deliver" in raw and b"X-Bedside-Envelope-To: <friend@gmail.com>" in raw
        assert stat.S_IMODE(os.stat(tmp_path / "var" / "outbox").st_mode) == 0o700


def test_check_failure_holds_fail_closed(tmp_path, sink):
    # A check budget no check can meet: every message "fails" its check and must be held, not sent.
    with Bedside(tmp_path, sink.port, serve={"check_timeout": 0.000001}) as b:
        code, text = send_reply(b.port, CLEAN, ["failclosed@gmail.com"])
        assert code == 250 and b"held for review" in text
        assert not sink.to("failclosed@gmail.com")
        assert b.held()[0]["reason"].startswith("check-failed")


def test_check_failure_can_tempfail(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"check_timeout": 0.000001, "on_check_failure": "tempfail"}) as b:
        code, _ = send_reply(b.port, CLEAN, ["tempfail@gmail.com"])
        assert code == 451 and not b.held()


def test_check_config(tmp_path, sink):
    b = Bedside(tmp_path, sink.port)
    ok = b.cli("serve", "--check-config")
    assert ok.returncode == 0 and b"configuration OK" in ok.stdout
    bad = Bedside(tmp_path, sink.port, serve={"on_hold": "shred"})
    result = bad.cli("serve", "--check-config")
    assert result.returncode == 2 and b"on_hold" in result.stderr


def test_sigterm_is_graceful(tmp_path, sink):
    b = Bedside(tmp_path, sink.port).start()
    assert send(b.port, CLEAN, ["graceful@gmail.com"]) == {}
    assert b.stop() == 0
    assert '"event": "stopped"' in b.logs


@pytest.fixture
def tls_files(tmp_path):
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    cert.private_key_and_cert_chain_pem.write_to_path(str(tmp_path / "server.pem"))
    context = __import__("ssl").create_default_context()
    ca.configure_trust(context)
    return tmp_path / "server.pem", context


def test_tls_and_auth(tmp_path, sink, tls_files):
    pem, client_context = tls_files
    from conftest import run_cli

    line = run_cli("passwd", "alice", stdin=b"correct horse\n")
    assert line.returncode == 0 and line.stdout.startswith(b"alice:$argon2")
    (tmp_path / "users").write_bytes(line.stdout)
    tls_port = free_port()
    with Bedside(tmp_path, sink.port, serve={"allowed_networks": [], "listen_tls": [f"127.0.0.1:{tls_port}"]},
                 tls={"cert": str(pem), "key": str(pem)},
                 auth={"credentials_file": str(tmp_path / "users"), "senders": {"alice": [STUDENT]}}) as b:
        with smtplib.SMTP("127.0.0.1", b.port, timeout=30) as client:
            client.ehlo()
            assert client.has_extn("starttls")
            code, _ = client.docmd("AUTH", "PLAIN AGFsaWNlAGNvcnJlY3QgaG9yc2U=")  # before TLS
            assert code == 538  # encryption required: no password crosses the wire in clear
            assert client.mail(STUDENT)[0] == 530  # and no relaying without it
            client.rset()
            client.starttls(context=client_context)
            client.ehlo()
            with pytest.raises(smtplib.SMTPAuthenticationError):
                client.login("alice", "wrong")
            client.login("alice", "correct horse")
            assert client.sendmail(STUDENT, ["tls@gmail.com"], crlf(CLEAN)) == {}
        with smtplib.SMTP_SSL("127.0.0.1", tls_port, timeout=30, context=client_context) as client:
            client.login("alice", "correct horse")
            assert client.sendmail(STUDENT, ["implicit@gmail.com"], crlf(CLEAN)) == {}
        sink.wait_for(1)
        assert sink.to("tls@gmail.com") and sink.to("implicit@gmail.com"), (sink.messages, b.logs)
        assert "correct horse" not in b.logs


def test_partly_refused_recipients_are_reported_to_the_sender(relay, sink):
    code, _ = send_reply(relay.port, CLEAN, ["partial.ok@gmail.com", "nobody@gmail.com"])
    assert code == 250
    sink.wait_for(1)
    assert sink.to("partial.ok@gmail.com")
    notices = wait_for_notice(sink, STUDENT, b"could not be delivered to some")
    assert notices and b"nobody@gmail.com" in notices[0] and b"No such user" in notices[0]


def test_too_many_recipients(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"max_recipients": 3}) as b:
        with smtplib.SMTP("127.0.0.1", b.port, timeout=30) as client:
            client.ehlo()
            client.mail(STUDENT)
            codes = [client.rcpt(f"r{i}@gmail.com")[0] for i in range(5)]
        assert codes == [250, 250, 250, 452, 452]


def test_html_explanation_escapes_message_content(relay, sink):
    hostile = (b"From: amy.student@exmail.nottingham.ac.uk\r\nTo: html@gmail.com\r\n"
               b"Subject: =?utf-8?q?Injected=0D=0ABcc=3A_victim=40evil=2Ecom?=\r\n\r\n"
               b'Patient NHS number 943 476 5919 <script>alert("x")</script> <b>bold</b>\r\n')
    code, text = send_reply(relay.port, hostile, ["html@gmail.com"])
    held_id = text.split()[-1].decode()
    [notice] = [parse(r) for r in wait_for_notice(sink, STUDENT, held_id.encode())]
    html = notice.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "victim@evil.com" not in str(notice["Subject"]) and notice["Bcc"] is None


def test_purge_removes_old_messages_and_audits(tmp_path, sink):
    with Bedside(tmp_path, sink.port) as b:
        send_reply(b.port, HOLD)
        assert len(b.held()) == 1
        assert b"purged 0" in b.cli("held", "purge", "--older-than", "1d").stdout
        import time
        time.sleep(1.1)
        assert b"purged 1" in b.cli("held", "purge", "--older-than", "1s").stdout
        assert not b.held()
        assert '"action": "purged"' in b.audit


def test_a_25mb_message_does_not_stall_other_clients(tmp_path, sink):
    import threading
    import time

    big = make_message("Dear Sam,\n\nthe scans\n\nAmy", subject="big", sender=STUDENT,
                       attachments=[("scan.bin", "application/octet-stream", os.urandom(18 * 1024 * 1024))])
    with Bedside(tmp_path, sink.port, serve={"check_workers": 2}) as b:
        result = {}
        thread = threading.Thread(target=lambda: result.update(big=send_reply(b.port, big, ["big25@gmail.com"])))
        thread.start()
        time.sleep(0.3)
        started = time.monotonic()
        for i in range(5):
            assert send_reply(b.port, CLEAN, [f"small{i}@gmail.com"])[0] == 250
        small_time = time.monotonic() - started
        thread.join(120)
        assert result["big"][0] == 250
        assert small_time < 5, f"small messages waited {small_time:.1f}s behind the big one"


def test_idle_clients_are_disconnected(tmp_path, sink):
    import time

    with Bedside(tmp_path, sink.port, serve={"idle_timeout": 1}) as b:
        with socket.create_connection(("127.0.0.1", b.port), timeout=10) as s:
            assert s.recv(200).startswith(b"220")
            started = time.monotonic()
            data = s.recv(200)  # we say nothing; the server should hang up
            assert time.monotonic() - started < 8
            assert data == b"" or data.startswith(b"421")


def test_connection_limit(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"max_connections": 2}) as b:
        held_open = [socket.create_connection(("127.0.0.1", b.port), timeout=10) for _ in range(2)]
        try:
            for s in held_open:
                assert s.recv(200).startswith(b"220")
            with socket.create_connection(("127.0.0.1", b.port), timeout=10) as third:
                assert third.recv(200).startswith(b"421")
        finally:
            for s in held_open:
                s.close()


def test_warn_advice_mail_is_a_policy(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"notify_sender_on_warn": True}) as b:
        assert send_reply(b.port, WARN, ["helen.ward@nottingham.ac.uk"])[0] == 250
        advice = wait_for_notice(sink, STUDENT, b"Advice on the email you just sent")
        assert advice and b"ETQ001" in advice[0]


def test_slow_upstream_gives_4xx(tmp_path):
    with Sink(delay=4) as slow, Bedside(tmp_path, slow.port, upstream={"timeout": 1, "data_timeout": 1}) as b:
        code, _ = send_reply(b.port, CLEAN, ["slow@gmail.com"])
        assert 400 <= code < 500 and not b.held()


def test_sigterm_lets_messages_in_flight_finish(tmp_path):
    import threading
    import time

    with Sink(delay=2) as slow:
        b = Bedside(tmp_path, slow.port).start()
        result = {}
        client = threading.Thread(target=lambda: result.update(reply=send_reply(b.port, CLEAN, ["inflight@gmail.com"])))
        client.start()
        time.sleep(1.0)  # the message is now waiting on the slow upstream
        assert b.stop() == 0
        client.join(30)
        assert result["reply"][0] == 250 and slow.to("inflight@gmail.com")


def test_odd_sender_addresses_never_lose_the_message(relay, sink):
    for sender in ('"odd\\"quote"@exmail.nottingham.ac.uk', "<>", "no-at-sign"):
        with smtplib.SMTP("127.0.0.1", relay.port, timeout=30) as client:
            client.ehlo()
            code, _ = client.mail(sender)
            if code != 250:
                continue  # refused up front: the client still has it
            client.rcpt("odd@gmail.com")
            code, text = client.data(crlf(HOLD))
            assert code == 250 and b"held for review" in text


def test_upstream_starttls_and_auth(tmp_path):
    import ssl

    import trustme
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    ca = trustme.CA()
    ca.issue_cert("127.0.0.1", "localhost").private_key_and_cert_chain_pem.write_to_path(str(tmp_path / "up.pem"))
    ca.cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(str(tmp_path / "up.pem"))
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, session.ssl is not None))
        return AuthResult(success=auth_data.login == b"relay" and auth_data.password == b"s3cret")

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=sink.port, tls_context=server_context,
                            require_starttls=True, auth_required=True, authenticator=authenticator)
    controller.start()
    try:
        (tmp_path / "upstream-password").write_text("s3cret\n")
        with Bedside(tmp_path, sink.port, upstream={"starttls": True, "username": "relay",
                                                     "password_file": str(tmp_path / "upstream-password"),
                                                     "ca_file": str(tmp_path / "ca.pem")}) as b:
            assert send_reply(b.port, CLEAN, ["viatls@gmail.com"])[0] == 250
        assert sink.wait_for(1) and sink.to("viatls@gmail.com")
        assert logins and logins[0] == (b"relay", True)  # authenticated, over TLS
    finally:
        controller.stop()


def test_xforward_refused_from_untrusted_peers(tmp_path, sink):
    with Bedside(tmp_path, sink.port, serve={"xforward_networks": []}) as b:
        with smtplib.SMTP("127.0.0.1", b.port, timeout=30) as client:
            code, features = client.ehlo()
            assert b"XFORWARD" not in features
            assert client.docmd("XFORWARD", "ADDR=203.0.113.9")[0] == 550
            client.mail(STUDENT)
            client.rcpt("friend@gmail.com")
            code, text = client.data(crlf(HOLD))
        held_id = text.split()[-1].decode()
        assert {h["id"]: h["client"] for h in b.held()}[held_id] == "127.0.0.1"
