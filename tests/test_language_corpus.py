"""Every case in the labelled language corpus comes out as labelled: verdict and categories."""

from __future__ import annotations

import pytest

from conftest import make_message
from corpus.language_cases import CASES

LANGUAGE = {"offensive", "defamatory", "documents", "etiquette"}


def build(case) -> bytes:
    attachments = [(case["attachment"][0], "text/plain", case["attachment"][1].encode())] if case["attachment"] else []
    return make_message(case["text"], subject=case["subject"] or None, to=case["to"], attachments=attachments)


def test_corpus_is_big_and_covers_every_category():
    assert len(CASES) >= 200
    for category in LANGUAGE:
        assert sum(category in c["cats"] for c in CASES) >= 15, category
    assert sum(not c["cats"] for c in CASES) >= 80


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_case(engine, case):
    report = engine.check(build(case))
    got = sorted({str(f.category) for f in report.findings if str(f.category) in LANGUAGE})
    assert got == case["cats"], [f.message for f in report.findings]
    assert not any(f.category == "patient" for f in report.findings)
    assert str(report.verdict) == case["verdict"]
