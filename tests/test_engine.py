"""The engine end to end on real messages: verdicts, locations, masking, fail-closed."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bedside.checks import Action, Category, Engine, Verdict, load_config
from bedside.checks.model import Explanation, Rule
from conftest import codes, docx, make_message, xlsx

NHS = "943 476 5919"


def test_clean_message_is_delivered(engine):
    report = engine.check(make_message("Dear Dr Ward,\n\nThanks for the session.\n\nAmy", subject="Thanks"))
    assert report.verdict is Verdict.DELIVER and not report.findings


def test_warn_only_gives_warn(engine):
    report = engine.check(make_message("Dear Dr Ward, thanks. Amy", subject=None))
    assert report.verdict is Verdict.WARN and codes(report) == {"ETQ001"}


def test_hold_wins(engine):
    report = engine.check(make_message(f"Patient NHS no {NHS}", subject=None))
    assert report.verdict is Verdict.HOLD and {"PAT001", "ETQ001"} <= codes(report)


def test_location_points_at_the_identifier(engine):
    body = f"Hi,\n\nthe patient in bay 3\nhas NHS number {NHS} ok\n"
    report = engine.check(make_message(body))
    [finding] = [f for f in report.findings if f.rule == "PAT001"]
    loc = finding.location
    assert loc.part == "body" and loc.line == 4
    assert body.splitlines()[3][loc.column - 1:].startswith("943")
    assert body[loc.start:loc.end] == NHS


def test_subject_and_attachment_locations(engine):
    raw = make_message("see attached", subject=f"NHS {NHS}",
                       attachments=[("list.csv", "text/csv", f"name,nhs\nX,{NHS}\n".encode())])
    parts = {f.location.part for f in engine.check(raw).findings if f.rule == "PAT001"}
    assert parts == {"subject", "attachment:list.csv"}


def test_nothing_printed_repeats_the_identifier(engine):
    raw = make_message(f"Patient DOB 12/03/1954, NHS {NHS}, email jo.bloggs@gmail.com", subject=f"re {NHS}")
    report = engine.check(raw)
    blob = repr(report.as_dict())
    assert report.findings
    assert "9434765919" not in blob and NHS not in blob and "jo.bloggs" not in blob
    assert not re.search(r"\d{3}[ -]?\d{3}[ -]?\d{4}", blob)


def test_a_failing_rule_holds_the_message():
    def explode(scan):
        raise RuntimeError("boom")

    broken = Rule("TST001", "broken", Category.ETIQUETTE, Action.WARN, "never", Explanation("w", "y", "h"), explode)
    report = Engine(load_config(), rules=(broken,)).check(make_message("fine"))
    assert report.verdict is Verdict.HOLD and report.errors == ("TST001 failed: RuntimeError",)


def test_site_action_override_changes_the_verdict(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[actions]\netiquette = "hold"\n')
    report = Engine(load_config(site)).check(make_message("hi", subject=None))
    assert report.verdict is Verdict.HOLD


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_any_text_body_checks_without_error(engine, text):
    report = engine.check(make_message(text))
    assert not report.errors


def test_spreadsheet_of_identifiers_is_held(engine):
    sheet = xlsx([["Patient", "NHS number", "Ward"], ["J Bloggs", "943 476 5919", "C31"], ["A N Other", "4010232137", "B3"]])
    raw = make_message("list for handover attached", attachments=[
        ("handover.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet)])
    report = engine.check(raw)
    parts = {f.location.part for f in report.findings if f.rule == "PAT001"}
    assert report.verdict is Verdict.HOLD and parts == {"attachment:handover.xlsx"}
    assert len([f for f in report.findings if f.rule == "PAT001"]) == 2


def test_docx_text_and_tables_are_read(engine):
    document = docx(["Case write-up for my portfolio."], table=[["Name", "Mrs Patterson"], ["Ward", "bed 4, DOB 12/03/1954"]])
    raw = make_message("portfolio draft", attachments=[
        ("writeup.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", document)])
    rules = codes(engine.check(raw))
    assert "PAT005" in rules


def test_corrupt_attachments_do_not_break_the_check(engine):
    raw = make_message("files", attachments=[("broken.docx", "application/octet-stream", b"PK\x03\x04garbage"),
                                             ("broken.pdf", "application/pdf", b"%PDF-1.4 garbage"),
                                             ("broken.xlsx", "application/octet-stream", b"PK\x03\x04junk"),
                                             ("broken.dcm", "application/dicom", b"\x00" * 128 + b"DICMjunk")])
    report = engine.check(raw)
    assert not report.errors


def test_pptx_slide_text_is_read(engine):
    import io
    import zipfile

    slide = ('<?xml version="1.0"?><p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
             'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody>'
             '<a:p><a:r><a:t>Acute kidney injury</a:t></a:r></a:p><a:p><a:r><a:t>(c) University of Nottingham 2026'
             '</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as package:
        package.writestr("ppt/slides/slide1.xml", slide)
    raw = make_message("have a look", to="cousin@outlook.com", attachments=[
        ("week5.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", buf.getvalue())])
    report = engine.check(raw)
    assert "DOC001" in codes(report) and report.verdict is Verdict.HOLD


def test_patient_file_names_are_masked(engine):
    raw = make_message("handover list attached", attachments=[
        ("Jones_Margaret_handover.csv", "text/csv", b"patient,nhs\nMJ,943 476 5919\n")])
    report = engine.check(raw)
    [finding] = [f for f in report.findings if f.rule == "PAT001"]
    assert finding.location.part == "attachment:J****_M*******_handover.csv"
    assert "Jones" not in repr(report.as_dict()) and "Margaret" not in repr(report.as_dict())


def test_a_file_named_after_a_patient_is_held_without_showing_the_name(engine):
    raw = make_message("see attached", attachments=[("Discharge summary - Mrs Whitaker.pdf", "application/pdf",
                                                     b"%PDF-1.4 unreadable")])
    report = engine.check(raw)
    [finding] = [f for f in report.findings if f.rule == "PAT006"]
    assert report.verdict == "hold"
    assert finding.location.part.startswith("attachment:")
    assert "Whitaker" not in repr(report.as_dict())


def test_words_split_across_html_markup_and_html_tables(engine):
    html = ("<html><body><p>that rota is f<b>u</b>c<i>k</i>ing awful</p>"
            "<table><tr><td>Patient</td><td>NHS number</td></tr><tr><td>J Bloggs</td><td>943 476 5919</td></tr></table>"
            "</body></html>")
    raw = (b"From: a@exmail.nottingham.ac.uk\r\nTo: friend@gmail.com\r\nSubject: x\r\n"
           b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html.encode())
    rules = codes(engine.check(raw))
    assert {"OFF001", "PAT001"} <= rules


def test_zero_width_and_lookalike_letters(engine):
    raw = make_message("what a f\u200bu\u200bc\u200bk\u200bi\u200bn\u200bg joke, total \u0455hit")
    report = engine.check(raw)
    assert len([f for f in report.findings if f.rule == "OFF001"]) == 2


def _pdf_with_text(line: str) -> bytes:
    """A minimal one-page PDF whose content stream draws `line` (built by hand: no PDF writer needed)."""
    content = f"BT /F1 12 Tf 72 712 Td ({line}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_is_read(engine):
    raw = make_message("referral letter attached", attachments=[
        ("referral.pdf", "application/pdf", _pdf_with_text("Patient NHS number 943 476 5919"))])
    report = engine.check(raw)
    assert any(f.rule == "PAT001" and f.location.part.startswith("attachment:") for f in report.findings)


def test_tone_check_loads_the_lexicon_without_nltk():
    """The tone rule needs textblob's lexicon only; importing NLTK would cost every worker ~0.2 s.
    A later `import textblob` must still give the whole package."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from bedside.checks import Engine\n"
        "from conftest import make_message\n"
        "raw = make_message('You are completely useless and this is a pathetic, awful, disgusting joke of a course.',"
        " to='helen.ward@nottingham.ac.uk', subject='Marks')\n"
        "report = Engine().check(raw)\n"
        "assert 'ETQ009' in {f.rule for f in report.findings}, report.findings\n"
        "assert 'textblob.en' in sys.modules and 'nltk' not in sys.modules\n"
        "from textblob import TextBlob\n"
        "assert TextBlob('an awful, horrible day').sentiment.polarity < 0\n"
        "print('ok')\n"
    )
    tests = __import__("pathlib").Path(__file__).parent
    done = subprocess.run([sys.executable, "-c", script], cwd=tests, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr


def test_a_spreadsheet_of_identifiers_lists_a_few_and_says_there_are_more(engine):
    """One finding per cell would bury the reviewer (and once took a minute to draw the excerpts):
    the first few per rule are listed, then one line says there were more."""
    import random

    from stdnum.gb import nhs

    rng = random.Random(4)
    numbers = []
    while len(numbers) < 300:
        stem = "4" + "".join(str(rng.randint(0, 9)) for _ in range(8))
        numbers += [stem + str(d) for d in range(10) if nhs.is_valid(stem + str(d))][:1]
    rows = "\n".join(f"Patient {i},{n},Ward {i % 30}" for i, n in enumerate(numbers))
    report = engine.check(make_message("audit data", attachments=[("audit.csv", "text/csv", rows.encode())]))
    nhs_findings = [f for f in report.findings if f.rule == "PAT001"]
    assert str(report.verdict) == "hold"
    assert len(nhs_findings) == 26 and sum("more than 25 found" in f.message for f in nhs_findings) == 1
    assert all(n not in f.excerpt + f.message for f in report.findings for n in numbers)


def test_a_strong_word_opening_the_text_is_not_a_quotation(engine):
    # The start of the text is not a quotation mark, even with one after the word.
    assert "OFF001" in codes(engine.check(make_message("fuck' is a word like any other")))
    assert "OFF001" not in codes(engine.check(make_message("swear words like 'fuck' are common in A&E")))
