"""What people type into an image's metadata (a PNG description or comment, a JPEG comment, EXIF
ImageDescription) is read like the body: a phone's photo caption can name the patient."""

from __future__ import annotations

import io

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from bedside.checks.extract import Attachment, extract
from conftest import codes, make_message


def png(**chunks: str) -> bytes:
    info = PngInfo()
    for key, value in chunks.items():
        info.add_text(key, value)
    out = io.BytesIO()
    Image.new("RGB", (60, 40), "white").save(out, "PNG", pnginfo=info)
    return out.getvalue()


def jpeg(comment: bytes = b"", description: str = "") -> bytes:
    image = Image.new("RGB", (60, 40), "white")
    exif = image.getexif()
    if description:
        exif[270] = description  # ImageDescription
    out = io.BytesIO()
    image.save(out, "JPEG", comment=comment, exif=exif)
    return out.getvalue()


def test_png_text_chunks_are_read_and_the_software_is_not_text():
    result = extract(Attachment("a.png", "image/png", png(Description="Bed 3 K2841166", Software="iOS 18.2")))
    assert "Description: Bed 3 K2841166" in result.text and "iOS" not in result.text
    assert result.metadata["software"] == "iOS 18.2"


def test_jpeg_comment_and_exif_description_are_read():
    result = extract(Attachment("a.jpg", "image/jpeg", jpeg(b"ward 14 whiteboard", "CXR of Mrs Woodcock")))
    assert "ward 14 whiteboard" in result.text and "CXR of Mrs Woodcock" in result.text


def test_a_hospital_number_in_a_photo_caption_is_held(engine):
    caption = png(Description="Brenda Caulfield, hospital no K2841166, AMU bed 3, L forearm")
    report = engine.check(make_message("Look at this!", to="sam.friend@gmail.com",
                                       attachments=[("photo.png", "image/png", caption)]))
    assert "PAT004" in codes(report) and str(report.verdict) == "hold"


def test_a_poster_preview_said_to_be_attached_with_clinical_words_is_not_a_patient_photo(engine):
    # 'attached' is not talk of a photo: only photo, picture, image... make a clinical email's
    # image a possible patient photo.
    preview = Image.effect_noise((120, 120), 60).convert("RGB")
    out = io.BytesIO()
    preview.save(out, "PNG")
    body = ("Dear Organisers,\n\nPlease find attached my poster on VTE risk assessment on two medical wards "
            "(a completed audit cycle); a preview PNG is attached.\n\nKind regards,\nImogen")
    report = engine.check(make_message(body, to="posters@conference.example.org",
                                       attachments=[("P-114_poster_preview.png", "image/png", out.getvalue())]))
    assert "PAT011" not in codes(report), report.findings
    said = body.replace("a preview PNG is attached", "a picture of it is attached")
    report = engine.check(make_message(said, to="posters@conference.example.org",
                                       attachments=[("P-114_poster_preview.png", "image/png", out.getvalue())]))
    assert "PAT011" in codes(report)


def test_a_caption_padded_past_ten_thousand_characters_is_still_read(engine):
    # Each metadata value was cut at 10,000 characters without a word: padding hid what followed.
    from test_unchecked import SENTENCE

    raw = make_message("pic", to="sam@gmail.com",
                       attachments=[("a.png", "image/png", png(Description="ok " * 4000 + SENTENCE))])
    assert "PAT001" in codes(engine.check(raw))
