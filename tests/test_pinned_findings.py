"""Every fixture's findings, exactly: rule, action, part:line:column, message and masked excerpt.

A rule change that moves, rewords or drops a finding fails here; `make pin` rewrites the
expectations after an intended change, and the diff of the .findings files shows it in review.
"""

from __future__ import annotations

import pytest

from pinning import describe, expectation_path, pinned_files

FILES = pinned_files()


def test_there_are_pinned_fixtures():
    assert len(FILES) > 100


@pytest.mark.parametrize("eml", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_findings_pinned(engine, eml):
    expected = expectation_path(eml)
    assert expected.exists(), f"no {expected.name}: run `make pin` and review the new file"
    assert describe(engine.check(eml.read_bytes())) == expected.read_text("utf-8")


def test_no_orphan_expectations():
    from pinning import PINNED

    orphans = [p for folder in PINNED if folder.is_dir() for p in folder.rglob("*.findings")
               if not p.with_suffix(".eml").exists()]
    assert not orphans, f"expectations without a fixture: {orphans}"
