"""Attachments that identify patients: photos sent with clinical context, DICOM images, files
named after a patient, and documents bedside cannot read because they are encrypted."""

from __future__ import annotations

import re

from ..mask import mask_filename, mask_identifier, mask_name
from ..model import Hit, TextPart
from ..text import AnchoredPattern
from .context import part_context

CLINICAL_NAME = re.compile(
    r"(?:^|[^a-z])(?:wound|ulcer|x-?ray|xr|scan|ct|mri|ultrasound|uss|patient|pt|rash|lesion|injury|burn|"
    r"fracture|ecg|scar|sore|stoma|surgery|theatre|op|post-?op|derm|mole|tumou?r|lump|swelling|bruis\w*|"
    r"cxr|axr|ward|bed|bay|clinic|case|specimen|histo\w*|biopsy|endoscopy|colonoscopy|fundus|retina|"
    r"dressing|cellulitis|abscess|gangrene)(?:[^a-z]|$)", re.I)
# Names cameras and phone apps give photos (WhatsApp strips EXIF, so its name is the only sign):
# IMG_4411.jpg, IMG-20260303-WA0012.jpg, PXL_20260303_101112.jpg, DSC01234.JPG, image0.jpeg,
# 'WhatsApp Image 2026-03-03 at 10.11.12.jpeg', 'Photo 03-03-2026, 10 11 12.jpg'.
CAMERA_NAME = re.compile(r"^(?:(?:IMG|DSC[NF]?|PXL|MVIMG|DCIM|SAM|CIMG|GOPR)[_-]?\d|image\d*\.|"
                         r"whatsapp\s+image|photo[\s_-]+\d)", re.I)
PHOTO_WORDS = frozenset({"photo", "photos", "pic", "pics", "picture", "pictures", "image", "images", "snap",
                         "attached", "attachment", "look", "selfie", "camera"})
# Words that say the attachment is a picture of something, not just that something is attached
# ('my poster is attached, with a preview PNG' is not talk of a photo).
PICTURE_WORDS = PHOTO_WORDS - {"attached", "attachment", "look"}
SMALL_IMAGE = 8_000  # bytes: below this, an unnamed image is a signature logo or an icon
# An image credited to a teaching source ('the Colles x-ray from Radiopaedia', 'ECG from the teaching
# session') is not a patient's, unless the text also points at someone: a person, a bed, a pronoun.
TEACHING_SOURCE = re.compile(
    r"\b(?:radiopaedia|litfl|life\s+in\s+the\s+fast\s+lane|dermnet|geeky\s*medics|osmosis|teachmeanatomy|"
    r"wikipedia|textbook|lecture|slides?|moodle|teaching\s+session|tutorial|past\s+paper|atlas|e-?learning|quiz|"
    r"practice\s+(?:ecg|x-?ray|cxr|question|paper|station))\b", re.I)
PATIENT_POINTER = re.compile(
    r"\b(?:patients?|pts?|bed|bay|ward|resus|majors|minors|cubicle|side\s*room|clinic|theatre|lady|man|woman|"
    r"guy|gentleman|bloke|girl|boy|baby|child|kid|mr|mrs|ms|miss|he|she|his|her|him)\b", re.I)

# What the text says the photo shows. 'A picture of the guy's gangrenous foot': a body part or a
# clinical sign of someone else (not 'my'). 'A picture of the sunset from the ward window': scenery,
# which a 'ward' in the same sentence does not make clinical. Read on folded (lowercase) text, and
# only near a photo word.
_PHOTO_OF = r"\b(?:photos?|pictures?|pics?|images?|snaps?|selfies?)\s+(?:i\s+took\s+|we\s+took\s+)?(?:of|from)\s+"
_PHOTO_ANCHORS = ("photo", "photos", "picture", "pictures", "pic", "pics", "image", "images", "snap", "snaps",
                  "selfie", "selfies")
PHOTO_OF_BODY = AnchoredPattern(re.compile(
    _PHOTO_OF + r"(?:(?:the|a|an|his|her|their|this|that|our)\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:foot|feet|legs?|arms?|hands?|face|wounds?|rash|ulcers?|lesions?|tattoos?|scars?|stoma|gangrene|"
    r"fractures?|x-?rays?|bruis\w*|burns?|eyes?|skin|moles?|lumps?|swelling|abscess|cellulitis|sores?|fingers?|"
    r"toes?|chest|abdomen|tummy|belly|breasts?|back|head|mouth|tongue|teeth|nails?|stump|incision|stitches)\b"),
    _PHOTO_ANCHORS, reach=90, reach_before=2)
PHOTO_OF_SCENERY = AnchoredPattern(re.compile(
    _PHOTO_OF + r"(?:the\s+)?(?:sunset|sunrise|view|sky|snow|rainbow|moon|garden|building|car\s+park|canteen|"
    r"cake|food|lunch|dinner|breakfast|coffee|us|me|myself|everyone|the\s+team|my\s+(?!patient)\w+|"
    r"our\s+(?!patient)\w+|(?:ward|hospital|mess)\s+(?:party|christmas|window|view|decorations))\b"),
    _PHOTO_ANCHORS, reach=60, reach_before=2)


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
    words = scan.words(scan.body) | scan.words(scan.subject)
    mentions_photo = not PHOTO_WORDS.isdisjoint(words)
    mentions_picture = not PICTURE_WORDS.isdisjoint(words)
    said = scan.subject.text + "\n" + scan.body.text
    of_body = _said_of_photo(scan, PHOTO_OF_BODY)
    scenery = not of_body and _said_of_photo(scan, PHOTO_OF_SCENERY)
    clinical_text = (part_context(scan, scan.body).has_cues or part_context(scan, scan.subject).has_cues
                     or of_body) and not scenery
    teaching = bool(TEACHING_SOURCE.search(said)) and not PATIENT_POINTER.search(said)
    for att, extracted in images:
        named = CLINICAL_NAME.search(att.filename)
        camera = (extracted.metadata.get("make") or extracted.metadata.get("model")
                  or CAMERA_NAME.match(att.filename) is not None)
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


# A file named for a patient's paperwork: 'Discharge summary - Mrs Jones.docx', 'Patient_Smith_referral.pdf'.
# Only words for papers about one patient: 'notes' or 'results' alone are as often lecture notes.
PATIENT_PAPERS = re.compile(r"\b(?:patient|pt|discharge|referral|handover|clinic\s+letter|clerking|admission|"
                            r"drug\s+chart|ward\s+list|obs\s+chart|consent\s+form|case\s+notes|medical\s+notes|"
                            r"blood\s+results|scan\s+report)\b", re.I)
FILE_NAME_SHAPES = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Mstr|Master)\s+(?:[A-Z]\s+)?(?P<titled>[A-Z][a-z'’]+)\b|"
                              r"(?i:patient|pt)\s+(?P<after>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?)\b|"
                              # the surname looked at, not taken: 'Handover Margaret Whitaker' tries both pairs
                              r"(?P<first>[A-Z][a-z]+)\s+(?=(?P<last>[A-Z][a-z'’]+)\b))")


def patient_named_files(scan, first_names: frozenset[str], correspondents: frozenset[str]):
    """Attachments whose file name holds a patient's name beside what the paper is. The file may be
    unreadable (a scan, a broken PDF); its name alone says whose it is."""
    for att in scan.message.attachments:
        stem = re.sub(r"[_.\-]+", " ", att.filename.rsplit(".", 1)[0])
        if not PATIENT_PAPERS.search(stem):
            continue
        for m in FILE_NAME_SHAPES.finditer(stem):
            if m.group("after") and PATIENT_PAPERS.fullmatch(m.group("after").split()[0]):
                continue  # 'Patient Discharge Summary': what the paper is, not whose
            if m.group("first") and (m.group("first").lower() not in first_names
                                     or PATIENT_PAPERS.fullmatch(m.group("last"))):
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
