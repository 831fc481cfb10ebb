"""Clinical case write-ups are not offensive writing (issue 20): anonymised write-ups and
reflections in urology, colorectal surgery, gynaecology, sexual health, psychiatry, forensic and
anatomy teaching, sent to tutors and classmates, raise an offensive-category finding in <= 1%.

The emails are tests/fixtures/writeups/*.eml, built by tests/fixtures/writeups/build.py without
looking at the rules or word lists, so they test the rules rather than mirror them.
"""

from __future__ import annotations

from pathlib import Path

from bedside.checks import Engine

WRITEUPS = sorted((Path(__file__).resolve().parent / "fixtures" / "writeups").glob("*.eml"))
TARGET = 0.01  # issue 20: an offensive finding in at most 1% of clinical write-ups


def test_there_are_enough_writeups_for_a_one_percent_target():
    assert len(WRITEUPS) >= 40


def test_clinical_writeups_rarely_raise_an_offensive_finding():
    engine = Engine()
    offenders = {}
    for eml in WRITEUPS:
        found = [f for f in engine.check(eml.read_bytes()).findings if str(f.category) == "offensive"]
        if found:
            offenders[eml.name] = [f"{f.rule} {f.action}: {' '.join(f.excerpt.split())}" for f in found]
    share = len(offenders) / len(WRITEUPS)
    detail = "\n".join(f"{name}:\n    " + "\n    ".join(lines) for name, lines in offenders.items())
    assert share <= TARGET, (f"{len(offenders)}/{len(WRITEUPS)} write-ups ({share:.1%}) raise an offensive "
                             f"finding, target <= {TARGET:.0%}:\n{detail}")
