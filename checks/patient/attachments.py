"""Attachments that identify patients: photos sent with clinical context, DICOM images, files
named after a patient, and documents bedside cannot read because they are encrypted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..mask import mask_filename, mask_identifier, mask_name
from ..model import Hit, TextPart
from ..text import AnchoredPattern
from .context import part_context
from .wordlist import alternation, grouped

SMALL_IMAGE = 8_000  # bytes: below this, an unnamed image is a signature logo or an icon

KINDS = ("clinical_file_word", "clinical_file_prefix", "camera_prefix", "picture_word", "attachment_word",
         "teaching_source", "patient_pointer", "body_part", "body_part_prefix", "scenery", "scenery_place",
         "scenery_of_place", "patient_paper", "photo_noun")


@dataclass(frozen=True)
class Vocabulary:
    clinical_name: re.Pattern     # a file name saying what the image shows: 'wound_day3.jpg'
    camera_name: re.Pattern       # a name a camera or a phone app gives a photo
    photo_words: frozenset[str]   # talk of a picture, or of an attachment at all
    picture_words: frozenset[str]  # talk of a picture: 'my poster is attached' is not
    teaching_source: re.Pattern   # an image credited to a teaching source ...
    patient_pointer: re.Pattern   # ... unless the text points at someone
    photo_of_body: AnchoredPattern     # 'a picture of the guy's gangrenous foot'
    photo_of_scenery: AnchoredPattern  # 'a picture of the sunset from the ward window'
    patient_papers: re.Pattern    # a file name for papers about one patient


def patterns(config) -> Vocabulary:
    """The attachment rules' words (config/wordlists/patient_attachments.toml), compiled once per Config."""
    w = grouped(config, "patient_attachments", KINDS)
    alt = {kind: alternation(terms) for kind, terms in w.items()}
    # Names cameras and phone apps give photos (WhatsApp strips EXIF, so its name is the only sign):
    # IMG_4411.jpg, IMG-20260303-WA0012.jpg, PXL_20260303_101112.jpg, DSC01234.JPG, image0.jpeg,
    # 'WhatsApp Image 2026-03-03 at 10.11.12.jpeg', 'Photo 03-03-2026, 10 11 12.jpg'.
    camera = re.compile(rf"^(?:(?:{alt['camera_prefix']})[_-]?\d|image\d*\.|whatsapp\s+image|photo[\s_-]+\d)", re.I)
    clinical = re.compile(rf"(?:^|[^a-z])(?:{alt['clinical_file_word']}|(?:{alt['clinical_file_prefix']})\w*)"
                          r"(?:[^a-z]|$)", re.I)
    # What the text says the photo shows: a body part or a clinical sign of someone else (not 'my'), or
    # scenery, which a 'ward' in the same sentence does not make clinical. Read on folded (lowercase)
    # text, and only near a photo word.
    nouns = [n.lower() for n in w["photo_noun"]]
    photo_of = (rf"\b(?:{alternation(nouns)})s?\s+(?:i\s+took\s+|we\s+took\s+)?(?:of|from)\s+")
    anchors = tuple(nouns) + tuple(n + "s" for n in nouns)
    body = AnchoredPattern(re.compile(
        photo_of + r"(?:(?:the|a|an|his|her|their|this|that|our)\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
        rf"(?:{alt['body_part']}|(?:{alt['body_part_prefix']})\w*)\b"), anchors, reach=90, reach_before=2)
    scenery = AnchoredPattern(re.compile(
        photo_of + rf"(?:the\s+)?(?:{alt['scenery']}|my\s+(?!patient)\w+|our\s+(?!patient)\w+|"
        rf"(?:{alt['scenery_place']})\s+(?:{alt['scenery_of_place']}))\b"), anchors, reach=60, reach_before=2)
    picture_words = frozenset(t.lower() for t in w["picture_word"])
    return Vocabulary(
        clinical_name=clinical, camera_name=camera,
        photo_words=picture_words | frozenset(t.lower() for t in w["attachment_word"]), picture_words=picture_words,
        teaching_source=re.compile(rf"\b(?:{alt['teaching_source']})\b", re.I),
        patient_pointer=re.compile(rf"\b(?:{alt['patient_pointer']})\b", re.I),
        photo_of_body=body, photo_of_scenery=scenery,
        patient_papers=re.compile(rf"\b(?:{alt['patient_paper']})\b", re.I))


def _said_of_photo(scan, pattern: AnchoredPattern) -> bool:
    return any(pattern.finditer(scan.folded(part), scan.words(part)) for part in (scan.subject, scan.body))


def _attachment_part(att) -> TextPart:
    return TextPart(f"attachment:{att.filename}", att.filename)


def patient_photos(scan):
    # A picture inside a letter or slides is read for its text (OCR) like the document's own; whether
    # the document is about a patient is the text rules' call, not its file name's ('image1.png').
    images = [(att, extracted) for att, extracted in scan.extracted
              if extracted.kind == "image" and not extracted.metadata.get("in_document")]
    if not images:
        return  # most mail: nothing below needs working out
    v = scan.config.derive(patterns)
    words = scan.words(scan.body) | scan.words(scan.subject)
    mentions_photo = not v.photo_words.isdisjoint(words)
    mentions_picture = not v.picture_words.isdisjoint(words)
    said = scan.subject.text + "\n" + scan.body.text
    of_body = _said_of_photo(scan, v.photo_of_body)
    scenery = not of_body and _said_of_photo(scan, v.photo_of_scenery)
    clinical_text = (part_context(scan, scan.body).has_cues or part_context(scan, scan.subject).has_cues
                     or of_body) and not scenery
    teaching = bool(v.teaching_source.search(said)) and not v.patient_pointer.search(said)
    for att, extracted in images:
        named = v.clinical_name.search(att.filename)
        camera = (extracted.metadata.get("make") or extracted.metadata.get("model")
                  or v.camera_name.match(att.filename) is not None)
        if teaching and not camera:
            continue
        if named and (clinical_text or camera or mentions_photo):
            reason = f"clinical file name '{mask_filename(att.filename)}'"
        elif of_body and (camera or att.size >= SMALL_IMAGE):
            reason = "a photo said to show someone's body or a clinical sign"
        elif clinical_text and camera:
            reason = "a camera photo sent with clinical details"
        elif clinical_text and mentions_picture and att.size >= SMALL_IMAGE:
            reason = "an image sent with clinical details"
        else:
            continue
        yield Hit(_attachment_part(att), 0, len(att.filename), mask_filename(att.filename), reason)


# A file named for a patient's paperwork: 'Discharge summary - Mrs Jones.docx', 'Patient_Smith_referral.pdf'
# (the papers: patient_paper in patient_attachments.toml).
FILE_NAME_SHAPES = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Mstr|Master)\s+(?:[A-Z]\s+)?(?P<titled>[A-Z][a-z'’]+)\b|"
                              r"(?i:patient|pt)\s+(?P<after>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?)\b|"
                              # the surname looked at, not taken: 'Handover Margaret Whitaker' tries both pairs
                              r"(?P<first>[A-Z][a-z]+)\s+(?=(?P<last>[A-Z][a-z'’]+)\b))")


def patient_named_files(scan, first_names: frozenset[str], correspondents: frozenset[str]):
    """Attachments whose file name holds a patient's name beside what the paper is. The file may be
    unreadable (a scan, a broken PDF); its name alone says whose it is."""
    papers = scan.config.derive(patterns).patient_papers
    for att in scan.message.attachments:
        stem = re.sub(r"[_.\-]+", " ", att.filename.rsplit(".", 1)[0])
        if not papers.search(stem):
            continue
        for m in FILE_NAME_SHAPES.finditer(stem):
            if m.group("after") and papers.fullmatch(m.group("after").split()[0]):
                continue  # 'Patient Discharge Summary': what the paper is, not whose
            if m.group("first") and (m.group("first").lower() not in first_names
                                     or papers.fullmatch(m.group("last"))):
                continue
            name = f"{m.group('first')} {m.group('last')}" if m.group("first") else m.group(0)
            if correspondents.intersection(name.split()[-1:]) or name in correspondents:
                continue  # the sender's own name on their own work
            shown = mask_filename(att.filename)
            # No `masked` span: the engine lays masks over the part of that name, which is the
            # file's text, not its name; the excerpt here is already the masked name.
            yield Hit(_attachment_part(att), 0, len(att.filename), shown,
                      f"the file name '{shown}' names a patient")
            break


def dicom_files(scan):
    for att, extracted in scan.extracted:
        if extracted.kind != "dicom":
            continue
        meta = extracted.metadata
        shown = []
        if meta.get("PatientName"):
            shown.append("patient name " + mask_name(meta["PatientName"].replace("^", " ")))
        if meta.get("PatientID"):
            shown.append("patient ID " + mask_identifier(meta["PatientID"]))
        detail = "DICOM image" + (f" carrying {' and '.join(shown)}" if shown else "")
        yield Hit(_attachment_part(att), 0, len(att.filename),
                  f"{mask_filename(att.filename)}: {', '.join(shown) or 'DICOM'}", detail)


def encrypted_outside(scan):
    if not scan.goes_outside:
        return
    for att, extracted in scan.extracted:
        if extracted.encrypted:
            shown = mask_filename(att.filename)
            yield Hit(_attachment_part(att), 0, len(att.filename), shown,
                      f"'{shown}' is encrypted and cannot be checked; it is going outside")
