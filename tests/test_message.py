"""bytes -> Message: real MIME in, everything the rules need out, and never an exception."""

from __future__ import annotations

import base64
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bedside.checks.message import parse_message
from conftest import make_message


def test_headers_addresses_and_body():
    raw = make_message("Line one\nLine two", subject="Ward round", to="Dr A <a@nhs.net>, b@gmail.com",
                       headers={"Cc": "c@nottingham.ac.uk", "Bcc": "d@x.org"})
    msg = parse_message(raw, envelope_from="s@x", envelope_rcpts=("a@nhs.net",))
    assert msg.subject == "Ward round"
    assert [a.addr for a in msg.to] == ["a@nhs.net", "b@gmail.com"]
    assert msg.to[0].name == "Dr A" and msg.to[0].domain == "nhs.net"
    assert [a.addr for a in msg.cc] == ["c@nottingham.ac.uk"] and [a.addr for a in msg.bcc] == ["d@x.org"]
    assert msg.body.startswith("Line one\nLine two")
    assert msg.recipients == ("a@nhs.net",)  # the envelope wins: it includes Bcc


def test_raw_8bit_subject_survives():
    # mail-parser's compat32 policy would give "Caf" here.
    msg = parse_message("Subject: Café au lait\nFrom: a@b.c\n\nbody".encode())
    assert msg.subject == "Café au lait"


def test_latin1_header_and_encoded_words():
    msg = parse_message(b"Subject: caf\xe9 =?utf-8?q?na=C3=AFve?=\n\nx")
    assert msg.subject == "café naïve"


def test_html_only_body_is_rendered_as_text():
    raw = (b"Content-Type: text/html; charset=utf-8\n\n<html><body><p>Hello <b>Dr</b> Ward</p>"
           b"<ul><li>first</li><li>second</li></ul><script>var x=1</script></body></html>")
    msg = parse_message(raw)
    assert msg.body_is_html
    assert "Hello Dr Ward" in msg.body and "first" in msg.body and "second" in msg.body
    assert "<" not in msg.body and "var x" not in msg.body


def test_plain_part_preferred_over_html():
    msg = parse_message(make_message("plain words", html="<p>html words</p>"))
    assert "plain words" in msg.body and "html words" not in msg.body and not msg.body_is_html


def test_attachments_keep_name_type_and_bytes():
    data = os.urandom(5000)
    msg = parse_message(make_message("see attached", attachments=[("scan.png", "image/png", data)]))
    [att] = msg.attachments
    assert (att.filename, att.content_type, att.size, att.data) == ("scan.png", "image/png", 5000, data)


def test_crlf_becomes_lf_so_line_numbers_agree():
    msg = parse_message(b"Subject: x\r\n\r\none\r\ntwo\r\n")
    assert msg.body == "one\ntwo\n"


def test_empty_and_garbage_inputs():
    for raw in (b"", b"\x00\xff\xfe" * 100, b"not an email at all", b"Subject: x", b"\n\n\n"):
        msg = parse_message(raw)
        assert msg.size == len(raw)


def test_truncated_mime_records_a_defect():
    raw = b"Content-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\nhalf a message"
    msg = parse_message(raw)
    assert "half a message" in msg.body
    assert any("Boundary" in d or "boundary" in d for d in msg.defects)


def test_unknown_charset_is_a_defect_not_a_crash():
    msg = parse_message(b"Content-Type: text/plain; charset=x-klingon\n\nqapla\xe9")
    assert "qapla" in msg.body
    assert msg.defects


def test_deep_nesting_is_read_as_raw_text_quickly():
    raw = b"Subject: deep\n" + b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i) for i in range(2000)
    ) + b"Content-Type: text/plain\n\nthe patient NHS 9434765919\n"
    started = time.monotonic()
    msg = parse_message(raw)
    assert time.monotonic() - started < 10  # a hang would be minutes; this is not a speed target
    assert "9434765919" in msg.body
    assert any("nesting" in d for d in msg.defects)


def test_25mb_attachment():
    data = os.urandom(25 * 1024 * 1024)
    raw = (b"Subject: big\nContent-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\n"
           b"see attached\n--zz\nContent-Type: application/octet-stream\nContent-Disposition: attachment; "
           b"filename=big.bin\nContent-Transfer-Encoding: base64\n\n" + base64.encodebytes(data) + b"\n--zz--\n")
    msg = parse_message(raw)
    assert msg.attachments[0].data == data


def test_mailparser_logs_nothing_to_stderr(capfd):
    parse_message(b"Content-Type: multipart/mixed; boundary=zz\n\n--zz\n\x00\xff--zz--junk epilogue")
    assert capfd.readouterr().err == ""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_any_bytes_give_a_message(raw):
    parse_message(raw)


MIME_PIECES = st.sampled_from([
    b"Content-Type: multipart/mixed; boundary=a\n", b"Content-Type: text/html; charset=utf-8\n",
    b"Content-Type: text/plain; charset=bogus\n", b"Content-Transfer-Encoding: base64\n",
    b"Content-Transfer-Encoding: quoted-printable\n", b"Content-Disposition: attachment; filename=x.pdf\n",
    b"--a\n", b"--a--\n", b"\n", b"Subject: =?utf-8?b?broken\n", b"<p>hi</p>\n", b"=E9=\n", b"%PDF-1.4\n",
    b"PK\x03\x04garbage\n", b"\xff\xfe\x00", b"From: <@>\n", b"To: ,,,<<>>\n",
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MIME_PIECES, max_size=40))
def test_any_mime_soup_gives_a_message(pieces):
    parse_message(b"".join(pieces))


def _what_we_read(parsed):
    return (parsed.text_plain, parsed.text_html, parsed.attachments, parsed.defects,
            parsed.from_, parsed.to, parsed.cc, parsed.bcc)


def _same_as_stock_mailparser(raw: bytes) -> None:
    import mailparser

    from bedside.checks.message import _MailParser

    try:
        stock = _what_we_read(mailparser.MailParser.from_bytes(raw))
    except Exception as exc:  # noqa: BLE001 - then ours must fail the same way
        with pytest.raises(type(exc)):
            _MailParser.from_bytes(raw)
        return
    assert _what_we_read(_MailParser.from_bytes(raw)) == stock


def test_trimmed_mailparser_reads_every_fixture_as_the_stock_one_does():
    import mailparser

    # The override only saves time while mail-parser still has the method it replaces.
    assert "_make_mail" in vars(mailparser.MailParser)
    fixtures = sorted((Path(__file__).parent / "fixtures").rglob("*.eml"))
    assert len(fixtures) > 30
    for path in fixtures:
        _same_as_stock_mailparser(path.read_bytes())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MIME_PIECES, max_size=40))
def test_trimmed_mailparser_reads_mime_soup_as_the_stock_one_does(pieces):
    _same_as_stock_mailparser(b"".join(pieces))
