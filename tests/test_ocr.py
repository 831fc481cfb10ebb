"""Text in attached images and image-only PDF pages goes through the same rules (issue 19 item 3).
Images are drawn here with Pillow's own TrueType font (no font package needed) and read by the real
Tesseract; without it the tests skip, naming the package, or fail under CI=true."""

from __future__ import annotations

import io
import time

import pytest
from PIL import Image, ImageDraw, ImageFont

from bedside.checks.extract import Attachment, Budget, extract
from bedside.checks.ocr import Ocr
from conftest import codes, make_message, need_command
from test_unchecked import nhs_number

NHS = nhs_number("999000002")
SPACED = f"{NHS[:3]} {NHS[3:6]} {NHS[6:]}"


@pytest.fixture(autouse=True)
def _tesseract():
    need_command("tesseract", "tesseract-ocr")


def picture(lines: list[str], fmt: str = "PNG", size: int = 26, width: int = 900) -> bytes:
    """A screenshot-like image: dark text on white, one line per entry."""
    font = ImageFont.load_default(size=size)
    image = Image.new("RGB", (width, 40 + 2 * size * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((20, 20 + 2 * size * i), line, fill="black", font=font)
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


PATIENT_LINES = ["Ward C31 handover", f"NHS No: {SPACED}", "patient in bay 4, for review"]
HARMLESS_LINES = ["Anatomy revision timetable", "Monday 9am: upper limb", "Library room 4 booked"]


def _mail(data: bytes, name: str = "screenshot.png", ctype: str = "image/png", to: str = "sam.friend@gmail.com"):
    return make_message("Here you go!", subject="Screenshot", to=to, attachments=[(name, ctype, data)])


def test_the_text_in_a_png_is_read():
    result = extract(Attachment("s.png", "image/png", picture(PATIENT_LINES)), Budget(ocr=Ocr()))
    assert SPACED in result.text and "patient" in result.text and not result.unchecked


def test_an_nhs_number_drawn_in_a_png_sent_to_gmail_is_held_by_pat001(engine):
    report = engine.check(_mail(picture(PATIENT_LINES)))
    assert "PAT001" in codes(report) and str(report.verdict) == "hold", report.findings
    (finding,) = [f for f in report.findings if f.rule == "PAT001"][:1]
    assert NHS not in finding.excerpt.replace(" ", "")  # masked, as for typed text


def test_the_same_picture_with_harmless_text_is_delivered(engine):
    report = engine.check(_mail(picture(HARMLESS_LINES)))
    assert str(report.verdict) == "deliver", report.findings


def test_a_jpeg_is_read_too(engine):
    report = engine.check(_mail(picture(PATIENT_LINES, "JPEG"), "IMG_0001.jpg", "image/jpeg"))
    assert "PAT001" in codes(report)


def _scanned_pdf(lines: list[str]) -> bytes:
    """An image-only PDF page, as a scanner or 'print to PDF' of a photo makes it."""
    image = Image.open(io.BytesIO(picture(lines, size=30, width=1100))).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PDF", resolution=150)
    return out.getvalue()


def test_an_image_only_pdf_page_is_read(engine):
    pdf = _scanned_pdf(PATIENT_LINES)
    assert not (extract(Attachment("scan.pdf", "application/pdf", pdf)).text or "").strip()  # no text layer
    report = engine.check(_mail(pdf, "scan.pdf", "application/pdf"))
    assert "PAT001" in codes(report), report.findings


def test_an_image_ocr_cannot_finish_in_time_is_unchecked_and_held_outside():
    # Tesseract's deadline stops recognition; page layout analysis before it still runs (bounded by
    # ocr.MAX_PIXELS, and in the relay by check_timeout).
    noisy = Image.effect_noise((1200, 900), 120).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, "BMP")
    started = time.monotonic()
    result = extract(Attachment("photo.bmp", "image/bmp", out.getvalue()), Budget(ocr=Ocr(), ocr_seconds=0.05))
    assert time.monotonic() - started < 5
    assert result.unchecked and "longer than" in result.unread[0]


def test_when_the_message_allowance_is_spent_later_images_are_unchecked():
    budget = Budget(ocr=Ocr(), ocr_seconds=0)
    result = extract(Attachment("s.png", "image/png", picture(HARMLESS_LINES)), budget)
    assert result.unchecked and "used up" in result.unread[0]


def test_tiny_images_are_not_read_nor_flagged():
    result = extract(Attachment("dot.gif", "image/gif", picture([""], "GIF", size=4, width=8)), Budget(ocr=Ocr()))
    assert result.text == "" and not result.unchecked


def test_an_unreadable_image_sent_outside_is_held_as_unchecked(engine):
    report = engine.check(_mail(b"\x89PNG\r\n\x1a\n" + b"\0" * 200))
    assert "UNC001" in codes(report) and str(report.verdict) == "hold"


def test_mail_without_images_never_loads_the_model():
    ocr = Ocr()
    extract(Attachment("notes.txt", "text/plain", b"Monday: anatomy at nine"), Budget(ocr=ocr))
    extract(Attachment("notes.pdf", "application/pdf", b"%PDF-1.4 broken"), Budget(ocr=ocr))
    assert ocr._api is None and ocr._problem is None  # Tesseract was never started


def test_every_page_of_a_multi_page_tiff_is_read():
    pages = [Image.open(io.BytesIO(picture(lines))) for lines in (HARMLESS_LINES, PATIENT_LINES)]
    out = io.BytesIO()
    pages[0].save(out, "TIFF", save_all=True, append_images=pages[1:])
    result = extract(Attachment("scan.tiff", "image/tiff", out.getvalue()), Budget(ocr=Ocr()))
    assert "timetable" in result.text and SPACED in result.text and not result.unchecked


def test_an_animation_of_one_picture_with_a_blinking_dot_is_read_once():
    frame = Image.open(io.BytesIO(picture(HARMLESS_LINES))).convert("P")
    frames = [frame.copy() for _ in range(40)]
    for i, image in enumerate(frames):
        ImageDraw.Draw(image).rectangle((800 + 4 * (i % 5), 5, 803 + 4 * (i % 5), 8), fill=0)
    out = io.BytesIO()
    frame.save(out, "GIF", save_all=True, append_images=frames, duration=100)
    assert Image.open(out).n_frames == 41
    result = extract(Attachment("banner.gif", "image/gif", out.getvalue()), Budget(ocr=Ocr()))
    assert result.text.lower().count("timetable") == 1 and not result.unchecked
