"""Every rule is documented, has fixtures both ways, and cites the guidance it enforces."""

from __future__ import annotations

import pytest

from bedside.checks import Action, Category
from bedside.checks.guidance import SOURCE
from bedside.checks.registry import CODE_SHAPE, all_rules
from conftest import FIXTURES
from generated_fixtures import GENERATED

RULES = all_rules(include_plugins=False)


def test_codes_are_unique_and_well_formed():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(CODE_SHAPE.match(c) for c in codes)


def test_every_category_has_a_rule():
    assert {r.category for r in RULES} == set(Category)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_documented(rule):
    assert rule.name and rule.message
    assert isinstance(rule.action, Action) and isinstance(rule.category, Category)
    for part in (rule.explanation.what, rule.explanation.why, rule.explanation.how):
        assert len(part) > 30, f"{rule.code}: explanation part too thin: {part!r}"
    assert SOURCE in rule.explanation.why, f"{rule.code}: 'why' must cite the guidance"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_fixtures(rule):
    folder = FIXTURES / rule.code
    names = [p.stem for p in folder.glob("*.eml")] + list(GENERATED.get(rule.code, {}))
    assert any(n.startswith("bad-") for n in names), f"{rule.code} has no bad-* fixture"
    assert any(n.startswith("good-") for n in names), f"{rule.code} has no good-* fixture"


def test_checks_never_import_proxy():
    from pathlib import Path

    import bedside.checks as checks

    root = Path(checks.__file__).parent
    offenders = [p for p in root.rglob("*.py")
                 if "proxy" in p.read_text() and ("import" in p.read_text())
                 and any(line.strip().startswith(("from bedside.proxy", "import bedside.proxy", "from ..proxy"))
                         for line in p.read_text().splitlines())]
    assert not offenders
    for p in root.rglob("*.py"):
        text = p.read_text()
        assert "aiosmtpd" not in text and "jinja2" not in text, p
