"""The patient rules' own limits on hostile input: the NHS-number pass over a list of numbers, and
phonenumbers' calls capped per message, with what a cap leaves unchecked reported (UNC001/UNC002)
rather than dropped. The speed itself is bench/pathological.py's to show; these pin the behaviour."""

from __future__ import annotations

import random

from stdnum.gb import nhs as stdnum_nhs

from bedside.checks.patient import contact, nhs
from conftest import make_message

FRIEND = "jo.bloggs@gmail.com"
TUTOR = "dr.lee@nottingham.ac.uk"


def _codes(report):
    return sorted({f.rule for f in report.findings})


def test_the_fast_check_digit_agrees_with_stdnum():
    rng = random.Random(19)
    numbers = ["".join(rng.choice("0123456789") for _ in range(10)) for _ in range(20000)]
    numbers += ["9434765919", "0000000000", "1234567890", "4010232137"]
    valid = [n for n in numbers if nhs._valid(n)]
    assert len(valid) > 1000  # about 1 in 11 pass
    for n in numbers:
        assert nhs._valid(n) == (stdnum_nhs.is_valid(n) and not nhs.is_repeat(n)), n


def test_a_list_of_numbers_is_still_read_number_by_number(engine):
    # 2,000 valid NHS numbers in an issued range with no patient word: each a PAT002 (listed up to
    # the cap), and one labelled in the middle is still PAT001.
    body = "450 557 7104\n" * 1000 + "Patient NHS number: 401 023 2137\n" + "450 557 7104\n" * 1000
    report = engine.check(make_message(body, to=FRIEND))
    assert {"PAT001", "PAT002"} <= set(_codes(report))
    held = [f for f in report.findings if f.rule == "PAT001"]
    assert [f for f in held if "labelled" in f.message and f.location.line == 1001]
    assert all("401 023 2137" not in f.excerpt and "450 557 7104" not in f.excerpt for f in report.findings)


def _phone_list(n: int) -> str:
    # One real-looking mobile, then Ofcom's drama range (07700 900xxx), which phonenumbers does not
    # take for a valid number: each is a call that finds nothing, so the rule never reaches the
    # engine's 25-finding cap and reads on to its own.
    first = "Patient 0: 07912 345678\n"
    return first + "".join(f"Patient {i}: 07700 900{i % 1000:03d}\n" for i in range(1, n))


def test_phone_numbers_past_the_cap_are_reported_unchecked(engine):
    report = engine.check(make_message("Ward list for tomorrow:\n" + _phone_list(contact.PHONE_CALLS + 50),
                                       to=FRIEND))
    assert "PAT008" in _codes(report)  # the first ones are found as before
    unread = [f for f in report.findings if f.rule == "UNC001"]
    assert len(unread) == 1 and f"more than {contact.PHONE_CALLS}" in unread[0].message
    assert report.verdict.value == "hold"


def test_the_cap_is_a_warning_between_internal_addresses(engine):
    report = engine.check(make_message("Ward list for tomorrow:\n" + _phone_list(contact.PHONE_CALLS + 50),
                                       to=TUTOR))
    assert [f.rule for f in report.findings if f.category == "unchecked"] == ["UNC002"]


def test_under_the_cap_nothing_is_unchecked(engine):
    report = engine.check(make_message("Ward list for tomorrow:\n" + _phone_list(50), to=FRIEND))
    assert "PAT008" in _codes(report)
    assert not [f for f in report.findings if f.category == "unchecked"]


def test_numbers_far_from_patient_words_do_not_use_the_budget(engine):
    # 2,000 phone numbers with no patient word near them: phonenumbers is never asked, so nothing
    # is left unchecked; the one near 'patient' at the end is still found.
    rng = random.Random(3)
    numbers = "".join(f"Supplier {i}: 07{rng.randint(100, 999)} {rng.randint(100000, 999999)}\n" for i in range(2000))
    body = "Patient list for the ward round below.\n\n" + "x" * 300 + "\n" + numbers + "x" * 300 + \
        "\nThe patient in bed 4 asked us to ring her daughter on 07912 345678.\n"
    report = engine.check(make_message(body, to=FRIEND))
    phones = [f for f in report.findings if f.rule == "PAT008"]
    assert phones and not [f for f in report.findings if f.category == "unchecked"]
