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


# Which proxy/ program may import which: relay and web share holds/ and proxy/'s top-level modules,
# never each other; holds/ serves both; only the command line reaches into every program.
MAY_IMPORT = {
    "relay": {"relay", "holds"},
    "web": {"web", "holds"},
    "holds": {"holds"},
    "milter": {"milter", "relay", "holds"},  # bedside milter: the relay's checks and hold path
    "cli": {"cli", "relay", "holds", "web", "milter"},
    "": {"holds"},  # proxy/*.py: shared by every program
}


def test_proxy_programs_import_only_what_they_may():
    import ast
    from pathlib import Path

    import bedside.proxy as proxy

    root = Path(proxy.__file__).parent
    wrong = []
    for path in root.rglob("*.py"):
        program = path.relative_to(root).parts[0] if len(path.relative_to(root).parts) > 1 else ""
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bedside.proxy."):
                target = node.module.split(".")[2]
                if (root / target).is_dir() and target not in MAY_IMPORT[program]:
                    wrong.append(f"{path.relative_to(root)} imports {node.module}")
    assert not wrong, wrong
