"""Runs the active rules over one message and decides the verdict.

Fail closed: a rule that raises does not let the message through unchecked. The
report records the error and the verdict is hold.
"""

from __future__ import annotations

from itertools import islice

from .config import Config, load_config
from .mask import MaskSet, mask_capitals, mask_filename, masked_window, scrub
from .message import parse_message
from .model import Category, Finding, Hit, Location, Message, Report, Rule, Verdict, verdict_for
from .registry import all_rules, vocabulary_builders
from .scan import Scan


class Engine:
    def __init__(self, config: Config | None = None, rules: tuple[Rule, ...] | None = None):
        self.config = config or load_config()
        available = rules if rules is not None else all_rules()
        self.rules = tuple(r for r in available if self.config.enabled(r.code))
        self._actions = {r.code: self.config.action_for(r.code, r.category, r.action) for r in self.rules}
        self._most = max(1, int(self.config.threshold("max_findings_per_rule", 25)))
        for build in vocabulary_builders(self.rules):
            self.config.derive(build)  # bad word-list data is a ConfigError now, not on every message
        self._shorthand = self.config.derive(_clinical_shorthand)  # once per Config, like the word lists

    def check(self, raw: bytes, envelope_from: str | None = None,
              envelope_rcpts: tuple[str, ...] = ()) -> Report:
        return self.check_message(parse_message(raw, envelope_from, envelope_rcpts))

    def check_message(self, message: Message) -> Report:
        scan = Scan(message, self.config)
        hits: list[tuple[Rule, Hit]] = []
        errors: list[str] = []
        capped: list[Rule] = []
        for rule in self.rules:
            try:
                # A spreadsheet of identifiers would give a finding per cell: the first few make the
                # case (and the verdict), and the rule stops looking there.
                found = list(islice(rule.check(scan), self._most + 1))
            except Exception as exc:  # noqa: BLE001 - one broken rule must not deliver mail unchecked
                errors.append(f"{rule.code} failed: {type(exc).__name__}")
                continue
            if not found:
                continue  # most rules, most letters: skip the bookkeeping below
            if len(found) > self._most:
                found = found[: self._most]
                capped.append(rule)
            hits.extend((rule, hit) for hit in found)
        masks = _masks(hits)
        in_clear = _in_clear(hits)
        findings = [self._finding(rule, hit, masks, in_clear) for rule, hit in hits]
        findings += [Finding(rule=rule.code, category=rule.category, action=self._actions[rule.code],
                             message=f"{rule.message}: more than {self._most} found, only the first {self._most} "
                                     "are listed", location=None, excerpt="")
                     for rule in capped]
        findings.sort(key=_order)
        verdict = Verdict.HOLD if errors else verdict_for(findings)
        return Report(verdict=verdict, findings=tuple(findings),
                      defects=message.defects, errors=tuple(errors))

    def _finding(self, rule: Rule, hit: Hit, masks: dict, in_clear: tuple) -> Finding:
        shown = hit.excerpt
        if hit.masked is not None and hit.part is not None:
            shown = masked_window(hit.part.text, hit.start, hit.end, masks.get(hit.part.name) or MaskSet(()))
        elif in_clear:
            shown = _mask_known(shown, in_clear)  # a rule's own excerpt (a line, a sentence) may hold one
        location = None
        if hit.part is not None:
            line, column = hit.part.line_col(hit.start)
            part_name = hit.part.name
            if part_name.startswith("attachment:"):
                # A file is often named after its patient, whichever rule found something in it:
                # never show that name in clear.
                part_name = "attachment:" + mask_filename(part_name.split(":", 1)[1])
            location = Location(part_name, line, column, hit.start, hit.end)
        if rule.category is Category.PATIENT:
            shown = mask_capitals(shown, self._shorthand)  # a name in capitals beside the identifier found
        message = f"{rule.message}: {hit.detail}" if hit.detail else rule.message
        if in_clear:
            message = _mask_known(message, in_clear)
        return Finding(rule=rule.code, category=rule.category, action=self._actions[rule.code],
                       message=scrub(message), location=location, excerpt=scrub(shown))


# Word lists whose one-word entries are clinical shorthand, not names: kept readable in capitals.
SHORTHAND_LISTS = ("clinical", "clinical_record", "abbreviation_cues", "nhs_context", "not_names", "conditions")


def _clinical_shorthand(config: Config) -> frozenset[str]:
    return frozenset(term.lower() for name in SHORTHAND_LISTS for term in config.terms(name) if " " not in term)


def _masks(hits) -> dict[str, MaskSet]:
    """Every masked span any rule found, by part: an excerpt must not show one rule's identifier
    in clear because another rule drew the excerpt."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for _, hit in hits:
        if hit.masked is not None and hit.part is not None:
            spans.setdefault(hit.part.name, []).append((hit.start, hit.end, hit.masked))
    return {name: MaskSet(found) for name, found in spans.items()}


def _in_clear(hits) -> tuple[tuple[str, str], ...]:
    """(identifier as written, masked form) for every identifier any rule found, longest first: an
    excerpt a rule wrote itself (an etiquette rule's last line, a sentence) must not show one in clear."""
    pairs = {}
    for _, hit in hits:
        if hit.masked is not None and hit.part is not None:
            written = hit.part.text[hit.start:hit.end]
            if len(written.strip()) >= 3 and written != hit.masked:
                pairs[written] = hit.masked
    return tuple(sorted(pairs.items(), key=lambda p: -len(p[0])))


def _mask_known(text: str, in_clear) -> str:
    for written, masked in in_clear:
        if written in text:
            text = text.replace(written, masked)
    return text


def _order(finding: Finding):
    loc = finding.location
    return (loc.part if loc else "", loc.start if loc else -1, finding.rule)
