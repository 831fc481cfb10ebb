"""Every rule's fixtures: bad-*.eml must raise that rule, good-*.eml must not."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, codes

CASES = sorted(FIXTURES.glob("*/*.eml"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture(engine, path):
    report = engine.check(path.read_bytes())
    rule = path.parent.name
    if path.stem.startswith("bad"):
        assert rule in codes(report), report.findings
    else:
        assert rule not in codes(report), report.findings
    assert not report.errors
