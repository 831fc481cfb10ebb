"""Configuration: the embedded defaults (config/bedside.toml) with site files layered over them.

Reading only: the engine never writes. A `Config` is immutable once loaded, so one
instance can be shared by every check (and rebuilt cheaply in worker processes).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from .model import Action, Category

DEFAULTS = files("bedside.config")
_EMPTY = MappingProxyType({})


class ConfigError(ValueError):
    """A config file that cannot be read or does not make sense; the message says which."""


@dataclass(frozen=True)
class WordEntry:
    """One entry of a TOML word list: the term plus whatever the list declares (severity, note...)."""

    term: str
    fields: Mapping[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)


@dataclass(frozen=True)
class Config:
    data: Mapping[str, Any]
    wordlists: Mapping[str, tuple[WordEntry, ...]]
    sources: tuple[str, ...]

    # --- organisation -------------------------------------------------------------
    # Cached: asked for every recipient of every message. (A frozen dataclass still lets
    # cached_property write to the instance's __dict__.)
    @cached_property
    def internal_domains(self) -> tuple[str, ...]:
        return tuple(d.lower().lstrip("@.") for d in self.section("organisation").get("internal_domains", ()))

    def is_internal(self, address: str) -> bool:
        domain = address.rpartition("@")[2].lower().strip(" <>")
        return any(domain == d or domain.endswith("." + d) for d in self.internal_domains)

    @cached_property
    def student_domains(self) -> tuple[str, ...]:
        return tuple(d.lower().lstrip("@.") for d in self.section("organisation").get("student_domains", ()))

    def is_staff(self, address: str) -> bool:
        """Internal and not a student mailbox: the people professional etiquette is owed to."""
        domain = address.rpartition("@")[2].lower().strip(" <>")
        student = any(domain == d or domain.endswith("." + d) for d in self.student_domains)
        return self.is_internal(address) and not student

    # --- rules ----------------------------------------------------------------------
    def enabled(self, code: str) -> bool:
        rules = self.section("rules")
        return _longest_prefix_decides(code, rules.get("select", [""]), rules.get("ignore", []))

    def action_for(self, code: str, category: Category, default: Action) -> Action:
        actions = self.section("actions")
        value = actions.get(code, actions.get(str(category), default))
        return Action(value)

    def threshold(self, name: str, default: Any) -> Any:
        return self.section("thresholds").get(name, default)

    def section(self, name: str) -> Mapping[str, Any]:
        value = self.data.get(name)
        # Concrete types: an isinstance against typing.Mapping costs ten times as much, and rules
        # ask for thresholds on every message.
        return value if isinstance(value, (MappingProxyType, dict)) else _EMPTY

    def derive(self, build):
        """build(config), computed once per Config: compiled word lists and the like.

        The cache lives on the (otherwise immutable) instance, not in a module global.
        """
        cache = self.__dict__.setdefault("_derived", {})
        if build not in cache:
            cache[build] = build(self)
        return cache[build]

    def words(self, name: str) -> tuple[WordEntry, ...]:
        return self.wordlists.get(name, ())

    def terms(self, name: str) -> frozenset[str]:
        return frozenset(e.term for e in self.wordlists.get(name, ()))


def _longest_prefix_decides(code: str, select, ignore) -> bool:
    """flake8's rule: the longest matching prefix wins; select wins a tie."""
    best_select = max((len(p) for p in select if code.startswith(p)), default=-1)
    best_ignore = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    return best_select >= 0 and best_select >= best_ignore


def load_config(*paths: str | Path, overrides: Mapping[str, Any] | None = None) -> Config:
    """Defaults, then each file in order, then `overrides` (used for --select/--ignore)."""
    merged = _read_toml_text(DEFAULTS.joinpath("bedside.toml").read_text("utf-8"), "defaults")
    lists = {name: [(DEFAULTS, p) for p in _as_list(v)] for name, v in merged.get("wordlists", {}).items()}
    sources = ["defaults"]
    for path in paths:
        path = Path(path)
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read config ({exc.strerror or exc})") from exc
        layer = _read_toml_text(text, str(path))
        for name, value in layer.pop("wordlists", {}).items():
            if name == "extend":  # [wordlists.extend] adds files to a list instead of replacing it
                for lname, extra in value.items():
                    lists.setdefault(lname, []).extend((path.parent, p) for p in _as_list(extra))
            else:
                lists[name] = [(path.parent, p) for p in _as_list(value)]
        merged = _merge(merged, layer)
        sources.append(str(path))
    if overrides:
        merged = _merge(merged, dict(overrides))
    _validate(merged)
    wordlists = {name: tuple(e for base, p in entries for e in _read_wordlist(base, p))
                 for name, entries in lists.items()}
    return Config(data=_freeze(merged), wordlists=MappingProxyType(wordlists), sources=tuple(sources))


def _as_list(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _read_toml_text(text: str, where: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: invalid TOML ({exc})") from exc


def _merge(base: dict, layer: dict) -> dict:
    out = dict(base)
    for key, value in layer.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _validate(data: dict) -> None:
    for key, value in data.get("actions", {}).items():
        if value not in {a.value for a in Action}:
            raise ConfigError(f"actions.{key} = {value!r}: expected 'warn' or 'hold'")


def _freeze(value):
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _read_wordlist(base, name: str) -> list[WordEntry]:
    """A .txt list is one term a line (# comments); a .toml list is [[term]] tables with a `term` key."""
    resource = base.joinpath(name) if not isinstance(base, Path) else base / name
    try:
        text = resource.read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"word list {name}: cannot read ({exc})") from exc
    if name.endswith(".toml"):
        data = _read_toml_text(text, name)
        entries = data.pop("term", [])
        out = []
        # Plain terms may also be grouped by kind: `greeting = ["dear", "hi"]` is two entries of
        # kind 'greeting' (a list of a hundred acronyms reads better as one array than as tables).
        for kind, terms in data.items():
            if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
                raise ConfigError(f"word list {name}: '{kind}' should be a list of strings")
            out.extend(WordEntry(t, MappingProxyType({"kind": kind})) for t in terms)
        for entry in entries:
            if "term" not in entry:
                raise ConfigError(f"word list {name}: an entry has no 'term': {entry!r}")
            fields = {k: v for k, v in entry.items() if k != "term"}
            out.append(WordEntry(str(entry["term"]), MappingProxyType(fields)))
        return out
    return [WordEntry(line.split("#", 1)[0].strip().lower())
            for line in text.splitlines() if line.split("#", 1)[0].strip()]
