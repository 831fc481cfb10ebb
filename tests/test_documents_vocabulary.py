"""DOC001/DOC003's vocabulary is data (config/wordlists/assessment.toml, own_work_files.txt), checked
when the engine is built, and a site can extend it: the rule reads what the lists say."""

from __future__ import annotations

import pytest

from bedside.checks import Engine, load_config
from bedside.checks.config import ConfigError
from conftest import make_message

LEAK = "Here's the OSCE stations for Monday - {marker}, obviously."


def _site(tmp_path, name: str, text: str):
    (tmp_path / f"local.{'toml' if name == 'assessment' else 'txt'}").write_text(text, "utf-8")
    site = tmp_path / "site.toml"
    local = "local.toml" if name == "assessment" else "local.txt"
    site.write_text(f'[wordlists.extend]\n{name} = ["{local}"]\n', "utf-8")
    return load_config(site)


def _codes(config, body: str) -> set[str]:
    return {f.rule for f in Engine(config).check(make_message(body, to="friend@gmail.com")).findings}


def test_an_unknown_kind_or_a_marker_without_anchors_is_an_error_at_load(tmp_path):
    with pytest.raises(ConfigError, match="word list assessment: 'x' has kind 'gossip'"):
        Engine(_site(tmp_path, "assessment", '[[term]]\nterm = "x"\nkind = "gossip"\n'))
    with pytest.raises(ConfigError, match="'hush' needs anchors"):
        Engine(_site(tmp_path, "assessment", '[[term]]\nterm = "hush"\nkind = "not_theirs"\n'))


def test_the_lists_decide_what_is_found(tmp_path):
    assert "DOC003" in _codes(load_config(), LEAK.format(marker="they were leaked to me"))
    # 'from the vault' says nothing in the shipped list; a site that adds it finds the leak.
    assert "DOC003" not in _codes(load_config(), LEAK.format(marker="straight from the vault"))
    site = _site(tmp_path, "assessment", '[[term]]\nterm = "from the vault"\nkind = "not_theirs"\nanchors = ["vault"]\n')
    assert "DOC003" in _codes(site, LEAK.format(marker="straight from the vault"))
