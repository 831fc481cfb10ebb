"""Config layering, word lists and rule selection."""

from __future__ import annotations

import pytest

from bedside.checks import Action, Category, Engine, load_config
from bedside.checks.config import ConfigError
from conftest import make_message


def test_defaults_load_with_word_lists():
    config = load_config()
    assert "nottingham.ac.uk" in config.internal_domains
    assert config.words("offensive") and "anal fissure" in config.terms("clinical")
    assert config.is_internal("x@nuh.nhs.uk") and config.is_internal("a@NOTTINGHAM.AC.UK")
    assert not config.is_internal("a@nottingham.ac.uk.evil.com") and not config.is_internal("a@gmail.com")
    assert config.is_staff("tutor@nottingham.ac.uk") and not config.is_staff("s@exmail.nottingham.ac.uk")


def test_site_file_merges_tables_and_replaces_values(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[organisation]\ninternal_domains = ["example.ac.uk"]\n[thresholds]\ncontext_window = 10\n')
    config = load_config(site)
    assert config.internal_domains == ("example.ac.uk",)
    assert config.threshold("context_window", 0) == 10
    assert config.threshold("visible_recipients_warn", 0) == 10  # untouched default kept
    assert config.section("organisation")["name"]  # sibling key kept


def test_wordlist_extend_and_replace(tmp_path):
    (tmp_path / "ours.toml").write_text('[[term]]\nterm = "plonker"\nseverity = "strong"\nnote = "local"\n')
    site = tmp_path / "site.toml"
    site.write_text('[wordlists.extend]\noffensive = ["ours.toml"]\n')
    engine = Engine(load_config(site))
    report = engine.check(make_message("you absolute plonker", to="friend@gmail.com"))
    assert "OFF001" in {f.rule for f in report.findings}
    assert "plonker" not in Engine(load_config()).config.terms("offensive")


def test_select_ignore_longest_prefix():
    config = load_config(overrides={"rules": {"select": ["PAT", "ETQ001"], "ignore": ["PAT002"]}})
    assert config.enabled("PAT001") and not config.enabled("PAT002") and config.enabled("ETQ001")
    assert not config.enabled("OFF001")


def test_action_precedence():
    config = load_config(overrides={"actions": {"patient": "warn", "PAT001": "hold"}})
    assert config.action_for("PAT001", Category.PATIENT, Action.HOLD) is Action.HOLD
    assert config.action_for("PAT003", Category.PATIENT, Action.WARN) is Action.WARN
    assert config.action_for("OFF001", Category.OFFENSIVE, Action.HOLD) is Action.HOLD


def test_invalid_action_and_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="expected 'warn' or 'hold'"):
        load_config(overrides={"actions": {"PAT001": "delete"}})
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.toml")
