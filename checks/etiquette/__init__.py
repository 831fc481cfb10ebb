"""Etiquette of a professional email (category `etiquette`, default warn: delivered, with advice)."""

from ..guidance import ETIQUETTE, cite
from ..model import Action, Category, Explanation, Hit, Rule


def empty_subject(scan):
    if not scan.message.subject.strip():
        missing = scan.message.header("subject") is None
        yield Hit(scan.subject, 0, 0, "", "no Subject header" if missing else "the subject is blank")


RULES = (
    Rule(
        code="ETQ001", name="empty-subject", category=Category.ETIQUETTE, action=Action.WARN,
        message="Missing or empty subject",
        explanation=Explanation(
            what="A message with no Subject header, or a subject that is blank.",
            why="Staff triage their inbox by subject; a blank one is easily missed or mistaken for spam. "
                + cite(ETIQUETTE),
            how="Add a short, specific subject, e.g. 'Year 3 OSCE: request to swap station time'."),
        check=empty_subject,
    ),
)
