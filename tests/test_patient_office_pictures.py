"""Issue 19 item 3: pictures inside Word and PowerPoint files (a screenshot of a ward list pasted into a
letter) go through the same OCR and the same limits as an attached image. The DOCX files are made here
with python-docx around a PNG drawn with Pillow, and read by the real Tesseract (skipped without it,
naming the package; failed under CI=true)."""

from __future__ import annotations

import io
import zipfile

import pytest

from bedside.checks import extract as extract_module
from bedside.checks.extract import Attachment, Budget, extract, flatten
from bedside.checks.ocr import Ocr
from conftest import codes, make_message, need_command
from test_ocr import HARMLESS_LINES, NHS, PATIENT_LINES, SPACED, picture

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(autouse=True)
def _tesseract():
    need_command("tesseract", "tesseract-ocr")


def letter(pictures: list[bytes], text: str = "Minutes of the revision group, week 3.") -> bytes:
    import docx as python_docx
    from docx.shared import Inches

    document = python_docx.Document()
    document.add_paragraph(text)
    for data in pictures:
        document.add_picture(io.BytesIO(data), width=Inches(6))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _mail(data: bytes, to: str = "sam.friend@gmail.com", body: str = "Notes attached.") -> bytes:
    return make_message(body, subject="Notes", to=to, attachments=[("revision notes.docx", DOCX, data)])


def test_a_docx_really_holds_the_png():
    data = letter([picture(PATIENT_LINES)])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
    assert len(media) == 1 and media[0].endswith(".png")


def test_an_nhs_number_drawn_in_a_picture_in_a_docx_is_held(engine):
    report = engine.check(_mail(letter([picture(PATIENT_LINES)])))
    assert "PAT001" in codes(report) and str(report.verdict) == "hold", report.findings
    found = [f for f in report.findings if f.rule == "PAT001"]
    assert found[0].location.part.startswith("attachment:")
    for f in report.findings:  # masked as typed text is; the file name too
        assert NHS not in f.excerpt.replace(" ", "") and SPACED not in f.message
        assert "revision notes" not in (f.location.part if f.location else "")


def test_the_picture_text_is_read_as_a_file_of_the_document():
    result = extract(Attachment("notes.docx", DOCX, letter([picture(PATIENT_LINES)])), Budget(ocr=Ocr()))
    (name, inner), = [(a.filename, x) for a, x in result.members]
    assert name.startswith("media/image") and inner.kind == "image"
    assert SPACED in inner.text and not result.unchecked
    flat = [a.filename for a, _ in flatten([(Attachment("notes.docx", DOCX, b""), result)])]
    assert flat == ["notes.docx", "notes.docx/" + name]


def test_harmless_pictures_are_delivered_and_not_taken_for_patient_photos(engine):
    # 'image1.png' is the name a camera gives a photo too (PAT011); inside a document it is Word's.
    report = engine.check(_mail(letter([picture(HARMLESS_LINES)]), body="Notes from the patient safety talk attached."))
    assert not codes(report) & {"PAT001", "PAT011", "UNC001"}, report.findings


def test_the_same_ocr_limits_apply():
    # The message's OCR time used up: the picture is unread, so the document is unchecked.
    result = extract(Attachment("notes.docx", DOCX, letter([picture(PATIENT_LINES)])),
                     Budget(ocr=Ocr(), ocr_seconds=0))
    (_, inner), = result.members
    assert inner.unchecked and "used up" in inner.unread[0]


def test_pictures_past_the_cap_are_said_unread(engine, monkeypatch):
    monkeypatch.setattr(extract_module, "MAX_PICTURES", 2)
    pictures = [picture(HARMLESS_LINES + [f"page {i}"]) for i in range(3)]
    result = extract(Attachment("notes.docx", DOCX, letter(pictures)), Budget(ocr=Ocr()))
    assert len(result.members) == 2 and result.unchecked
    assert "more than 2 pictures" in result.unread[0]
    report = engine.check(_mail(letter(pictures)))
    assert "UNC001" in codes(report)


def test_a_pptx_picture_is_read_too(engine):
    # A minimal presentation by hand (python-pptx is not a dependency): the reader needs
    # ppt/presentation.xml, one slide and the picture under ppt/media/.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>")
        z.writestr("ppt/presentation.xml", "<p:presentation xmlns:p='http://schemas.openxmlformats.org/"
                                            "presentationml/2006/main'/>")
        z.writestr("ppt/slides/slide1.xml", "<p:sld xmlns:p='http://schemas.openxmlformats.org/presentationml/"
                                            "2006/main' xmlns:a='http://schemas.openxmlformats.org/drawingml/"
                                            "2006/main'><a:p><a:t>Case of the week</a:t></a:p></p:sld>")
        z.writestr("ppt/media/image1.png", picture(PATIENT_LINES))
    raw = make_message("Slides attached.", to="sam.friend@gmail.com",
                       attachments=[("case.pptx", "application/vnd.openxmlformats-officedocument."
                                                  "presentationml.presentation", out.getvalue())])
    report = engine.check(raw)
    assert "PAT001" in codes(report) and str(report.verdict) == "hold", report.findings
