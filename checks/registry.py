"""Where rules come from: one RULES tuple per built-in family, plus the `bedside.checks` entry points.

A plugin's entry point may name a Rule, an iterable of Rules, or a zero-argument
callable returning either. Codes must be unique and shaped like letters + 3 digits.
"""

from __future__ import annotations

import importlib
import re
from importlib.metadata import entry_points
from typing import Iterable

from .model import Rule

FAMILIES = ("patient", "offensive", "defamation", "etiquette", "documents", "unchecked")
ENTRY_POINT_GROUP = "bedside.checks"
CODE_SHAPE = re.compile(r"^[A-Z]{2,5}[0-9]{3}$")


class RegistryError(ValueError):
    pass


def builtin_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for family in FAMILIES:
        module = importlib.import_module(f"{__package__}.{family}")
        rules.extend(module.RULES)
    return tuple(rules)


def vocabulary_builders(rules: Iterable[Rule] | None = None) -> tuple:
    """Each family's COMPILE: functions of a Config that compile its word lists (config.derive).
    The engine runs them when it is built, so a bad entry is a ConfigError at load naming the
    entry, not a rule that fails on every message. Given `rules` (the enabled ones), only the
    families with a rule among them: `--select PAT` does not compile the defamation lexicon."""
    codes = None if rules is None else {r.code for r in rules}
    builders = []
    for family in FAMILIES:
        module = importlib.import_module(f"{__package__}.{family}")
        if codes is None or any(r.code in codes for r in module.RULES):
            builders.extend(getattr(module, "COMPILE", ()))
    return tuple(builders)


def plugin_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        rules.extend(_as_rules(ep.load(), ep.name))
    return tuple(rules)


def _as_rules(obj, origin: str) -> Iterable[Rule]:
    if isinstance(obj, Rule):
        return [obj]
    if callable(obj):
        return _as_rules(obj(), origin)
    items = list(obj)
    if not all(isinstance(r, Rule) for r in items):
        raise RegistryError(f"entry point {origin!r} did not give bedside Rule objects")
    return items


def all_rules(include_plugins: bool = True) -> tuple[Rule, ...]:
    rules = builtin_rules() + (plugin_rules() if include_plugins else ())
    seen: dict[str, Rule] = {}
    for rule in rules:
        if not CODE_SHAPE.match(rule.code):
            raise RegistryError(f"rule code {rule.code!r} is not letters + 3 digits")
        if rule.code in seen:
            raise RegistryError(f"rule code {rule.code} is declared twice")
        seen[rule.code] = rule
    return tuple(sorted(rules, key=lambda r: r.code))


def find_rule(code: str, rules: Iterable[Rule]) -> Rule | None:
    code = code.upper()
    return next((r for r in rules if r.code == code), None)
