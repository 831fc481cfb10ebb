"""Runs the active rules over one message and decides the verdict.

Fail closed: a rule that raises does not let the message through unchecked. The
report records the error and the verdict is hold.
"""

from __future__ import annotations

from .config import Config, load_config
from .mask import mask_filename, masked_window, scrub
from .message import parse_message
from .model import Category, Finding, Hit, Location, Message, Report, Rule, Verdict, verdict_for
from .registry import all_rules
from .scan import Scan


class Engine:
    def __init__(self, config: Config | None = None, rules: tuple[Rule, ...] | None = None):
        self.config = config or load_config()
        available = rules if rules is not None else all_rules()
        self.rules = tuple(r for r in available if self.config.enabled(r.code))
        self._actions = {r.code: self.config.action_for(r.code, r.category, r.action) for r in self.rules}

    def check(self, raw: bytes, envelope_from: str | None = None,
              envelope_rcpts: tuple[str, ...] = ()) -> Report:
        return self.check_message(parse_message(raw, envelope_from, envelope_rcpts))

    def check_message(self, message: Message) -> Report:
        scan = Scan(message, self.config)
        hits: list[tuple[Rule, Hit]] = []
        errors: list[str] = []
        for rule in self.rules:
            try:
                hits.extend((rule, hit) for hit in rule.check(scan))
            except Exception as exc:  # noqa: BLE001 - one broken rule must not deliver mail unchecked
                errors.append(f"{rule.code} failed: {type(exc).__name__}")
        masks = _masks(hits)
        findings = sorted((self._finding(rule, hit, masks) for rule, hit in hits), key=_order)
        verdict = Verdict.HOLD if errors else verdict_for(findings)
        return Report(verdict=verdict, findings=tuple(findings),
                      defects=message.defects, errors=tuple(errors))

    def _finding(self, rule: Rule, hit: Hit, masks: dict) -> Finding:
        shown = hit.excerpt
        if hit.masked is not None and hit.part is not None:
            shown = masked_window(hit.part.text, hit.start, hit.end, masks.get(hit.part.name, []))
        location = None
        if hit.part is not None:
            line, column = hit.part.line_col(hit.start)
            part_name = hit.part.name
            if rule.category is Category.PATIENT and part_name.startswith("attachment:"):
                # A patient file is often named after the patient: never show that name in clear.
                part_name = "attachment:" + mask_filename(part_name.split(":", 1)[1])
            location = Location(part_name, line, column, hit.start, hit.end)
        message = f"{rule.message}: {hit.detail}" if hit.detail else rule.message
        return Finding(rule=rule.code, category=rule.category, action=self._actions[rule.code],
                       message=scrub(message), location=location, excerpt=scrub(shown))


def _masks(hits) -> dict[str, list[tuple[int, int, str]]]:
    """Every masked span any rule found, by part: an excerpt must not show one rule's identifier
    in clear because another rule drew the excerpt."""
    masks: dict[str, list[tuple[int, int, str]]] = {}
    for _, hit in hits:
        if hit.masked is not None and hit.part is not None:
            masks.setdefault(hit.part.name, []).append((hit.start, hit.end, hit.masked))
    return masks


def _order(finding: Finding):
    loc = finding.location
    return (loc.part if loc else "", loc.start if loc else -1, finding.rule)
