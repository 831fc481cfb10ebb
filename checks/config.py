"""Configuration: the embedded defaults (config/bedside.toml) with site files layered over them.

Reading only: the engine never writes. A `Config` is immutable once loaded, so one
instance can be shared by every check (and rebuilt cheaply in worker processes).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

try:  # tomli is the stdlib's tomllib, compiled (mypyc): the 35 word lists parse in ~half the time
    import tomli as tomllib
except ImportError:  # a build without its wheel: the same parser, in Python
    import tomllib

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
    # From bedside's own config/wordlists, whose patterns the tests compile (test_offensive_patterns.py,
    # test_defamation.py): one may be compiled on first use; a site's own is checked when the config loads.
    shipped: bool = field(default=False, compare=False)

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)


@dataclass(frozen=True)
class Config:
    data: Mapping[str, Any]
    wordlists: Mapping[str, tuple[WordEntry, ...]]
    sources: tuple[str, ...]
    # "section.key" -> the site file that set it, so a later check (rule codes) can name the file.
    origins: Mapping[str, str] = field(default_factory=dict)

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


def word_pieces(config: "Config", name: str, kinds: tuple[str, ...]) -> dict[str, list[str]]:
    """kind -> the regular-expression pieces of a word list whose entries are `kind` and `words`
    (reported_speech.toml, fiction.toml); a site's pieces are each compiled once to check them, so a
    ConfigError names the entry that is wrong, or the kind that has no words."""
    pieces: dict[str, list[str]] = {kind: [] for kind in kinds}
    for entry in config.words(name):
        where = f"{name} word list, entry {entry.term!r}"
        kind, listed = entry.get("kind"), entry.get("words")
        if kind not in kinds:
            raise ConfigError(f"{where}: unknown kind {kind!r} (expected one of {', '.join(kinds)})")
        if not isinstance(listed, (list, tuple)) or not listed or not all(isinstance(w, str) and w for w in listed):
            raise ConfigError(f"{where}: `words` must be a list of non-empty strings")
        for word in listed if not entry.shipped else ():  # ours are compiled whole at every load, and by the tests
            try:
                re.compile(word)
            except re.error as exc:
                raise ConfigError(f"{where}: bad pattern {word!r} ({exc})") from exc
        pieces[kind].extend(listed)
    missing = [kind for kind in kinds if not pieces[kind]]
    if missing:
        raise ConfigError(f"{name} word list: no words of kind {', '.join(missing)}")
    return pieces


def _longest_prefix_decides(code: str, select, ignore) -> bool:
    """flake8's rule: the longest matching prefix wins; select wins a tie."""
    best_select = max((len(p) for p in select if code.startswith(p)), default=-1)
    best_ignore = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    return best_select >= 0 and best_select >= best_ignore


def load_config(*paths: str | Path, overrides: Mapping[str, Any] | None = None) -> Config:
    """Defaults, then each file in order, then `overrides` (used for --select/--ignore)."""
    merged = _read_toml_text(DEFAULTS.joinpath("bedside.toml").read_text("utf-8"), "defaults")
    defaults = merged
    lists = {name: [(DEFAULTS, p) for p in _as_list(v)] for name, v in merged.get("wordlists", {}).items()}
    sources = ["defaults"]
    origins: dict[str, str] = {}
    for path in paths:
        path = Path(path)
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read config ({exc.strerror or exc})") from exc
        layer = _read_toml_text(text, str(path))
        validate_layer(layer, defaults, str(path))
        _resolve_paths(layer, path.parent)
        origins.update({f"{section}.{key}": str(path) for section, table in layer.items() for key in table})
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
        origins.update({f"{section}.{key}": "the command line" for section, table in overrides.items() for key in table})
    _validate(merged)
    wordlists = {name: tuple(e for base, p in entries for e in _read_wordlist(base, p, shipped=base is DEFAULTS))
                 for name, entries in lists.items()}
    return Config(data=_freeze(merged), wordlists=MappingProxyType(wordlists), sources=tuple(sources),
                  origins=MappingProxyType(origins))


# --- validation of a site file against the defaults --------------------------------------------
# Every setting has its default in config/bedside.toml, and that default's type is the type the
# setting must have: one place for both. Tables whose keys a site chooses are checked by shape.
OPEN_TABLES = {"actions", "wordlists"}
# Settings naming a file: relative to the site file that sets them, not to the current directory.
PATH_KEYS = {("serve", "data_dir"), ("serve", "template_dir"), ("tls", "cert"), ("tls", "key"),
             ("auth", "credentials_file"), ("upstream", "password_file"), ("upstream", "ca_file"),
             ("store", "encryption_key_file"), ("web", "secret_file")}


def _kind(value) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _fits(value, default) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))


def _unknown(where: str, name: str, known, what: str) -> ConfigError:
    close = difflib.get_close_matches(name, list(known), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else f" (expected one of: {', '.join(sorted(known))})"
    return ConfigError(f"{where}: unknown {what} {name!r}{hint}")


def validate_layer(layer: dict, defaults: Mapping[str, Any], where: str) -> None:
    """One site file's tables and keys against the defaults: an unknown table or key, or a value of
    the wrong type, is a ConfigError naming the file, the key and what was expected."""
    for section, table in layer.items():
        if section not in defaults:
            raise _unknown(where, section, defaults, "table")
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: {section} = {table!r}: expected a table [{section}]")
        if section == "actions":
            for key, value in table.items():
                if value not in {a.value for a in Action}:
                    raise ConfigError(f"{where}: [actions] {key} = {value!r}: expected 'warn' or 'hold'")
            continue
        if section == "wordlists":
            for key, value in table.items():
                values = value.values() if key == "extend" and isinstance(value, dict) else [value]
                for v in values:
                    if not (isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v))):
                        raise ConfigError(f"{where}: [wordlists] {key} = {v!r}: expected a file name or a list of them")
            continue
        known = defaults[section]
        for key, value in table.items():
            if key not in known:
                raise _unknown(where, f"{section}.{key}", [f"{section}.{k}" for k in known], "key")
            default = known[key]
            if not _fits(value, default):
                raise ConfigError(f"{where}: [{section}] {key} = {value!r}: expected {_kind(default)}"
                                  f" (default {default!r})")
            if isinstance(default, list):
                item_type = type(default[0]) if default else str
                bad = [v for v in value if not _fits(v, item_type())]
                if bad:
                    raise ConfigError(f"{where}: [{section}] {key} has {bad[0]!r}: expected a list of "
                                      f"{'strings' if item_type is str else 'numbers'}")


def _resolve_paths(layer: dict, base: Path) -> None:
    for section, key in PATH_KEYS:
        value = layer.get(section, {}).get(key) if isinstance(layer.get(section), dict) else None
        if isinstance(value, str) and value and not Path(value).is_absolute():
            layer[section][key] = str((base / value).resolve())


def validate_rule_codes(config: Config, codes, categories) -> None:
    """[rules] select/ignore and [actions] keys name rules that exist: `select = ["PAT999"]`
    would otherwise turn every rule off without a word."""
    codes = list(codes)
    rules = config.section("rules")
    for key in ("select", "ignore"):
        for prefix in rules.get(key, ()):
            if prefix and not any(c.startswith(prefix) for c in codes):
                where = config.origins.get(f"rules.{key}", "defaults")
                raise ConfigError(f"{where}: [rules] {key} {prefix!r}: no rule code starts with it "
                                  "(`bedside rules` lists them)")
    for key in config.section("actions"):
        if key not in codes and key not in {str(c) for c in categories}:
            where = config.origins.get(f"actions.{key}", "defaults")
            raise ConfigError(f"{where}: [actions] {key}: expected a rule code or one of the categories "
                              f"{', '.join(sorted(str(c) for c in categories))}")


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


def _read_wordlist(base, name: str, shipped: bool = False) -> list[WordEntry]:
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
            out.extend(WordEntry(t, MappingProxyType({"kind": kind}), shipped) for t in terms)
        for entry in entries:
            if "term" not in entry:
                raise ConfigError(f"word list {name}: an entry has no 'term': {entry!r}")
            fields = {k: v for k, v in entry.items() if k != "term"}
            out.append(WordEntry(str(entry["term"]), MappingProxyType(fields), shipped))
        return out
    return [WordEntry(line.split("#", 1)[0].strip().lower(), shipped=shipped)
            for line in text.splitlines() if line.split("#", 1)[0].strip()]
