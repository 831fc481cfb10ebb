"""Nothing leaves unchecked: what a limit kept bedside from reading is a finding of its own (UNC001
held when sent outside, UNC002 a warning between internal addresses), never a silent pass."""

from __future__ import annotations

import base64

import pytest

from bedside.checks import Engine
from bedside.checks.message import MAX_BODY_CHARS, MAX_MIME_DEPTH, parse_message
from bedside.checks.registry import all_rules
from conftest import codes, make_message


def nhs_number(stem: str) -> str:
    """A 10-digit number with a valid Modulus 11 check digit, from a 9-digit stem (999 test range)."""
    total = sum(int(d) * w for d, w in zip(stem, range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    assert check != 10, "stem gives no valid number"
    return stem + str(check)


NHS = nhs_number("999000001")
SENTENCE = f"The patient in bay 4, NHS number {NHS}, was admitted last night."


def test_the_number_is_valid_and_caught_when_nothing_hides_it(engine):
    # The same sentence with nothing in the way: held by PAT001 (so the tests below test the limit).
    assert "PAT001" in codes(engine.check(make_message(SENTENCE, to="sam@gmail.com")))


def _padded_body() -> str:
    # Ordinary lines (a long single token is a different problem: issue 14 item 3).
    line = "Notes from the library session on cardiology revision and the reading list.\n"
    return "Hi Sam,\n" + line * (MAX_BODY_CHARS // len(line) + 10) + SENTENCE + "\n"


@pytest.fixture(scope="module")
def limit_engine(engine) -> Engine:
    """The unchecked rules and the NHS rule only: the full rule set takes ~20 s over 2 MB of text,
    and which rule holds is the point here."""
    rules = tuple(r for r in all_rules(include_plugins=False) if r.code.startswith(("UNC", "PAT001")))
    return Engine(engine.config, rules)


def test_an_nhs_number_after_2mb_of_padding_is_held(limit_engine):
    raw = make_message(_padded_body(), to="sam@gmail.com")
    message = parse_message(raw)
    assert NHS not in message.body and any("longer than" in u for u in message.unread)
    report = limit_engine.check(raw)
    assert str(report.verdict) == "hold"
    assert "UNC001" in codes(report)
    (finding,) = [f for f in report.findings if f.rule == "UNC001"]
    assert "2,000,000 characters" in finding.message and NHS not in finding.message


def test_a_body_cut_between_internal_addresses_is_a_warning(limit_engine):
    report = limit_engine.check(make_message(_padded_body(), to="dr.ward@nottingham.ac.uk"))
    assert codes(report) == {"UNC002"} and str(report.verdict) == "warn"


def _nested(depth: int, leaf: bytes) -> bytes:
    """`depth` multiparts, each inside the last, the innermost holding `leaf` (a MIME part)."""
    out = leaf
    for level in reversed(range(depth)):
        out = (b"Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n" % (level, level) + out +
               b"\r\n--b%d--\r\n" % level)
    return out


def _nested_message(depth: int) -> bytes:
    leaf = (b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            base64.encodebytes(SENTENCE.encode()).replace(b"\n", b"\r\n"))
    return (b"From: amy.student@exmail.nottingham.ac.uk\r\nTo: sam@gmail.com\r\nSubject: notes\r\n"
            b"MIME-Version: 1.0\r\n" + _nested(depth, leaf))


def test_an_nhs_number_inside_61_nested_multiparts_is_held(engine):
    raw = _nested_message(MAX_MIME_DEPTH + 1)
    message = parse_message(raw)
    assert NHS not in message.body  # base64 never decoded...
    assert any("nesting" in u for u in message.unread)  # ...and the message says so
    report = engine.check(raw)
    assert str(report.verdict) == "hold" and "UNC001" in codes(report), report.findings


def test_nesting_within_the_limit_is_read_and_not_flagged(engine):
    raw = _nested_message(10)
    assert NHS in parse_message(raw).body
    report = engine.check(raw)
    assert "PAT001" in codes(report) and not codes(report) & {"UNC001", "UNC002"}


def test_ordinary_mail_has_nothing_unread(engine):
    raw = make_message("Dear Sam,\n\nSee you at the library at four.\n\nAmy", to="sam@gmail.com",
                       html="<p>Dear Sam,</p><p>See you at the library at four.</p>")
    assert parse_message(raw).unread == ()
    assert not codes(engine.check(raw)) & {"UNC001", "UNC002"}


def test_a_corrupt_attachment_sent_outside_is_held_and_its_name_masked(engine):
    raw = make_message("Notes attached.", to="sam@gmail.com",
                       attachments=[("Jones ward list.docx", "application/octet-stream", b"PK\x03\x04broken")])
    report = engine.check(raw)
    (finding,) = [f for f in report.findings if f.rule == "UNC001"]
    assert str(report.verdict) == "hold"
    assert "Jones" not in finding.message + finding.excerpt + str(finding.location)
    assert "could not read docx" in finding.message


def test_a_corrupt_attachment_between_internal_addresses_is_a_warning(engine):
    raw = make_message("Notes attached.", to="dr.ward@nottingham.ac.uk",
                       attachments=[("notes.pdf", "application/pdf", b"%PDF-1.4 not really a pdf")])
    report = engine.check(raw)
    assert "UNC002" in codes(report) and "UNC001" not in codes(report)


def test_an_html_part_saying_more_than_its_plain_part_is_read(engine):
    # multipart/alternative: the recipient's client shows the HTML; a harmless plain part over an
    # HTML part with a patient's number was delivered (review of issue 14).
    raw = make_message("See you tomorrow.", to="sam@gmail.com", html=f"<p>See you tomorrow.</p><p>{SENTENCE}</p>")
    assert "PAT001" in codes(engine.check(raw))


def test_an_html_part_saying_the_same_as_its_plain_part_adds_nothing(engine):
    raw = make_message(SENTENCE, to="sam@gmail.com", html=f"<p>{SENTENCE}</p>")
    report = engine.check(raw)
    assert [f.rule for f in report.findings].count("PAT001") == 1
    assert parse_message(raw).body.strip() == SENTENCE
