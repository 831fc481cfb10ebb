"""Patient-identifiable details (category `patient`, default hold)."""

from ..guidance import CONFIDENTIALITY, REDISTRIBUTION, cite
from ..model import Action, Category, Explanation, Rule
from . import nhs

_WHY_ID = cite(CONFIDENTIALITY, REDISTRIBUTION)

RULES = (
    Rule(
        code="PAT001", name="nhs-number", category=Category.PATIENT, action=Action.HOLD,
        message="NHS, CHI or H&C number in a patient context",
        explanation=Explanation(
            what="A 10-digit number with a valid Modulus 11 check digit (NHS in England, Wales and the "
                 "Isle of Man, CHI in Scotland, H&C in Northern Ireland), grouped or not, labelled as such "
                 "or near patient words (patient, DOB, ward, hospital, GP...).",
            why="An NHS number identifies exactly one patient for life. " + _WHY_ID,
            how="Delete the number. If a colleague needs it, they can look the patient up on the "
                "hospital system; refer to the case as 'Patient A' in email."),
        check=nhs.in_context,
    ),
    Rule(
        code="PAT002", name="possible-nhs-number", category=Category.PATIENT, action=Action.WARN,
        message="Number that could be an NHS number",
        explanation=Explanation(
            what="A 10-digit number with a valid NHS check digit in a range issued to patients, with no "
                 "patient words nearby and no other label (order, student, phone...).",
            why="About 1 in 11 random 10-digit numbers pass the check, so this may be harmless; but if it "
                "is an NHS number it identifies a patient. " + _WHY_ID,
            how="If it is a patient's number, remove it. If it is something else (an order or reference "
                "number), say what it is next to it ('order no. ...') and bedside will not flag it."),
        check=nhs.without_context,
    ),
    Rule(
        code="PAT003", name="nhs-number-bad-check-digit", category=Category.PATIENT, action=Action.WARN,
        message="Labelled NHS number with an invalid check digit",
        explanation=Explanation(
            what="A 10-digit number labelled 'NHS number' (or CHI, H&C) whose check digit does not match.",
            why="A mistyped NHS number is usually one digit away from a real patient's. " + _WHY_ID,
            how="Remove the number; never send patient numbers by email, typed correctly or not."),
        check=nhs.bad_check_digit,
    ),
)
