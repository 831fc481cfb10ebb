"""What bedside's explanation says (issue 14 item 19): which message, who to ask, each thing once."""

from __future__ import annotations

from email import message_from_bytes, policy

from bedside.checks import Engine, load_config
from bedside.proxy.holds.explain import Explainer

from conftest import make_message

NHS = "943 476 5919"
BODY = (f"Hi Sam,\n\nThe patient in bay 2 has NHS number {NHS}. Her other NHS number is 450 557 7104 "
        "on the old notes.\n\nAmy")


def explainer(**organisation) -> Explainer:
    config = load_config()
    return Explainer({**config.section("organisation"), **organisation}, "bedside@localhost")


def held_notice(subject: str = "Bay 2 handover", rcpts=("sam.friend@gmail.com", "dr.ward@nottingham.ac.uk"),
                **organisation):
    raw = make_message(BODY, subject=subject, sender="amy@exmail.nottingham.ac.uk").replace(
        b"\nTo:", b"\nDate: Tue, 01 Dec 2026 14:05:00 +0000\nTo:", 1)
    report = Engine(load_config()).check(raw)
    e = explainer(**organisation)
    context = e.context("20261201-140500-abcd1234", report, len(rcpts), raw=raw, rcpts=list(rcpts))
    notice = message_from_bytes(e.email("held", "amy@exmail.nottingham.ac.uk", context, html=True),
                                policy=policy.default)
    return notice, notice.get_body(("plain",)).get_content(), notice.get_body(("html",)).get_content()


def test_the_explanation_names_the_held_message():
    notice, plain, html = held_notice()
    for text in (plain, html):
        assert "Bay 2 handover" in text
        assert "Tue 01 Dec 2026 14:05" in text
        assert "dr.ward@nottingham.ac.uk" in text  # a colleague: shown in full
        assert "s***@gmail.com" in text and "sam.friend@gmail.com" not in text  # outside: masked
        assert "20261201-140500-abcd1234" in text


def test_a_subject_never_repeats_an_identifier():
    notice, plain, html = held_notice(subject=f"NHS {NHS} for bay 2")
    assert NHS not in plain and "9434765919" not in plain and NHS not in html
    assert "for bay 2" in plain


def test_a_real_contact_address_is_named_and_replies_reach_it():
    notice, plain, html = held_notice(contact="professionalism@nottingham.ac.uk")
    assert notice["Reply-To"] == "professionalism@nottingham.ac.uk"
    assert "professionalism@nottingham.ac.uk" in plain and "professionalism@nottingham.ac.uk" in html
    assert "bedside@localhost" not in plain
    assert plain.count("professionalism@nottingham.ac.uk") == 1  # said once
    # No address configured: the role is named, and no Reply-To pretends to be one.
    notice, plain, _ = held_notice()
    assert notice["Reply-To"] is None and "a Director of Professionalism" in plain


def test_each_thing_is_said_once():
    notice, plain, html = held_notice(contact="professionalism@nottingham.ac.uk")
    # Two PAT001 findings: both shown, the rule's explanation once.
    assert "943 *** **19" in plain and "450 *** **04" in plain
    for text in (plain, html):
        assert text.count("Patient confidentiality is paramount") == 1
        assert text.count("Why it matters") == 1 and text.count("What to do") == 1
    for text in (plain, html):
        assert text.count("20261201-140500-abcd1234") == 1
    assert plain.count("a Director of Professionalism") == 1
