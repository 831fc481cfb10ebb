"""The sender's own details are not a patient's (issue 19, 'who is speaking, about whom'): after
'my' ('my NHS number is ...', own_details.txt), and in mail to an office students send their own
details to ([organisation] own_details_offices: occupational health by default)."""

from __future__ import annotations

import pytest

from bedside.checks import Engine
from bedside.checks.config import ConfigError, load_config
from conftest import make_message

SENDER = "Harriet Quigley <msyhq3@exmail.nottingham.ac.uk>"
OCC_HEALTH = "Occupational Health <occupational.health@nottingham.ac.uk>"
FRIEND = "lou.b@gmail.com"


@pytest.fixture(scope="module")
def engine():
    return Engine()


def _patient_codes(engine, body, to, config=None):
    report = (Engine(config=config) if config else engine).check(make_message(body=body, to=to, sender=SENDER))
    return sorted({f.rule for f in report.findings if f.category.value == "patient"})


def test_my_own_numbers_are_mine_to_anyone(engine):
    body = ("Hiya, for the flat insurance form: my NHS number is 943 476 5919 and my date of birth is "
            "03/11/2003, my mobile is 07700 900461. Cheers!")
    assert _patient_codes(engine, body, FRIEND) == []


def test_my_patients_numbers_are_not(engine):
    body = ("Hiya, for my case report: my patient's NHS number is 943 476 5919 and her date of birth is "
            "03/11/1947, she was admitted to ward 12 with a stroke.")
    assert {"PAT001", "PAT005"} <= set(_patient_codes(engine, body, FRIEND))


NEEDLESTICK = ("Dear Occupational Health,\n\nI had a needlestick injury at 14:10 today on the acute medical unit.\n"
               "NHS number: 943 476 5919\nDate of birth: 03/11/2003\nMobile: 07700 900461\n\n"
               "Could you book my follow-up bloods?\n\nThanks,\nHarriet")


def test_details_sent_to_occupational_health_are_the_senders(engine):
    assert _patient_codes(engine, NEEDLESTICK, OCC_HEALTH) == []
    assert _patient_codes(engine, NEEDLESTICK, "occhealth.referrals@nuh.nhs.uk") == []


def test_the_same_details_sent_elsewhere_or_also_to_a_friend_are_checked(engine):
    assert "PAT001" in _patient_codes(engine, NEEDLESTICK, FRIEND)
    assert "PAT001" in _patient_codes(engine, NEEDLESTICK, f"{OCC_HEALTH}, {FRIEND}")


def test_a_line_about_a_patient_is_still_a_patients_in_mail_to_the_office(engine):
    body = NEEDLESTICK.replace("Could you", "The source patient is Mrs Joan Pratt, NHS 450 557 7104, on ward 12.\n\nCould you")
    assert {"PAT001", "PAT006"} <= set(_patient_codes(engine, body, OCC_HEALTH))


def test_a_site_names_its_own_offices(tmp_path, engine):
    site = tmp_path / "site.toml"
    site.write_text('[organisation]\nown_details_offices = ["student.records@nottingham.ac.uk"]\n', "utf-8")
    config = load_config(site)
    records = "Student Records <student.records@nottingham.ac.uk>"
    assert "PAT001" in _patient_codes(engine, NEEDLESTICK, records)
    assert _patient_codes(engine, NEEDLESTICK, records, config) == []
    assert "PAT001" in _patient_codes(engine, NEEDLESTICK, OCC_HEALTH, config)  # the site's list replaces ours


def test_a_bad_office_list_is_a_config_error_naming_the_key(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[organisation]\nown_details_offices = "occupational health"\n', "utf-8")
    with pytest.raises(ConfigError, match="own_details_offices"):
        Engine(config=load_config(site))
