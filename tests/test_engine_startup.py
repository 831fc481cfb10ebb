"""Building an Engine compiles what its enabled rules need, and a bad word list still fails at load."""

from __future__ import annotations

import pytest

from bedside.checks import Engine, Verdict
from bedside.checks.config import ConfigError, load_config
from bedside.checks.defamation import COMPILE as DEFAMATION_COMPILE
from bedside.checks.patient import COMPILE as PATIENT_COMPILE


def _derived(config) -> set:
    return set(config.__dict__.get("_derived", {}))


def test_selected_families_compile_only_their_own_vocabulary():
    config = load_config(overrides={"rules": {"select": ["PAT"]}})
    engine = Engine(config)
    assert {r.code[:3] for r in engine.rules} == {"PAT"}
    built = _derived(config)
    assert set(PATIENT_COMPILE) <= built
    assert not set(DEFAMATION_COMPILE) & built  # the defamation lexicon is not compiled for --select PAT
    raw = (b"From: amy@exmail.nottingham.ac.uk\r\nTo: sam@gmail.com\r\nSubject: Bay 4\r\n\r\n"
           b"Mr John Smith, NHS number 943 476 5919, is in bay 4.\r\n")
    assert engine.check(raw).verdict is Verdict.HOLD


def test_every_family_compiles_when_every_rule_is_on():
    config = load_config()
    Engine(config)
    assert set(PATIENT_COMPILE) | set(DEFAMATION_COMPILE) <= _derived(config)


def test_a_bad_list_of_an_enabled_family_is_still_an_error_at_load(tmp_path):
    # An etiquette pattern with an unbalanced bracket is a ConfigError when the engine is built,
    # naming the list, not a rule failing on every message.
    site = tmp_path / "site.toml"
    bad = tmp_path / "bad_etiquette.toml"
    bad.write_text('[[term]]\nterm = "I demand"\nkind = "demanding"\npattern = "i demand ("\n', "utf-8")
    site.write_text(f'[wordlists.extend]\netiquette = "{bad.name}"\n', "utf-8")
    with pytest.raises(ConfigError, match="bad pattern"):
        Engine(load_config(site))
    # ... and not when that family is not selected: its rules will never read the list.
    Engine(load_config(site, overrides={"rules": {"select": ["PAT"]}}))
