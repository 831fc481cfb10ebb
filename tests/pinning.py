"""Findings pinned beside each fixture: `x.eml` has `x.findings`, the verdict and every finding
(rule, action, part:line:column, message, masked excerpt) as bedside reports them today.

tests/test_pinned_findings.py compares them exactly. After an intended change, rewrite them with
`make pin` (python tests/pinning.py) and let the diff show the change in review.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Folders whose .eml files are pinned: the per-rule fixtures and the labelled student emails.
PINNED = (HERE / "fixtures", HERE / "students")


def pinned_files() -> list[Path]:
    return sorted(p for folder in PINNED if folder.is_dir() for p in folder.rglob("*.eml"))


def expectation_path(eml: Path) -> Path:
    return eml.with_suffix(".findings")


def describe(report) -> str:
    """The report as stable, reviewable text: one line for the verdict, one per finding."""
    lines = [f"verdict: {report.verdict}"]
    for f in report.findings:
        where = f"{f.location.part}:{f.location.line}:{f.location.column}" if f.location else "-"
        excerpt = " ".join(f.excerpt.split())
        lines.append(f"{f.rule} {f.action} {where} | {f.message} | {excerpt}")
    lines.extend(f"error: {e}" for e in report.errors)
    return "\n".join(lines) + "\n"


def rewrite(engine) -> int:
    changed = 0
    for eml in pinned_files():
        text = describe(engine.check(eml.read_bytes()))
        target = expectation_path(eml)
        if not target.exists() or target.read_text("utf-8") != text:
            target.write_text(text, "utf-8")
            changed += 1
            print(f"pinned {target.relative_to(HERE.parent)}")
    return changed


if __name__ == "__main__":
    from bedside.checks import Engine, load_config

    n = rewrite(Engine(load_config()))
    print(f"{n} expectation file(s) written")
    sys.exit(0)
