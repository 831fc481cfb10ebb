"""Every rule's fixtures: bad-*.eml must raise that rule, good-*.eml must not."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, codes
from generated_fixtures import GENERATED

CASES = [(p.parent.name, p.stem, p.read_bytes) for p in sorted(FIXTURES.glob("*/*.eml"))]
CASES += [(code, name, build) for code, named in GENERATED.items() for name, build in named.items()]


@pytest.mark.parametrize("rule,name,raw", CASES, ids=lambda v: v if isinstance(v, str) else "")
def test_fixture(engine, rule, name, raw):
    report = engine.check(raw())
    if name.startswith("bad"):
        assert rule in codes(report), report.findings
    else:
        assert rule not in codes(report), report.findings
    assert not report.errors
