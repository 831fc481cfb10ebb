"""Issue 19 item 2: details that together identify a patient are held (PAT010) when a recipient is
outside the care team, and a warning (PAT014) when every recipient is in it: the domains and
addresses a site lists in [organisation] care_team. The university's own domain is internal but
not the care team."""

from __future__ import annotations

import pytest

from bedside.checks import Engine
from bedside.checks.config import ConfigError, load_config
from conftest import make_message, run_cli

BODY = "The 94-year-old former mayor of Beeston in bed 12 on C31 has pneumonia."
NOTE = ("NEURO: A&O x3, MAE, PERRL. Sedated on propofol overnight, weaned this am.\n"
        "RESP: Vent AC 500 x 14, PEEP 5, FiO2 40%. LS coarse, sx for thick tan secretions.\n"
        "CV: NSR 80s, BP stable, no ectopy. GI: Abd soft, +BS, TF at goal via OGT.\n"
        "GU: Foley draining clear yellow urine. Seen by Dr. Hartley 9/14, plan to wean FiO2.\n")


def _patient(report):
    return sorted({f.rule for f in report.findings if f.category == "patient"})


@pytest.mark.parametrize("to, expected", [
    ("sam.friend@gmail.com", ["PAT010"]),
    ("Dr Jo Okafor <jo.okafor@nhs.net>", ["PAT014"]),
    ("jo.okafor@nhs.net, c31.ward@nuh.nhs.uk", ["PAT014"]),      # a trust's own subdomain
    ("jo.okafor@nhs.net, sam.friend@gmail.com", ["PAT010"]),     # one outside is enough
    ("d.lee@nottingham.ac.uk", ["PAT010"]),                      # internal, not the care team
    ("yr3@exmail.nottingham.ac.uk", ["PAT010"]),                 # classmates
    ("jo.okafor@notnhs.net", ["PAT010"]),                        # a look-alike domain
])
def test_the_score_holds_only_outside_the_care_team(engine, to, expected):
    report = engine.check(make_message(BODY, to=to))
    assert _patient(report) == expected
    assert str(report.verdict) == ("hold" if expected == ["PAT010"] else "warn")


def test_a_clinical_record_follows_the_same_line(engine):
    inside = engine.check(make_message("Notes from today:\n\n" + NOTE, to="jo.okafor@nhs.net"))
    outside = engine.check(make_message("Notes from today:\n\n" + NOTE, to="sam.friend@gmail.com"))
    assert "PAT010" in _patient(outside) and "PAT014" not in _patient(outside)
    assert "PAT014" in _patient(inside) and "PAT010" not in _patient(inside)


def test_no_recipient_is_not_the_care_team(engine):
    raw = make_message(BODY, to="placeholder@nhs.net").replace(b"To: placeholder@nhs.net\n", b"")
    assert b"To:" not in raw
    assert _patient(engine.check(raw)) == ["PAT010"]


def test_envelope_recipients_count_bcc_too(engine):
    raw = make_message(BODY, to="jo.okafor@nhs.net")
    report = engine.check(raw, envelope_rcpts=("jo.okafor@nhs.net", "me@gmail.com"))
    assert _patient(report) == ["PAT010"]


def test_a_site_names_its_care_team(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[organisation]\ncare_team = ["nhs.net", "@lentonpractice.example", '
                    '"clinical.lead@nottingham.ac.uk"]\n')
    engine = Engine(load_config(site))
    for to in ("reception@lentonpractice.example", "Clinical Lead <clinical.lead@nottingham.ac.uk>"):
        assert _patient(engine.check(make_message(BODY, to=to))) == ["PAT014"], to
    # The site's list replaces the default: nhs.uk is no longer in it.
    assert _patient(engine.check(make_message(BODY, to="c31.ward@nuh.nhs.uk"))) == ["PAT010"]
    assert _patient(engine.check(make_message(BODY, to="other@nottingham.ac.uk"))) == ["PAT010"]


@pytest.mark.parametrize("value, error", [
    ('["nhs net"]', "neither a mail domain nor an address"),
    ('["a@b@c"]', "neither a mail domain nor an address"),
    ('"nhs.net"', "care_team"),
    ('[3]', "care_team"),
])
def test_a_bad_care_team_is_a_config_error(tmp_path, value, error):
    site = tmp_path / "site.toml"
    site.write_text(f"[organisation]\ncare_team = {value}\n")
    with pytest.raises(ConfigError, match=error):
        Engine(load_config(site))


def test_explain_says_what_counts():
    for code in ("PAT010", "PAT014"):
        out = run_cli("explain", code)
        assert out.returncode == 0
        text = " ".join(out.stdout.decode().split())
        assert "care_team" in text and "nhs.net" in text, text
