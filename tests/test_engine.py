"""The engine end to end on real messages: verdicts, locations, masking, fail-closed."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bedside.checks import Action, Category, Engine, Verdict, load_config
from bedside.checks.model import Explanation, Rule
from conftest import codes, make_message

NHS = "943 476 5919"


def test_clean_message_is_delivered(engine):
    report = engine.check(make_message("Dear Dr Ward,\n\nThanks for the session.\n\nAmy", subject="Thanks"))
    assert report.verdict is Verdict.DELIVER and not report.findings


def test_warn_only_gives_warn(engine):
    report = engine.check(make_message("Dear Dr Ward, thanks. Amy", subject=None))
    assert report.verdict is Verdict.WARN and codes(report) == {"ETQ001"}


def test_hold_wins(engine):
    report = engine.check(make_message(f"Patient NHS no {NHS}", subject=None))
    assert report.verdict is Verdict.HOLD and {"PAT001", "ETQ001"} <= codes(report)


def test_location_points_at_the_identifier(engine):
    body = f"Hi,\n\nthe patient in bay 3\nhas NHS number {NHS} ok\n"
    report = engine.check(make_message(body))
    [finding] = [f for f in report.findings if f.rule == "PAT001"]
    loc = finding.location
    assert loc.part == "body" and loc.line == 4
    assert body.splitlines()[3][loc.column - 1:].startswith("943")
    assert body[loc.start:loc.end] == NHS


def test_subject_and_attachment_locations(engine):
    raw = make_message("see attached", subject=f"NHS {NHS}",
                       attachments=[("list.csv", "text/csv", f"name,nhs\nX,{NHS}\n".encode())])
    parts = {f.location.part for f in engine.check(raw).findings if f.rule == "PAT001"}
    assert parts == {"subject", "attachment:list.csv"}


def test_nothing_printed_repeats_the_identifier(engine):
    raw = make_message(f"Patient DOB 12/03/1954, NHS {NHS}, email jo.bloggs@gmail.com", subject=f"re {NHS}")
    report = engine.check(raw)
    blob = repr(report.as_dict())
    assert report.findings
    assert "9434765919" not in blob and NHS not in blob and "jo.bloggs" not in blob
    assert not re.search(r"\d{3}[ -]?\d{3}[ -]?\d{4}", blob)


def test_a_failing_rule_holds_the_message():
    def explode(scan):
        raise RuntimeError("boom")

    broken = Rule("TST001", "broken", Category.ETIQUETTE, Action.WARN, "never", Explanation("w", "y", "h"), explode)
    report = Engine(load_config(), rules=(broken,)).check(make_message("fine"))
    assert report.verdict is Verdict.HOLD and report.errors == ("TST001 failed: RuntimeError",)


def test_site_action_override_changes_the_verdict(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[actions]\netiquette = "hold"\n')
    report = Engine(load_config(site)).check(make_message("hi", subject=None))
    assert report.verdict is Verdict.HOLD


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_any_text_body_checks_without_error(engine, text):
    report = engine.check(make_message(text))
    assert not report.errors
