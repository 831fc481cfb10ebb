"""bedside milter behind a real Postfix (issue 16 item 10): Postfix runs examples/postfix/master.cf's
design C (smtpd_milters on the submission service, milter_default_action = tempfail) and relays to
a sink; `bedside milter` runs examples/postfix/bedside.toml (ports and data_dir changed)."""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
import tomllib

import pytest

from conftest import make_message, need_command
from postfix_harness import EXAMPLES, BedsideMilter, DovecotAuth, Postfix, TraceSink
from relay_harness import free_port
from test_postfix import CLEAN, HOLD, STUDENT, UTF8_STUDENT, _wait, crlf, transaction


def need_pymilter() -> None:
    try:
        import milter  # noqa: F401
    except ImportError:
        message = "needs pymilter (pip install -e '.[milter]', after Debian's libmilter-dev)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def _milter(tmp_path, reinject_port: int, serve: dict | None = None, **milter) -> BedsideMilter:
    site = tomllib.loads((EXAMPLES / "bedside.toml").read_text())
    serve = {**site["serve"], "check_workers": 1, **(serve or {})}
    serve.pop("listen"), serve.pop("data_dir")
    return BedsideMilter(tmp_path, reinject_port, serve=serve, milter={**site["milter"], **milter},
                         upstream={k: v for k, v in site["upstream"].items() if k not in ("host", "port")})


@contextlib.contextmanager
def _deployment(tmp_path, sasl: DovecotAuth | None = None, serve: dict | None = None, **milter):
    """A sink, a private Postfix in design C (with SASL on submission when `sasl` is given) and
    bedside milter with these settings; yields (sink, postfix, bedside, submission port)."""
    need_command("postfix", "postfix")
    need_pymilter()
    with TraceSink() as sink:
        ports = {"submission": free_port(), "reinject": free_port(), "bedside": free_port()}
        bedside = _milter(tmp_path, ports["reinject"], serve, **milter)
        ports["milter"] = bedside.milter_port
        postfix = Postfix(sink.port, ports, design="milter")
        if sasl is not None:
            # SASL on the submission service as in the example (the test's TLS is off: AUTH in the
            # clear on loopback), with a Dovecot-protocol auth server of the harness's.
            postfix.postconf("-P", *sasl.postfix_settings(f"127.0.0.1:{ports['submission']}/inet"))
        try:
            with bedside:
                postfix.start()
                yield sink, postfix, bedside, ports["submission"]
        finally:
            postfix.stop()


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    """The default deployment, with SASL, for the whole module."""
    with DovecotAuth({"amy": "s3cret-pass"}) as sasl, _deployment(tmp_path_factory.mktemp("milter"), sasl) as deployed:
        yield deployed


def test_the_examples_design_c_is_what_postfix_runs(deployment):
    sink, postfix, bedside, submit = deployment
    services = postfix.postconf("-P")
    assert f"{submit}/inet/smtpd_milters = inet:127.0.0.1:{bedside.milter_port}" in services
    assert f"{submit}/inet/milter_default_action = tempfail" in services
    # Only the submission service: port 25 has no milter, so inbound mail never reaches bedside.
    assert "smtpd_milters" not in postfix.postconf("-n")


def test_clean_mail_is_delivered_once_with_bedside_headers_and_none_forged(deployment):
    sink, postfix, bedside, submit = deployment
    forged = CLEAN.replace(b"Subject:", b"X-Bedside-Verdict: deliver\r\nX-Bedside-rules: none\r\nSubject:", 1)
    forged = forged if forged != CLEAN else b"X-Bedside-Verdict: deliver\r\n" + CLEAN
    code, text = transaction(submit, forged, ["milter.clean@gmail.com"])
    assert code == 250, text
    [got] = _wait(lambda: sink.to("milter.clean@gmail.com"), what="the clean message")
    data = got["data"]
    assert data.count(b"X-Bedside-Verdict:") == 1 and b"X-Bedside-Verdict: deliver" in data
    assert data.lower().count(b"x-bedside-rules:") == 1
    assert crlf(CLEAN).split(b"\r\n\r\n", 1)[1] in data  # the body as sent
    _wait(postfix.queue_empty, what="Postfix's queue to empty")
    assert len(sink.to("milter.clean@gmail.com")) == 1
    accepted = [json.loads(line) for line in bedside.logs.splitlines() if '"event": "accept"' in line]
    assert accepted and re.fullmatch(r"[0-9A-F]+", accepted[-1]["queue_id"]) and accepted[-1]["client"] == "127.0.0.1"


def test_patient_details_are_held_once_with_one_notice_and_postfix_discards_its_copy(deployment):
    sink, postfix, bedside, submit = deployment
    before = len(sink.to(STUDENT))
    code, text = transaction(submit, HOLD, ["milter.held@gmail.com"])
    assert code == 250, text  # the client's mail was taken; bedside's notice says what happened
    held = _wait(lambda: [h for h in bedside.held()
                          if "milter.held@" in bedside.cli("held", "show", h["id"]).stdout.decode()], what="the hold")
    assert len(held) == 1 and held[0]["rules"]
    [notice] = _wait(lambda: sink.to(STUDENT)[before:], what="the notice")
    assert held[0]["id"].encode() in notice["data"]
    # The hold record keeps the client and Postfix's queue id; Postfix logged that id's discard.
    queue_id = re.search(r"queue=([0-9A-F]+)", held[0]["client"]).group(1)
    assert held[0]["client"].startswith("127.0.0.1 ")
    assert re.search(rf"{queue_id}: milter-discard: END-OF-MESSAGE", postfix.log), postfix.log[-2000:]
    raw = bedside.cli("held", "show", "--raw", held[0]["id"]).stdout
    # The held message is the one sent, byte for byte: its header fields as written (leading spaces
    # and all), then the Message-ID and Date Postfix adds to a message without them, then the body.
    head, body = crlf(HOLD).split(b"\r\n\r\n", 1)
    assert raw.startswith(head + b"\r\n") and raw.endswith(b"\r\n\r\n" + body)
    _wait(postfix.queue_empty, what="Postfix's queue to empty")
    time.sleep(1)
    assert not sink.to("milter.held@gmail.com")
    assert len(sink.to(STUDENT)) == before + 1


def test_the_sasl_login_is_kept_in_the_hold_record_and_not_in_the_logs(deployment):
    sink, postfix, bedside, submit = deployment
    import smtplib

    with smtplib.SMTP("127.0.0.1", submit, timeout=30) as client:
        client.ehlo("laptop.example")
        client.login("amy", "s3cret-pass")
        client.sendmail(STUDENT, ["milter.sasl.held@gmail.com"], crlf(HOLD))
    [held] = _wait(lambda: [h for h in bedside.held() if " sasl=amy" in h["client"]], what="the hold")
    assert re.fullmatch(r"127\.0\.0\.1 queue=[0-9A-F]+ sasl=amy", held["client"])
    shown = bedside.cli("held", "show", held["id"]).stdout.decode()
    assert "sasl=amy" in shown
    holds = [json.loads(line) for line in bedside.logs.splitlines() if '"event": "hold"' in line]
    assert any(h["authenticated"] and h["client"] == "127.0.0.1" for h in holds)
    assert "sasl=" not in bedside.logs and '"amy' not in bedside.logs  # the login stays in the hold record


def test_smtputf8_mail_is_delivered_and_held_with_smtputf8(deployment):
    sink, postfix, bedside, submit = deployment
    raw = make_message("Dear Jörg,\n\nSee you at four.\n\nAmélie", subject="Café", sender=UTF8_STUDENT)
    assert transaction(submit, raw, ["milter.jörg@gmail.com"], sender=UTF8_STUDENT, options=("SMTPUTF8",))[0] == 250
    [got] = _wait(lambda: sink.to("milter.jörg@gmail.com"), what="SMTPUTF8 mail")
    assert got["mail_from"] == UTF8_STUDENT and "SMTPUTF8" in got["options"]
    assert "Jörg".encode() in got["data"]
    held_raw = HOLD.replace(STUDENT.encode(), UTF8_STUDENT.encode())
    code, _ = transaction(submit, held_raw, ["milter.utf8.held@gmail.com"], sender=UTF8_STUDENT, options=("SMTPUTF8",))
    assert code == 250
    [held] = _wait(lambda: [h for h in bedside.held() if h["client"].endswith(" smtputf8")], what="the SMTPUTF8 hold")
    [notice] = _wait(lambda: sink.to(UTF8_STUDENT), what="the notice to a non-ASCII sender")
    assert "SMTPUTF8" in notice["options"] and held["id"].encode() in notice["data"]


def test_120_recipients_are_one_hold_and_a_burst_of_200_from_50_clients_is_each_settled_once(deployment):
    from concurrent.futures import ThreadPoolExecutor

    sink, postfix, bedside, submit = deployment
    notices = len(sink.to(STUDENT))
    many = [f"milter.many{n:03d}@gmail.com" for n in range(120)]
    assert transaction(submit, HOLD.replace(b"Hi Sam", b"Hi all"), many)[0] == 250
    [held] = _wait(lambda: [h for h in bedside.held() if h["recipients"] == 120], what="the 120-recipient hold")
    _wait(lambda: len(sink.to(STUDENT)) == notices + 1, what="its notice")

    def one(n: int) -> int:
        body = HOLD if n % 10 == 0 else CLEAN
        return transaction(submit, body.replace(b"Library", f"Library {n}".encode()).replace(
            b"subject: case", f"subject: case {n}".encode()), [f"milter.burst{n:03d}@gmail.com"])[0]

    holds = len(bedside.held())
    started = time.monotonic()
    with ThreadPoolExecutor(50) as pool:
        assert set(pool.map(one, range(200))) == {250}
    clean = [n for n in range(200) if n % 10]
    _wait(lambda: all(sink.to(f"milter.burst{n:03d}@gmail.com") for n in clean), timeout=120, what="the burst")
    _wait(lambda: len(bedside.held()) == holds + 20 and len(sink.to(STUDENT)) == notices + 21, what="its holds")
    _wait(postfix.queue_empty, what="Postfix's queue to empty")
    print(f"milter: burst of 200 (50 clients) settled in {time.monotonic() - started:.1f} s")
    time.sleep(1)
    assert all(len(sink.to(f"milter.burst{n:03d}@gmail.com")) == 1 for n in clean)
    assert not any(sink.to(r) for r in [*many, *(f"milter.burst{n:03d}@gmail.com" for n in range(0, 200, 10))])
    assert len(bedside.held()) == holds + 20 and len(sink.to(STUDENT)) == notices + 21


def test_a_failed_check_is_a_tempfail_at_the_client(tmp_path):
    """[serve] on_check_failure = "tempfail": a check that does not finish in check_timeout is 451
    at the student's client (it retries); nothing is delivered or held."""
    with _deployment(tmp_path, serve={"on_check_failure": "tempfail", "check_timeout": 0.001}) as (
            sink, postfix, bedside, submit):
        code, text = transaction(submit, CLEAN, ["milter.unchecked@gmail.com"])
        assert code == 451 and text.startswith(b"4.3.0"), (code, text)
        time.sleep(1)
        assert not sink.to("milter.unchecked@gmail.com") and bedside.held() == []
        assert '"event": "check-failed"' in bedside.logs


def test_bedside_milter_down_is_a_tempfail_at_the_client_then_mail_flows_again(deployment):
    sink, postfix, bedside, submit = deployment
    assert bedside.stop() == 0
    code, text = transaction(submit, CLEAN, ["milter.while.down@gmail.com"])
    assert 400 <= code < 500, (code, text)  # milter_default_action = tempfail: never delivered unchecked
    time.sleep(1)
    assert not sink.to("milter.while.down@gmail.com")
    bedside.start()
    assert transaction(submit, CLEAN, ["milter.after.restart@gmail.com"])[0] == 250
    _wait(lambda: sink.to("milter.after.restart@gmail.com"), what="mail after the restart")
    assert not sink.to("milter.while.down@gmail.com")


def test_reject_mode_tells_the_client_why(tmp_path):
    """[milter] on_hold = "reject": the student's client hears 550 5.7.1 and a short reason; nothing
    is queued at Postfix or held by bedside."""
    with _deployment(tmp_path, on_hold="reject") as (sink, postfix, bedside, submit):
        code, text = transaction(submit, HOLD, ["milter.rejected@gmail.com"])
        assert code == 550 and text.startswith(b"5.7.1"), (code, text)
        assert transaction(submit, CLEAN, ["milter.fine@gmail.com"])[0] == 250
        _wait(lambda: sink.to("milter.fine@gmail.com"), what="the clean message")
        _wait(postfix.queue_empty, what="Postfix's queue to empty")
        assert not sink.to("milter.rejected@gmail.com") and bedside.held() == []
