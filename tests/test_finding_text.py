"""How findings read (issue 14 item 18): a message is one line that says each thing once, and an
etiquette excerpt is cut between words. Checked on every finding every fixture raises."""

from __future__ import annotations

import re

from bedside.checks.etiquette.style import excerpt_line
from conftest import FIXTURES

FILES = sorted(FIXTURES.rglob("*.eml"))
QUOTE_BACK = re.compile(r"(\w{5,})\W+\('(\w{5,})'\)")  # "dishonesty ('dishonesty') alleged"


def test_messages_are_one_line_and_say_each_thing_once(engine):
    bad = []
    for path in FILES:
        for f in engine.check(path.read_bytes()).findings:
            rule_message, _, detail = f.message.partition(": ")
            back = QUOTE_BACK.search(f.message)
            if "\n" in f.message or "\r" in f.message:
                bad.append((path.name, "a newline", f.message))
            elif detail and detail.lower().startswith(rule_message.lower()[:20]):
                bad.append((path.name, "the detail repeats the rule's message", f.message))
            elif "(s)" in f.message:
                bad.append((path.name, "'(s)' instead of one or many", f.message))
            elif back and back.group(1).lower() == back.group(2).lower():
                bad.append((path.name, "the keyword quoted back", f.message))
    assert not bad, bad[:10]


def test_etiquette_excerpt_cut_between_words():
    line = ("I demand to know why my mark is so low. This is unacceptable and I expect a reply from "
            "the module convenor before the exam board meets on Friday afternoon.")
    start = excerpt_line(line, 0)
    assert start.endswith("…") and line.startswith(start[:-1]) and line[len(start) - 1] == " "
    middle = excerpt_line(line, line.index("convenor"))
    assert middle.startswith("…") and "convenor" in middle and line.endswith(middle[1:])
    assert line[line.index(middle[1:]) - 1] == " "  # begins with a whole word
    assert excerpt_line("  Amy xx  \nnext", 3) == "Amy xx"


def test_an_identifier_found_by_one_rule_is_masked_in_every_other_rules_excerpt(engine):
    # ETQ006 quotes the letter's last line itself; the name and date of birth in it were found by the
    # patient rules and must not show there in clear.
    from conftest import make_message

    raw = make_message("Dear Dr Ward,\n\nThe patient on ward 12 is Margaret Whitaker, DOB 12/03/1941, seen by me today",
                       to="dr.ward@nottingham.ac.uk", subject="Bloods")
    findings = engine.check(raw).findings
    assert {"PAT006", "ETQ006"} <= {f.rule for f in findings}
    for f in findings:
        shown = f.message + " " + f.excerpt
        assert "Whitaker" not in shown and "12/03" not in shown, (f.rule, shown)
