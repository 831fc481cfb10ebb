"""The etiquette vocabulary is data (config/wordlists/etiquette.toml), validated at load, and a site
can extend it: the rules read what the list says, not a copy in code."""

from __future__ import annotations

import pytest

from bedside.checks import Engine, load_config
from bedside.checks.config import ConfigError
from conftest import make_message

STAFF = "dr.ward@nottingham.ac.uk"


def _site(tmp_path, words: str):
    (tmp_path / "local.toml").write_text(words, "utf-8")
    site = tmp_path / "site.toml"
    site.write_text('[wordlists.extend]\netiquette = ["local.toml"]\n', "utf-8")
    return load_config(site)


def _codes(config, body: str, subject: str = "Week 3 anatomy practical") -> set[str]:
    report = Engine(config).check(make_message(body, subject=subject, to=STAFF))
    return {f.rule for f in report.findings}


def test_a_site_adds_text_speak_and_the_gate_follows(tmp_path):
    body = "Dear Dr Ward,\n\nCould I swap my session, innit?\n\nKind regards,\nAmy"
    assert "ETQ007" not in _codes(load_config(), body)
    config = _site(tmp_path, 'text_speak = ["innit"]\n')
    assert "ETQ007" in _codes(config, body)  # no hand-kept gate set to forget


def test_a_site_adds_an_acronym_that_is_not_shouting(tmp_path):
    body = "Dear Dr Ward,\n\nThe UHL NUTH QEHB rota is out.\n\nKind regards,\nAmy"
    assert "ETQ003" in _codes(load_config(), body)
    assert "ETQ003" not in _codes(_site(tmp_path, 'acronym = ["UHL", "NUTH", "QEHB"]\n'), body)


def test_a_site_adds_a_demanding_phrase_with_its_pattern(tmp_path):
    body = "Dear Dr Ward,\n\nMy marks are wrong, get back to me pronto.\n\nKind regards,\nAmy"
    assert "ETQ009" not in _codes(load_config(), body)
    config = _site(tmp_path, "[[term]]\nterm = 'pronto'\nkind = 'demanding'\nanchors = ['pronto']\n"
                             "pattern = '''\\bget\\s+back\\s+to\\s+me\\s+pronto\\b'''\n")
    assert "ETQ009" in _codes(config, body)


def test_an_unknown_kind_names_the_term(tmp_path):
    config = _site(tmp_path, 'greetings = ["hiya"]\n')  # the kind is 'greeting'
    with pytest.raises(ConfigError, match="'hiya' has kind 'greetings'"):
        Engine(config).check(make_message("Hi", to=STAFF))


def test_a_grouped_kind_must_be_a_list_of_strings(tmp_path):
    with pytest.raises(ConfigError, match="'acronym' should be a list of strings"):
        _site(tmp_path, "acronym = [1, 2]\n")


def test_demanding_phrase_in_a_quoted_message_is_not_the_senders():
    body = ("Dear Dr Ward,\n\nThank you, that is clear now.\n\nKind regards,\nAmy\n\n"
            "On Mon, 30 Nov 2026 at 09:00, Someone <x@example.com> wrote:\n> I demand an answer by today")
    assert "ETQ009" not in _codes(load_config(), body)
    assert "ETQ009" in _codes(load_config(), body.replace("Thank you, that is clear now.", "I demand an answer."))
