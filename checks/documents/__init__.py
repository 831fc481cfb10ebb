"""University documents leaving the university (category `documents`, default hold when sent outside)."""

import re

from ..guidance import DOCUMENTS, REDISTRIBUTION, SUITABILITY, cite
from ..model import Action, Category, Explanation, Hit, Rule, TextPart
from ..text import AnchoredPattern, PatternList, sorted_terms, terms_pattern
from . import assessment
from .assessment import assessment_material

def _signals(config):
    by_name, by_content, pasted = {}, [], []
    for entry in config.words("university_documents"):
        kind = entry.get("kind", entry.term)
        if entry.get("where", "filename") == "filename":
            by_name[entry.term.lower()] = kind
        else:
            compiled = re.compile(entry.get("pattern") or re.escape(entry.term), re.I)
            by_content.append((kind, compiled))
            if entry.get("pasted"):  # read on folded (lowercase) text: no re.I needed, much faster
                pattern = re.compile(entry.get("pattern") or re.escape(entry.term.lower()))
                pasted.append((kind, AnchoredPattern(pattern, entry.get("anchors", ()), reach=int(entry.get("reach", 100)),
                                                     reach_before=entry.get("reach_before"))))
    return terms_pattern(sorted_terms(by_name)), by_name, tuple(by_content), PatternList(pasted)


def _own_work_file(config) -> re.Pattern:
    """A student's own work is theirs to send: CVs, posters, personal statements (own_work_files.txt)."""
    return terms_pattern(sorted_terms(config.terms("own_work_files")))


# Compiled when the engine is built: a bad word-list entry is a ConfigError at load.
COMPILE = (assessment.build, _signals, _own_work_file)


def _readable_name(filename: str) -> str:
    # "Y3_Module-Guide.2025.pdf" -> "Y3 Module Guide 2025 pdf": word boundaries for the name terms.
    return re.sub(r"[_\-.+]+", " ", re.sub(r"([a-z])([A-Z])", r"\1 \2", filename))


def attachment_signals(scan):
    """For each attachment: (attachment, what kind of university document it looks like, why)."""
    names, kinds, content, _ = scan.config.derive(_signals)
    own_work = scan.config.derive(_own_work_file)
    out = []
    for att, extracted in scan.extracted:
        readable = _readable_name(att.filename)
        if own_work.search(readable):
            continue
        found = names.search(readable)
        if found:
            out.append((att, kinds[found.group(0).lower()], f"file name '{att.filename}'"))
            continue
        haystack = extracted.text[:20000] + "\n" + " ".join(map(str, extracted.metadata.values()))
        for kind, pattern in content:
            if pattern.search(haystack):
                out.append((att, kind, "its content"))
                break
    return out


def attachment_outside(scan):
    if not scan.leaves_organisation:
        return
    outside = len(scan.external_recipients)
    for att, kind, why in scan.shared(attachment_signals):
        yield Hit(TextPart(f"attachment:{att.filename}", att.filename), 0, len(att.filename), att.filename,
                  f"'{att.filename}' looks like {_a(kind)} (by {why}), sent to {_recipients(outside)}")


def _recipients(n: int) -> str:
    return "1 outside recipient" if n == 1 else f"{n} outside recipients"


def _a(kind: str) -> str:
    """'a handbook', 'an OSCE station', 'exam material' (no article for a mass noun)."""
    if kind.endswith(("material", "minutes")):
        return kind
    return ("an " if kind[:1].lower() in "aeiou" else "a ") + kind


def _authorship(config) -> re.Pattern:
    return terms_pattern(sorted_terms(config.terms("own_work")))


def pasted_outside(scan):
    if not scan.leaves_organisation:
        return
    *_, pasted = scan.config.derive(_signals)
    for part in (scan.subject, scan.body):
        folded, words = scan.folded(part), scan.words(part)
        for kind, pattern in pasted.present(words):
            for m in pattern.finditer(folded, words)[:1]:
                if _says_it_is_theirs(scan):
                    return  # 'a practice station I wrote': the sender's own work is theirs to send
                yield Hit(part, m.start(), m.end(), detail=f"text marked as {kind} ('{' '.join(part.text[m.start():m.end()].split())[:50]}'), "
                          f"sent to {_recipients(len(scan.external_recipients))}",
                          masked=part.text[m.start():m.end()])  # the writer's own case, not the folded text
                return


def _says_it_is_theirs(scan) -> bool:
    """Asked only once a document's mark is found: most letters never pay for the search."""
    claims = scan.config.derive(_authorship)
    return any(claims.search(scan.folded(part)) for part in (scan.subject, scan.body))


RULES = (
    Rule(
        code="DOC001", name="university-document-outside", category=Category.DOCUMENTS, action=Action.HOLD,
        message="University document attached to mail leaving the university",
        explanation=Explanation(
            what="An attachment that looks like a university document (handout, lecture slides, module or "
                 "course guide, handbook, logbook, minutes, exam or OSCE material, or marked confidential or "
                 "'(c) University of ...') sent to anyone outside the internal domains. A student's own CV, "
                 "poster or application is not flagged, and nothing is flagged between internal addresses.",
            why=cite(DOCUMENTS, REDISTRIBUTION),
            how="Send a link to the document on the university's learning platform to internal colleagues "
                "instead, or ask a Director of Professionalism for permission before sharing it outside."),
        check=attachment_outside,
    ),
    Rule(
        code="DOC002", name="university-text-pasted-outside", category=Category.DOCUMENTS, action=Action.HOLD,
        message="University document text pasted into mail leaving the university",
        explanation=Explanation(
            what="Text in the email itself that carries a university document's marks: a '(c) University "
                 "of ...' line, 'confidential / not for circulation', minutes of a committee, OSCE station "
                 "or examiner material, sent to anyone outside the internal domains.",
            why="Pasting a document's text is sharing the document. " + cite(DOCUMENTS, REDISTRIBUTION),
            how="Remove the pasted text; point internal colleagues to it on the learning platform, or ask a "
                "Director of Professionalism before sharing it outside."),
        check=pasted_outside,
    ),
    Rule(
        code="DOC003", name="assessment-material-passed-on", category=Category.DOCUMENTS, action=Action.HOLD,
        message="Unreleased assessment material passed on",
        explanation=Explanation(
            what="The email hands over exam or OSCE material that is not the sender's to share: a leaked "
                 "paper, summative stations or a mark scheme, or something the email itself says is secret "
                 "('don't tell anyone I sent you these'). Revision notes, past papers the School has "
                 "published and talk about exams are not flagged. It is flagged whoever the recipient is.",
            why="Assessment material is a university document, and passing it on is also a question of "
                "probity. " + cite(DOCUMENTS, SUITABILITY),
            how="Do not send it. If you have been sent assessment material you should not have, tell the "
                "assessment team or your tutor rather than passing it on."),
        check=assessment_material,
    ),
)
