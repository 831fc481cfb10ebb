"""The patient rules' vocabulary is data (config/wordlists/patient_*.toml), validated at load, and a
site can extend it: the rules read what the lists say, not a copy in code."""

from __future__ import annotations

import pytest

from bedside.checks import Engine, load_config
from bedside.checks.config import ConfigError
from conftest import make_message

LISTS = ("patient_staff", "patient_record", "patient_dob", "patient_hospital", "patient_contact",
         "patient_indirect", "patient_nhs", "patient_names", "patient_attachments")


def _site(tmp_path, name: str, words: str):
    (tmp_path / "local.toml").write_text(words, "utf-8")
    site = tmp_path / "site.toml"
    site.write_text(f'[wordlists.extend]\n{name} = ["local.toml"]\n', "utf-8")
    return load_config(site)


def _codes(config, body: str) -> set[str]:
    return {f.rule for f in Engine(config).check(make_message(body)).findings}


@pytest.mark.parametrize("name", LISTS)
def test_every_patient_list_is_registered_and_an_unknown_kind_is_an_error_at_load(tmp_path, name):
    assert load_config().words(name), name
    config = _site(tmp_path, name, 'no_such_kind = ["x"]\n')
    with pytest.raises(ConfigError, match=f"word list {name}: 'x' has kind 'no_such_kind'"):
        Engine(config)


def test_a_site_adds_a_staff_role_and_the_name_is_no_longer_a_patient(tmp_path):
    body = "Saw the patient in bay 2 today with locum Margaret Jones, she has diabetes."
    assert "PAT006" in _codes(load_config(), body)
    assert "PAT006" not in _codes(_site(tmp_path, "patient_staff", 'role_before = ["locum"]\n'), body)


def test_a_site_adds_a_month_name_and_the_date_of_birth_is_found(tmp_path):
    body = "Patient on ward 4, DOB 12 janvier 1954, for review."
    assert "PAT005" not in _codes(load_config(), body)
    assert "PAT005" in _codes(_site(tmp_path, "patient_dob", 'month = ["janvier"]\n'), body)
