"""One reading of a letter (checks/letter.py): own text, quoted messages, sign-off, signature and
legal footer, with offsets into the body as parsed."""

from __future__ import annotations

import pytest

from bedside.checks import load_config
from bedside.checks.letter import reader_for


@pytest.fixture(scope="module")
def read():
    return load_config().derive(reader_for).read


GMAIL_REPLY = """Thanks Priya, that works for me.

Tom

On Tue, 24 Nov 2026 at 09:12, Priya Nair <priya.nair@exmail.nottingham.ac.uk>
wrote:
> Are you free for the anatomy session on Thursday?
"""

OUTLOOK_REPLY = """Dear Dr Ward,

Thank you for the feedback on my case report.

Kind regards,
Amy Jones
Year 3 MBChB

-----Original Message-----
From: Ward, Helen
Sent: 23 November 2026 16:40
Subject: Case report
"""


def test_gmail_reply_folded_over_two_lines(read):
    letter = read(GMAIL_REPLY)
    assert GMAIL_REPLY[letter.own_end:].startswith("On Tue")
    assert "Are you free" not in letter.own_text
    assert letter.is_quoted(GMAIL_REPLY.index("anatomy"))
    assert not letter.is_quoted(GMAIL_REPLY.index("works"))


def test_outlook_reply_sign_off_and_signature(read):
    letter = read(OUTLOOK_REPLY)
    assert OUTLOOK_REPLY[slice(*letter.sign_off)] == "Kind regards,"
    assert letter.in_signature(OUTLOOK_REPLY.index("Amy Jones"))
    assert not letter.in_signature(OUTLOOK_REPLY.index("feedback"))
    assert letter.is_quoted(OUTLOOK_REPLY.index("Ward, Helen"))
    assert letter.is_writers_own(OUTLOOK_REPLY.index("feedback"))


def test_quoted_lines_blanked_in_place(read):
    text = "I agree.\n> you are useless\n> and late\nSee you at 2.\n"
    letter = read(text)
    own = letter.own_text
    assert len(own) == len(text)  # offsets and line numbers stay the body's
    assert "useless" not in own and own.index("See you") == text.index("See you")
    assert letter.is_quoted(text.index("useless"))
    assert not letter.is_quoted(text.index("agree"))


@pytest.mark.parametrize("header", [
    "---------- Forwarded message ---------\nFrom: Year 3 Office",
    "Begin forwarded message:\n\nFrom: Sam",
    "Le mar. 24 nov. 2026 à 10:02, Marie Dubois <m.dubois@example.fr> a écrit :",
    "Am Di., 24. Nov. 2026 um 10:02 Uhr schrieb Jonas Weber <jw@example.de>:",
    "W dniu 24.11.2026 o 10:02, Ola Nowak <ola@example.pl> napisał(a):",
    "El mar, 24 nov 2026 a las 10:02, Lucía Gómez (<lg@example.es>) escribió:",
    "sam.friend@gmail.com wrote:",
    "Priya Nair <priya.nair@exmail.nottingham.ac.uk> wrote:",
])
def test_quote_headers_in_several_clients_and_languages(read, header):
    text = f"See below.\n\n{header}\nQuoted words here.\n"
    letter = read(text)
    assert letter.own_end == text.index(header.split("\n")[0])
    assert letter.is_quoted(text.index("Quoted words"))


def test_signature_separator_and_disclaimer(read):
    text = ("Hi all, the rota is on Moodle.\n\n-- \nRavi Patel | MedSoc secretary\n07700 900123\n\n"
            "This email and any attachments are confidential and intended solely for the addressee.\n")
    letter = read(text)
    assert letter.in_signature(text.index("07700"))
    assert letter.in_disclaimer(text.index("intended solely"))
    assert letter.is_writers_own(text.index("rota"))
    assert not letter.is_writers_own(text.index("07700"))


def test_name_block_without_sign_off_is_the_signature(read):
    text = "Could I swap my GP placement to the Tuesday group?\n\nMaria Kowalska\nYear 4\n"
    letter = read(text)
    assert letter.sign_off is None
    assert letter.in_signature(text.index("Maria"))
    assert not letter.in_signature(text.index("swap"))


def test_plain_note_has_no_regions(read):
    text = "lol see u at the pub later, bring the quiz sheet"
    letter = read(text)
    assert letter.own_end == len(text) and letter.sign_off is None and letter.disclaimer_start is None
    assert letter.is_writers_own(0) and letter.own_text == text


def test_reading_is_linear_on_hostile_text(read):
    # Many 'On ... ' lines that never say 'wrote:', and '>' on every line: each is looked at once.
    text = ("On and on and on and on and on\n> x\n" * 20000) + ("@" * 150 + " wrote\n") * 2000 + "wrote: Thanks\n"
    letter = read(text)
    assert letter.own_end == len(text)
    assert len(letter.quoted_lines) == 20000


def test_a_sentence_ending_in_wrote_is_the_writers_own(read):
    text = "This is what I wrote:\nthe ward round starts at 8.\n"
    assert read(text).own_end == len(text)


def test_the_authors_of_quoted_messages_are_read_from_their_headers(read):
    assert read(GMAIL_REPLY).quoted_authors == ("Priya Nair",)
    assert read(OUTLOOK_REPLY).quoted_authors == ("Ward, Helen",)
    assert read("Just my own words, nobody quoted.\n\nTom\n").quoted_authors == ()


def test_a_quoted_author_named_in_the_reply_is_a_correspondent_not_a_patient():
    from conftest import make_message

    from bedside.checks import Engine

    body = ("Honest feedback as requested. Patients had already queued twice when the clinic closed. I know Tom "
            "Ashbury has been coordinating the rota on his own while doing finals.\n\nGrace\n\n"
            "On Wed, 10 Jun 2026 at 09:00, Tom Ashbury <tom.ashbury@exmail.nottingham.ac.uk> wrote:\n\n"
            "> Please tell us what worked this year.\n")
    report = Engine(load_config()).check(make_message(body, to="clinic-committee@exmail.nottingham.ac.uk"))
    assert not [f for f in report.findings if f.rule.startswith("PAT")]
    # Without the quoted header he is only a name near 'patients' in a letter to a list.
    unquoted = body.split("\n\nGrace")[0] + "\n\nGrace\n"
    report = Engine(load_config()).check(make_message(unquoted, to="clinic-committee@exmail.nottingham.ac.uk"))
    assert [f for f in report.findings if f.rule == "PAT006"]
