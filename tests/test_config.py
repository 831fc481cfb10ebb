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


# --- a site file is checked against the defaults' keys and types (issue 15) ---------------------

@pytest.mark.parametrize("text, expected", [
    ('[serve]\nmax_recipents = 5\n', r"site\.toml: unknown key 'serve\.max_recipents' \(did you mean 'serve\.max_recipients'\?\)"),
    ('[serv]\nlisten = []\n', r"site\.toml: unknown table 'serv' \(did you mean 'serve'\?\)"),
    ('[serve]\nmax_recipients = "ten"\n', r"site\.toml: \[serve\] max_recipients = 'ten': expected a number \(default 100\)"),
    ('[serve]\nnotify_sender_on_hold = "yes"\n', r"\[serve\] notify_sender_on_hold = 'yes': expected true or false"),
    ('[serve]\nreviewers = "a@b.org"\n', r"\[serve\] reviewers = 'a@b.org': expected a list"),
    ('[serve]\nreviewers = [1]\n', r"\[serve\] reviewers has 1: expected a list of strings"),
    ('[thresholds]\ncontext_window = "wide"\n', r"\[thresholds\] context_window = 'wide': expected a number"),
    ('[wordlists]\noffensive = 3\n', r"\[wordlists\] offensive = 3: expected a file name"),
    ('[actions]\nPAT001 = "delete"\n', r"\[actions\] PAT001 = 'delete': expected 'warn' or 'hold'"),
])
def test_site_file_mistakes_name_file_key_and_expectation(tmp_path, text, expected):
    site = tmp_path / "site.toml"
    site.write_text(text)
    with pytest.raises(ConfigError, match=expected) as caught:
        load_config(site)
    assert "\n" not in str(caught.value)


def test_numbers_may_be_whole_or_not_and_open_tables_take_new_keys(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[serve]\ncheck_timeout = 2.5\n[upstream]\ntimeout = 10\n[actions]\netiquette = "hold"\n'
                    '[auth.senders]\nalice = ["@example.org"]\n')
    config = load_config(site)
    assert config.section("serve")["check_timeout"] == 2.5 and config.section("upstream")["timeout"] == 10


def test_rule_codes_in_a_site_file_must_exist(tmp_path):
    from bedside.checks.config import validate_rule_codes
    from bedside.checks.registry import all_rules

    codes = [r.code for r in all_rules()]
    for text, expected in (('[rules]\nselect = ["PAT999"]\n', r"site\.toml: \[rules\] select 'PAT999': no rule code"),
                           ('[rules]\nignore = ["XYZ"]\n', r"\[rules\] ignore 'XYZ'"),
                           ('[actions]\nPAT999 = "warn"\n', r"site\.toml: \[actions\] PAT999: expected a rule code")):
        site = tmp_path / "site.toml"
        site.write_text(text)
        with pytest.raises(ConfigError, match=expected):
            validate_rule_codes(load_config(site), codes, list(Category))
    site.write_text('[rules]\nselect = ["PAT", "ETQ001"]\nignore = ["PAT00"]\n[actions]\npatient = "warn"\nOFF003 = "hold"\n')
    validate_rule_codes(load_config(site), codes, list(Category))  # all real: no error


def test_paths_in_a_site_file_are_relative_to_it(tmp_path, monkeypatch):
    (tmp_path / "etc").mkdir()
    site = tmp_path / "etc" / "site.toml"
    site.write_text('[serve]\ndata_dir = "queue"\n[store]\nencryption_key_file = "/abs/key"\n')
    monkeypatch.chdir(tmp_path)
    serve = load_config(site).section("serve")
    assert serve["data_dir"] == str(tmp_path / "etc" / "queue")
    assert load_config(site).section("store")["encryption_key_file"] == "/abs/key"
    assert load_config().section("serve")["data_dir"] == "var"  # the defaults' own: the current directory
