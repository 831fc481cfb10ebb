"""Nursing notes are not hostile writing or allegations: found on PhysioNet-style notes without PHI
(54 of 1,024 held by OFF007 and DEF001 before this test's fixes, 1 after). The notes below are
written for this test in the same clipped style."""

from __future__ import annotations

from bedside.checks import Engine
from conftest import make_message

NOTE = """Notes from today's placement:

NEURO: A+OX3, MAE, PERRL. C/O INCISIONAL PAIN, MSO4 2MG IV WITH EFFECT.
RESP: LS COARSE BILAT, SX Q2-4 FOR THICK WHITE SECRETIONS. SATS 96% ON 4L NC. RR 18-22.
CV: NSR 80-90'S, NO ECTOPY. BP 110-130/60'S. K+ 3.6 REPLETED.
GI/GU: ABD SOFT, +BS. FOLEY TO GRAVITY, UO 40-60CC/HR. AFEBRILE.
A: PT TIRED OF BEING IN HOSPITAL.
Resp: Pt placed on PSV 10/Peep5 at 11am, tolerated it well, no C/O SOB.
P: CONT PULM TOILET, OOB TO CHAIR IN AM, MONITOR UO, EMOTIONAL SUPPORT."""


def test_a_nursing_note_is_not_held_for_hostility_or_an_allegation():
    report = Engine().check(make_message(NOTE, to="sam.classmate@nottingham.ac.uk"))
    held = {f.rule for f in report.findings if f.action == "hold"}
    assert not held & {"OFF007", "DEF001"}, report.findings


def test_hostility_in_a_letter_is_still_held_by_the_model():
    # Outside a clinical record the writer's own hostile sentence is still held: the exemption is
    # for records, not a blanket pass.
    letter = ("Hi Sam,\n\nHonestly I'm tired of these people, they are ruining this country and should "
              "not be allowed to work in our hospitals.\n\nJo")
    report = Engine().check(make_message(letter))
    assert [f.rule for f in report.findings if f.action == "hold"] == ["OFF007"], report.findings
